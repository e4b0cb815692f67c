// Direction-only targets on both sides of each boundary: exactly 1%/yr, a flat last change versus a
// reversed one, the bound of a share, the robust-slope point count, and the matching categories.
import { describe, expect, it } from "vitest";
import { direction, directionSlope, increase, decrease, wrongDirection, type DirectionSlope } from "../../src/rules/index.js";
import { directionCategory } from "../../src/assess/direction-category.js";
import { translator } from "../../src/i18n/messages.js";
import { assessMessages } from "../../src/assess/messages.js";
import { DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import type { Indicator } from "../../src/model/plan.js";
import { input, indicator, series } from "./make-input.js";

const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };
const th = { ...DEFAULT_THRESHOLDS };
const en = translator(assessMessages, "en");

describe("clear movement at exactly 1% a year", () => {
  it.each([
    // end points: (52 − 50) / 4 = 0.5; 0.5 / 50 = 0.01 ≥ 1% → met
    { rule: increase, target: up, values: { 2020: 50, 2024: 52 }, status: "met", reason: undefined, score: 0.01 },
    // (51.96 − 50) / 4 = 0.49; 0.49 / 50 = 0.0098 < 1% but > 0 → nearly met (slight)
    { rule: increase, target: up, values: { 2020: 50, 2024: 51.96 }, status: "nearly_met", reason: "slight-movement", score: 0.0098 },
    // decrease: (48 − 50) / 4 = −0.5; −1 × −0.5 / 50 = 0.01 → met
    { rule: decrease, target: down, values: { 2020: 50, 2024: 48 }, status: "met", reason: undefined, score: 0.01 },
    // decrease but rising by 1%: −1 × 0.5 / 50 = −0.01 < 0 → not met, wrong direction
    { rule: decrease, target: down, values: { 2020: 50, 2024: 52 }, status: "not_met", reason: "wrong-direction", score: -0.01 },
    // a tiny rise the wrong way still counts as the wrong way: −1 × 0.01/4 / 50 = −0.00005
    { rule: decrease, target: down, values: { 2020: 50, 2024: 50.01 }, status: "not_met", reason: "wrong-direction", score: -0.00005 },
  ])("$values → $status", ({ rule, target, values, status, reason, score }) => {
    const j = rule(input(target, values));
    expect(j.status).toBe(status);
    expect(j.reason).toBe(reason);
    expect(j.score).toBeCloseTo(score, 9);
    expect(j.evaluated).toEqual({ year: 2024, value: values[2024] });
  });

  it("follows the clear-movement threshold it is given", () => {
    // 0.01 < 2% → slight with clear_movement 0.02
    const i = input(up, { 2020: 50, 2024: 52 });
    const j = direction({ ...i, thresholds: { ...i.thresholds, clear_movement: 0.02 } });
    expect(j).toMatchObject({ status: "nearly_met", reason: "slight-movement" });
    expect(j.steps.at(-1)).toEqual({ label: "rule-direction-slight", formula: "0 < 1.00% < 2.00%", value: "nearly_met" });
  });
});

describe("the last annual change qualifies a clear trend", () => {
  it.each([
    // Theil–Sen of 40 42 44 46 46: slopes 2 2 2 1.5 2 2 1.333 2 1 0 → median 2; 2 / 40 = 5% clear;
    // last change 46 → 46 is 0: not the wrong way → met
    { values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 46 }, status: "met", reason: undefined },
    // … 46 → 45.9: −0.1 the wrong way → nearly met
    { values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 45.9 }, status: "nearly_met", reason: "last-change-reversed" },
  ])("$values → $status", ({ values, status, reason }) => {
    const j = increase(input(up, values));
    expect(j.status).toBe(status);
    expect(j.reason).toBe(reason);
  });

  it("reads the last change against the target's direction", () => {
    // decrease: 50 48 46 44 44.1 → median slope −2, −1 × −2 / 50 = 4% clear; last change +0.1 is the wrong way
    const j = decrease(input(down, { 2020: 50, 2021: 48, 2022: 46, 2023: 44, 2024: 44.1 }));
    expect(j).toMatchObject({ status: "nearly_met", reason: "last-change-reversed" });
    expect(j.steps.find((s) => s.label === "last-change")).toMatchObject({ formula: "44.1 − 44 (2023→2024)" });
    expect(j.steps.find((s) => s.label === "last-change")?.value).toBeCloseTo(0.1, 9);
  });
});

describe("a share at its bound", () => {
  const share: Indicator = indicator([], { bounds: { min: 0, max: 100 } });
  const at = (target: typeof up | typeof down, values: Record<number, number>, ind: Indicator = share) => {
    const s = series(values);
    return direction({ target, indicator: ind, series: s, trendPoints: s, asOf: 2024, thresholds: th });
  };
  it.each([
    // increase: 100 ≥ 100 → met at the bound, even after a fall
    { target: up, values: { 2020: 100, 2024: 100 }, status: "met", reason: "at-bound" },
    { target: up, values: { 2023: 100.5, 2024: 100 }, status: "met", reason: "at-bound" },
    // 99.9 < 100 → judged by the trend: flat → not met
    { target: up, values: { 2020: 99.9, 2024: 99.9 }, status: "not_met", reason: "no-movement" },
    // decrease: 0 ≤ 0 → met; 0.1 > 0 → trend: (0.1 − 0.1)/4 = 0 → not met
    { target: down, values: { 2020: 1, 2024: 0 }, status: "met", reason: "at-bound" },
    { target: down, values: { 2020: 0.1, 2024: 0.1 }, status: "not_met", reason: "no-movement" },
  ])("$target.kind $values → $status", ({ target, values, status, reason }) => {
    expect(at(target, values as unknown as Record<number, number>)).toMatchObject({ status, reason });
  });

  it("uses the bound on the target's side only", () => {
    // increase needs max; with only a min, 0 → 0 is judged by the trend
    expect(at(up, { 2020: 0, 2024: 0 }, indicator([], { bounds: { min: 0 } })).reason).toBe("no-movement");
    // decrease needs min; a share at 100 is not "at the bound" for a decrease
    expect(at(down, { 2020: 100, 2024: 100 }).reason).toBe("no-movement");
  });

  it("writes the bound comparison as its step", () => {
    expect(at(up, { 2024: 100 }).steps).toEqual([{ label: "rule-direction-at-bound", formula: "100 ≥ 100", value: "met" }]);
    expect(at(down, { 2024: 0 }).steps).toEqual([{ label: "rule-direction-at-bound", formula: "0 ≤ 0", value: "met" }]);
  });
});

describe("directionSlope", () => {
  const pts = (...vs: number[]) => vs.map((value, i) => ({ year: 2020 + i, value }));
  it("uses the end points below minRobust points and Theil–Sen from it", () => {
    // 3 points 10 11 16: end points (16 − 10) / 2 = 3
    expect(directionSlope(pts(10, 11, 16), 2, 4)).toMatchObject({ slope: 3, basis: "end-point", rate: 0.3, reference: 10 });
    // 4 points 10 11 12 19: slopes 1 1 3 1 4 7 → median (1 + 3) / 2 = 2
    expect(directionSlope(pts(10, 11, 12, 19), 2, 4)).toMatchObject({ slope: 2, basis: "theil-sen", rate: 0.2 });
  });
  it("needs at least two points whatever minTrend says, and minTrend when it is larger", () => {
    expect(directionSlope(pts(10), 1, 4)).toBeNull();
    expect(directionSlope(pts(10, 12), 1, 4)?.slope).toBe(2);
    expect(directionSlope(pts(10, 12), 3, 4)).toBeNull();
    expect(directionSlope(pts(10, 12, 14), 3, 4)?.slope).toBe(2);
  });
  it("takes |y_0| as the reference level, the mean |y| for a zero base, and no rate at zero level", () => {
    // base −20: rate = 2 / 20 = 0.1 (|y_0|, not y_0)
    expect(directionSlope(pts(-20, -18), 2, 4)).toMatchObject({ slope: 2, reference: 20, rate: 0.1 });
    // base 0: reference = (0 + 2 + 4) / 3 = 2; slope (4 − 0) / 2 = 2 → rate 1
    expect(directionSlope(pts(0, 2, 4), 2, 4)).toMatchObject({ reference: 2, rate: 1 });
    // all zero: reference 0 → rate null, and no growth-rate step
    const z = directionSlope(pts(0, 0), 2, 4);
    expect(z).toMatchObject({ slope: 0, rate: null, reference: 0 });
    expect(z?.steps.map((s) => s.label)).toEqual(["slope-end-point"]);
  });
  it("judges a zero-level series by the sign of its slope", () => {
    // 0 → 0: no rate, slope 0 → not met (no movement), score null
    expect(increase(input(up, { 2020: 0, 2024: 0 }))).toMatchObject({ status: "not_met", reason: "no-movement", score: null });
  });
});

describe("directionCategory (g ≥ 1% on track, 0 < g < 1% moderate, −1% < g ≤ 0 insufficient, else moving away)", () => {
  it.each([
    { g: 0.01, cat: "on_track" },
    { g: 0.0099, cat: "moderate" },
    { g: 0.0001, cat: "moderate" },
    { g: 0, cat: "insufficient" },
    { g: -0.0099, cat: "insufficient" },
    { g: -0.01, cat: "moving_away" },
  ])("g = $g → $cat", ({ g, cat }) => {
    expect(directionCategory(g, 0.01)).toBe(cat);
  });
});

describe("wrong-direction at exactly −1% a year", () => {
  const ds = (slope: number, rate: number | null): DirectionSlope => ({ slope, basis: "end-point", rate, reference: 50, steps: [] });
  it.each([
    // d·rate = −0.01 ≤ −1% → warn; −0.0099 > −1% → quiet
    { d: 1, slope: -0.5, rate: -0.01, warn: true },
    { d: 1, slope: -0.495, rate: -0.0099, warn: false },
    // decrease: d·rate = −1 × 0.01 = −0.01 → warn
    { d: -1, slope: 0.5, rate: 0.01, warn: true },
    { d: -1, slope: -0.5, rate: -0.01, warn: false },
    // zero level (no rate): any slope the wrong way warns, a zero slope does not
    { d: 1, slope: -0.1, rate: null, warn: true },
    { d: 1, slope: 0, rate: null, warn: false },
    { d: -1, slope: 0.1, rate: null, warn: true },
  ] as const)("d = $d, slope $slope, rate $rate → warn $warn", ({ d, slope, rate, warn }) => {
    const w = wrongDirection(d, ds(slope, rate), "t", th, en);
    expect(w !== null).toBe(warn);
    if (w) expect(w).toMatchObject({ code: "wrong-direction", level: "yellow", data: { d, slope, rate, basis: "end-point", limit: 0.01 } });
  });
  it("words the zero-level case without a rate", () => {
    const w = wrongDirection(1, ds(-0.1, null), "t", th, en);
    expect(w?.message).not.toContain("%");
    expect(w?.message).toContain("-0.1");
  });
});
