// Trend arithmetic on both sides of its edges: CAGR's zero and sign cases, the reversal threshold and window,
// Hampel's limit, the jump limit, Theil–Sen's minimum, the weather run and the annualised change.
import { describe, expect, it } from "vitest";
import { annualChanges, cagr, countReversals, hampel, linearChange, mad, median, projectCompound, projectLinear, smallSeriesJumps, theilSenSlope, weatherChange } from "../../src/trend/index.js";

const pts = (first: number, ...vs: number[]) => vs.map((value, i) => ({ year: first + i, value }));

describe("cagr", () => {
  it.each([
    // (121 / 100)^(1/2) − 1 = 0.1
    { y0: 100, yt: 121, years: 2, want: 0.1 },
    // zero base → 0.001: (0.1 / 0.001)^(1/1) − 1 = 99
    { y0: 0, yt: 0.1, years: 1, want: 99 },
    // zero base before a negative value → −0.001: (−0.1 / −0.001) − 1 = 99
    { y0: 0, yt: -0.1, years: 1, want: 99 },
    // zero end → 0.001 (same sign as the base): (0.001 / 0.1) − 1 = −0.99
    { y0: 0.1, yt: 0, years: 1, want: -0.99 },
    // negative base, zero end → −0.001: (−0.001 / −0.1) − 1 = −0.99
    { y0: -0.1, yt: 0, years: 1, want: -0.99 },
    // both negative: (−121 / −100)^(1/2) − 1 = 0.1
    { y0: -100, yt: -121, years: 2, want: 0.1 },
  ])("($yt / $y0)^(1/$years) − 1 = $want", ({ y0, yt, years, want }) => {
    expect(cagr(y0, yt, years)).toBeCloseTo(want, 9);
  });
  it("is null for mixed signs, years ≤ 0 and non-finite values", () => {
    expect(cagr(-1, 1, 2)).toBeNull();
    expect(cagr(1, -1, 2)).toBeNull();
    expect(cagr(1, 2, 0)).toBeNull();
    expect(cagr(1, 2, -1)).toBeNull();
    expect(cagr(NaN, 2, 1)).toBeNull();
    expect(cagr(1, Infinity, 1)).toBeNull();
  });
  it("uses the zero replacement it is given", () => {
    // (1 / 0.5) − 1 = 1
    expect(cagr(0, 1, 1, 0.5)).toBe(1);
  });
});

describe("linear change and projections", () => {
  it("annualises and refuses years that do not advance", () => {
    expect(linearChange({ year: 2020, value: 10 }, { year: 2024, value: 18 })).toBe(2);
    expect(linearChange({ year: 2020, value: 10 }, { year: 2020, value: 18 })).toBeNull();
    expect(linearChange({ year: 2021, value: 10 }, { year: 2020, value: 18 })).toBeNull();
  });
  it("projects linearly and compounding", () => {
    // 10 + 2 × 3 = 16; 100 × 1.1² = 121
    expect(projectLinear(10, 2, 3)).toBe(16);
    expect(projectCompound(100, 0.1, 2)).toBeCloseTo(121, 9);
  });
});

describe("annualChanges", () => {
  it("halves a two-year gap and skips repeated years", () => {
    expect(annualChanges([{ year: 2020, value: 10 }, { year: 2022, value: 14 }, { year: 2022, value: 99 }, { year: 2023, value: 13 }])).toEqual([
      { year: 2022, from: 2020, previous: 10, value: 14, change: 2 },
      { year: 2023, from: 2022, previous: 99, value: 13, change: -86 },
    ]);
    expect(annualChanges(pts(2020, 5))).toEqual([]);
  });
});

describe("median and MAD", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    // deviations from 2: 1 0 1 3 → sorted 0 1 1 3 → (1 + 1) / 2 = 1
    expect(mad([1, 2, 3, 5])).toBe(1);
  });

  it("sorts by value on both sides of the 64-value switch to a native sort, and leaves its input alone", () => {
    for (const n of [63, 64, 65, 66, 1001]) {
      // n values descending from n − 1 to 0, negatives mixed in for odd i: the sorted middle is known in closed form
      const values = Array.from({ length: n }, (_, i) => (i % 2 ? -(n - 1 - i) : n - 1 - i));
      const copy = [...values];
      const sorted = [...values].sort((a, b) => a - b);
      const expected = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      expect(median(values), `n = ${n}`).toBe(expected);
      expect(values).toEqual(copy);
    }
    // 10 before 9 and 2 before 1 as numbers, not as texts ("10" < "9")
    expect(median([10, 9, 2, 1, 100])).toBe(9);
    expect(median(Array.from({ length: 65 }, (_, i) => (i === 0 ? 10 : i === 1 ? 9 : 1000 + i)))).toBe(1032);
  });
});

describe("countReversals: a move must exceed 1% of the previous value", () => {
  const ch = (...values: number[]) => annualChanges(pts(2020, ...values));
  it("does not count a change of exactly 1% as a move", () => {
    // 100 → 101 is +1 = 1% of 100: not a move; then −2, +2, −2 are moves → signs − + − → 2 reversals
    expect(countReversals(ch(100, 101, 99, 101, 99), 4, 0.01)).toBe(2);
    // 100 → 101.1 is +1.1 > 1: a move → + − + − → 3 reversals
    expect(countReversals(ch(100, 101.1, 99, 101, 99), 4, 0.01)).toBe(3);
  });
  it("looks only at the last `window` changes", () => {
    // changes −10 +10 +10 +10 +10: the last 4 have no reversal; a window of 5 sees one
    const c = ch(110, 100, 110, 120, 130, 140);
    expect(countReversals(c, 4, 0.01)).toBe(0);
    expect(countReversals(c, 5, 0.01)).toBe(1);
  });
  it("measures the move against |previous| for negative levels", () => {
    // −100 → −98.9 is +1.1 > 1% × |−100| = 1: a move; −98.9 → −100 is −1.1 > 0.989: a move → 1 reversal
    expect(countReversals(ch(-100, -98.9, -100), 4, 0.01)).toBe(1);
  });
});

describe("hampel", () => {
  it("flags |x − median| > k × scale × MAD, not equal to it", () => {
    // 1 2 3 4 100: median 3, deviations 2 1 0 1 97 → MAD 1; limit 3 × 1 × 1 = 3 with scale 1
    const h = hampel([1, 2, 3, 4, 100], 3, 1, 5)!;
    expect(h).toEqual({ median: 3, mad: 1, limit: 3, outliers: [4] });
    // 0 2 3 4 6: median 3, deviations 3 1 0 1 3 → MAD 1, limit 3: |0 − 3| = 3 and |6 − 3| = 3 are not above 3
    expect(hampel([0, 2, 3, 4, 6], 3, 1, 5)!.outliers).toEqual([]);
    // 0 2 3 4 6.01: |6.01 − 3| = 3.01 > 3
    expect(hampel([0, 2, 3, 4, 6.01], 3, 1, 5)!.outliers).toEqual([4]);
  });
  it("needs minCount values", () => {
    expect(hampel([1, 2, 3, 4], 3, 1.4826, 5)).toBeNull();
    expect(hampel([1, 2, 3, 4], 3, 1.4826, 4)).not.toBeNull();
  });
  it("does not turn float noise into an outlier when the MAD is 0", () => {
    // 0.1 + 0.2 = 0.30000000000000004 against a median of 0.3
    expect(hampel([0.3, 0.3, 0.3, 0.1 + 0.2, 0.3], 3, 1.4826, 5)!.outliers).toEqual([]);
  });
});

describe("smallSeriesJumps", () => {
  const ch = (...values: number[]) => annualChanges(pts(2020, ...values));
  it("flags |Δ| above max(points, share × |previous|)", () => {
    // 10 → 15: 5 is not above max(5, 2) = 5; 15 → 20.1: 5.1 > max(5, 3) = 5; 40 → 49: 9 > max(5, 8) = 8
    const j = smallSeriesJumps(ch(10, 15, 20.1), 5, 0.2);
    expect(j.map((x) => [x.change.year, x.limit])).toEqual([[2022, 5]]);
    expect(smallSeriesJumps(ch(40, 49), 5, 0.2).map((x) => x.limit)).toEqual([8]);
    expect(smallSeriesJumps(ch(40, 48), 5, 0.2)).toEqual([]);
    expect(smallSeriesJumps(ch(-40, -49), 5, 0.2).map((x) => x.limit)).toEqual([8]);
  });
});

describe("theilSenSlope", () => {
  it("needs minPoints points and skips same-year pairs", () => {
    expect(theilSenSlope(pts(2020, 1, 2, 3), 4)).toBeNull();
    expect(theilSenSlope(pts(2020, 1, 2, 3), 3)).toBe(1);
    // pairs: (2020,1)-(2020,5) skipped; others: 1→3 over 1 = 2, 5→3 over 1 = −2 → median 0
    expect(theilSenSlope([{ year: 2020, value: 1 }, { year: 2020, value: 5 }, { year: 2021, value: 3 }], 3)).toBe(0);
    expect(theilSenSlope([{ year: 2020, value: 1 }, { year: 2020, value: 5 }], 2)).toBeNull();
  });
});

describe("weatherChange", () => {
  it("needs minPoints consecutive years at the end", () => {
    // 2018 2020 2021 2022: the run 2020–2022 has 3 points < 4
    expect(weatherChange([{ year: 2018, value: 1 }, ...pts(2020, 2, 3, 5)], 5, 4)).toBeNull();
    // 2019–2022 consecutive: changes 1 1 2 → mean 4/3
    const w = weatherChange(pts(2019, 1, 2, 3, 5), 5, 4)!;
    expect(w.changes).toEqual([1, 1, 2]);
    expect(w.mean).toBeCloseTo(4 / 3, 12);
    expect([w.from, w.to]).toEqual([2019, 2022]);
  });
  it("averages only the last `count` changes", () => {
    // 0 10 11 12 13: last 3 changes 1 1 1 → mean 1, from 2021
    expect(weatherChange(pts(2020, 0, 10, 11, 12, 13), 3, 4)).toEqual({ mean: 1, changes: [1, 1, 1], from: 2021, to: 2024 });
    // all 4 changes: (10 + 1 + 1 + 1) / 4 = 3.25
    expect(weatherChange(pts(2020, 0, 10, 11, 12, 13), 4, 4)?.mean).toBe(3.25);
  });
  it("counts a run from its first point", () => {
    // a gap before the last four: 2015, 2020–2023 → run of 4, from 2020
    expect(weatherChange([{ year: 2015, value: 0 }, ...pts(2020, 1, 2, 3, 4)], 5, 4)).toMatchObject({ from: 2020, to: 2023, mean: 1 });
  });
});
