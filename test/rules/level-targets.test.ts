import { describe, expect, it } from "vitest";
import { atLeast } from "../../src/rules/at-least.js";
import { atMost } from "../../src/rules/at-most.js";
import { around } from "../../src/rules/around.js";
import { relative } from "../../src/rules/relative.js";
import type { Target } from "../../src/model/plan.js";
import { input } from "./make-input.js";

const t = (kind: Target["kind"], extra: Partial<Target> = {}): Target => ({ kind, year: 2030, ...extra });

describe("at_least T (以上: T itself counts, 《民法典》第1259条)", () => {
  it.each([
    // gap = T − y = 90 − 90 = 0 → met
    { y: 90, status: "met", gap: 0, rel: 0 },
    // 90 − 95 = −5 → met (negative = beyond the target)
    { y: 95, status: "met", gap: -5, rel: -5 / 90 },
    // 90 − 88.5 = 1.5 ≤ 2% × 90 = 1.8 → nearly met; 1.5 / 90 = 0.016667
    { y: 88.5, status: "nearly_met", gap: 1.5, rel: 0.016667 },
    // 90 − 85 = 5 > 1.8 → not met; 5 / 90 = 0.055556
    { y: 85, status: "not_met", gap: 5, rel: 0.055556 },
  ])("y = $y → $status, gap $gap", ({ y, status, gap, rel }) => {
    const j = atLeast(input(t("at_least", { value: 90 }), { 2024: y }));
    expect(j.status).toBe(status);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
    expect(j.gap?.relative).toBeCloseTo(rel, 5);
    expect(j.evaluated).toEqual({ year: 2024, value: y });
  });
});

describe("at_most T (以下: T itself counts)", () => {
  it.each([
    // y − T = 10.5 − 10.5 = 0 → met
    { y: 10.5, status: "met", gap: 0 },
    // 7 − 10.5 = −3.5 → met
    { y: 7, status: "met", gap: -3.5 },
    // 10.6 − 10.5 = 0.1 ≤ 2% × 10.5 = 0.21 → nearly met
    { y: 10.6, status: "nearly_met", gap: 0.1 },
    // 11 − 10.5 = 0.5 > 0.21 → not met
    { y: 11, status: "not_met", gap: 0.5 },
  ])("y = $y → $status", ({ y, status, gap }) => {
    const j = atMost(input(t("at_most", { value: 10.5 }), { 2024: y }));
    expect(j.status).toBe(status);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
  });
});

describe("around T ± τ (左右)", () => {
  it.each([
    // default τ = 3% × 45 = 1.35; |46.35 − 45| − 1.35 = 0 → met (the band edge counts)
    { tol: undefined, y: 46.35, status: "met", gap: 0 },
    // |44 − 45| − 1.35 = −0.35 → met
    { tol: undefined, y: 44, status: "met", gap: -0.35 },
    // |47 − 45| − 1.35 = 0.65 ≤ 2% × 45 = 0.9 → nearly met
    { tol: undefined, y: 47, status: "nearly_met", gap: 0.65 },
    // |48 − 45| − 1.35 = 1.65 > 0.9 → not met
    { tol: undefined, y: 48, status: "not_met", gap: 1.65 },
    // plan band 2.5 around 50: |47.5 − 50| − 2.5 = 0 → met
    { tol: 2.5, value: 50, y: 47.5, status: "met", gap: 0 },
    // |47 − 50| − 2.5 = 0.5 ≤ 2% × 50 = 1 → nearly met
    { tol: 2.5, value: 50, y: 47, status: "nearly_met", gap: 0.5 },
  ])("τ = $tol, y = $y → $status", ({ tol, value, y, status, gap }) => {
    const j = around(input(t("around", { value: value ?? 45, ...(tol !== undefined ? { tolerance: tol } : {}) }), { 2024: y }));
    expect(j.status).toBe(status);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
    expect(j.tolerance).toBeCloseTo(tol ?? 1.35, 9);
  });
});

describe("one-sided around (达到 40% 左右: exceeding is fine)", () => {
  it.each([
    // lower: τ = 3% × 40 = 1.2, met when y ≥ 40 − 1.2 = 38.8; far above is met too
    { y: 38.8, status: "met", gap: 0 },
    { y: 60, status: "met", gap: -21.2 },
    // 38.8 − 38.7 = 0.1 ≤ 2% × 38.8 = 0.776 → nearly met
    { y: 38.7, status: "nearly_met", gap: 0.1 },
    // 38.8 − 37 = 1.8 > 0.776 → not met
    { y: 37, status: "not_met", gap: 1.8 },
  ])("side: lower, T = 40, y = $y → $status", ({ y, status, gap }) => {
    const j = around(input(t("around", { value: 40, side: "lower" }), { 2024: y }));
    expect(j).toMatchObject({ status, threshold: 38.8, level: { op: "ge", threshold: 38.8, tolerance: 1.2 } });
    expect(j.tolerance).toBeCloseTo(1.2, 9);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
    expect(j.steps.slice(0, 3)).toEqual([
      { label: "tolerance-default", formula: "τ = 3.00% × 40", value: 1.2 },
      { label: "band-lower", formula: "T − τ = 40 − 1.2", value: 38.8 },
      { label: "evaluated", formula: "y(2024)", value: y },
    ]);
  });
  it.each([
    // upper: plan τ = 0.5, met when y ≤ 10 + 0.5 = 10.5; far below is met too
    { y: 10.5, status: "met", gap: 0 },
    { y: 2, status: "met", gap: -8.5 },
    // 10.6 − 10.5 = 0.1 ≤ 2% × 10.5 = 0.21 → nearly met
    { y: 10.6, status: "nearly_met", gap: 0.1 },
    // 11 − 10.5 = 0.5 > 0.21 → not met
    { y: 11, status: "not_met", gap: 0.5 },
  ])("side: upper, T = 10, τ = 0.5, y = $y → $status", ({ y, status, gap }) => {
    const j = around(input(t("around", { value: 10, tolerance: 0.5, side: "upper" }), { 2024: y }));
    expect(j).toMatchObject({ status, threshold: 10.5, tolerance: 0.5, level: { op: "le", threshold: 10.5, tolerance: 0.5 } });
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
    expect(j.steps.slice(0, 3)).toEqual([
      { label: "tolerance-plan", formula: "τ = 0.5", value: 0.5 },
      { label: "band-upper", formula: "T + τ = 10 + 0.5", value: 10.5 },
      { label: "evaluated", formula: "y(2024)", value: y },
    ]);
  });
});

describe("relative to a baseline year (在 2019 年基础上提高 10%)", () => {
  it.each([
    // threshold = (1 + 10/100) × 60 = 66; 66 ≥ 66 → met
    { y: 66, status: "met", gap: 0 },
    // 66 − 65 = 1 ≤ 2% × 66 = 1.32 → nearly met
    { y: 65, status: "nearly_met", gap: 1 },
    // 66 − 62 = 4 → not met
    { y: 62, status: "not_met", gap: 4 },
  ])("y(2024) = $y → $status", ({ y, status, gap }) => {
    const j = relative(input(t("relative", { year: 2025, baseline_year: 2019, pct: 10 }), { 2019: 60, 2024: y }));
    expect(j.threshold).toBeCloseTo(66, 9);
    expect(j.status).toBe(status);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
  });

  it("is not assessable when the baseline year has no value, and says why", () => {
    const j = relative(input(t("relative", { year: 2025, baseline_year: 2019, pct: 10 }), { 2020: 60, 2024: 63 }));
    expect(j.status).toBe("not_assessable");
    expect(j.reason).toBe("no-baseline-year");
    expect(j.gap).toBeUndefined();
  });

  it("reads a negative pct as at most: (1 − 20/100) × 50 = 40; 41 − 40 = 1 > 0.8 → not met", () => {
    const j = relative(input(t("relative", { year: 2025, baseline_year: 2020, pct: -20 }), { 2020: 50, 2024: 41 }));
    expect(j.threshold).toBeCloseTo(40, 9);
    expect(j.status).toBe("not_met");
    expect(j.gap?.absolute).toBeCloseTo(1, 9);
  });
});

describe("every-year targets (保持在 … 以上)", () => {
  it("judges the latest year and lists each year that broke it", () => {
    const j = atLeast(input({ kind: "at_least", year: null, value: 90 }, { 2020: 92, 2021: 89.5, 2022: 93, 2023: 88, 2024: 94 }));
    expect(j.status).toBe("met");
    expect(j.breaches).toEqual([{ year: 2021, value: 89.5 }, { year: 2023, value: 88 }]);
  });

  it("judges a dated target on its own year when the data reach past it", () => {
    // as_of 2026 with a 2025 target: 2025's 10.4 is judged, not 2026's 11
    const j = atMost(input({ kind: "at_most", year: 2025, value: 10.5 }, { 2024: 10.8, 2025: 10.4, 2026: 11 }));
    expect(j.evaluated).toEqual({ year: 2025, value: 10.4 });
    expect(j.status).toBe("met");
    expect(j.breaches).toBeUndefined();
  });

  it("is not assessable without data", () => {
    expect(atLeast(input({ kind: "at_least", year: 2030, value: 90 }, {})).reason).toBe("no-data");
  });
});
