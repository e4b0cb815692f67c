// What the second mutation run left alive in assess: the keys a result and its targets carry (absent, not
// undefined), a direction target missed at its horizon, the decrease direction, the share projection of a
// direction target, the breach level and partner-missing data, and the formulas of the method steps.
import { describe, expect, it } from "vitest";
import { assess, METHODS, DEFAULT_THRESHOLDS, type ProgressBasis } from "../../src/assess/index.js";
import { levelFormula, judgeLevelTarget, compare, around } from "../../src/rules/index.js";
import { shownBase } from "../../src/assess/methods/growth.js";
import { progressShare } from "../../src/assess/progress-share.js";
import type { Indicator, Plan, Target } from "../../src/model/plan.js";
import { obs, plan as basePlan } from "./small-plan.js";
import { input } from "../rules/make-input.js";

const th = { ...DEFAULT_THRESHOLDS };
function planWith(targets: Target[], extra: Partial<Indicator> = {}): Plan {
  const x: Indicator = { id: "x", area: "health", goal: 1, name: { zh: "x", en: "x" }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets, ...extra };
  return { ...basePlan, indicators: [x, { ...x, id: "p", targets: [] }] };
}
const one = (targets: Target[], values: Record<number, number>, extra: Partial<Indicator> = {}, more: ReturnType<typeof obs> = []) =>
  assess(planWith(targets, extra), [...obs("x", values), ...more]).results.find((r) => r.indicator === "x")!;

describe("keys of a target result: only what applies", () => {
  it.each([
    { target: { kind: "increase", year: 2030 }, values: { 2020: 50, 2024: 55 }, keys: ["category", "current", "evaluated", "horizon", "kind", "projection", "score", "status", "steps", "year"] },
    { target: { kind: "at_least", value: 60, year: 2030 }, values: { 2020: 50, 2024: 55 }, keys: ["category", "current", "evaluated", "gap", "horizon", "kind", "progress", "projection", "score", "status", "steps", "threshold", "value", "year"] },
    { target: { kind: "at_least", value: 60, year: null }, values: { 2020: 61, 2024: 62 }, keys: ["breaches", "category", "current", "evaluated", "gap", "horizon", "kind", "projection", "status", "steps", "threshold", "value", "year"] },
    { target: { kind: "around", value: 50, tolerance: 2, year: 2030 }, values: { 2024: 50 }, keys: ["category", "current", "evaluated", "gap", "horizon", "kind", "projection", "status", "steps", "threshold", "tolerance", "value", "year"] },
    { target: { kind: "relative", baseline_year: 2019, pct: 10, year: 2030 }, values: { 2024: 50 }, keys: ["category", "current", "horizon", "kind", "reason", "status", "steps", "year"] },
  ] as { target: Target; values: Record<number, number>; keys: string[] }[])("$target.kind $target.year", ({ target, values, keys }) => {
    expect(Object.keys(one([target], values).targets[0]!).sort()).toEqual(keys);
  });
  it("carries ref for compare targets only", () => {
    const t = one([{ kind: "compare", ref: "p", op: "ge", year: 2030 }], { 2024: 50 }, {}, obs("p", { 2024: 40 })).targets[0]!;
    expect(t.ref).toBe("p");
    expect(Object.keys(t)).toContain("ref");
  });
});

describe("keys of a result", () => {
  it("has sex, baseline_source, status and category only when known", () => {
    const none = assess(planWith([]), obs("x", { 2024: 5 })).results[0]!;
    expect(Object.keys(none).sort()).toEqual(["area", "baseline", "baseline_source", "goal", "indicator", "latest", "region", "series", "targets", "trend", "warnings"]);
    // women only: the headline series of x is listed first as missing (no data), then the women's result
    const withWomen = assess(planWith([{ kind: "at_least", value: 1, year: 2030 }]), obs("x", { 2024: 5 }, "C", "female")).results;
    expect(withWomen.map((r) => `${r.sex ?? "-"}/${r.reason ?? "-"}`)).toEqual(["-/no-data", "female/-"]);
    expect(withWomen[1]).toMatchObject({ sex: "female", status: "met", category: "achieved", baseline_source: "first-after" });
    // "total" is the headline series: no sex key
    const total = assess(planWith([{ kind: "at_least", value: 1, year: 2030 }]), obs("x", { 2024: 5 }, "C", "total")).results;
    expect(total.map((r) => Object.keys(r).sort())).toEqual([["area", "baseline", "baseline_source", "category", "goal", "indicator", "latest", "region", "series", "status", "targets", "trend", "warnings"]]);
  });
});

describe("direction targets through assess", () => {
  it("is not achieved when missed at its horizon", () => {
    // increase by 2025, as_of 2025: 50 → 49 falls → not met; (49 / 50)^(1/5) − 1 = −0.0040324 > −1% → insufficient
    expect(one([{ kind: "increase", year: 2025 }], { 2020: 50, 2025: 49 }).targets[0]).toMatchObject({ status: "not_met", category: "insufficient" });
  });
  it("wants a decrease target to fall: a rise warns", () => {
    const r = one([{ kind: "decrease", year: 2030 }], { 2020: 50, 2024: 55 });
    expect(r.targets[0]).toMatchObject({ status: "not_met", reason: "wrong-direction", category: "moving_away" });
    expect(r.warnings.find((w) => w.code === "wrong-direction")?.data).toMatchObject({ d: -1 });
  });
  it("projects a share near 100 linearly", () => {
    // bounds 0–100, 94 ≥ 90: linear (94 − 92)/4 = 0.5 → 2030: 94 + 0.5 × 6 = 97 (compound would give 97.06)
    expect(one([{ kind: "increase", year: 2030 }], { 2020: 92, 2024: 94 }, { bounds: { min: 0, max: 100 } }).targets[0]!.projection).toBeCloseTo(97, 9);
  });
});

describe("target warnings through assess", () => {
  it("makes a breach red when the latest year broke the target", () => {
    expect(one([{ kind: "at_least", value: 60, year: null }], { 2020: 61, 2024: 59 }).warnings.find((w) => w.code === "target-breached")?.level).toBe("red");
    expect(one([{ kind: "at_least", value: 60, year: null }], { 2020: 59, 2024: 61 }).warnings.find((w) => w.code === "target-breached")?.level).toBe("yellow");
  });
  it("names the missing partner and the judged year, not as_of", () => {
    // x's latest is 2023; as_of 2024 comes from p's own 2024 value, but p has no 2023 value
    const r = one([{ kind: "compare", ref: "p", op: "ge", year: null }], { 2023: 50 }, {}, obs("p", { 2024: 40 }));
    expect(r.warnings.find((w) => w.code === "insufficient-data")?.data).toMatchObject({ reason: "partner-missing", ref: "p", year: 2023 });
  });
});

describe("step formulas", () => {
  it("writes the level condition and gap for each op", () => {
    expect(levelFormula(48, { op: "le", threshold: 50 })).toBe("48 ≤ 50");
    expect(levelFormula(48, { op: "band", threshold: -50, tolerance: 2 })).toBe("|48 − (-50)| ≤ 2");
    expect(levelFormula(48, { op: "band", threshold: 50 })).toBe("|48 − 50| ≤ 0");
    const gap = (op: "ge" | "le" | "band", tolerance?: number) =>
      judgeLevelTarget(input({ kind: "at_least", year: 2030 }, { 2024: -1 }), { op, threshold: 5, ...(tolerance !== undefined ? { tolerance } : {}) }).steps.find((s) => s.label === "gap")!.formula;
    expect(gap("ge")).toBe("T − y = 5 − (-1)");
    expect(gap("le")).toBe("y − T = -1 − 5");
    expect(gap("band", 1)).toBe("|y − T| − τ = |-1 − 5| − 1");
    expect(gap("band")).toBe("|y − T| − τ = |-1 − 5| − 0");
  });
  it("writes the compare steps with the partner's id and band", () => {
    const j = compare(input({ kind: "compare", year: 2030, ref: "p", op: "approx", tolerance: 2 }, { 2024: 31 }, { 2024: 30 }));
    expect(j.steps.slice(0, 3)).toEqual([
      { label: "evaluated", formula: "A = y(2024)", value: 31 },
      { label: "partner-value", formula: "B = p(2024)", value: 30 },
      { label: "tolerance-plan", formula: "τ = 2", value: 2 },
    ]);
    expect(j.tolerance).toBe(2);
    expect(compare(input({ kind: "compare", year: 2030, ref: "p", op: "approx" }, { 2024: 31 }, { 2024: 30 })).steps[2]!.value).toBeCloseTo(0.9, 12);
    expect("tolerance" in compare(input({ kind: "compare", year: 2030, ref: "p", op: "ge" }, { 2024: 31 }, { 2024: 30 }))).toBe(false);
    expect(around(input({ kind: "around", value: 50, year: 2030 }, { 2024: 50 })).steps[0]).toEqual({ label: "tolerance-default", formula: "τ = 3.00% × 50", value: 1.5 });
  });
  it("writes the method steps with d, the years ahead and an infinite ratio", () => {
    const b = (over: Partial<ProgressBasis> = {}): ProgressBasis => ({
      d: -1, target: 40, horizon: 2030, base: { year: 2020, value: 50 }, latest: { year: 2025, value: 45 }, points: [{ year: 2020, value: 50 }, { year: 2025, value: 45 }], linear: true, ...over,
    });
    const label = (steps: { label: string; formula: string; value: unknown }[], l: string) => steps.find((s) => s.label === l)!;
    // SDSN: −(−1) / |−1| over (2030 − 2025) = 5 years ahead
    const s = METHODS.sdsn(b(), th).steps;
    expect(label(s, "ratio-sdsn")).toEqual({ label: "ratio-sdsn", formula: "−-1 / |-1|", value: 1 });
    expect(label(s, "projection-linear").formula).toBe("45 + (-1) × 5");
    expect(s.map((x) => x.label)).toEqual(["linear-actual", "linear-required", "ratio-sdsn", "projection-linear", "category-sdsn"]);
    expect(label(METHODS.sdsn(b({ target: 50, d: 1 }), th).steps, "ratio-sdsn").value).toBe("−∞");
    expect(label(METHODS.sdsn(b({ target: 50, d: -1 }), th).steps, "ratio-sdsn").value).toBe("+∞");
    // UNSD: v̂ = 45 − 1 × 5 = 40; Q = −(40 − 50)/|40 − 50| = 1
    const u = METHODS.unsd(b(), th).steps;
    expect(label(u, "projection-linear").formula).toBe("45 + (-1) × 5");
    expect(label(u, "ratio-unsd")).toEqual({ label: "ratio-unsd", formula: "−(40 − 50) / |40 − 50|", value: 1 });
    expect(label(METHODS.unsd(b({ target: 50, d: 1 }), th).steps, "ratio-unsd").value).toBe("−∞");
    expect(label(METHODS.unsd(b({ target: 50, d: -1 }), th).steps, "ratio-unsd").value).toBe("+∞");
    expect(label(METHODS.unsd(b({ linear: false }), th).steps, "projection-compound").formula).toBe("45 × (1 + -0.020852)^5");
    // Eurostat: linear and compound projections over 5 years ahead, and R = ±∞ in the category step
    const e = METHODS.eurostat(b(), th).steps;
    expect(label(e, "ratio-eurostat").formula).toBe("−-1 / |-1|");
    expect(label(e, "projection-linear").formula).toBe("45 + (-1) × 5");
    expect(label(METHODS.eurostat(b({ linear: false }), th).steps, "projection-compound").formula).toBe("45 × (1 + -0.020852)^5");
    expect(label(METHODS.eurostat(b({ target: 50, d: -1 }), th).steps, "category-eurostat").formula).toBe("R = +∞; 0.95 / 0.6 / 0");
    expect(label(METHODS.eurostat(b({ target: 50, d: 1 }), th).steps, "category-eurostat").formula).toBe("R = −∞; 0.95 / 0.6 / 0");
    expect(label(METHODS.eurostat(b({ target: 50, d: 1 }), th).steps, "ratio-eurostat").value).toBe("−∞");
    // weather: four consecutive points, d = −1
    const w = METHODS.weather(b({ points: [{ year: 2022, value: 48 }, { year: 2023, value: 47 }, { year: 2024, value: 46 }, { year: 2025, value: 45 }] }), th).steps;
    expect(label(w, "weather-mean").formula).toBe("((-1) + (-1) + (-1)) / 3 (2022–2025)");
    expect(label(w, "weather-shortfall").formula).toBe("−(40 − 40) / |40 − 45|");
    // progress share with d = −1
    expect(progressShare(b())!.steps[0]!.formula).toBe("−(45 − 50) / |40 − 50|");
  });
  it("shows the zero replacement positive when both values are zero", () => {
    expect(shownBase(0, 0.001, 0)).toBe("0.001");
  });
});
