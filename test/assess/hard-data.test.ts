// Issue 9: verdicts on hard data — step changes, zero bases, 左右 sides, the sex key, milestones, boundaries.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import type { Indicator, Plan } from "../../src/model/plan.js";
import type { IndicatorResult, Report } from "../../src/model/report.js";
import { obs, plan as basePlan } from "./small-plan.js";

const ind = (id: string, extra: Partial<Indicator>): Indicator => ({
  id, area: "decision", goal: 1, name: { zh: id, en: id }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets: [], ...extra,
});
const withIndicators = (...indicators: Indicator[]): Plan => ({ ...basePlan, indicators: [...basePlan.indicators, ...indicators] });
const find = (r: Report, indicator: string, region = "C"): IndicatorResult => {
  const hit = r.results.find((x) => x.indicator === indicator && x.region === region);
  if (!hit) throw new Error(`no result ${indicator}/${region}`);
  return hit;
};
const codes = (r: IndicatorResult): string[] => r.warnings.map((w) => w.code);

describe("finding 2: step changes (shares that change only at elections)", () => {
  const share = ind("gov_leaders", { bounds: { min: 0, max: 100 }, targets: [{ kind: "increase", year: 2030 }] });
  const p = withIndicators(share);
  it("12.5, 12.5, 12.5, 12.5, 25 is met: the share doubled, whatever the Theil–Sen slope of the ties says", () => {
    const r = find(assess(p, obs("gov_leaders", { 2020: 12.5, 2021: 12.5, 2022: 12.5, 2023: 12.5, 2024: 25 })), "gov_leaders");
    // compound growth (25 / 12.5)^(1/4) − 1 = 0.189207 ≥ 1%/yr; the Theil–Sen slope of the ties is 0
    expect(r.trend.robust_slope).toBe(0);
    expect(r.targets[0]).toMatchObject({ status: "met", category: "on_track" });
    expect(r.targets[0]?.score).toBeCloseTo(0.189207, 5);
    expect(r.trend.direction).toBe("up");
  });
  it("a flat series stays not met (no movement)", () => {
    const r = find(assess(p, obs("gov_leaders", { 2020: 12.5, 2021: 12.5, 2022: 12.5, 2023: 12.5, 2024: 12.5 })), "gov_leaders");
    expect(r.targets[0]).toMatchObject({ status: "not_met", reason: "no-movement" });
  });
  it("a stepwise indicator's step is not strong fluctuation", () => {
    const step = ind("step_share", { stepwise: true, bounds: { min: 0, max: 100 }, targets: [{ kind: "increase", year: 2030 }] });
    const plain = ind("plain_share", { bounds: { min: 0, max: 100 }, targets: [{ kind: "increase", year: 2030 }] });
    const values = { 2020: 10, 2021: 10, 2022: 10, 2023: 10, 2024: 10, 2025: 10, 2026: 30 };
    const r = assess(withIndicators(step, plain), [...obs("step_share", values), ...obs("plain_share", values)]);
    // Hampel: changes 0,0,0,0,0,20; median 0, MAD 0 → 20 is an outlier, material (20 > 2% of the mean level)
    expect(codes(find(r, "plain_share"))).toContain("strong-fluctuation");
    expect(codes(find(r, "step_share"))).not.toContain("strong-fluctuation");
  });
});

describe("boundaries compare at the figures' precision (finding 8: exactly 1%/yr)", () => {
  const p = withIndicators(ind("lvl", { targets: [{ kind: "increase", year: 2030 }] }));
  it("exactly 1% a year compound is clear movement, not slight", () => {
    // 100 → 101 → 102.01: (102.01 / 100)^(1/2) − 1 = 0.01 (0.00999999… in floating point)
    const r = find(assess(p, obs("lvl", { 2020: 100, 2021: 101, 2022: 102.01 })), "lvl");
    expect(r.targets[0]).toMatchObject({ status: "met", category: "on_track" });
  });
  it("just under 1% a year is slight movement (nearly met)", () => {
    // (101.99 / 100)^(1/2) − 1 = 0.009901 < 0.01
    const r = find(assess(p, obs("lvl", { 2020: 100, 2021: 101, 2022: 101.99 })), "lvl");
    expect(r.targets[0]).toMatchObject({ status: "nearly_met", reason: "slight-movement" });
  });
});

describe("an indicator's own clear-movement threshold (finding 8: life expectancy)", () => {
  const le = ind("life", { unit: { zh: "岁", en: "years" }, clear_movement: 0.1, targets: [{ kind: "increase", year: 2030 }] });
  const p = withIndicators(le);
  it("+0.25 years a year is clear movement at 0.1 year a year", () => {
    // 79.65 → 80.65 over 4 years = +0.25 a year ≥ 0.1 (as a rate it is only 0.31%/yr < 1%)
    const r = find(assess(p, obs("life", { 2020: 79.65, 2021: 79.9, 2022: 80.15, 2023: 80.4, 2024: 80.65 })), "life");
    expect(r.targets[0]).toMatchObject({ status: "met", category: "on_track" });
  });
  it("+0.05 years a year is slight", () => {
    const r = find(assess(p, obs("life", { 2020: 79.65, 2024: 79.85 })), "life");
    expect(r.targets[0]).toMatchObject({ status: "nearly_met", reason: "slight-movement", category: "moderate" });
  });
});

describe("finding 3: zero bases never explode a projection", () => {
  it("a rate that was 0 in 2020 projects linearly (or not at all), never to 10^13", () => {
    // 0, 115.07, 0, 124.84 (南票区 maternal mortality to 2023)
    const r = find(assess(basePlan, obs("mmr", { 2020: 0, 2021: 115.07, 2022: 0, 2023: 124.84 }, "A"), { asOf: 2023 }), "mmr", "A");
    for (const t of r.targets) {
      if (t.projection !== undefined && t.projection !== null) expect(Math.abs(t.projection)).toBeLessThan(1000);
    }
    for (const v of Object.values(r.trend.projection)) if (v !== null) expect(v).toBeLessThan(1000);
  });
  it("projections are clipped to the indicator's bounds", () => {
    const p = withIndicators(ind("cov", { bounds: { min: 0, max: 100 }, targets: [{ kind: "at_least", value: 99, year: 2030 }] }));
    // 60 → 90 in 4 years: linear near the bound, +7.5 a year → 2030: 90 + 6 × 7.5 = 135 → clipped to 100
    const r = find(assess(p, obs("cov", { 2020: 60, 2024: 90 })), "cov");
    expect(r.targets[0]?.projection).toBe(100);
    expect(r.trend.projection["2030"]).toBe(100);
  });
});

describe("finding 4: 左右 with a side", () => {
  const lower = ind("women_share", { bounds: { min: 0, max: 100 }, targets: [{ kind: "around", value: 40, year: 2030, side: "lower" }] });
  const upper = ind("cap", { bounds: { min: 0, max: 100 }, targets: [{ kind: "around", value: 40, year: 2030, side: "upper" }] });
  const both = ind("balance", { bounds: { min: 0, max: 100 }, targets: [{ kind: "around", value: 50, tolerance: 2.5, year: null }] });
  const p = withIndicators(lower, upper, both);
  it("above a lower-sided band is met, with no warning to fall", () => {
    const r = find(assess(p, obs("women_share", { 2020: 42, 2021: 42.5, 2022: 43, 2023: 43.2, 2024: 43.5 })), "women_share");
    expect(r.targets[0]).toMatchObject({ status: "met", category: "achieved" });
    expect(r.status).toBe("met");
    expect(codes(r)).toEqual([]);
  });
  it("below a lower-sided band by more than τ is not met: 40 − 1.2 = 38.8 > 36", () => {
    const r = find(assess(p, obs("women_share", { 2020: 35, 2024: 36 })), "women_share");
    // τ = 3% × 40 = 1.2; gap = (40 − 1.2) − 36 = 2.8
    expect(r.targets[0]).toMatchObject({ status: "not_met" });
    expect(r.targets[0]?.gap?.absolute).toBeCloseTo(2.8, 9);
  });
  it("below an upper-sided band is met", () => {
    const r = find(assess(p, obs("cap", { 2020: 30, 2024: 20 })), "cap");
    expect(r.targets[0]).toMatchObject({ status: "met" });
  });
  it("a two-sided band still fails above it", () => {
    const r = find(assess(p, obs("balance", { 2020: 50, 2024: 56 })), "balance");
    // |56 − 50| − 2.5 = 3.5 > 0
    expect(r.targets[0]).toMatchObject({ status: "not_met" });
  });
});

describe("finding 5: blank, 合计 and total sex are one series", () => {
  it("gives one result with one baseline, not two", () => {
    const o = [...obs("mgmt", { 2020: 91, 2021: 92, 2022: 93 }), ...obs("mgmt", { 2023: 94, 2024: 95 }, "C", "total")];
    const r = assess(basePlan, o);
    const mgmt = r.results.filter((x) => x.indicator === "mgmt");
    expect(mgmt).toHaveLength(1);
    expect(mgmt[0]?.series.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(mgmt[0]?.sex).toBeUndefined();
    // one mgmt result with data; the other four indicators of the plan are listed as missing
    expect(r.summary.results - r.summary.missing).toBe(1);
  });
  it("female and male series stay separate results carrying sex", () => {
    const o = [...obs("mgmt", { 2024: 95 }), ...obs("mgmt", { 2024: 96 }, "C", "female"), ...obs("mgmt", { 2024: 94 }, "C", "male")];
    const r = assess(basePlan, o);
    expect(r.results.filter((x) => x.indicator === "mgmt").map((x) => x.sex)).toEqual([undefined, "female", "male"]);
  });
});

describe("finding 7: milestones are judged on their own year", () => {
  it("with 2024 and 2026 values but no 2025, the 2025 target is judged on 2024, provisionally", () => {
    // mmr ≤ 10.5 by 2025: 2024 = 9 (met), 2026 = 12 (would not be)
    const r = find(assess(basePlan, obs("mmr", { 2020: 8, 2022: 8.5, 2024: 9, 2026: 12 }), { asOf: 2026 }), "mmr");
    const t2025 = r.targets.find((t) => t.year === 2025)!;
    expect(t2025.evaluated).toEqual({ year: 2024, value: 9 });
    expect(t2025.status).toBe("met");
    expect(t2025.provisional).toBe(true);
  });
  it("--as-of 2025 with data only to 2024 says the 2025 value is missing", () => {
    const r = find(assess(basePlan, obs("mmr", { 2020: 8, 2022: 8.5, 2024: 9 }), { asOf: 2025 }), "mmr");
    const t2025 = r.targets.find((t) => t.year === 2025)!;
    expect(t2025).toMatchObject({ provisional: true, current: true });
    expect(r.provisional).toBe(true);
  });
  it("the milestone's own value is final", () => {
    const r = find(assess(basePlan, obs("mmr", { 2020: 8, 2025: 9, 2026: 12 }), { asOf: 2026 }), "mmr");
    const t2025 = r.targets.find((t) => t.year === 2025)!;
    expect(t2025.evaluated).toEqual({ year: 2025, value: 9 });
    expect(t2025.provisional).toBeUndefined();
  });
  it("before the milestone year the latest value is an interim verdict, not provisional", () => {
    const r = find(assess(basePlan, obs("mmr", { 2020: 8, 2024: 9 })), "mmr");
    expect(r.targets.find((t) => t.year === 2025)?.provisional).toBeUndefined();
    expect(r.provisional).toBeUndefined();
  });
});

describe("finding 8: smaller", () => {
  it("the small-series jump floor of 5 points applies to percentages only, not to years or 万人", () => {
    const years = ind("life_years", { unit: { zh: "岁", en: "years" }, targets: [{ kind: "increase", year: 2030 }] });
    const p = withIndicators(years);
    // 78 → 79.5: |Δ| = 1.5 ≤ 20% × 78 = 15.6 either way — no jump; 10 → 13 years: 3 > 20% × 10 = 2 but ≤ 5 "points"
    const r = find(assess(p, obs("life_years", { 2020: 10, 2021: 13, 2022: 13.2 })), "life_years");
    expect(codes(r)).toContain("strong-fluctuation");
  });
  it("a relative target's progress runs from its own baseline year", () => {
    // nutri: ≥ 1.1 × y(2019) by 2025; y(2019) = 50 → T = 55; 2020 = 52, 2024 = 54
    const r = find(assess(basePlan, obs("nutri", { 2019: 50, 2020: 52, 2024: 54 })), "nutri");
    const t = r.targets[0]!;
    // P = (54 − 50) / (55 − 50) = 0.8; time share (2024 − 2019) / (2025 − 2019) = 5/6
    expect(t.progress?.share).toBeCloseTo(0.8, 9);
    expect(t.progress?.time_share).toBeCloseTo(5 / 6, 9);
  });
  it("a compare target keeps the partner's value and the difference apart", () => {
    const o = [...obs("members", { 2020: 28, 2024: 30 }), ...obs("delegates", { 2020: 26, 2024: 29 })];
    const t = find(assess(basePlan, o), "delegates").targets[0]!;
    expect(t.threshold).toBe(30);
    // A − B: 2020 −2, 2024 −1 → +0.25 a year; to the current milestone 2025: −1 + 0.25 × 1; never mixed into `projection`
    expect(t.difference?.value).toBe(-1);
    expect(t.difference?.projection).toBeCloseTo(-0.75, 9);
    expect(t.projection).toBeUndefined();
  });
  it("a signed gap that crosses zero is judged on its size", () => {
    const gap = ind("sci_gap", { unit: { zh: "百分点", en: "percentage points" }, higher_is_better: false, signed_gap: { positive: { zh: "男性领先", en: "men ahead" }, negative: { zh: "女性领先", en: "women ahead" } }, targets: [{ kind: "decrease", year: 2030 }] });
    const p = withIndicators(gap);
    // 3 → −5: the gap grew from 3 to 5 points, with women now ahead
    const r = find(assess(p, obs("sci_gap", { 2020: 3, 2022: -1, 2024: -5 })), "sci_gap");
    expect(r.targets[0]?.status).toBe("not_met");
    expect(r.gap_ahead).toBe("negative");
    const closing = find(assess(p, obs("sci_gap", { 2020: 3, 2024: -1 })), "sci_gap");
    expect(closing.targets[0]?.status).toBe("met");
  });
  it("the sign of the latest gap says who is ahead; a gap of exactly 0 says nobody", () => {
    const gap = ind("sci_gap", { unit: { zh: "百分点", en: "percentage points" }, higher_is_better: false, signed_gap: { positive: { zh: "男性领先", en: "men ahead" }, negative: { zh: "女性领先", en: "women ahead" } }, targets: [{ kind: "decrease", year: 2030 }] });
    const p = withIndicators(gap);
    const ahead = (latest: number) => find(assess(p, obs("sci_gap", { 2020: 3, 2024: latest })), "sci_gap");
    expect(ahead(0.1).gap_ahead).toBe("positive");
    expect(ahead(-0.1).gap_ahead).toBe("negative");
    expect("gap_ahead" in ahead(0)).toBe(false);
  });
});

describe("finding 6: missing data is a result", () => {
  // The city reports mmr and mgmt; county A reports mgmt only (and mmr as "—", which the ingest drops).
  const data = [...obs("mmr", { 2023: 8, 2024: 9 }), ...obs("mgmt", { 2023: 91, 2024: 92 }), ...obs("mgmt", { 2024: 93 }, "A")];
  // Assessed inside each test, so per-test coverage (mutation testing) sees which test reaches which code.
  const run = () => assess(basePlan, data);
  it("lists every expected indicator × region without a value as not assessable, reason no-data", () => {
    const m = find(run(), "mmr", "A");
    expect(m).toMatchObject({ status: "not_assessable", reason: "no-data", latest: null, series: [] });
    expect(m.targets.map((t) => [t.year, t.status, t.reason, t.current])).toEqual([[2025, "not_assessable", "no-data", true], [2030, "not_assessable", "no-data", false]]);
  });
  it("a missing result has an empty trend block and no warning", () => {
    const m = find(run(), "mmr", "A");
    expect(m.trend).toEqual({ points: 0, cagr: null, linear: null, robust_slope: null, last_change: null, direction: null, projection: {} });
    expect(m.warnings).toEqual([]);
    expect(m.baseline).toBeNull();
  });
  it("expects only indicators with targets (not the compare reference 'members')", () => {
    expect(run().results.some((x) => x.indicator === "members")).toBe(false);
    // 5 indicators with targets × 2 regions = 10 results; 3 have data
    expect(run().results).toHaveLength(10);
  });
  it("counts the missing apart, and keeps them out of the attainment rate", () => {
    // data: mmr C (≤ 10.5: 9 met), mgmt C (92 ≥ 90 met), mgmt A (93 met) → 3 assessable, 7 missing
    expect(run().summary).toMatchObject({ results: 10, assessable: 3, met: 3, not_assessable: 7, missing: 7, indeterminate: 0, attainment_rate: 1 });
    expect(run().summary.areas.health?.missing).toBe(5);
  });
  it("respects the plan's levels: a city-only indicator is not expected in a county", () => {
    const cityOnly = { ...basePlan.indicators[1]!, id: "city_only", levels: ["city" as const] };
    const rr = assess({ ...basePlan, indicators: [...basePlan.indicators, cityOnly] }, data);
    expect(rr.results.filter((x) => x.indicator === "city_only").map((x) => x.region)).toEqual(["C"]);
  });
  it("a region named by --region is in scope even with no data at all", () => {
    const rr = assess(basePlan, obs("mgmt", { 2024: 92 }), { region: "A" });
    expect(rr.results.map((x) => [x.indicator, x.region, x.reason])).toEqual([["mmr", "A", "no-data"], ["mgmt", "A", "no-data"], ["screen", "A", "no-data"], ["nutri", "A", "no-data"], ["delegates", "A", "no-data"]]);
  });
});

describe("boundaries at the figures' precision: 序时进度 lag of exactly 10 points", () => {
  it("80 → 82 by 2023 against 90 by 2030 lags by 10 points (computed 9.999…) → yellow expected-to-miss", () => {
    const p = withIndicators(ind("cov10", { bounds: { min: 0, max: 100 }, targets: [{ kind: "at_least", value: 90, year: 2030 }] }));
    // P = (82 − 80) / (90 − 80) = 0.2; time (2023 − 2020) / (2030 − 2020) = 0.3; lag (0.3 − 0.2) × 100 = 10 ≥ 10
    const r = find(assess(p, obs("cov10", { 2020: 80, 2023: 82 }), { thresholds: { expected_to_miss_ratio: 0, expected_to_miss_shortfall: 0.99 } }), "cov10");
    expect(r.targets[0]?.progress?.lag_points).toBeCloseTo(10, 9);
    expect(r.warnings.find((w) => w.code === "expected-to-miss")?.level).toBe("yellow");
    // 82.01: lag 9.9 < 10 → no lag trigger
    const r2 = find(assess(p, obs("cov10", { 2020: 80, 2023: 82.01 }), { thresholds: { expected_to_miss_ratio: 0, expected_to_miss_shortfall: 0.99 } }), "cov10");
    expect(r2.warnings.find((w) => w.code === "expected-to-miss")).toBeUndefined();
  });
});
