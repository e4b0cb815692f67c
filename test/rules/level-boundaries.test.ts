// Level targets on both sides of each boundary: the target itself, the nearly-met band edge, a relative
// target at exactly its percentage, and the sign of p that picks ≥ or ≤.
import { describe, expect, it } from "vitest";
import { atLeast, atMost, around, relative, compare, judgeLevel, levelGap, evaluationPoint, TARGET_RULES } from "../../src/rules/index.js";
import type { Target } from "../../src/model/plan.js";
import { input } from "./make-input.js";

const t = (kind: Target["kind"], extra: Partial<Target> = {}): Target => ({ kind, year: 2030, ...extra });

describe("nearly-met band edge (基本实现: short by at most 2% of |T|)", () => {
  it.each([
    // at_least 50: gap = 50 − 49 = 1 = 2% × 50 = 1 → nearly met (the edge counts)
    { rule: atLeast, kind: "at_least", T: 50, y: 49, status: "nearly_met", gap: 1 },
    // 50 − 48.9 = 1.1 > 1 → not met
    { rule: atLeast, kind: "at_least", T: 50, y: 48.9, status: "not_met", gap: 1.1 },
    // 50 − 49.99 = 0.01 > 0 → nearly met, not met-by-rounding
    { rule: atLeast, kind: "at_least", T: 50, y: 49.99, status: "nearly_met", gap: 0.01 },
    // at_most 50: gap = 51 − 50 = 1 = 1 → nearly met
    { rule: atMost, kind: "at_most", T: 50, y: 51, status: "nearly_met", gap: 1 },
    // 51.1 − 50 = 1.1 > 1 → not met
    { rule: atMost, kind: "at_most", T: 50, y: 51.1, status: "not_met", gap: 1.1 },
    // 50.01 − 50 = 0.01 > 0 → nearly met
    { rule: atMost, kind: "at_most", T: 50, y: 50.01, status: "nearly_met", gap: 0.01 },
    // at_most −50 (scale |T| = 50): −49 − (−50) = 1 ≤ 2% × 50 = 1 → nearly met
    { rule: atMost, kind: "at_most", T: -50, y: -49, status: "nearly_met", gap: 1 },
    // around 50, τ = 3% × 50 = 1.5: |52.5 − 50| − 1.5 = 1 ≤ 1 → nearly met
    { rule: around, kind: "around", T: 50, y: 52.5, status: "nearly_met", gap: 1 },
    // |52.6 − 50| − 1.5 = 1.1 > 1 → not met
    { rule: around, kind: "around", T: 50, y: 52.6, status: "not_met", gap: 1.1 },
    // |47.5 − 50| − 1.5 = 1 → nearly met below the band too
    { rule: around, kind: "around", T: 50, y: 47.5, status: "nearly_met", gap: 1 },
    // |48.5 − 50| − 1.5 = 0 → met at the lower band edge
    { rule: around, kind: "around", T: 50, y: 48.5, status: "met", gap: 0 },
    // |48.4 − 50| − 1.5 = 0.1 → just outside the band
    { rule: around, kind: "around", T: 50, y: 48.4, status: "nearly_met", gap: 0.1 },
  ] as const)("$kind $T, y = $y → $status (gap $gap)", ({ rule, kind, T, y, status, gap }) => {
    const j = rule(input(t(kind, { value: T }), { 2024: y }));
    expect(j.status).toBe(status);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
    expect(j.gap?.relative).toBeCloseTo(gap / Math.abs(T), 9);
  });

  it("uses the band the thresholds give, not a fixed 2%", () => {
    // band 0: 50 − 49.9 = 0.1 > 0 × 50 → not met; band 5%: 0.1 ≤ 2.5 → nearly met
    const i = input(t("at_least", { value: 50 }), { 2024: 49.9 });
    expect(atLeast({ ...i, thresholds: { ...i.thresholds, nearly_met_band: 0 } }).status).toBe("not_met");
    expect(atLeast({ ...i, thresholds: { ...i.thresholds, nearly_met_band: 0.05 } }).status).toBe("nearly_met");
  });

  it("has no relative gap and no band when T = 0", () => {
    // at_most 0: gap = 0.1 − 0 = 0.1 > 2% × 0 = 0 → not met; relative gap undefined (no scale)
    const j = judgeLevel(0.1, { op: "le", threshold: 0 }, 0.02);
    expect(j.status).toBe("not_met");
    expect(j.gap).toEqual({ absolute: 0.1, relative: null });
    expect(j.steps.map((s) => s.label)).toEqual(["gap", "rule-not-met"]);
    // 0 ≤ 0 → met
    expect(judgeLevel(0, { op: "le", threshold: 0 }, 0.02).status).toBe("met");
  });

  it("writes the verdict's step with the numbers", () => {
    // 50 − 49 = 1 ≤ 2% × 50 = 1
    expect(judgeLevel(49, { op: "ge", threshold: 50 }, 0.02).steps.at(-1)).toEqual({ label: "rule-nearly", formula: "1 ≤ 2.00% × 50 = 1", value: "nearly_met" });
    expect(judgeLevel(48, { op: "ge", threshold: 50 }, 0.02).steps.at(-1)).toEqual({ label: "rule-not-met", formula: "2 > 2.00% × 50 = 1", value: "not_met" });
    expect(judgeLevel(50, { op: "ge", threshold: 50 }, 0.02).steps.at(-1)).toEqual({ label: "rule-met", formula: "50 ≥ 50", value: "met" });
  });
});

describe("levelGap signs", () => {
  it.each([
    // ge: T − y = 50 − 48 = 2; le: y − T = 48 − 50 = −2; band: |48 − 50| − 1 = 1; band without τ: |48 − 50| − 0 = 2
    { spec: { op: "ge", threshold: 50 }, gap: 2 },
    { spec: { op: "le", threshold: 50 }, gap: -2 },
    { spec: { op: "band", threshold: 50, tolerance: 1 }, gap: 1 },
    { spec: { op: "band", threshold: 50 }, gap: 2 },
  ] as const)("$spec.op → $gap", ({ spec, gap }) => {
    expect(levelGap(48, spec)).toBe(gap);
  });
});

describe("evaluationPoint", () => {
  const s = [{ year: 2023, value: 1 }, { year: 2024, value: 2 }];
  it("takes the target year's value, else the latest, else null", () => {
    expect(evaluationPoint(s, 2023)).toEqual({ year: 2023, value: 1 });
    expect(evaluationPoint(s, 2025)).toEqual({ year: 2024, value: 2 });
    expect(evaluationPoint(s, null)).toEqual({ year: 2024, value: 2 });
    expect(evaluationPoint([], 2025)).toBeNull();
  });
});

describe("every-year targets list their breaches; dated ones do not", () => {
  it("lists only the years with gap > 0 (a year exactly at T is not a breach)", () => {
    // at_least 50 every year: 2021 49.9 breaks it (gap 0.1); 2022 50 does not (gap 0)
    const j = atLeast(input({ kind: "at_least", year: null, value: 50 }, { 2021: 49.9, 2022: 50, 2023: 51 }));
    expect(j.breaches).toEqual([{ year: 2021, value: 49.9 }]);
    expect(j.threshold).toBe(50);
    expect(j.level).toEqual({ op: "ge", threshold: 50 });
  });
  it("keeps the around tolerance on the judgement", () => {
    const j = around(input({ kind: "around", year: null, value: 50, tolerance: 2 }, { 2021: 47.9, 2022: 48 }));
    // |47.9 − 50| − 2 = 0.1 > 0 breaks it; |48 − 50| − 2 = 0 does not
    expect(j.breaches).toEqual([{ year: 2021, value: 47.9 }]);
    expect(j.tolerance).toBe(2);
    expect(j.steps[0]).toEqual({ label: "tolerance-plan", formula: "τ = 2", value: 2 });
  });
  it("is not assessable without a target value", () => {
    for (const kind of ["at_least", "at_most", "around"] as const) {
      expect(TARGET_RULES[kind](input({ kind, year: 2030 }, { 2024: 1 }))).toEqual({ status: "not_assessable", reason: "no-target-value", steps: [] });
    }
  });
});

describe("relative target at exactly its percentage", () => {
  const rel = (pct: number, base: number, y: number) => relative(input(t("relative", { year: 2025, baseline_year: 2020, pct }), { 2020: base, 2024: y }));
  it.each([
    // threshold = (1 + 20/100) × 50 = 60; 60 ≥ 60 → met
    { pct: 20, y: 60, status: "met", threshold: 60 },
    // 60 − 59.9 = 0.1 ≤ 2% × 60 = 1.2 → nearly met
    { pct: 20, y: 59.9, status: "nearly_met", threshold: 60 },
    // 60 − 58.8 = 1.2 ≤ 1.2 → nearly met (band edge)
    { pct: 20, y: 58.8, status: "nearly_met", threshold: 60 },
    // 60 − 58.7 = 1.3 > 1.2 → not met
    { pct: 20, y: 58.7, status: "not_met", threshold: 60 },
    // pct 0 means "at least the baseline": (1 + 0) × 50 = 50; 55 ≥ 50 → met (≤ would call it not met)
    { pct: 0, y: 55, status: "met", threshold: 50 },
    // pct −20: (1 − 0.2) × 50 = 40, judged ≤: 40 ≤ 40 → met; 39 ≤ 40 → met; 40.9 − 40 = 0.9 > 0.8 → not met
    { pct: -20, y: 40, status: "met", threshold: 40 },
    { pct: -20, y: 39, status: "met", threshold: 40 },
    { pct: -20, y: 40.9, status: "not_met", threshold: 40 },
  ])("pct $pct, y = $y → $status", ({ pct, y, status, threshold }) => {
    const j = rel(pct, 50, y);
    expect(j.threshold).toBeCloseTo(threshold, 9);
    expect(j.status).toBe(status);
    expect(j.level?.op).toBe(pct >= 0 ? "ge" : "le");
  });

  it("shows the baseline value and the threshold as steps", () => {
    const j = rel(20, 50, 60);
    expect(j.steps.slice(0, 2)).toEqual([
      { label: "baseline-year-value", formula: "y(2020)", value: 50 },
      { label: "relative-threshold", formula: "(1 + 20/100) × 50", value: 60 },
    ]);
  });

  it("needs both baseline_year and pct", () => {
    expect(relative(input(t("relative", { pct: 10 }), { 2020: 50 })).reason).toBe("no-target-value");
    expect(relative(input(t("relative", { baseline_year: 2020 }), { 2020: 50 })).reason).toBe("no-target-value");
    const missing = relative(input(t("relative", { baseline_year: 2019, pct: 10 }), { 2020: 50 }));
    expect(missing.steps).toEqual([{ label: "baseline-year-missing", formula: "y(2019)", value: null }]);
  });
});

describe("compare boundaries", () => {
  const cmp = (target: Partial<Target>, a: Record<number, number>, b: Record<number, number>) =>
    compare(input({ kind: "compare", year: null, ref: "p", ...target }, a, b));
  it.each([
    // le: gap = A − B = 30 − 30 = 0 → met; 30.6 − 30 = 0.6 ≤ 2% × 30 = 0.6 → nearly met; 30.7 → 0.7 > 0.6 → not met
    { op: "le", a: 30, status: "met" },
    { op: "le", a: 30.6, status: "nearly_met" },
    { op: "le", a: 30.7, status: "not_met" },
    // default op is ge: 29.4 → gap 0.6 → nearly met
    { op: undefined, a: 29.4, status: "nearly_met" },
    // approx with the default τ = 3% × 30 = 0.9: |30.9 − 30| − 0.9 = 0 → met; |31 − 30| − 0.9 = 0.1 → nearly met
    { op: "approx", a: 30.9, status: "met" },
    { op: "approx", a: 31, status: "nearly_met" },
  ] as const)("$op: A = $a, B = 30 → $status", ({ op, a, status }) => {
    const j = cmp(op ? { op } : {}, { 2024: a }, { 2024: 30 });
    expect(j.status).toBe(status);
  });

  it("states the default tolerance it used", () => {
    const j = cmp({ op: "approx" }, { 2024: 31 }, { 2024: 30 });
    expect(j.tolerance).toBeCloseTo(0.9, 9);
    expect(j.steps.map((s) => s.label)).toEqual(["evaluated", "partner-value", "tolerance-default", "gap", "gap-relative", "rule-nearly"]);
    expect(j.steps[2]).toMatchObject({ formula: "τ = 3.00% × 30" });
  });

  it("does not list breaches for a dated compare target", () => {
    const j = compare(input({ kind: "compare", year: 2030, ref: "p", op: "ge" }, { 2023: 20, 2024: 31 }, { 2023: 28, 2024: 30 }));
    expect(j.breaches).toBeUndefined();
    expect(j.status).toBe("met");
  });

  it("lists every-year breaches even when the judged year has no partner value", () => {
    // 2023: 20 < 28 breaks it; 2024 has no partner value → not assessable, breaches kept
    const j = cmp({ op: "ge" }, { 2023: 20, 2024: 31 }, { 2023: 28 });
    expect(j.status).toBe("not_assessable");
    expect(j.breaches).toEqual([{ year: 2023, value: 20 }]);
    expect(j.steps).toEqual([{ label: "partner-missing", formula: "p(2024)", value: null }]);
  });

  it("is not assessable without data of its own", () => {
    expect(cmp({ op: "ge" }, {}, { 2024: 30 })).toEqual({ status: "not_assessable", reason: "no-data", steps: [] });
  });
});
