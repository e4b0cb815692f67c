import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";
import { expectedToMiss, type MissInput } from "../../src/rules/expected-to-miss.js";
import { strongFluctuation } from "../../src/rules/strong-fluctuation.js";
import { wrongDirection } from "../../src/rules/wrong-direction.js";
import { targetBreached } from "../../src/rules/target-breached.js";
import { insufficientData } from "../../src/rules/insufficient-data.js";
import { staleData } from "../../src/rules/stale-data.js";
import { series } from "./make-input.js";

const th = { ...DEFAULT_THRESHOLDS };
const zh = "zh" as const;
const en = "en" as const;

describe("expected-to-miss", () => {
  const base: MissInput = {
    status: "not_met", targetLabel: "≥ 90% (2030年)", ratio: 1.2, projection: 95, threshold: 90, d: 1,
    latest: { year: 2024, value: 80 }, horizon: 2030, asOf: 2024, lagPoints: 0, progressShare: 0.5, timeShare: 0.4,
  };
  it.each([
    { name: "on course", over: {}, level: null },
    { name: "already met", over: { status: "met" as const, ratio: -1 }, level: null },
    { name: "final year reached (as_of ≥ horizon)", over: { asOf: 2030, ratio: -1 }, level: null },
    // R = 0.5 < 0.6 → yellow
    { name: "R = 0.5", over: { ratio: 0.5 }, level: "yellow" },
    // R = −0.2 < 0 → red
    { name: "R = −0.2", over: { ratio: -0.2 }, level: "red" },
    // shortfall (90 − 85) / |90 − 80| = 0.5 > 0.2 → yellow
    { name: "projection 85 misses by half the remaining 10", over: { projection: 85 }, level: "yellow" },
    // shortfall (90 − 88.5) / 10 = 0.15 ≤ 0.2 → no trigger
    { name: "projection 88.5 misses by 15%", over: { projection: 88.5 }, level: null },
    // 序时进度: 15 points behind ≥ 10 → yellow; 35 > 30 → red; exactly 30 → still yellow
    { name: "lag 15", over: { lagPoints: 15 }, level: "yellow" },
    { name: "lag 30", over: { lagPoints: 30 }, level: "yellow" },
    { name: "lag 35", over: { lagPoints: 35 }, level: "red" },
  ])("$name → $level", ({ over, level }) => {
    const w = expectedToMiss({ ...base, ...over }, th, zh);
    expect(w?.level ?? null).toBe(level);
    if (w) expect(w.code).toBe("expected-to-miss");
  });

  it("names every number that triggered it", () => {
    const w = expectedToMiss({ ...base, ratio: -0.2, projection: 85, lagPoints: 35, progressShare: -0.05 }, th, zh);
    expect(w?.message).toContain("R = -0.2，低于 0.6");
    expect(w?.message).toContain("2030 年预计为 85");
    expect(w?.message).toContain("50.00%");
    expect(w?.message).toContain("落后 35 个百分点");
    expect(w?.data).toMatchObject({ ratio: -0.2, projection: 85, miss_share: 0.5, lag_points: 35 });
    expect(expectedToMiss({ ...base, ratio: 0.5 }, th, en)?.message).toBe("Expected to miss the target (≥ 90% (2030年)): ratio of actual to required growth R = 0.5, below 0.6");
  });
});

describe("strong-fluctuation", () => {
  it("flags an oscillating series by its reversals", () => {
    // 50 55 50 55 50: ±5 is not above max(5, 10); but +5 −5 +5 −5 has 3 reversals ≥ 2
    const w = strongFluctuation(series({ 2020: 50, 2021: 55, 2022: 50, 2023: 55, 2024: 50 }), th, zh);
    expect(w?.code).toBe("strong-fluctuation");
    expect(w?.data).toMatchObject({ rule: "small-series", reversals: 3, flagged: "" });
    expect(w?.message).toContain("最近 4 次变动中方向反转 3 次");
  });

  it("uses the small-series rule with fewer than 5 changes and says it is a project default", () => {
    // 10 → 16: +6 > max(5, 20% × 10 = 2) = 5
    const w = strongFluctuation(series({ 2020: 10, 2021: 16, 2022: 17 }), th, en);
    expect(w?.data).toMatchObject({ rule: "small-series", flagged: "2021", limit: 5 });
    expect(w?.message).toContain("not a published one");
  });

  it("is a yellow warning for a material jump and a plain note for reversals alone", () => {
    // 0 → 115.07 (one maternal death among 869 births) jumps by more than max(5, 20% × 0) = 5
    expect(strongFluctuation(series({ 2020: 0, 2021: 115.07, 2022: 0 }), th, zh)?.level).toBe("yellow");
    // 50, 51, 50, 51, 50: each change is 1 < 5 (no jump), but 3 reversals of ≥ 1% in the last 4 changes
    const w = strongFluctuation(series({ 2020: 50, 2021: 51, 2022: 50, 2023: 51, 2024: 50 }), th, zh);
    expect(w?.level).toBeUndefined();
    expect(w?.data).toMatchObject({ flagged: "", reversals: 3 });
  });

  it("uses the Hampel test with 5+ changes", () => {
    // changes 1 1 1 1 6 1: median 1, MAD 0 → limit 0; |6 − 1| = 5 > 0 → 2025 flagged
    const w = strongFluctuation(series({ 2020: 10, 2021: 11, 2022: 12, 2023: 13, 2024: 14, 2025: 20, 2026: 21 }), th, zh);
    expect(w?.data).toMatchObject({ rule: "hampel", flagged: "2025", limit: 0, reversals: 0 });
  });

  it("ignores a Hampel outlier too small to matter against the series' level", () => {
    // levels ≈ 95: changes 0.4 0.4 0.4 −0.3 0.4 0.4; median 0.4, MAD 0 → limit 0, so −0.3 strays by 0.7;
    // but the floor is 2% × mean level (≈ 95.9) ≈ 1.92 > 0.7 → not fluctuation
    const w = strongFluctuation(series({ 2019: 95, 2020: 95.4, 2021: 95.8, 2022: 96.2, 2023: 95.9, 2024: 96.3, 2025: 96.7 }), th, zh);
    expect(w).toBeNull();
  });

  it("stays quiet for a steady series", () => {
    expect(strongFluctuation(series({ 2020: 10, 2021: 11, 2022: 12, 2023: 13, 2024: 14, 2025: 15 }), th, zh)).toBeNull();
    expect(strongFluctuation(series({ 2024: 10 }), th, zh)).toBeNull();
  });
});

describe("wrong-direction", () => {
  it("warns when the rate is at least 1% a year the wrong way", () => {
    // end-point change −1 a year on a level of 40: −2.5% a year, should rise
    const w = wrongDirection(1, { form: "linear", slope: -1, rate: -0.025, clear: 0.01, robust: null, steps: [] }, "提高 (2030年)", zh);
    expect(w?.code).toBe("wrong-direction");
    expect(w?.message).toContain("期望上升");
    expect(w?.message).toContain("-2.50%");
    expect(w?.data).toMatchObject({ d: 1, slope: -1, rate: -0.025 });
  });
  it("warns at exactly the clear-movement threshold, in the indicator's unit when it has one", () => {
    // −0.1 years a year against the plan's 0.1 → wrong direction (the boundary counts)
    const w = wrongDirection(1, { form: "absolute", slope: -0.1, rate: -0.1, clear: 0.1, robust: null, steps: [] }, "延长 (2030年)", en);
    expect(w?.message).toContain("is -0.1 a year, beyond the clear-movement threshold 0.1");
    expect(wrongDirection(1, { form: "absolute", slope: -0.09, rate: -0.09, clear: 0.1, robust: null, steps: [] }, "x", en)).toBeNull();
  });
  it("ignores a slight move (−0.5%) and the right direction", () => {
    expect(wrongDirection(1, { form: "linear", slope: -0.2, rate: -0.005, clear: 0.01, robust: null, steps: [] }, "x", zh)).toBeNull();
    expect(wrongDirection(-1, { form: "compound", slope: -1, rate: -0.05, clear: 0.01, robust: null, steps: [] }, "x", zh)).toBeNull();
  });
});

describe("target-breached, insufficient-data, stale-data", () => {
  it("lists the breaking years and values", () => {
    const w = targetBreached([{ year: 2021, value: 89.5 }, { year: 2023, value: 88 }], "≥ 90% (每年)", 90, zh);
    expect(w?.message).toBe("每年须保持的目标（≥ 90% (每年)）在以下年份未达到：2021 年（89.5）；2023 年（88）");
    expect(w?.data).toMatchObject({ years: "2021,2023", count: 2, threshold: 90 });
    expect(targetBreached([], "x", 90, zh)).toBeNull();
  });

  it("says what is missing", () => {
    expect(insufficientData({ reason: "trend", points: 1, needed: 2 }, zh).message).toContain("只有 1 个数据点");
    expect(insufficientData({ reason: "no-baseline-year", year: 2019, target: "t" }, en).message).toContain("no value for 2019");
    expect(insufficientData({ reason: "partner-missing", ref: "female_share_party_members", year: 2024, target: "t" }, zh).data).toMatchObject({ ref: "female_share_party_members", year: 2024 });
  });

  it.each([
    // 2024 − 2021 = 3 > 2 → stale
    { latest: 2021, asOf: 2024, stale: true },
    // 2024 − 2022 = 2, not more than 2 → fresh
    { latest: 2022, asOf: 2024, stale: false },
  ])("latest $latest, as_of $asOf → stale $stale", ({ latest, asOf, stale }) => {
    const w = staleData(latest, asOf, th, zh);
    expect(w !== null).toBe(stale);
    if (w) expect(w.data).toMatchObject({ latest, as_of: asOf, years: 3, limit: 2 });
  });
});
