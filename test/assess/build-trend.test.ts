// The trend block of a result: growth figures from the end points, and the direction word.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/assess/index.js";
import { buildTrend } from "../../src/assess/build-trend.js";
import type { Indicator } from "../../src/model/plan.js";
import type { Point } from "../../src/model/report.js";

const th = { ...DEFAULT_THRESHOLDS };
const indicator: Indicator = { id: "x", area: "a", goal: 1, name: { zh: "x", en: "x" }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets: [] };
const pts = (values: Record<number, number>): Point[] => Object.entries(values).map(([y, value]) => ({ year: Number(y), value }));
const trend = (values: Record<number, number>, ind: Indicator = indicator, t = th) => buildTrend(pts(values), pts(values), ind, "eurostat", false, [], t);

describe("buildTrend", () => {
  it("gives CAGR and linear change between the end points: 40 → 44 over 4 years", () => {
    const tr = trend({ 2020: 40, 2022: 41, 2024: 44 });
    // (44 / 40)^(1/4) − 1 = 0.0241137; (44 − 40) / 4 = 1
    expect(tr.cagr).toBeCloseTo(0.0241137, 6);
    expect(tr.linear).toBe(1);
  });
  it("gives no CAGR when either end is 0 (the small-number stand-in would explode), but a linear change", () => {
    // 0 → 5: (5 − 0) / 4 = 1.25 a year; Open SDG's 0.001 stand-in would give (5 / 0.001)^(1/4) − 1 ≈ 7.4
    expect(trend({ 2020: 0, 2024: 5 })).toMatchObject({ cagr: null, linear: 1.25 });
    expect(trend({ 2020: 5, 2024: 0 })).toMatchObject({ cagr: null, linear: -1.25 });
  });
  it("with an absolute clear movement of 0, an unchanged series is flat, any change up or down", () => {
    const zero = { ...indicator, clear_movement: 0 };
    expect(trend({ 2020: 50, 2024: 50 }, zero).direction).toBe("flat");
    expect(trend({ 2020: 50, 2024: 50.1 }, zero).direction).toBe("up");
    expect(trend({ 2020: 50, 2024: 49.9 }, zero).direction).toBe("down");
  });
  it("with a clear movement threshold of 0, an unchanged series is flat", () => {
    expect(trend({ 2020: 50, 2024: 50 }, indicator, { ...th, clear_movement: 0 }).direction).toBe("flat");
    expect(trend({ 2020: 50, 2024: 50 }).direction).toBe("flat");
  });
});
