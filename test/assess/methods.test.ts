import { describe, expect, it } from "vitest";
import { METHODS } from "../../src/assess/methods/run-method.js";
import type { ProgressBasis } from "../../src/assess/methods/method-types.js";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";
import type { MethodId } from "../../src/model/report.js";

const th = { ...DEFAULT_THRESHOLDS };

/** A basis from yearly values starting in 2020, towards `target` by 2030. */
function basis(values: number[], target: number, d: 1 | -1 = 1, linear = false, horizon = 2030): ProgressBasis {
  const points = values.map((value, i) => ({ year: 2020 + i, value }));
  return { d, target, horizon, base: points[0]!, latest: points[points.length - 1]!, points, linear };
}

// T = 90 by 2030 from 60 in 2020: CAGR_r = (90/60)^(1/10) − 1 = 0.041380; linear required (90 − 60)/10 = 3 a year.
const cases: { name: string; b: ProgressBasis; want: Record<MethodId, { category: string; score: number; projection: number }> }[] = [
  {
    name: "60 → 70 by 2024",
    b: basis([60, 62, 65, 67, 70], 90),
    want: {
      // CAGR_a = (70/60)^(1/4) − 1 = 0.039290; R = 0.039290 / 0.041380 = 0.94950 < 0.95 → moderate; 70 × 1.039290^6 = 88.2101
      eurostat: { category: "moderate", score: 0.94950, projection: 88.2101 },
      // (70 − 60)/4 = 2.5; 2.5 / 3 = 0.8333 → moderate (≥ 0.5, < 1); 70 + 2.5 × 6 = 85
      sdsn: { category: "moderate", score: 0.83333, projection: 85 },
      // Q = (88.2101 − 60) / (90 − 60) = 0.94034 → acceleration needed
      unsd: { category: "moderate", score: 0.94034, projection: 88.2101 },
      // mean of +2 +3 +2 +3 = 2.5; 70 + 2.5 × 6 = 85; (90 − 85) / |90 − 70| = 0.25 > 0.20, rising → insufficient
      weather: { category: "insufficient", score: 0.25, projection: 85 },
    },
  },
  {
    name: "60 → 72 by 2024",
    b: basis([60, 63, 66, 69, 72], 90),
    want: {
      // (72/60)^(1/4) − 1 = 0.046635; R = 0.046635 / 0.041380 = 1.12700 → on track
      eurostat: { category: "on_track", score: 1.127, projection: 94.6465 },
      // (72 − 60)/4 = 3 = required 3 → ratio 1.0, exactly the on-track cut-off → on track
      sdsn: { category: "on_track", score: 1, projection: 90 },
      // v̂ = 72 × 1.046635^6 = 94.6465; Q = 34.6465 / 30 = 1.15488
      unsd: { category: "on_track", score: 1.15488, projection: 94.6465 },
      // mean 3; 72 + 18 = 90; shortfall 0 < 5% → on track
      weather: { category: "on_track", score: 0, projection: 90 },
    },
  },
  {
    name: "60 → 66 by 2024",
    b: basis([60, 61.5, 63, 64.5, 66], 90),
    want: {
      // (66/60)^(1/4) − 1 = 0.024114; R = 0.58274 < 0.60 → insufficient
      eurostat: { category: "insufficient", score: 0.58274, projection: 76.1435 },
      // 1.5 / 3 = 0.5, exactly the moderate cut-off → moderate
      sdsn: { category: "moderate", score: 0.5, projection: 75 },
      // v̂ = 66 × 1.024114^6 = 76.1435; Q = 16.1435 / 30 = 0.53812
      unsd: { category: "moderate", score: 0.53812, projection: 76.1435 },
      // mean 1.5; 66 + 9 = 75; (90 − 75) / 24 = 0.625 > 0.2, rising → insufficient
      weather: { category: "insufficient", score: 0.625, projection: 75 },
    },
  },
  {
    name: "80 → 76, moving away from 90",
    b: basis([80, 79, 78, 77, 76], 90),
    want: {
      // CAGR_a = (76/80)^(1/4) − 1 = −0.012741; CAGR_r = (90/80)^(1/10) − 1 = 0.011848; R = −1.07542
      eurostat: { category: "moving_away", score: -1.07542, projection: 70.3719 },
      // −1 / 1 = −1
      sdsn: { category: "moving_away", score: -1, projection: 70 },
      // v̂ = 76 × 0.987259^6 = 70.3719; Q = (70.3719 − 80) / 10 = −0.96281
      unsd: { category: "moving_away", score: -0.96281, projection: 70.3719 },
      // mean −1; 76 − 6 = 70; (90 − 70) / 14 = 1.42857, falling → moving away
      weather: { category: "moving_away", score: 1.42857, projection: 70 },
    },
  },
];

describe.each(cases)("$name", ({ b, want }) => {
  it.each(Object.keys(want) as MethodId[])("%s", (method) => {
    const o = METHODS[method](b, th);
    expect(o.category).toBe(want[method].category);
    expect(o.score).toBeCloseTo(want[method].score, 4);
    expect(o.projection).toBeCloseTo(want[method].projection, 3);
  });
});

describe("Eurostat edge cases (Open SDG)", () => {
  it.each([
    // zero base: no compound growth from 0 (it explodes); linear (2 − 0) / 4 = 0.5 against (5 − 0) / 10 = 0.5 → R = 1
    { name: "zero base", b: basis([0, 0.5, 1, 1.5, 2], 5), score: 1, category: "on_track", form: "linear-actual" },
    // all negative, rising to −1: CAGR_a = 0.5^(1/4) − 1 = −0.159104; CAGR_r = 0.25^(1/10) − 1 = −0.129449;
    // d flips to −1: R = −1 × −0.159104 / 0.129449 = 1.22908
    { name: "negative base", b: basis([-4, -3.5, -3, -2.5, -2], -1), score: 1.22908, category: "on_track", form: "cagr-actual" },
    // mixed signs: linear (1 − (−2)) / 4 = 0.75 against (4 − (−2)) / 10 = 0.6 → R = 1.25
    { name: "mixed signs", b: basis([-2, -1, 0, 0.5, 1], 4), score: 1.25, category: "on_track", form: "linear-actual" },
    // share near 100, linear form: (94 − 92)/4 = 0.5 against (98 − 92)/10 = 0.6 → R = 0.83333
    { name: "share near 100", b: basis([92, 92.5, 93, 93.5, 94], 98, 1, true), score: 0.83333, category: "moderate", form: "linear-actual" },
    // at most, d = −1: CAGR_a = (10.6/7.35)^(1/4) − 1 = 0.095859; CAGR_r = (10.5/7.35)^(1/5) − 1 = 0.073941;
    // R = −0.095859 / 0.073941 = −1.29643
    { name: "lower is better, rising", b: basis([7.35, 8, 9, 9.8, 10.6], 10.5, -1, false, 2025), score: -1.29643, category: "moving_away", form: "cagr-actual" },
  ])("$name", ({ b, score, category, form }) => {
    const o = METHODS.eurostat(b, th);
    expect(o.score).toBeCloseTo(score, 4);
    expect(o.category).toBe(category);
    expect(o.steps[0]?.label).toBe(form);
  });

  it("treats a required change of zero as unbounded, by the sign of the actual move", () => {
    // target = base: CAGR_r = 0, the value fell → R = −∞ → moving away, score null
    const o = METHODS.eurostat(basis([90, 89, 88], 90), th);
    expect(o.category).toBe("moving_away");
    expect(o.score).toBeNull();
    expect(o.raw).toBe(-Infinity);
  });

  it("cannot classify with one point; weather needs 4 consecutive points", () => {
    expect(METHODS.eurostat(basis([70], 90), th).category).toBe("insufficient_data");
    const w = METHODS.weather(basis([60, 62, 64], 90), th);
    expect(w.category).toBe("insufficient_data");
    expect(w.reason).toBe("weather-run");
  });
});
