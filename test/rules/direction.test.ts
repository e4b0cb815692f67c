import { describe, expect, it } from "vitest";
import { increase } from "../../src/rules/increase.js";
import { decrease } from "../../src/rules/decrease.js";
import { input } from "./make-input.js";

const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };

describe("increase / decrease (逐步提高 / 缩小)", () => {
  it.each([
    // compound growth between the end points (Eurostat): (46 / 40)^(1/4) − 1 = 0.0355581 ≥ 1% → met
    { rule: increase, values: { 2020: 40, 2021: 41, 2022: 43, 2023: 44, 2024: 46 }, status: "met", reason: undefined, score: 0.0355581 },
    // (51 / 50)^(1/4) − 1 = 0.0049629 < 1% → nearly met (slight)
    { rule: increase, values: { 2020: 50, 2024: 51 }, status: "nearly_met", reason: "slight-movement", score: 0.0049629 },
    // decrease but rising: (12 / 10)^(1/2) − 1 = 0.0954451; d = −1 → −0.0954451 → not met
    { rule: decrease, values: { 2022: 10, 2024: 12 }, status: "not_met", reason: "wrong-direction", score: -0.0954451 },
    // decrease, falling: (8 / 10)^(1/2) − 1 = −0.1055728; d = −1 → 0.1055728 → met
    { rule: decrease, values: { 2022: 10, 2024: 8 }, status: "met", reason: undefined, score: 0.1055728 },
    // (45 / 40)^(1/4) − 1 = 0.0298836 clear, but the last change 46 → 45 goes down → nearly met
    { rule: increase, values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 45 }, status: "nearly_met", reason: "last-change-reversed", score: 0.0298836 },
    // (43 / 40)^(1/4) − 1 = 0.0182449 clear at the end points, but the Theil–Sen slope of 40 35 34 33 43 is
    // median(−5 −3 −2.333 −1 −1 −1 0.75 2.667 4.5 10) = −1 < 0: not corroborated → nearly met
    { rule: increase, values: { 2020: 40, 2021: 35, 2022: 34, 2023: 33, 2024: 43 }, status: "nearly_met", reason: "not-corroborated", score: 0.0182449 },
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
