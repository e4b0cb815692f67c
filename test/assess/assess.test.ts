import { describe, expect, it } from "vitest";
import { assess, DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import type { IndicatorResult, Report } from "../../src/model/report.js";
import { obs, plan } from "./small-plan.js";

const find = (r: Report, indicator: string, region = "C"): IndicatorResult => {
  const hit = r.results.find((x) => x.indicator === indicator && x.region === region);
  if (!hit) throw new Error(`no result ${indicator}/${region}`);
  return hit;
};
const codes = (r: IndicatorResult): string[] => r.warnings.map((w) => w.code);
// The results that rest on data (the rest are the plan's expected indicators with no data, listed as missing).
const withData = (r: Report): IndicatorResult[] => r.results.filter((x) => x.reason !== "no-data");

// Maternal mortality rising from the plan's 7.35 (2020) to 10.6 (2024): the wrong way for an at-most target.
const rising = obs("mmr", { 2021: 8, 2022: 9, 2023: 9.8, 2024: 10.6 });

describe("one data point", () => {
  it("gives status and gap only, and says the trend needs more data", () => {
    const r = find(assess(plan, obs("mgmt", { 2024: 85 })), "mgmt");
    const t = r.targets[0]!;
    // 90 − 85 = 5 > 2% × 90 = 1.8
    expect(t.status).toBe("not_met");
    expect(t.gap?.absolute).toBe(5);
    expect(t.category).toBe("insufficient_data");
    expect(t.projection).toBeNull();
    expect(r.trend).toMatchObject({ points: 1, cagr: null, linear: null, robust_slope: null, direction: null });
    expect(r.warnings.find((w) => w.code === "insufficient-data")?.data).toMatchObject({ reason: "trend", points: 1, needed: 2 });
  });

  it("needs no trend when the target is already met (achieved first, as Eurostat checks)", () => {
    const r = find(assess(plan, obs("mgmt", { 2024: 95 })), "mgmt");
    expect(r.targets[0]).toMatchObject({ status: "met", category: "achieved" });
    expect(codes(r)).toEqual([]);
  });
});

describe("a series moving the wrong way", () => {
  const r = find(assess(plan, rising), "mmr");
  it("uses the plan's 2020 baseline for the city", () => {
    expect(r.baseline).toEqual({ year: 2020, value: 7.35 });
    expect(r.baseline_source).toBe("plan");
    // (10.6 / 7.35)^(1/4) − 1 = 0.095859; (10.6 − 7.35) / 4 = 0.8125
    expect(r.trend.cagr).toBeCloseTo(0.095859, 5);
    expect(r.trend.linear).toBeCloseTo(0.8125, 9);
    expect(r.trend.direction).toBe("up");
  });
  it("is nearly met now but moving away, with red expected-to-miss and wrong-direction", () => {
    const [t2025, t2030] = r.targets;
    // 10.6 − 10.5 = 0.1 ≤ 2% × 10.5 = 0.21 → nearly met; R = −0.095859 / 0.073941 = −1.29643
    expect(t2025).toMatchObject({ status: "nearly_met", category: "moving_away", current: true, horizon: 2025 });
    expect(t2025?.score).toBeCloseTo(-1.29643, 4);
    // 10.6 × 1.095859^1 = 11.6161
    expect(t2025?.projection).toBeCloseTo(11.6161, 3);
    // 序时进度: P = −(10.6 − 7.35) / |10.5 − 7.35| = −1.03175; time (2024 − 2020)/(2025 − 2020) = 0.8; lag (0.8 + 1.03175) × 100 = 183.175
    expect(t2025?.progress?.share).toBeCloseTo(-1.03175, 4);
    expect(t2025?.progress?.lag_points).toBeCloseTo(183.175, 2);
    expect(t2030).toMatchObject({ status: "not_met", category: "moving_away", current: false });
    const miss = r.warnings.filter((w) => w.code === "expected-to-miss");
    expect(miss.map((w) => w.level)).toEqual(["red", "red"]);
    expect(codes(r)).toContain("wrong-direction");
    expect(r.status).toBe("nearly_met");
    expect(r.category).toBe("moving_away");
  });
  it("the county has no plan baseline: its first observation after 2020 is used", () => {
    const c = find(assess(plan, obs("mmr", { 2021: 8, 2024: 10.6 }, "A")), "mmr", "A");
    expect(c.baseline).toEqual({ year: 2021, value: 8 });
    expect(c.baseline_source).toBe("first-after");
  });
  it("a base-year override moves the baseline", () => {
    const c = find(assess(plan, rising, { baseYear: 2021 }), "mmr");
    expect(c.baseline_source).toBe("observed");
    expect(c.baseline).toEqual({ year: 2021, value: 8 });
  });
});

describe("targets needing other values", () => {
  it("relative: says the baseline year is missing", () => {
    const r = find(assess(plan, obs("nutri", { 2020: 60, 2024: 63 })), "nutri");
    expect(r.targets[0]).toMatchObject({ status: "not_assessable", reason: "no-baseline-year", category: "insufficient_data" });
    expect(r.warnings[0]?.data).toMatchObject({ reason: "no-baseline-year", year: 2019 });
    expect(r.status).toBe("not_assessable");
  });
  it("compare: says the partner is missing, and judges when it is there", () => {
    const missing = find(assess(plan, [...obs("delegates", { 2022: 30, 2024: 31 }), ...obs("members", { 2022: 28 })]), "delegates");
    expect(missing.targets[0]).toMatchObject({ status: "not_assessable", reason: "partner-missing" });
    expect(codes(missing)).toContain("insufficient-data");
    const there = find(assess(plan, [...obs("delegates", { 2022: 30, 2024: 31 }), ...obs("members", { 2022: 28, 2024: 29 })]), "delegates");
    // gap = B − A = 29 − 31 = −2
    expect(there.targets[0]).toMatchObject({ status: "met", threshold: 29, category: "achieved" });
    expect(there.targets[0]?.gap?.absolute).toBe(-2);
  });
});

describe("warnings on the series", () => {
  it("every-year target broken in 2021 → target-breached", () => {
    const r = find(assess(plan, obs("mgmt", { 2020: 92, 2021: 89.5, 2022: 93, 2024: 94 })), "mgmt");
    expect(r.targets[0]?.breaches).toEqual([{ year: 2021, value: 89.5 }]);
    expect(r.targets[0]?.status).toBe("met");
    expect(r.warnings.find((w) => w.code === "target-breached")?.data).toMatchObject({ years: "2021" });
  });
  it("an oscillating series → strong-fluctuation", () => {
    const r = find(assess(plan, obs("screen", { 2020: 50, 2021: 55, 2022: 50, 2023: 55, 2024: 50 })), "screen");
    expect(r.warnings.find((w) => w.code === "strong-fluctuation")?.data).toMatchObject({ reversals: 3 });
  });
  it("a county whose latest value is 3 years before as_of → stale-data", () => {
    const r = assess(plan, [...obs("mgmt", { 2024: 95 }), ...obs("mgmt", { 2020: 91, 2021: 92 }, "A")]);
    expect(r.as_of).toBe(2024);
    expect(find(r, "mgmt", "A").warnings.find((w) => w.code === "stale-data")?.data).toMatchObject({ latest: 2021, years: 3 });
    expect(codes(find(r, "mgmt"))).not.toContain("stale-data");
  });
  it("a falling series under an increase target → not met, moving away, wrong-direction", () => {
    // compound growth (36 / 40)^(1/4) − 1 = −0.0259963 ≤ −1%
    const r = find(assess(plan, obs("screen", { 2020: 40, 2024: 36 })), "screen");
    expect(r.targets[0]).toMatchObject({ status: "not_met", reason: "wrong-direction", category: "moving_away" });
    expect(r.targets[0]?.score).toBeCloseTo(-0.0259963, 6);
    expect(codes(r)).toContain("wrong-direction");
  });
});

describe("data handling", () => {
  it("ignores observations after as_of, keeps the first of duplicates, skips unknown indicators", () => {
    const data = [...obs("mgmt", { 2023: 91, 2024: 92, 2025: 50 }), ...obs("mgmt", { 2024: 10 }), ...obs("nope", { 2024: 1 })];
    const r = assess(plan, data, { asOf: 2024 });
    expect(withData(r)).toHaveLength(1);
    expect(find(r, "mgmt").series).toEqual([{ year: 2023, value: 91 }, { year: 2024, value: 92 }]);
  });
  it("orders by plan indicator, plan region, then sex", () => {
    const data = [...obs("mgmt", { 2024: 95 }, "A", "male"), ...obs("mgmt", { 2024: 95 }, "A", "female"), ...obs("mgmt", { 2024: 95 }, "A"), ...obs("mgmt", { 2024: 95 }, "C"), ...obs("mmr", { 2024: 8 }, "A")];
    const r = assess(plan, data);
    expect(withData(r).map((x) => `${x.indicator}/${x.region}/${x.sex ?? "-"}`)).toEqual(["mmr/A/-", "mgmt/C/-", "mgmt/A/-", "mgmt/A/female", "mgmt/A/male"]);
    // the missing ones take their place in the same order: mmr/C has no data
    expect(r.results.slice(0, 2).map((x) => `${x.indicator}/${x.region}/${x.reason ?? "-"}`)).toEqual(["mmr/C/no-data", "mmr/A/-"]);
  });
  it("filters by region name, area and indicator; carries diagnostics through", () => {
    const data = [...rising, ...obs("mgmt", { 2024: 95 }, "A"), ...obs("members", { 2024: 30 })];
    const diag = { code: "bad-cell", severity: "warning" as const, message: "x" };
    expect(withData(assess(plan, data, { region: "甲县" })).map((x) => x.indicator)).toEqual(["mgmt"]);
    expect(withData(assess(plan, data, { area: "decision" })).map((x) => x.indicator)).toEqual(["members"]);
    // the filters narrow the missing ones too: decision area, regions C and A → delegates missing in both
    expect(assess(plan, data, { area: "decision" }).results.map((x) => `${x.indicator}/${x.region}/${x.reason ?? "-"}`)).toEqual(["members/C/-", "delegates/C/no-data", "delegates/A/no-data"]);
    expect(withData(assess(plan, data, { indicator: ["mmr"] })).map((x) => x.indicator)).toEqual(["mmr"]);
    expect(assess(plan, data, { diagnostics: [diag] }).diagnostics).toEqual([diag]);
  });
});

describe("summary and current targets", () => {
  const data = [
    ...rising, // nearly met (2025 target)
    ...obs("mgmt", { 2020: 92, 2024: 94 }), // met
    ...obs("screen", { 2020: 40, 2024: 36 }), // not met
    ...obs("delegates", { 2024: 31 }), // not assessable: no partner
    ...obs("members", { 2022: 28 }), // no targets: counted as a result only
  ];
  it("attainment rate = (met + nearly met) / assessable, overall and per area", () => {
    const s = assess(plan, data).summary;
    // (1 + 1) / (1 + 1 + 1) = 0.6667; nutri (a target, no data in region C) is the one missing result
    expect(s).toMatchObject({ results: 6, met: 1, nearly_met: 1, not_met: 1, not_assessable: 2, missing: 1, assessable: 3 });
    expect(s.attainment_rate).toBeCloseTo(2 / 3, 10);
    expect(s.areas.health).toMatchObject({ results: 4, assessable: 3, missing: 1 });
    expect(s.areas.decision).toMatchObject({ results: 2, assessable: 0, not_assessable: 1, attainment_rate: null });
    expect(s.categories).toMatchObject({ achieved: 1, moving_away: 2, insufficient_data: 1 });
    // red: two expected-to-miss on mmr; yellow: none
    expect(s.warnings.red).toBe(2);
  });
  it("counts the 2025 target up to 2025 and the 2030 target after", () => {
    const at2026 = find(assess(plan, [...rising, ...obs("mmr", { 2026: 9.9 })], { asOf: 2026 }), "mmr");
    expect(at2026.targets.map((t) => t.current)).toEqual([false, true]);
    // the 2025 target is judged on 2024's 10.6 (no 2025 value); the 2030 one on 2026's 9.9 ≤ 10 → met
    expect(at2026.targets[1]?.status).toBe("met");
    expect(at2026.status).toBe("met");
  });
  it("records the thresholds and lets them be changed", () => {
    const r = assess(plan, rising, { thresholds: { nearly_met_band: 0 } });
    expect(r.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, nearly_met_band: 0 });
    expect(find(r, "mmr").targets[0]?.status).toBe("not_met");
  });
});

describe("method presets through assess", () => {
  it.each([
    // R = −1.29643 (see above)
    { method: "eurostat" as const, score: -1.29643, category: "moving_away" },
    // SDSN: (10.6 − 7.35)/4 = 0.8125 against (10.5 − 7.35)/5 = 0.63, d = −1 → −1.28968
    { method: "sdsn" as const, score: -1.28968, category: "moving_away" },
    // UNSD: v̂ = 11.6161; Q = −(11.6161 − 7.35) / |10.5 − 7.35| = −1.35432
    { method: "unsd" as const, score: -1.35432, category: "moving_away" },
    // weather: 7.35 8 9 9.8 10.6 → mean (0.65 + 1 + 0.8 + 0.8)/4 = 0.8125; v̂ = 11.4125; −(10.5 − 11.4125)/|10.5 − 10.6| = 9.125
    { method: "weather" as const, score: 9.125, category: "moving_away" },
  ])("$method", ({ method, score, category }) => {
    const r = assess(plan, rising, { method });
    expect(r.method).toBe(method);
    const t = find(r, "mmr").targets[0]!;
    expect(t.category).toBe(category);
    expect(t.score).toBeCloseTo(score, 4);
  });
});

describe("messages follow lang", () => {
  it("writes warnings in English when asked", () => {
    const r = find(assess(plan, rising, { lang: "en" }), "mmr");
    expect(r.warnings[0]?.message).toMatch(/^Expected to miss the target \(≤ 10.5 per 100,000 \(2025\)\): ratio of actual to required growth R = -1.296, below 0.6/);
    const zh = find(assess(plan, rising), "mmr");
    expect(zh.warnings[0]?.message).toMatch(/^预计达标困难（≤ 10.5 \/10万 \(2025年\)）：实际增速与所需增速之比 R = -1.296，低于 0.6/);
  });
});

describe("no data", () => {
  it("returns an empty report at the plan's base year", () => {
    const r = assess(plan, []);
    expect(r.as_of).toBe(2020);
    expect(r.results).toEqual([]);
    expect(r.summary).toMatchObject({ results: 0, assessable: 0, attainment_rate: null, areas: {} });
  });
});
