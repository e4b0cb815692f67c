import { describe, expect, it } from "vitest";
import { increase } from "../../src/rules/increase.js";
import { decrease } from "../../src/rules/decrease.js";
import { input } from "./make-input.js";

const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };

describe("increase / decrease (逐步提高 / 缩小)", () => {
  it.each([
    // Theil–Sen of 40 41 43 44 46: pairwise slopes 1 1.5 1.333 1.5 2 1.5 1.667 1 1.5 2 → median 1.5; 1.5 / 40 = 3.75% ≥ 1% → met
    { rule: increase, values: { 2020: 40, 2021: 41, 2022: 43, 2023: 44, 2024: 46 }, status: "met", reason: undefined, score: 0.0375 },
    // two points: (51 − 50) / 4 = 0.25; 0.25 / 50 = 0.5% < 1% → nearly met (slight)
    { rule: increase, values: { 2020: 50, 2024: 51 }, status: "nearly_met", reason: "slight-movement", score: 0.005 },
    // decrease but rising: (12 − 10) / 2 = 1; −1 × 1 / 10 = −10% → not met
    { rule: decrease, values: { 2022: 10, 2024: 12 }, status: "not_met", reason: "wrong-direction", score: -0.1 },
    // decrease, falling: (8 − 10) / 2 = −1; −1 × −1 / 10 = 10% → met
    { rule: decrease, values: { 2022: 10, 2024: 8 }, status: "met", reason: undefined, score: 0.1 },
    // slopes of 40 42 44 46 45: sorted −1 0.5 1 1.25 2 2 2 2 2 2 → median (2 + 2) / 2 = 2; 2 / 40 = 5% clear,
    // but the last change 46 → 45 goes down → nearly met
    { rule: increase, values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 45 }, status: "nearly_met", reason: "last-change-reversed", score: 0.05 },
    // flat: 0 → not met, no movement
    { rule: increase, values: { 2020: 30, 2024: 30 }, status: "not_met", reason: "no-movement", score: 0 },
  ])("$values → $status", ({ rule, values, status, reason, score }) => {
    const j = rule(input(rule === increase ? up : down, values as Record<number, number>));
    expect(j.status).toBe(status);
    expect(j.reason).toBe(reason);
    expect(j.score).toBeCloseTo(score, 6);
  });

  it("says insufficient data with one point", () => {
    const j = increase(input(up, { 2024: 46 }));
    expect(j.status).toBe("not_assessable");
    expect(j.reason).toBe("insufficient-data");
  });

  it("uses the mean level when the base is zero: slope (1 − 0)/1 = 1, level (0 + 1)/2 = 0.5 → 200%", () => {
    const j = increase(input(up, { 2023: 0, 2024: 1 }));
    expect(j.status).toBe("met");
    expect(j.score).toBeCloseTo(2, 9);
  });
});
