// Direction-only targets on both sides of each boundary: exactly 1%/yr, a flat last change versus a
// reversed one, the bound of a share, the robust-slope point count, and the matching categories.
// The basis is the movement between the end points (compound growth, else linear, else the indicator's
// own units a year); exactly 1% is clear at precision 1e-9.
import { describe, expect, it } from "vitest";
import { direction, movement, increase, decrease, wrongDirection, type Movement } from "../../src/rules/index.js";
import { directionCategory } from "../../src/assess/direction-category.js";
import { DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import type { Indicator } from "../../src/model/plan.js";
import { input, indicator, series } from "./make-input.js";

const up = { kind: "increase" as const, year: 2030 };
const down = { kind: "decrease" as const, year: 2030 };
const th = { ...DEFAULT_THRESHOLDS };

describe("clear movement at exactly 1% a year", () => {
  it.each([
    // compound growth: 50 × 1.01^4 = 52.0302005; (52.0302005 / 50)^(1/4) − 1 = 0.01 ≥ 1% → met
    { rule: increase, target: up, values: { 2020: 50, 2024: 52.0302005 }, status: "met", reason: undefined, score: 0.01 },
    // (52.03 / 50)^(1/4) − 1 = 0.0099990 < 1% but > 0 → nearly met (slight)
    { rule: increase, target: up, values: { 2020: 50, 2024: 52.03 }, status: "nearly_met", reason: "slight-movement", score: 0.0099990 },
    // the end-point slope 0.5 = 1% of 50 is no longer the basis: (52 / 50)^(1/4) − 1 = 0.0098534 < 1% → slight
    { rule: increase, target: up, values: { 2020: 50, 2024: 52 }, status: "nearly_met", reason: "slight-movement", score: 0.0098534 },
    // a negative base gives no compound growth: (−57.6 − (−60)) / 4 = 0.6; 0.6 / |−60| = 0.009999999999999993 in
    // floating point, exactly 1% at precision 1e-9 → met (the helper's bug 1, fixed by atPrecision)
    { rule: increase, target: up, values: { 2020: -60, 2024: -57.6 }, status: "met", reason: undefined, score: 0.01 },
    // (−57.61 − (−60)) / 4 = 0.5975; 0.5975 / 60 = 0.0099583 < 1% → slight
    { rule: increase, target: up, values: { 2020: -60, 2024: -57.61 }, status: "nearly_met", reason: "slight-movement", score: 0.0099583 },
    // decrease: 50 × 0.99^4 = 48.0298005; (48.0298005 / 50)^(1/4) − 1 = −0.01; −1 × −0.01 = 0.01 → met
    { rule: decrease, target: down, values: { 2020: 50, 2024: 48.0298005 }, status: "met", reason: undefined, score: 0.01 },
    // (48.03 / 50)^(1/4) − 1 = −0.0099990; −1 × −0.0099990 = 0.0099990 < 1% → slight
    { rule: decrease, target: down, values: { 2020: 50, 2024: 48.03 }, status: "nearly_met", reason: "slight-movement", score: 0.0099990 },
    // decrease, negative base: (−62.4 − (−60)) / 4 = −0.6; −1 × −0.6 / 60 = 0.01 at precision 1e-9 → met
    { rule: decrease, target: down, values: { 2020: -60, 2024: -62.4 }, status: "met", reason: undefined, score: 0.01 },
    // decrease but rising by 1%: −1 × 0.01 = −0.01 < 0 → not met, wrong direction
    { rule: decrease, target: down, values: { 2020: 50, 2024: 52.0302005 }, status: "not_met", reason: "wrong-direction", score: -0.01 },
    // a tiny rise the wrong way still counts as the wrong way: −1 × ((50.01 / 50)^(1/4) − 1) = −0.0000499963
    { rule: decrease, target: down, values: { 2020: 50, 2024: 50.01 }, status: "not_met", reason: "wrong-direction", score: -0.0000499963 },
  ])("$values → $status", ({ rule, target, values, status, reason, score }) => {
    const j = rule(input(target, values as Record<number, number>));
    expect(j.status).toBe(status);
    expect(j.reason).toBe(reason);
    expect(j.score).toBeCloseTo(score, 7);
    expect(j.evaluated).toEqual({ year: 2024, value: (values as Record<number, number>)[2024] });
  });

  it("follows the clear-movement threshold it is given", () => {
    // 0.01 < 2% → slight with clear_movement 0.02
    const i = input(up, { 2020: 50, 2024: 52.0302005 });
    const j = direction({ ...i, thresholds: { ...i.thresholds, clear_movement: 0.02 } });
    expect(j).toMatchObject({ status: "nearly_met", reason: "slight-movement" });
    expect(j.steps.at(-1)).toEqual({ label: "rule-direction-slight", formula: "0 < 1.00% < 2.00%", value: "nearly_met" });
  });

  it("follows the indicator's own clear movement in units a year, on both sides", () => {
    // form "absolute": (12 − 10) / 4 = 0.5 units a year ≥ 0.5 → met; (11.96 − 10) / 4 = 0.49 < 0.5 → slight
    const own = (values: Record<number, number>) => {
      const i = input(up, values);
      return direction({ ...i, indicator: indicator([up], { clear_movement: 0.5 }) });
    };
    expect(own({ 2020: 10, 2024: 12 })).toMatchObject({ status: "met", score: 0.5 });
    const slight = own({ 2020: 10, 2024: 11.96 });
    expect(slight).toMatchObject({ status: "nearly_met", reason: "slight-movement" });
    expect(slight.score).toBeCloseTo(0.49, 9);
  });
});

describe("the last annual change qualifies a clear trend", () => {
  it.each([
    // (46 / 40)^(1/4) − 1 = 0.0355581 clear; Theil–Sen of 40 42 44 46 46 (median 2) agrees;
    // last change 46 → 46 is 0: not the wrong way → met
    { values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 46 }, status: "met", reason: undefined },
    // (45.9 / 40)^(1/4) − 1 = 0.0349948 clear, but 46 → 45.9: −0.1 the wrong way → nearly met
    { values: { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 45.9 }, status: "nearly_met", reason: "last-change-reversed" },
  ])("$values → $status", ({ values, status, reason }) => {
    const j = increase(input(up, values));
    expect(j.status).toBe(status);
    expect(j.reason).toBe(reason);
  });

  it("reads the last change against the target's direction", () => {
    // decrease: 50 48 46 44 44.1 → −1 × ((44.1 / 50)^(1/4) − 1) = 0.0309032 clear; last change +0.1 is the wrong way
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

describe("movement", () => {
  const pts = (...vs: number[]) => vs.map((value, i) => ({ year: 2020 + i, value }));
  const at = (trend: number, robust: number) => ({ ...th, min_points_trend: trend, min_points_robust: robust });
  it("takes the end points always, and a Theil–Sen slope for corroboration from minRobust points", () => {
    // 3 points 10 11 16: end points (16 − 10) / 2 = 3; (16 / 10)^(1/2) − 1 = 0.2649111; 3 < 4 points → no robust slope
    const three = movement(pts(10, 11, 16), {}, at(2, 4));
    expect(three).toMatchObject({ form: "compound", slope: 3, robust: null, clear: 0.01 });
    expect(three?.rate).toBeCloseTo(0.2649111, 7);
    expect(three?.steps.map((s) => s.label)).toEqual(["slope-end-point", "cagr-actual"]);
    // 4 points 10 11 12 19: end points (19 − 10) / 3 = 3; Theil–Sen slopes 1 1 3 1 4 7 → median (1 + 3) / 2 = 2
    const four = movement(pts(10, 11, 12, 19), {}, at(2, 4));
    expect(four).toMatchObject({ form: "compound", slope: 3, robust: 2 });
    expect(four?.steps.map((s) => s.label)).toEqual(["slope-end-point", "slope-theil-sen", "cagr-actual"]);
  });
  it("needs at least two points whatever minTrend says, and minTrend when it is larger", () => {
    expect(movement(pts(10), {}, at(1, 4))).toBeNull();
    expect(movement(pts(10, 12), {}, at(1, 4))?.slope).toBe(2);
    expect(movement(pts(10, 12), {}, at(3, 4))).toBeNull();
    expect(movement(pts(10, 12, 14), {}, at(3, 4))?.slope).toBe(2);
  });
  it("takes |y_0| as the reference level, the mean |y| for a zero base, and a zero rate at zero level", () => {
    // base −20: linear, rate = 2 / 20 = 0.1 (|y_0|, not y_0)
    expect(movement(pts(-20, -18), {}, at(2, 4))).toMatchObject({ form: "linear", slope: 2, rate: 0.1 });
    // base 0: reference = (0 + 2 + 4) / 3 = 2; slope (4 − 0) / 2 = 2 → rate 1 (linear, never compound from 0)
    const zeroBase = movement(pts(0, 2, 4), {}, at(2, 4));
    expect(zeroBase).toMatchObject({ form: "linear", slope: 2, rate: 1 });
    expect(zeroBase?.steps.at(-1)).toEqual({ label: "growth-rate", formula: "2 / 2", value: 1 });
    // all zero: reference 0 → rate 0
    const z = movement(pts(0, 0), {}, at(2, 4));
    expect(z).toMatchObject({ form: "linear", slope: 0, rate: 0 });
    expect(z?.steps.map((s) => s.label)).toEqual(["slope-end-point", "growth-rate"]);
  });
  it("uses the indicator's clear movement as units a year", () => {
    // (13 − 10) / 3 = 1 unit a year; form absolute: rate = slope, clear = 0.5
    expect(movement(pts(10, 11, 12, 13), { clear_movement: 0.5 }, at(2, 4))).toMatchObject({ form: "absolute", slope: 1, rate: 1, clear: 0.5, robust: 1 });
  });
  it("judges a zero-level series by the sign of its slope", () => {
    // 0 → 0: rate 0 → not met (no movement), score 1 × 0 = 0
    expect(increase(input(up, { 2020: 0, 2024: 0 }))).toMatchObject({ status: "not_met", reason: "no-movement", score: 0 });
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
  const mv = (slope: number, rate: number, form: Movement["form"] = "linear", clear = 0.01): Movement => ({ form, slope, rate, clear, robust: null, steps: [] });
  it.each([
    // d·rate = −0.01 ≤ −1% → warn; −0.0099 > −1% → quiet
    { d: 1, slope: -0.5, rate: -0.01, warn: true },
    { d: 1, slope: -0.495, rate: -0.0099, warn: false },
    // float noise: −0.009999999999999993 is −1% at precision 1e-9 → warn
    { d: 1, slope: -0.6, rate: -0.009999999999999993, warn: true },
    // decrease: d·rate = −1 × 0.01 = −0.01 → warn
    { d: -1, slope: 0.5, rate: 0.01, warn: true },
    { d: -1, slope: 0.495, rate: 0.0099, warn: false },
    { d: -1, slope: -0.5, rate: -0.01, warn: false },
    // zero level: rate 0 → quiet
    { d: 1, slope: 0, rate: 0, warn: false },
  ] as const)("d = $d, slope $slope, rate $rate → warn $warn", ({ d, slope, rate, warn }) => {
    const w = wrongDirection(d, mv(slope, rate), "t", "en");
    expect(w !== null).toBe(warn);
    if (w) expect(w).toMatchObject({ code: "wrong-direction", level: "yellow", data: { d, slope, rate, form: "linear", limit: 0.01 } });
  });
  it.each([
    // the indicator's own clear movement 0.1 units a year: d·rate = −0.1 ≤ −0.1 → warn; −0.09 > −0.1 → quiet
    { d: 1, rate: -0.1, warn: true },
    { d: 1, rate: -0.09, warn: false },
    { d: -1, rate: 0.1, warn: true },
    { d: -1, rate: 0.09, warn: false },
  ] as const)("absolute form: d = $d, rate $rate → warn $warn", ({ d, rate, warn }) => {
    const w = wrongDirection(d, mv(rate, rate, "absolute", 0.1), "t", "en");
    expect(w !== null).toBe(warn);
    if (w) expect(w.data).toEqual({ d, slope: rate, rate, form: "absolute", limit: 0.1 });
  });
  it.each([
    // a clear-movement threshold of 0: any move the wrong way warns, no move does not (rate 0 is not ≤ −0)
    { d: 1, rate: -0.001, warn: true },
    { d: -1, rate: 0.001, warn: true },
    { d: 1, rate: 0, warn: false },
    { d: -1, rate: 0, warn: false },
  ] as const)("threshold 0: d = $d, rate $rate → warn $warn", ({ d, rate, warn }) => {
    expect(wrongDirection(d, mv(rate, rate, "absolute", 0), "t", "en") !== null).toBe(warn);
  });
  it("words the absolute form in units, without a percentage", () => {
    const w = wrongDirection(1, mv(-0.1, -0.1, "absolute", 0.1), "t", "en");
    expect(w?.message).toBe("Moving the wrong way (t): should rise, the end-point annual change is -0.1 a year, beyond the clear-movement threshold 0.1");
    expect(w?.message).not.toContain("%");
  });
});

describe("a clear-movement threshold of 0 (any move is clear)", () => {
  const zero = { ...th, clear_movement: 0 };
  const judge = (target: typeof up | typeof down, values: Record<number, number>) => direction({ ...input(target, values), thresholds: zero });
  it("an unchanged series meets neither an increase nor a decrease: no movement", () => {
    // (50 / 50)^(1/4) − 1 = 0, and 0 is not a clear move even against a threshold of 0
    expect(judge(up, { 2020: 50, 2024: 50 })).toMatchObject({ status: "not_met", reason: "no-movement", score: 0 });
    expect(judge(down, { 2020: 50, 2024: 50 })).toMatchObject({ status: "not_met", reason: "no-movement" });
  });
  it("the smallest rise meets an increase: (50.01 / 50)^(1/4) − 1 = 0.0000499963 ≥ 0", () => {
    expect(judge(up, { 2020: 50, 2024: 50.01 })).toMatchObject({ status: "met" });
    expect(judge(down, { 2020: 50, 2024: 50.01 })).toMatchObject({ status: "not_met", reason: "wrong-direction" });
  });
});

describe("the basis of the movement and the robust check", () => {
  it("a series falling to 0 moves linearly on its base level: (0 − 50) / 4 / 50 = −25% a year, not a compound rate", () => {
    const m = movement(series({ 2020: 50, 2024: 0 }), indicator(), th);
    expect(m).toMatchObject({ form: "linear", rate: -0.25 });
    expect(movement(series({ 2020: 50, 2024: 0.5 }), indicator(), th)?.form).toBe("compound");
  });
  it("a robust slope of exactly 0 does not contradict a clear fall: 50, 50, 50, 50, 40", () => {
    // pairwise slopes: six 0s among the first four, four negative ones to 40 → median 0; (40 / 50)^(1/4) − 1 = −5.43%
    const j = direction(input(down, { 2020: 50, 2021: 50, 2022: 50, 2023: 50, 2024: 40 }));
    expect(j.steps.find((s) => s.label === "slope-theil-sen")?.value).toBe(0);
    expect(j).toMatchObject({ status: "met" });
    expect(j.reason).toBeUndefined();
  });
  it("a stepwise indicator (换届) is not checked against its robust slope", () => {
    // 40, 35, 34, 33, 43: the end points rise (43 / 40)^(1/4) − 1 = 1.82%, the robust slope falls
    const values = { 2020: 40, 2021: 35, 2022: 34, 2023: 33, 2024: 43 };
    expect(direction(input(up, values))).toMatchObject({ status: "nearly_met", reason: "not-corroborated" });
    const stepwise = { ...input(up, values), indicator: indicator([up], { stepwise: true }) };
    expect(direction(stepwise)).toMatchObject({ status: "met" });
  });
});
