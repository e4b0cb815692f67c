// Progress methods on both sides of their cut-offs, with inputs chosen so the arithmetic is exact:
// categorize's three edges, the ratio at a zero requirement, UNSD's Q at 0.95 and 0.10, the weather
// shortfall at 5% and 20%, the share margin of the linear form, and the projection of each method.
import { describe, expect, it } from "vitest";
import { METHODS, DEFAULT_THRESHOLDS, type ProgressBasis } from "../../src/assess/index.js";
import { categorize, finite, ratio } from "../../src/assess/methods/method-types.js";
import { nearShareBounds } from "../../src/assess/methods/linear-form.js";
import { projectTrend } from "../../src/assess/methods/project-trend.js";
import { actualGrowth, shownBase } from "../../src/assess/methods/growth.js";
import type { Indicator } from "../../src/model/plan.js";

const th = { ...DEFAULT_THRESHOLDS };
const pts = (first: number, ...vs: number[]) => vs.map((value, i) => ({ year: first + i, value }));
const basis = (points: { year: number; value: number }[], target: number, horizon: number, d: 1 | -1 = 1, linear = false): ProgressBasis =>
  ({ d, target, horizon, base: points[0]!, latest: points[points.length - 1]!, points, linear });

describe("categorize (score ≥ on track, ≥ moderate, ≥ insufficient, else moving away)", () => {
  it.each([
    { s: 0.95, want: "on_track" },
    { s: 0.9499, want: "moderate" },
    { s: 0.6, want: "moderate" },
    { s: 0.5999, want: "insufficient" },
    { s: 0, want: "insufficient" },
    { s: -0.0001, want: "moving_away" },
  ])("$s → $want", ({ s, want }) => {
    expect(categorize(s, 0.95, 0.6, 0)).toBe(want);
  });
});

describe("ratio and finite", () => {
  it("divides by |b|, and reads b = 0 as ±∞ by the sign of a (0 for no move)", () => {
    expect(ratio(1, -4)).toBe(0.25);
    expect(ratio(-1, 4)).toBe(-0.25);
    expect(ratio(2, 0)).toBe(Infinity);
    expect(ratio(-2, 0)).toBe(-Infinity);
    expect(ratio(0, 0)).toBe(0);
    expect(finite(Infinity)).toBeNull();
    expect(finite(-Infinity)).toBeNull();
    expect(finite(0)).toBe(0);
  });
});

describe("Eurostat", () => {
  it("falls back to the linear form when the required CAGR is invalid (target of the other sign)", () => {
    // base 10 → target −5: CAGR_r null → linear actual (12 − 10)/4 = 0.5 against required (−5 − 10)/10 = −1.5;
    // d = −1: R = −1 × 0.5 / |−1.5| = −0.3333 → moving away; projection 12 + 0.5 × 6 = 15
    const o = METHODS.eurostat(basis(pts(2020, 10, 11, 12, 11.5, 12), -5, 2030, -1), th);
    expect(o.steps.map((s) => s.label)).toEqual(["linear-actual", "linear-required", "ratio-eurostat", "projection-linear", "category-eurostat"]);
    expect(o.score).toBeCloseTo(-1 / 3, 9);
    expect(o.category).toBe("moving_away");
    expect(o.projection).toBe(15);
  });
  it("cannot classify when the horizon is the base year", () => {
    expect(METHODS.eurostat(basis(pts(2020, 10, 12), 20, 2020), th)).toMatchObject({ category: "insufficient_data", score: null, projection: null });
  });
  it("takes R on track at exactly 0.95 of the required linear rate", () => {
    // linear: actual (59.5 − 50)/5 = 1.9 against required (70 − 50)/10 = 2 → R = 0.95 → on track
    expect(METHODS.eurostat(basis(pts(2020, 50, 51.9, 53.8, 55.7, 57.6, 59.5), 70, 2030, 1, true), th)).toMatchObject({ category: "on_track", score: 0.95 });
    // zero requirement, rising: R = +∞ → on track with no finite score
    const up = METHODS.eurostat(basis(pts(2020, 50, 52), 50, 2030), th);
    expect(up).toMatchObject({ category: "on_track", score: null, raw: Infinity });
    expect(up.steps.find((s) => s.label === "ratio-eurostat")?.value).toBe("+∞");
  });
});

describe("SDSN", () => {
  it.each([
    // actual (60 − 50)/5 = 2 against required (70 − 50)/10 = 2 → 1 → on track; 1.9/2 = 0.95 → moderate
    { latest: 60, cat: "on_track" },
    { latest: 59.5, cat: "moderate" },
    // 1/2 = 0.5 → moderate; 0.9/2 = 0.45 → insufficient; 0 → insufficient; −0.1 → moving away
    { latest: 55, cat: "moderate" },
    { latest: 54.5, cat: "insufficient" },
    { latest: 50, cat: "insufficient" },
    { latest: 49.5, cat: "moving_away" },
  ])("50 → $latest in 5 years, 70 by 2030 → $cat", ({ latest, cat }) => {
    expect(METHODS.sdsn(basis([{ year: 2020, value: 50 }, { year: 2025, value: latest }], 70, 2030), th).category).toBe(cat);
  });
  it("projects linearly and needs two years and a later horizon", () => {
    // 60 + 2 × 5 = 70
    expect(METHODS.sdsn(basis([{ year: 2020, value: 50 }, { year: 2025, value: 60 }], 70, 2030), th).projection).toBe(70);
    expect(METHODS.sdsn(basis(pts(2020, 50), 70, 2030), th).category).toBe("insufficient_data");
    expect(METHODS.sdsn(basis(pts(2020, 50, 52), 70, 2020), th).category).toBe("insufficient_data");
  });
});

describe("UNSD", () => {
  // linear form, 50 in 2020, target 60 by 2030: v̂ = y_2025 + r × 5 with r = (y_2025 − 50)/5, so Q = (v̂ − 50)/10 = r
  const q = (latest: number, d: 1 | -1 = 1, target = 60) => METHODS.unsd(basis([{ year: 2020, value: 50 }, { year: 2025, value: latest }], target, 2030, d, true), th);
  it.each([
    // r = 0.95 → Q = 0.95 → on track; r = 0.94 → acceleration needed (moderate)
    { latest: 54.75, cat: "on_track" },
    { latest: 54.7, cat: "moderate" },
    // r = 0.1 → Q = 0.1 → moderate; r = 0.08 → stagnation (insufficient)
    { latest: 50.5, cat: "moderate" },
    { latest: 50.4, cat: "insufficient" },
    // r = 0 → Q = 0 → insufficient; r = −0.1 → regression (moving away)
    { latest: 50, cat: "insufficient" },
    { latest: 49.5, cat: "moving_away" },
  ])("50 → $latest → $cat", ({ latest, cat }) => {
    expect(q(latest).category).toBe(cat);
  });
  it("takes Q = d·(v̂ − y_0)/|T − y_0| for a falling target", () => {
    // d = −1, 50 → 45 in 5 years, target 40: v̂ = 45 − 1 × 5 = 40, Q = −1 × (40 − 50)/|40 − 50| = 1
    const o = q(45, -1, 40);
    expect(o).toMatchObject({ category: "on_track", score: 1, projection: 40 });
    expect(o.steps.map((s) => s.label)).toEqual(["linear-actual", "projection-linear", "ratio-unsd", "category-unsd"]);
  });
  it("cannot classify with a horizon at the base year", () => {
    expect(METHODS.unsd(basis(pts(2020, 50, 52), 60, 2020), th).category).toBe("insufficient_data");
  });
});

describe("weather", () => {
  // Four consecutive points 2021–2024 rising by m a year to 80; target 90 in 2025 (one year ahead):
  // v̂ = 80 + m, shortfall share = (90 − v̂) / |90 − 80| = (10 − m) / 10.
  const w = (m: number, d: 1 | -1 = 1, target = 90) => METHODS.weather(basis(pts(2021, 80 - 3 * m, 80 - 2 * m, 80 - m, 80), target, 2025, d), th);
  it.each([
    // m = 9.6 → share 0.04 < 0.05 → on track; m = 9.5 → 0.05, not below → moderate
    { m: 9.6, cat: "on_track" },
    { m: 9.5, cat: "moderate" },
    // m = 8 → 0.2 ≤ 0.2 → moderate; m = 7.9 → 0.21 → rising, so insufficient
    { m: 8, cat: "moderate" },
    { m: 7.9, cat: "insufficient" },
    // m = 0 → share 1, no movement the right way → moving away; m = −1 → moving away
    { m: 0, cat: "moving_away" },
    { m: -1, cat: "moving_away" },
  ])("m = $m → $cat", ({ m, cat }) => {
    expect(w(m).category).toBe(cat);
  });
  it("with nothing left to go: on track unless the projection falls back", () => {
    // latest 80 = target: moving +1 → missBy = 80 − 81 = −1 → share 0 → on track; moving −1 → missBy 1 → +∞ → moving away
    expect(w(1, 1, 80)).toMatchObject({ category: "on_track", score: 0 });
    const back = w(-1, 1, 80);
    expect(back).toMatchObject({ category: "moving_away", score: null, raw: Infinity });
    expect(back.steps.find((s) => s.label === "weather-shortfall")?.value).toBe("+∞");
  });
  it("reads the shortfall with d = −1", () => {
    // falling 110 → 80 by −10 a year, target 75 by 2025: v̂ = 70, missBy = −1 × (75 − 70) = −5 → share −1 → on track
    expect(METHODS.weather(basis(pts(2021, 110, 100, 90, 80), 75, 2025, -1), th)).toMatchObject({ category: "on_track", score: -1, projection: 70 });
    // falling too slowly: −1 a year, v̂ = 79, missBy = −1 × (75 − 79) = 4, share 4 / 5 = 0.8 → falling the right way → insufficient
    expect(METHODS.weather(basis(pts(2021, 83, 82, 81, 80), 75, 2025, -1), th).category).toBe("insufficient");
  });
});

describe("nearShareBounds (linear form for shares within 10 points of 0 or 100)", () => {
  const share = { bounds: { min: 0, max: 100 } } as Indicator;
  it.each([
    { v: 10, near: true },
    { v: 10.1, near: false },
    { v: 89.9, near: false },
    { v: 90, near: true },
  ])("$v → $near", ({ v, near }) => {
    expect(nearShareBounds(share, [50, v], 10)).toBe(near);
  });
  it("applies only to indicators bounded at 100", () => {
    expect(nearShareBounds({ bounds: { min: 0 } } as Indicator, [1], 10)).toBe(false);
    expect(nearShareBounds({ bounds: { max: 1000 } } as Indicator, [1], 10)).toBe(false);
    expect(nearShareBounds({} as Indicator, [1], 10)).toBe(false);
  });
});

describe("projectTrend", () => {
  const p = pts(2020, 100, 110, 121);
  it("projects the way each method does", () => {
    // Eurostat / UNSD: CAGR (121/100)^(1/2) − 1 = 0.1 → 121 × 1.1² = 146.41
    expect(projectTrend("eurostat", p, false, 2024, th)).toBeCloseTo(146.41, 9);
    expect(projectTrend("unsd", p, false, 2024, th)).toBeCloseTo(146.41, 9);
    // linear form: (121 − 100)/2 = 10.5 → 121 + 21 = 142
    expect(projectTrend("eurostat", p, true, 2024, th)).toBe(142);
    // SDSN: linear even when CAGR is valid
    expect(projectTrend("sdsn", p, false, 2024, th)).toBe(142);
    // weather: needs 4 consecutive points
    expect(projectTrend("weather", p, false, 2024, th)).toBeNull();
    // changes 10 11 12.1 → mean 11.0333; 133.1 + 2 × 11.0333 = 155.1667
    expect(projectTrend("weather", pts(2020, 100, 110, 121, 133.1), false, 2025, th)).toBeCloseTo(155.16667, 4);
  });
  it("needs two different years", () => {
    expect(projectTrend("eurostat", pts(2020, 5), false, 2030, th)).toBeNull();
    expect(projectTrend("eurostat", [], false, 2030, th)).toBeNull();
  });
});

describe("growth helpers", () => {
  it("shows Open SDG's zero replacement with the sign of the other value", () => {
    expect(shownBase(0, 0.001, 5)).toBe("0.001");
    expect(shownBase(0, 0.001, -5)).toBe("-0.001");
    expect(shownBase(-2, 0.001, 5)).toBe("(-2)");
  });
  it("has no growth without a year between base and latest", () => {
    expect(actualGrowth(basis(pts(2020, 5), 10, 2030), 0.001)).toBeNull();
  });
  it("grows linearly from or towards zero: 0 → 8 and 8 → 0 over 4 years are ±2 a year, not a compound rate", () => {
    const up = actualGrowth(basis(pts(2020, 0, 1, 3, 5, 8), 10, 2030), 0.001);
    expect(up).toMatchObject({ form: "linear", rate: 2 });
    const down = actualGrowth(basis(pts(2020, 8, 5, 3, 1, 0), 0, 2030, -1), 0.001);
    // (0 − 8) / 4 = −2; a compound rate from the 0.001 stand-in would be (0.001 / 8)^(1/4) − 1 = −0.8948
    expect(down).toMatchObject({ form: "linear", rate: -2 });
    expect(actualGrowth(basis(pts(2020, 8, 5, 3, 1, 2), 0, 2030, -1), 0.001)?.form).toBe("compound");
  });
});
