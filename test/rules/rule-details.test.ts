// What the first mutation run left alive in the rules: the steps and wording a verdict carries, a zero last
// change under a decrease target, the largest jump limit, a Hampel outlier against a non-zero median, and
// warnings that must be absent (null), not merely without a level.
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.js";
import { DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import { atLeast, compare, decrease, direction, expectedToMiss, movement, increase, insufficientData, staleData, strongFluctuation, wrongDirection, type MissInput, type Movement } from "../../src/rules/index.js";
import { input, indicator, series } from "./make-input.js";

const th = { ...DEFAULT_THRESHOLDS };
const en: Lang = "en";
const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };

describe("direction verdict details", () => {
  it("keeps the movement steps before the verdict, naming the measure it used", () => {
    // 4 points 50 51 52 53: end points (53 − 50) / 3 = 1, Theil–Sen 1; (53 / 50)^(1/3) − 1 = 0.0196128 ≥ 1% → met
    const j = increase(input(up, { 2020: 50, 2021: 51, 2022: 52, 2023: 53 }));
    expect(j.steps.map((s) => s.label)).toEqual(["slope-end-point", "slope-theil-sen", "cagr-actual", "rule-direction-met"]);
    expect(j.steps[0]).toEqual({ label: "slope-end-point", formula: "(53 − 50) / (2023 − 2020)", value: 1 });
    expect(j.steps[1]).toEqual({ label: "slope-theil-sen", formula: "median((y_j − y_i)/(t_j − t_i)), n = 4", value: 1 });
    expect(j.steps[2]).toMatchObject({ label: "cagr-actual", formula: "(53 / 50)^(1/3) − 1" });
    expect(j.steps[2]?.value as number).toBeCloseTo(0.0196128, 7);
    expect(j.steps[3]).toEqual({ label: "rule-direction-met", formula: "1.96% ≥ 1.00%", value: "met" });
    // 2 points → no Theil–Sen step
    expect(increase(input(up, { 2020: 50, 2024: 54 })).steps.map((s) => s.label)).toEqual(["slope-end-point", "cagr-actual", "rule-direction-met"]);
    // a negative base → linear: (−46 − (−50)) / 4 = 1; 1 / |−50| = 0.02
    expect(movement([{ year: 2020, value: -50 }, { year: 2024, value: -46 }], {}, th)?.steps).toEqual([
      { label: "slope-end-point", formula: "(-46 − (-50)) / (2024 − 2020)", value: 1 },
      { label: "growth-rate", formula: "1 / 50", value: 0.02 },
    ]);
  });

  it("has no reason key when met, shows a zero-level rate as a percentage and the indicator's own units as a number", () => {
    const met = increase(input(up, { 2020: 50, 2024: 54 }));
    expect("reason" in met).toBe(false);
    // all zero: rate 0 on the linear form → a percentage
    expect(increase(input(up, { 2020: 0, 2024: 0 })).steps.at(-1)).toEqual({ label: "rule-direction-not-met", formula: "0.00% ≤ 0", value: "not_met" });
    // clear_movement 0.5 units a year: (10 − 10) / 4 = 0 → shown as the number 0
    const own = direction({ ...input(up, { 2020: 10, 2024: 10 }), indicator: indicator([up], { clear_movement: 0.5 }) });
    expect(own.steps.at(-1)).toEqual({ label: "rule-direction-not-met", formula: "0 ≤ 0", value: "not_met" });
  });

  it("does not call a zero last change a reversal under a decrease target", () => {
    // 50 48 46 44 44: −1 × ((44 / 50)^(1/4) − 1) = 0.0314497 clear; last change 0 is not the wrong way → met
    expect(decrease(input(down, { 2020: 50, 2021: 48, 2022: 46, 2023: 44, 2024: 44 }))).toMatchObject({ status: "met" });
  });

  it("is not assessable (not a crash) for an empty series of a bounded share", () => {
    const j = direction({ target: up, indicator: indicator([], { bounds: { min: 0, max: 100 } }), series: [], trendPoints: [], asOf: 2024, thresholds: th });
    expect(j).toEqual({ status: "not_assessable", reason: "insufficient-data", steps: [] });
  });
});

describe("wrong-direction wording", () => {
  const mv = (form: Movement["form"], slope: number, rate: number, clear = 0.01): Movement => ({ form, slope, rate, clear, robust: null, steps: [] });
  it("names the direction wanted and the measure used", () => {
    expect(wrongDirection(-1, mv("compound", 1, 0.02), "t", en)?.message).toBe(
      "Moving the wrong way (t): should fall, the compound annual growth is 2.00% a year, beyond the clear-movement threshold 1.00%",
    );
    expect(wrongDirection(1, mv("linear", -1, -0.02), "t", en)?.message).toBe(
      "Moving the wrong way (t): should rise, the end-point annual change (relative to the base level) is -2.00% a year, beyond the clear-movement threshold 1.00%",
    );
    expect(wrongDirection(-1, mv("absolute", 0.5, 0.5, 0.2), "t", en)?.message).toBe(
      "Moving the wrong way (t): should fall, the end-point annual change is 0.5 a year, beyond the clear-movement threshold 0.2",
    );
  });
  it("stays quiet for a zero rate at zero level under a decrease target", () => {
    expect(wrongDirection(-1, mv("linear", 0, 0), "t", en)).toBeNull();
  });
});

describe("expected-to-miss is absent, not levelless, when nothing triggers", () => {
  const base: MissInput = {
    status: "not_met", targetLabel: "t", ratio: 1, projection: 90, threshold: 90, d: 1,
    latest: { year: 2024, value: 80 }, horizon: 2030, asOf: 2024, lagPoints: 0, progressShare: 0.5, timeShare: 0.5,
  };
  it("returns null", () => {
    expect(expectedToMiss(base, th, en)).toBeNull();
    expect(expectedToMiss({ ...base, ratio: 0.6, projection: 88, lagPoints: 9.99 }, th, en)).toBeNull();
  });
  it("writes a dash for an unknown progress or time share", () => {
    const w = expectedToMiss({ ...base, lagPoints: 12, progressShare: null, timeShare: null }, th, en);
    expect(w?.message).toBe("Expected to miss the target (t): progress - against elapsed time -: 12 percentage points behind (yellow ≥ 10, red > 30)");
  });
});

describe("strong-fluctuation details", () => {
  it("measures a Hampel outlier from a non-zero median", () => {
    // changes 1 1 1 1 −1 1: median 1, MAD 0 → limit 0; |−1 − 1| = 2 > floor 2% × mean(10…14, 13, 14) = 0.249 → 2024 flagged
    const w = strongFluctuation(series({ 2019: 10, 2020: 11, 2021: 12, 2022: 13, 2023: 14, 2024: 13, 2025: 14 }), th, en);
    expect(w?.data).toMatchObject({ rule: "hampel", flagged: "2024", limit: 0 });
    expect(w?.message).toBe(
      "Strong fluctuation: the annual change 2023–2024 of −1 is 2 from the median change +1, over 3 × 1.4826 × MAD (0) = 0; 2 reversals of direction in the last 4 changes (≥ 2)",
    );
  });
  it("does not flag a Hampel outlier exactly at the floor (2% of the mean level)", () => {
    // 299 ×5 then 305: changes 0 0 0 0 6, median 0, MAD 0; mean (5 × 299 + 305) / 6 = 300 → floor 6 = |6 − 0| → quiet
    expect(strongFluctuation(series({ 2019: 299, 2020: 299, 2021: 299, 2022: 299, 2023: 299, 2024: 305 }), th, en)).toBeNull();
    // 298 ×5 then 305: deviation 7 > floor 2% × 299.17 = 5.98 → flagged
    expect(strongFluctuation(series({ 2019: 298, 2020: 298, 2021: 298, 2022: 298, 2023: 298, 2024: 305 }), th, en)?.data).toMatchObject({ flagged: "2024" });
  });
  it("reports the largest jump limit even when it came first", () => {
    // 100 → 50: −50 > max(5, 20) = 20; 50 → 70: +20 > max(5, 10) = 10 → limit max(20, 10) = 20
    expect(strongFluctuation(series({ 2020: 100, 2021: 50, 2022: 70 }), th, en)?.data).toMatchObject({ flagged: "2021,2022", limit: 20 });
  });
  it("words a small-series jump", () => {
    expect(strongFluctuation(series({ 2020: 10, 2021: 16 }), th, en)?.message).toContain("2020–2021");
  });
});

describe("keys and wording of other rules", () => {
  it("has no breaches on a dated compare target whose partner is missing, and no band step for ge", () => {
    const missing = compare(input({ kind: "compare", year: 2030, ref: "p", op: "ge" }, { 2024: 31 }, { 2023: 30 }));
    expect(missing.status).toBe("not_assessable");
    expect("breaches" in missing).toBe(false);
    expect(compare(input({ kind: "compare", year: 2030, ref: "p", op: "ge" }, { 2024: 31 }, { 2024: 30 })).steps.map((s) => s.label)).toEqual(["evaluated", "partner-value", "gap", "gap-relative", "rule-met"]);
    expect("tolerance" in atLeast(input({ kind: "at_least", value: 5, year: 2030 }, { 2024: 6 }))).toBe(false);
    expect(staleData(2020, 2024, th, en)?.message).toBe("Stale data: the latest value is from 2020, 4 years before the assessment year 2024 (more than 2)");
    expect(insufficientData({ reason: "partner-missing", ref: "p", year: 2024, target: "t" }, en).message).toBe("Insufficient data: the compared indicator p has no value for 2024 (t)");
  });
});
