import { describe, expect, it } from "vitest";
import { annualChanges, cagr, countReversals, hampel, linearChange, mad, median, projectCompound, projectLinear, smallSeriesJumps, theilSenSlope, weatherChange } from "../../src/trend/index.js";
import type { Point } from "../../src/model/report.js";

const pts = (start: number, values: number[]): Point[] => values.map((value, i) => ({ year: start + i, value }));

describe("cagr", () => {
  it.each([
    // (8.1 / 7.35)^(1/4) − 1 = 1.102041^0.25 − 1 = 0.024588
    { y0: 7.35, yt: 8.1, years: 4, want: 0.024588 },
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1
    { y0: 100, yt: 121, years: 2, want: 0.1 },
    // zero base → 0.001 (Open SDG): (2 / 0.001)^(1/4) − 1 = 2000^0.25 − 1 = 6.687403 − 1 = 5.687403
    { y0: 0, yt: 2, years: 4, want: 5.687403 },
    // both negative: (−2 / −4)^(1/2) − 1 = 0.5^0.5 − 1 = −0.292893 (callers flip the direction)
    { y0: -4, yt: -2, years: 2, want: -0.292893 },
  ])("($y0 → $yt over $years years) = $want", ({ y0, yt, years, want }) => {
    expect(cagr(y0, yt, years)).toBeCloseTo(want, 6);
  });

  it.each([
    { y0: -2, yt: 3, years: 4, why: "mixed signs" },
    { y0: 5, yt: 6, years: 0, why: "no time elapsed" },
  ])("is null for $why", ({ y0, yt, years }) => {
    expect(cagr(y0, yt, years)).toBeNull();
  });
});

describe("linear change, projections, annual changes", () => {
  it("linear change (10.6 − 7.35) / (2024 − 2020) = 0.8125", () => {
    expect(linearChange({ year: 2020, value: 7.35 }, { year: 2024, value: 10.6 })).toBeCloseTo(0.8125, 10);
    expect(linearChange({ year: 2024, value: 1 }, { year: 2024, value: 2 })).toBeNull();
  });
  it("compound 100 × 1.1² = 121, linear 10 + 0.5 × 4 = 12", () => {
    expect(projectCompound(100, 0.1, 2)).toBeCloseTo(121, 10);
    expect(projectLinear(10, 0.5, 4)).toBe(12);
  });
  it("annualises a two-year gap: (14 − 10) / 2 = 2 a year", () => {
    expect(annualChanges([{ year: 2020, value: 10 }, { year: 2022, value: 14 }])).toEqual([{ year: 2022, from: 2020, previous: 10, value: 14, change: 2 }]);
  });
});

describe("theil-sen slope", () => {
  it("takes the median pairwise slope: 1,1,1,3,4,7 → (1 + 3) / 2 = 2", () => {
    // pairs of (1, 2, 3, 10): 1, 1, 3, 1, 4, 7 → sorted 1 1 1 3 4 7
    expect(theilSenSlope(pts(2020, [1, 2, 3, 10]))).toBe(2);
  });
  it("needs 4 points", () => {
    expect(theilSenSlope(pts(2020, [1, 2, 3]))).toBeNull();
  });
});

describe("median, MAD and the Hampel test", () => {
  it("median 3 and MAD 1 of 1, 2, 3, 4, 100", () => {
    // |x − 3| = 2, 1, 0, 1, 97 → median 1
    expect(median([1, 2, 3, 4, 100])).toBe(3);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("flags 6 among changes 1, 1.2, 0.8, 1, 6", () => {
    // median 1; |Δ − 1| = 0, 0.2, 0.2, 0, 5 → MAD 0.2; limit 3 × 1.4826 × 0.2 = 0.88956 < 5
    const h = hampel([1, 1.2, 0.8, 1, 6]);
    expect(h?.median).toBe(1);
    expect(h?.mad).toBeCloseTo(0.2, 10);
    expect(h?.limit).toBeCloseTo(0.88956, 5);
    expect(h?.outliers).toEqual([4]);
  });
  it("needs 5 changes", () => {
    expect(hampel([1, 2, 3, 4])).toBeNull();
  });
});

describe("small-series fluctuation rule |Δ| > max(5, 20% × previous)", () => {
  it.each([
    // 10 → 16: +6 > max(5, 2) = 5
    { values: [10, 16], flagged: [2021], limit: 5 },
    // 50 → 61: +11 > max(5, 10) = 10
    { values: [50, 61], flagged: [2021], limit: 10 },
    // 40 → 46: +6 ≤ max(5, 8) = 8; 46 → 47: +1
    { values: [40, 46, 47], flagged: [], limit: null },
  ])("$values", ({ values, flagged, limit }) => {
    const jumps = smallSeriesJumps(annualChanges(pts(2020, values)));
    expect(jumps.map((j) => j.change.year)).toEqual(flagged);
    if (limit !== null) expect(jumps[0]?.limit).toBe(limit);
  });
});

describe("reversals in the last four changes", () => {
  it.each([
    // +5 −5 +5 −5 → 3 sign changes
    { values: [50, 55, 50, 55, 50], want: 3 },
    // 0.1 moves are below 1% of 90.1 = 0.901: not moves at all
    { values: [90.1, 90.2, 90.1, 90.2], want: 0 },
    // only the last four of +1 −1 +1 +1 +1 count: −1 +1 +1 +1 → 1
    { values: [50, 51, 50, 51, 52, 53], want: 1 },
  ])("$values → $want", ({ values, want }) => {
    expect(countReversals(annualChanges(pts(2020, values)))).toBe(want);
  });
});

describe("weather: mean of the last 5 annual changes", () => {
  it("10, 11, 13, 14, 16, 17: changes +1 +2 +1 +2 +1 → 7 / 5 = 1.4", () => {
    const w = weatherChange(pts(2019, [10, 11, 13, 14, 16, 17]));
    expect(w?.mean).toBeCloseTo(1.4, 10);
    expect(w?.changes).toEqual([1, 2, 1, 2, 1]);
    expect(w?.from).toBe(2019);
  });
  it("needs 4 consecutive points at the end", () => {
    // the run after the gap is 2020, 2021, 2022: 3 points
    expect(weatherChange([{ year: 2018, value: 5 }, { year: 2020, value: 10 }, { year: 2021, value: 11 }, { year: 2022, value: 12 }])).toBeNull();
  });
});
