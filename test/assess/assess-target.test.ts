// assessTarget through assess(): what a target result carries, the category of direction and level targets,
// when progress, direction and expected-to-miss apply, and which R the warning uses under other methods.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import type { Indicator, Plan, Target } from "../../src/model/plan.js";
import type { IndicatorResult, MethodId } from "../../src/model/report.js";
import { obs, plan as basePlan } from "./small-plan.js";

/** The small plan with indicator "x" (a share 0–100 unless told) carrying the given targets, and a partner "p". */
function planWith(targets: Target[], extra: Partial<Indicator> = {}): Plan {
  const x: Indicator = { id: "x", area: "health", goal: 1, name: { zh: "x", en: "x" }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets, ...extra };
  const p: Indicator = { ...x, id: "p", targets: [] };
  return { ...basePlan, indicators: [x, p] };
}
const run = (targets: Target[], values: Record<number, number>, opts: { extra?: Partial<Indicator>; partner?: Record<number, number>; method?: MethodId; asOf?: number } = {}): IndicatorResult =>
  assess(planWith(targets, opts.extra), [...obs("x", values), ...(opts.partner ? obs("p", opts.partner) : [])], { ...(opts.method ? { method: opts.method } : {}), ...(opts.asOf ? { asOf: opts.asOf } : {}) })
    .results.find((r) => r.indicator === "x")!;

describe("what a target result carries", () => {
  it("copies value, threshold, tolerance, gap and the evaluated point", () => {
    // around 50 ± 2: |53 − 50| − 2 = 1 ≤ 2% × 50 = 1 → nearly met
    const t = run([{ kind: "around", value: 50, tolerance: 2, year: 2025 }], { 2020: 50, 2024: 53 }).targets[0]!;
    expect(t).toMatchObject({ year: 2025, kind: "around", value: 50, threshold: 50, tolerance: 2, status: "nearly_met", horizon: 2025, evaluated: { year: 2024, value: 53 }, gap: { absolute: 1, relative: 0.02 } });
    expect(t.ref).toBeUndefined();
    expect(t.breaches).toBeUndefined();
  });
  it("copies the ref and reason of a compare target", () => {
    const t = run([{ kind: "compare", ref: "p", op: "ge", year: null }], { 2024: 30 }).targets[0]!;
    expect(t).toMatchObject({ ref: "p", reason: "partner-missing", status: "not_assessable", category: "insufficient_data", breaches: [] });
  });
});

describe("direction targets", () => {
  const up: Target = { kind: "increase", year: 2025 };
  it.each([
    // (55 / 50)^(1/4) − 1 = 0.0241137 ≥ 1%, met before the horizon → on track, with a projection
    { values: { 2020: 50, 2024: 55 }, asOf: undefined, status: "met", category: "on_track" },
    // met at the horizon (as_of 2025 ≥ 2025) → achieved
    { values: { 2020: 50, 2025: 55 }, asOf: undefined, status: "met", category: "achieved" },
    // 50 × 1.01^4 = 52.0302005 → exactly 1% → on track; 52.03 → 0.0099990 → slight → moderate
    { values: { 2020: 50, 2024: 52.0302005 }, asOf: undefined, status: "met", category: "on_track" },
    { values: { 2020: 50, 2024: 52.03 }, asOf: undefined, status: "nearly_met", category: "moderate" },
    // (50.4 / 50)^(1/4) − 1 = 0.0019940 → slight → moderate
    { values: { 2020: 50, 2024: 50.4 }, asOf: undefined, status: "nearly_met", category: "moderate" },
    // falling: (49.6 / 50)^(1/4) − 1 = −0.0020060 → insufficient (stagnation), not moving away
    { values: { 2020: 50, 2024: 49.6 }, asOf: undefined, status: "not_met", category: "insufficient" },
    // 50 × 0.99^4 = 48.0298005 → exactly −1% → moving away; 48.03 → −0.0099990 → insufficient
    { values: { 2020: 50, 2024: 48.0298005 }, asOf: undefined, status: "not_met", category: "moving_away" },
    { values: { 2020: 50, 2024: 48.03 }, asOf: undefined, status: "not_met", category: "insufficient" },
    // zeros: rate 0 on the linear form (no compound growth from 0), score 0 → no movement → insufficient (stagnation)
    { values: { 2020: 0, 2024: 0 }, asOf: undefined, status: "not_met", category: "insufficient" },
  ])("$values → $status, $category", ({ values, status, category }) => {
    const t = run([up], values as unknown as Record<number, number>).targets[0]!;
    expect(t).toMatchObject({ status, category });
  });
  it("records the score and projects the trend", () => {
    // score = CAGR (55 / 50)^(1/4) − 1 = 1.1^(1/4) − 1 = 0.0241137 → 55 × 1.1^(1/4) in 2025
    const t = run([up], { 2020: 50, 2024: 55 }).targets[0]!;
    expect(t.score).toBeCloseTo(Math.pow(1.1, 1 / 4) - 1, 12);
    expect(t.projection).toBeCloseTo(55 * Math.pow(1.1, 1 / 4), 9);
  });
  it("counts a share held at its bound as achieved before the horizon", () => {
    expect(run([up], { 2020: 100, 2024: 100 }, { extra: { bounds: { min: 0, max: 100 } } }).targets[0]).toMatchObject({ status: "met", reason: "at-bound", category: "achieved" });
  });
  it("needs two points, and says so", () => {
    const r = run([up], { 2024: 55 });
    expect(r.targets[0]).toMatchObject({ status: "not_assessable", category: "insufficient_data" });
    expect(r.targets[0]!.projection).toBeUndefined();
    expect(r.warnings.map((w) => w.code)).toEqual(["insufficient-data"]);
  });
});

describe("level targets", () => {
  it("counts a met target as achieved with its step, and gives no progress steps", () => {
    const t = run([{ kind: "at_least", value: 50, year: 2025 }], { 2020: 40, 2024: 52 }).targets[0]!;
    expect(t.category).toBe("achieved");
    expect(t.steps!.at(-1)).toEqual({ label: "category-achieved", formula: "52 ≥ 50", value: "achieved" });
    // progress is kept (P = 12 / 10 = 1.2, time 0.8) but its steps are not added
    expect(t.progress?.share).toBeCloseTo(1.2, 12);
    expect(t.steps!.some((s) => s.label === "progress-share")).toBe(false);
  });
  it("adds the method's and the progress steps when not met", () => {
    // at least 60 by 2025 from 40 (2020): P = (44 − 40)/20 = 0.2; time 0.8 → lag 60
    const t = run([{ kind: "at_least", value: 60, year: 2025 }], { 2020: 40, 2024: 44 }).targets[0]!;
    expect(t.steps!.map((s) => s.label)).toContain("progress-share");
    expect(t.steps!.map((s) => s.label)).toContain("ratio-eurostat");
    expect(t.progress?.lag_points).toBeCloseTo(60, 9);
  });
  it("has no progress for an every-year target, and none with a single point", () => {
    expect(run([{ kind: "at_least", value: 60, year: null }], { 2020: 40, 2024: 44 }).targets[0]!.progress).toBeUndefined();
    const one = run([{ kind: "at_least", value: 60, year: 2025 }], { 2024: 44 });
    expect(one.targets[0]).toMatchObject({ category: "insufficient_data", projection: null });
    expect(one.targets[0]!.progress).toBeUndefined();
    expect(one.warnings.map((w) => w.code)).toEqual(["insufficient-data"]);
  });
  it("is insufficient data when the rule could not judge (no baseline-year value)", () => {
    const r = run([{ kind: "relative", baseline_year: 2019, pct: 10, year: 2025 }], { 2020: 40, 2024: 44 });
    expect(r.targets[0]).toMatchObject({ status: "not_assessable", category: "insufficient_data" });
    expect(r.targets[0]!.projection).toBeUndefined();
  });
  it("warns that the weather method needs 4 consecutive points", () => {
    const r = run([{ kind: "at_least", value: 60, year: 2025 }], { 2020: 40, 2022: 42, 2024: 44 }, { method: "weather" });
    expect(r.targets[0]!.category).toBe("insufficient_data");
    expect(r.warnings.find((w) => w.code === "insufficient-data")?.data).toEqual({ reason: "weather", points: 3, needed: 4 });
  });
  it("puts expected-to-miss before the target's other warnings", () => {
    // every year ≥ 60: 2021 breaks it and 2024's 44 is far short → expected-to-miss first, then target-breached
    const r = run([{ kind: "at_least", value: 60, year: null }], { 2020: 61, 2021: 40, 2022: 45, 2023: 45, 2024: 44 });
    expect(r.warnings.map((w) => w.code).slice(0, 2)).toEqual(["expected-to-miss", "target-breached"]);
  });
  it("uses the Eurostat R for expected-to-miss whatever the method", () => {
    // 40 → 44 in 4 years against 60 by 2025: CAGR_a = 1.1^(1/4) − 1 = 0.024114; CAGR_r = 1.5^(1/5) − 1 = 0.084472;
    // R = 0.28547 (SDSN would say (4/4) / (20/5) = 0.25)
    const w = run([{ kind: "at_least", value: 60, year: 2025 }], { 2020: 40, 2024: 44 }, { method: "sdsn" }).warnings.find((x) => x.code === "expected-to-miss")!;
    expect(w.data!.ratio as number).toBeCloseTo(0.28547, 4);
  });
});

describe("direction warnings from level targets", () => {
  it("gives a band target that is met no direction, and one that is missed the direction towards the band", () => {
    // around 50 ± 5: 60 → 54 is inside → met, no wrong-direction despite the fall
    expect(run([{ kind: "around", value: 50, tolerance: 5, year: 2025 }], { 2020: 60, 2024: 54 }).warnings.map((w) => w.code)).not.toContain("wrong-direction");
    // 54 → 60 rises away from the band (d = −1 towards 55) → wrong-direction
    expect(run([{ kind: "around", value: 50, tolerance: 5, year: 2030 }], { 2020: 54, 2024: 60 }).warnings.map((w) => w.code)).toContain("wrong-direction");
  });
});

describe("compare targets", () => {
  const ge: Target = { kind: "compare", ref: "p", op: "ge", year: 2025 };
  it("judges progress on the difference A − B, from the trend's first year up to the judged year", () => {
    // A − B: 2020 −4, 2024 −2 → linear (−2 − (−4))/4 = 0.5 against (0 − (−4))/5 = 0.8 → R = 0.625 → moderate
    const t = run([ge], { 2020: 26, 2024: 28 }, { partner: { 2020: 30, 2024: 30 } }).targets[0]!;
    expect(t.status).toBe("not_met");
    expect(t.category).toBe("moderate");
    expect(t.score).toBeCloseTo(0.625, 9);
    // no progress share and no wrong-direction for compare targets
    expect(t.progress).toBeUndefined();
  });
  it("ignores partner years before the trend's first year", () => {
    // trend starts 2020 (the base year); a 2019 difference of −100 would change the slope if used
    const t = run([ge], { 2019: 0, 2020: 26, 2024: 28 }, { partner: { 2019: 100, 2020: 30, 2024: 30 } }).targets[0]!;
    expect(t.score).toBeCloseTo(0.625, 9);
  });
});
