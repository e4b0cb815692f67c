// What the third mutation run left alive in assess: the share margin with the target value, a dated target
// judged before the latest year, a compare band's edge, which targets give a direction, the 序时进度 numbers
// in the warning, the plan baseline's own year, formulas for d = +1, and keys that must be absent.
import { describe, expect, it } from "vitest";
import { assess, explainResult, METHODS, DEFAULT_THRESHOLDS, resolveThresholds, type ProgressBasis } from "../../src/assess/index.js";
import { chooseBaseline } from "../../src/assess/choose-baseline.js";
import { groupObservations } from "../../src/assess/group-observations.js";
import { levelBasis } from "../../src/assess/progress-basis.js";
import { progressShare } from "../../src/assess/progress-share.js";
import { projectTrend } from "../../src/assess/methods/project-trend.js";
import { summarizeBlock } from "../../src/assess/summarize.js";
import type { Indicator, Plan, Target } from "../../src/model/plan.js";
import type { IndicatorResult, Report, TargetResult } from "../../src/model/report.js";
import { obs, plan as basePlan } from "./small-plan.js";

const th = { ...DEFAULT_THRESHOLDS };
const share = { bounds: { min: 0, max: 100 } };
function planWith(targets: Target[], extra: Partial<Indicator> = {}): Plan {
  const x: Indicator = { id: "x", area: "health", goal: 1, name: { zh: "x", en: "x" }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets, ...extra };
  return { ...basePlan, indicators: [x, { ...x, id: "p", targets: [] }] };
}
const one = (targets: Target[], values: Record<number, number>, extra: Partial<Indicator> = {}, more: ReturnType<typeof obs> = [], asOf?: number) =>
  assess(planWith(targets, extra), [...obs("x", values), ...more], asOf ? { asOf } : {}).results.find((r) => r.indicator === "x")!;
const codes = (r: IndicatorResult) => r.warnings.map((w) => w.code);

describe("the linear form for shares", () => {
  it("uses it when the target value is near 100, though the values are not", () => {
    // at least 95 by 2030 from 80 (2020) to 84 (2024): linear (84 − 80)/4 = 1 against (95 − 80)/10 = 1.5 → R = 0.6667
    // (compound would give 0.012272 / 0.017333 = 0.708)
    expect(one([{ kind: "at_least", value: 95, year: 2030 }], { 2020: 80, 2024: 84 }, share).targets[0]!.score).toBeCloseTo(2 / 3, 9);
  });
  it("uses it when the values are near 100, though the target is not", () => {
    // at most 50 by 2030 from 95 to 91: linear −1 against −4.5 → R = −1 × −1 / 4.5 = 0.2222 (compound 0.1721)
    expect(one([{ kind: "at_most", value: 50, year: 2030 }], { 2020: 95, 2024: 91 }, share).targets[0]!.score).toBeCloseTo(0.22222, 4);
  });
  it("projects the result's trend linearly near 100", () => {
    // (94 − 92)/4 = 0.5 → 2025: 94.5, 2030: 97
    expect(one([], { 2020: 92, 2024: 94 }, share).trend.projection).toEqual({ "2025": 94.5, "2030": 97 });
  });
});

describe("a dated target with data past its year", () => {
  it("measures progress up to the target year only", () => {
    // at least 60 in 2025: judged on 2025's 50; points 2020–2025 (2026's 70 is left out):
    // P = (50 − 40)/(60 − 40) = 0.5, time (2025 − 2020)/5 = 1 → lag 50
    const t = one([{ kind: "at_least", value: 60, year: 2025 }], { 2020: 40, 2025: 50, 2026: 70 }).targets[0]!;
    expect(t.evaluated).toEqual({ year: 2025, value: 50 });
    expect(t.progress?.share).toBeCloseTo(0.5, 12);
    expect(t.progress?.lag_points).toBeCloseTo(50, 9);
  });
});

describe("compare targets with a band", () => {
  it("moves towards the band's edge, not its centre", () => {
    // |A − B| ≤ 2; A − B from −10 (2020) to −8 (2024): linear 0.5 a year against (−2 − (−10))/10 = 0.8 → R = 0.625
    // (towards 0 it would be 0.5 / 1 = 0.5)
    const t = one([{ kind: "compare", ref: "p", op: "approx", tolerance: 2, year: 2030 }], { 2020: 20, 2024: 22 }, {}, obs("p", { 2020: 30, 2024: 30 })).targets[0]!;
    expect(t.score).toBeCloseTo(0.625, 9);
  });
  it("gives no wrong-direction warning for a compare target, even with the gap narrowing", () => {
    // A ≥ B met every year, A − B falls 10 → 5
    const r = one([{ kind: "compare", ref: "p", op: "ge", year: 2030 }], { 2020: 40, 2024: 35 }, {}, obs("p", { 2020: 30, 2024: 30 }));
    expect(r.targets[0]!.status).toBe("met");
    expect(codes(r)).not.toContain("wrong-direction");
  });
  it("counts a year with A = B as no breach", () => {
    const t = one([{ kind: "compare", ref: "p", op: "ge", year: null }], { 2020: 30, 2024: 31 }, {}, obs("p", { 2020: 30, 2024: 30 })).targets[0]!;
    expect(t.breaches).toEqual([]);
  });
});

describe("band targets that are met", () => {
  it("give no wrong-direction warning while inside the band", () => {
    // around 50 ± 5: 46 → 54 stays inside, though it moves away from 50
    const r = one([{ kind: "around", value: 50, tolerance: 5, year: 2030 }], { 2020: 46, 2024: 54 });
    expect(r.targets[0]!.status).toBe("met");
    expect(codes(r)).not.toContain("wrong-direction");
  });
});

describe("expected-to-miss through assess", () => {
  it("carries the 序时进度 numbers of the target", () => {
    // at least 60 by 2025 from 40 (2020) to 44 (2024): P = 4/20 = 0.2, time 0.8, lag 60
    const r = one([{ kind: "at_least", value: 60, year: 2025 }], { 2020: 40, 2024: 44 }, {}, [], undefined);
    const w = r.warnings.find((x) => x.code === "expected-to-miss")!;
    expect(w.data!.lag_points as number).toBeCloseTo(60, 9);
    expect(w.message).toContain("目标完成进度 20.00%，时间进度 80.00%");
  });
});

describe("baselines, groups, summary and thresholds", () => {
  it("uses the plan's baseline only when its year is the base year", () => {
    // plan baseline 7.35 is for 2020; with base year 2021 and no 2021 value, the first later value is used
    const mmr = basePlan.indicators[0]!;
    expect(chooseBaseline([{ year: 2022, value: 9 }], mmr, basePlan, "C", undefined, 2021)).toEqual({ point: { year: 2022, value: 9 }, source: "first-after" });
  });
  it("has no sex key for a headline series", () => {
    const g = [...groupObservations(obs("x", { 2024: 1 }), 2024).values()][0]!;
    expect(Object.keys(g).sort()).toEqual(["indicator", "points", "region"]);
  });
  it("counts no status for a result without one", () => {
    const b = summarizeBlock([{ area: "health", warnings: [] } as unknown as IndicatorResult]);
    expect(Object.keys(b)).toEqual(["results", "assessable", "met", "nearly_met", "not_met", "indeterminate", "not_assessable", "missing", "attainment_rate", "categories", "warnings"]);
    expect(b).toMatchObject({ results: 1, not_assessable: 0, missing: 0 });
    // a no-data result counts as not assessable and as missing; another not-assessable reason is not missing
    const m = summarizeBlock([
      { area: "health", status: "not_assessable", reason: "no-data", warnings: [] },
      { area: "health", status: "not_assessable", reason: "insufficient-data", warnings: [] },
    ] as unknown as IndicatorResult[]);
    expect(m).toMatchObject({ results: 2, not_assessable: 2, missing: 1, assessable: 0, attainment_rate: null });
  });
  it("takes only known, finite numeric overrides", () => {
    const t = resolveThresholds({ nearly_met_band: NaN, around_tolerance: "x", stale_years: 5, nope: 1 } as unknown as Parameters<typeof resolveThresholds>[0]);
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, stale_years: 5 });
    expect(resolveThresholds({ lag_red_points: Infinity }).lag_red_points).toBe(30);
  });
});

describe("method details", () => {
  const b = (over: Partial<ProgressBasis> = {}): ProgressBasis => ({
    d: 1, target: 60, horizon: 2030, base: { year: 2020, value: 50 }, latest: { year: 2025, value: 55 }, points: [{ year: 2020, value: 50 }, { year: 2025, value: 55 }], linear: true, ...over,
  });
  const step = (steps: { label: string; formula: string }[], l: string) => steps.find((s) => s.label === l)!.formula;
  it("writes formulas without a sign for d = +1 and R as a number when finite", () => {
    expect(step(METHODS.eurostat(b(), th).steps, "ratio-eurostat")).toBe("1 / |1|");
    expect(step(METHODS.eurostat(b(), th).steps, "category-eurostat")).toBe("R = 1; 0.95 / 0.6 / 0");
    expect(step(METHODS.sdsn(b(), th).steps, "ratio-sdsn")).toBe("1 / |1|");
    expect(step(METHODS.unsd(b(), th).steps, "ratio-unsd")).toBe("(60 − 50) / |60 − 50|");
    const w = b({ points: [{ year: 2022, value: 52 }, { year: 2023, value: 53 }, { year: 2024, value: 54 }, { year: 2025, value: 55 }] });
    expect(step(METHODS.weather(w, th).steps, "weather-shortfall")).toBe("(60 − 60) / |60 − 55|");
    expect(progressShare(b())!.steps[0]!.formula).toBe("(55 − 50) / |60 − 50|");
  });
  it("is on track when flat at the target (nothing left to go, nothing missed)", () => {
    const flat = b({ target: 55, points: [{ year: 2022, value: 55 }, { year: 2023, value: 55 }, { year: 2024, value: 55 }, { year: 2025, value: 55 }] });
    expect(METHODS.weather(flat, th)).toMatchObject({ category: "on_track", score: 0 });
  });
  it("does not project from a single year", () => {
    expect(projectTrend("sdsn", [{ year: 2024, value: 5 }], false, 2030, th)).toBeNull();
  });
  it("moves down to an at-most level from a value already below it", () => {
    expect(levelBasis({ op: "le", threshold: 5 }, [{ year: 2020, value: 1 }, { year: 2021, value: 2 }], 2030, false)).toMatchObject({ d: -1, target: 5 });
  });
});

describe("explain details", () => {
  const target = (over: Partial<TargetResult>): TargetResult => ({ year: 2030, kind: "at_least", status: "not_met", horizon: 2030, steps: [], current: false, ...over }) as TargetResult;
  const result = (t: TargetResult) => ({
    indicator: "mgmt", area: "health", goal: 1, region: "C", series: [], baseline: null, latest: null,
    trend: { points: 0, cagr: null, linear: null, robust_slope: null, last_change: null, direction: null, projection: {} }, targets: [t], warnings: [],
  }) as unknown as IndicatorResult;
  const report = { as_of: 2024, method: "eurostat" } as Report;
  it("translates category values of steps and skips an empty breach list", () => {
    const lines = explainResult(result(target({ breaches: [], steps: [{ label: "category-eurostat", formula: "R", value: "moving_away" }] })), basePlan, report, "en");
    expect(lines).toContain("  · Eurostat cut-offs (on track / moderate / insufficient): R → moving away");
    expect(lines.some((l) => l.includes("years not met"))).toBe(false);
  });
});
