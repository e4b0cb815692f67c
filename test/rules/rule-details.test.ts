// What the first mutation run left alive in the rules: the steps and wording a verdict carries, a zero last
// change under a decrease target, the largest jump limit, a Hampel outlier against a non-zero median, and
// warnings that must be absent (null), not merely without a level.
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/messages.js";
import { assessMessages } from "../../src/assess/messages.js";
import { DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import { atLeast, compare, decrease, direction, directionSlope, expectedToMiss, increase, insufficientData, staleData, strongFluctuation, wrongDirection, type MissInput } from "../../src/rules/index.js";
import { input, indicator, series } from "./make-input.js";

const th = { ...DEFAULT_THRESHOLDS };
const en = translator(assessMessages, "en");
const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };

describe("direction verdict details", () => {
  it("keeps the slope steps before the verdict, naming the slope it used", () => {
    // 4 points → Theil–Sen: 50 51 52 53 → slope 1; 1 / 50 = 2% ≥ 1% → met
    const j = increase(input(up, { 2020: 50, 2021: 51, 2022: 52, 2023: 53 }));
    expect(j.steps.map((s) => s.label)).toEqual(["slope-theil-sen", "growth-rate", "rule-direction-met"]);
    expect(j.steps[0]).toEqual({ label: "slope-theil-sen", formula: "median((y_j − y_i)/(t_j − t_i)), n = 4", value: 1 });
    expect(j.steps[2]).toEqual({ label: "rule-direction-met", formula: "2.00% ≥ 1.00%", value: "met" });
    // 2 points → end points
    expect(increase(input(up, { 2020: 50, 2024: 54 })).steps.map((s) => s.label)).toEqual(["slope-end-point", "growth-rate", "rule-direction-met"]);
    expect(directionSlope([{ year: 2020, value: 50 }, { year: 2024, value: 54 }], 2, 4)?.steps).toEqual([
      { label: "slope-end-point", formula: "(54 − 50) / (2024 − 2020)", value: 1 },
      { label: "growth-rate", formula: "1 / 50", value: 0.02 },
    ]);
  });

  it("has no reason key when met, and shows a zero-level slope as a number", () => {
    const met = increase(input(up, { 2020: 50, 2024: 54 }));
    expect("reason" in met).toBe(false);
    // all zero: no rate, so the verdict shows the slope 0 (not a percentage)
    expect(increase(input(up, { 2020: 0, 2024: 0 })).steps.at(-1)).toEqual({ label: "rule-direction-not-met", formula: "0 ≤ 0", value: "not_met" });
  });

  it("does not call a zero last change a reversal under a decrease target", () => {
    // 50 48 46 44 44: median slope −2 → −1 × −2 / 50 = 4% clear; last change 0 is not the wrong way → met
    expect(decrease(input(down, { 2020: 50, 2021: 48, 2022: 46, 2023: 44, 2024: 44 }))).toMatchObject({ status: "met" });
  });

  it("is not assessable (not a crash) for an empty series of a bounded share", () => {
    const j = direction({ target: up, indicator: indicator([], { bounds: { min: 0, max: 100 } }), series: [], trendPoints: [], asOf: 2024, thresholds: th });
    expect(j).toEqual({ status: "not_assessable", reason: "insufficient-data", steps: [] });
  });
});

describe("wrong-direction wording", () => {
  const ds = (slope: number, rate: number | null, basis: "theil-sen" | "end-point" = "end-point") => ({ slope, basis, rate, reference: 50, steps: [] });
  it("names the direction wanted and the slope used", () => {
    expect(wrongDirection(-1, ds(1, 0.02, "theil-sen"), "t", th, en)?.message).toBe(
      "Moving the wrong way (t): should fall, the Theil–Sen slope is 1 a year (2.00% a year), beyond the clear-movement threshold 1.00%",
    );
    expect(wrongDirection(1, ds(-1, -0.02), "t", th, en)?.message).toBe(
      "Moving the wrong way (t): should rise, the end-point annual change is -1 a year (-2.00% a year), beyond the clear-movement threshold 1.00%",
    );
    expect(wrongDirection(-1, ds(0.5, null, "theil-sen"), "t", th, en)?.message).toBe("Moving the wrong way (t): should fall, the Theil–Sen slope is 0.5 a year");
  });
  it("stays quiet for a zero slope at zero level under a decrease target", () => {
    expect(wrongDirection(-1, ds(0, null), "t", th, en)).toBeNull();
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
