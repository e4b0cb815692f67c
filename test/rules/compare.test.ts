import { describe, expect, it } from "vitest";
import { compare, differenceSeries } from "../../src/rules/compare.js";
import type { Target } from "../../src/model/plan.js";
import { input } from "./make-input.js";

const ge: Target = { kind: "compare", year: null, ref: "partner", op: "ge" };
const approx: Target = { kind: "compare", year: null, ref: "partner", op: "approx", tolerance: 5 };

describe("compare with the partner indicator in the same year", () => {
  it.each([
    // ge: gap = B − A = 28 − 31 = −3 → met
    { target: ge, a: 31, b: 28, status: "met", gap: -3 },
    // ge: A = B counts (不低于): 28 − 28 = 0 → met
    { target: ge, a: 28, b: 28, status: "met", gap: 0 },
    // ge: 28 − 27.5 = 0.5 ≤ 2% × 28 = 0.56 → nearly met
    { target: ge, a: 27.5, b: 28, status: "nearly_met", gap: 0.5 },
    // approx ±5: |40 − 46| − 5 = 1 > 2% × 46 = 0.92 → not met
    { target: approx, a: 40, b: 46, status: "not_met", gap: 1 },
    // approx ±5: |42 − 46| − 5 = −1 → met
    { target: approx, a: 42, b: 46, status: "met", gap: -1 },
  ])("$target.op: A = $a, B = $b → $status", ({ target, a, b, status, gap }) => {
    const j = compare(input(target, { 2024: a }, { 2024: b }));
    expect(j.status).toBe(status);
    expect(j.threshold).toBe(b);
    expect(j.gap?.absolute).toBeCloseTo(gap, 9);
  });

  it("is not assessable when the partner has no value in the judged year, and says why", () => {
    const j = compare(input(ge, { 2022: 30, 2024: 31 }, { 2022: 28 }));
    expect(j.status).toBe("not_assessable");
    expect(j.reason).toBe("partner-missing");
    expect(j.evaluated).toEqual({ year: 2024, value: 31 });
  });

  it("lists the years A fell below B", () => {
    // 2021: 25 < 28 breaks it; 2023 has no partner value and is not judged
    const j = compare(input(ge, { 2021: 25, 2022: 30, 2023: 20, 2024: 31 }, { 2021: 28, 2022: 29, 2024: 30 }));
    expect(j.breaches).toEqual([{ year: 2021, value: 25 }]);
    expect(j.status).toBe("met");
  });

  it("builds the difference series A − B over common years", () => {
    expect(differenceSeries([{ year: 2021, value: 25 }, { year: 2022, value: 30 }, { year: 2023, value: 1 }], [{ year: 2021, value: 28 }, { year: 2022, value: 29 }])).toEqual([{ year: 2021, value: -3 }, { year: 2022, value: 1 }]);
  });
});
