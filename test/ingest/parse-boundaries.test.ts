// Cell parsing at its edges: the Unicode minus, signs with units and separators, the year fast path against
// each neighbouring character, the Excel serial range, year-header limits, and the implausible-change thresholds.
import { describe, expect, it } from "vitest";
import { parseValue } from "../../src/ingest/parse-value.js";
import { MIN_YEAR, YEAR_SPAN, parseYear, parseYearHeader } from "../../src/ingest/parse-year.js";
import { parseSex } from "../../src/ingest/parse-sex.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE, implausibleChange } from "../../src/ingest/implausible-change.js";

describe("parseValue signs", () => {
  it.each([
    // U+2212 MINUS SIGN, as Word and WPS write it
    { cell: "−3.5", want: { kind: "number", value: -3.5, percent: false, permille: false } },
    { cell: " −3.5 ", want: { kind: "number", value: -3.5, percent: false, permille: false } },
    { cell: "−3.5%", want: { kind: "number", value: -3.5, percent: true, permille: false } },
    { cell: "−0.8‰", want: { kind: "number", value: -0.8, percent: false, permille: true } },
    { cell: "−1,234.5", want: { kind: "number", value: -1234.5, percent: false, permille: false } },
    { cell: "+2.5%", want: { kind: "number", value: 2.5, percent: true, permille: false } },
    { cell: "'−7", want: { kind: "number", value: -7, percent: false, permille: false } },
    { cell: "12 %", want: { kind: "number", value: 12, percent: true, permille: false } },
  ])("$cell", ({ cell, want }) => {
    expect(parseValue(cell)).toEqual(want);
  });
  it("does not read a minus sign in the middle or twice", () => {
    for (const bad of ["3−5", "−−3", "−-3", "−", "−%", "%", "‰", "5%%", "5‰%"]) expect(parseValue(bad).kind, bad).not.toBe("number");
  });
  it("passes numbers through, refusing non-finite ones, and reads null and undefined as missing", () => {
    expect(parseValue(-0.5)).toEqual({ kind: "number", value: -0.5, percent: false, permille: false });
    expect(parseValue(Infinity)).toEqual({ kind: "invalid" });
    expect(parseValue(null)).toEqual({ kind: "missing" });
    expect(parseValue(undefined)).toEqual({ kind: "missing" });
    expect(parseValue("5e3")).toEqual({ kind: "number", value: 5000, percent: false, permille: false });
  });
});

describe("parseYear", () => {
  it("refuses a character just below '0' or just above '9' in each of the four places", () => {
    for (const bad of ["/024", ":024", "2/24", "2:24", "20/4", "20:4", "202/", "202:"]) expect(parseYear(bad), bad).toBeUndefined();
    for (const good of ["0000", "9999", "1949", "2030"]) expect(parseYear(good), good).toBe(Number(good));
  });
  it.each([
    // whole numbers 1000–9999 are years
    { cell: 999, want: undefined },
    { cell: 1000, want: 1000 },
    { cell: 9999, want: 9999 },
    { cell: 10000, want: undefined },
    // Excel serials 17899 (1949-01-01) to 90924 (2148-12-31)
    { cell: 17898, want: undefined },
    { cell: 17899, want: 1949 },
    { cell: 90924, want: 2148 },
    { cell: 90925, want: undefined },
    // a fractional serial is a date-time: 45292.75 is 2024-01-01 18:00
    { cell: 45292.75, want: 2024 },
  ])("$cell → $want", ({ cell, want }) => {
    expect(parseYear(cell)).toBe(want);
  });
  it("reads dates, text with spaces and 年数据, and refuses invalid dates", () => {
    expect(parseYear(new Date(Number.NaN))).toBeUndefined();
    expect(parseYear(new Date(Date.UTC(2023, 11, 31, 23, 59)))).toBe(2023);
    expect(parseYear(" 2024 年 ")).toBe(2024);
    expect(parseYear("2024年数据")).toBe(2024);
    expect(parseYear("2024年值")).toBe(2024);
    expect(parseYear("12024")).toBeUndefined();
  });
});

describe("parseYearHeader limits", () => {
  it.each([
    { cell: MIN_YEAR - 1, want: undefined },
    { cell: MIN_YEAR, want: 1949 },
    { cell: MIN_YEAR + YEAR_SPAN - 1, want: 2148 },
    { cell: MIN_YEAR + YEAR_SPAN, want: undefined },
    { cell: 2020.5, want: undefined },
    { cell: "1948年", want: undefined },
    { cell: "1949年", want: 1949 },
    { cell: "2148", want: 2148 },
    { cell: "2149", want: undefined },
  ])("$cell → $want", ({ cell, want }) => {
    expect(parseYearHeader(cell)).toBe(want);
  });
});

describe("parseSex", () => {
  it("treats spaces only as empty and reads every listed name", () => {
    expect(parseSex("  ")).toBeNull();
    expect(["女性", "妇女", "f", "women"].map(parseSex)).toEqual(["female", "female", "female", "female"]);
    expect(["男", "male", "M", "men"].map(parseSex)).toEqual(["male", "male", "male", "male"]);
    expect(["总计", "小计", "全部", "total", "ALL", "t"].map(parseSex)).toEqual(["total", "total", "total", "total", "total", "total"]);
  });
});

describe("implausibleChange thresholds", () => {
  it.each([
    // shares: |Δ| > 10 points; 90 → 100 is 10, not more → quiet; 89.5 → 100 is 10.5 → flagged
    { prev: 90, value: 100, share: true, want: undefined },
    { prev: 89.5, value: 100, share: true, want: 10.5 },
    { prev: 100, value: 89.5, share: true, want: -10.5 },
    { prev: 100, value: 90, share: true, want: undefined },
    // other indicators: |Δ| / |prev| > 0.5; 10 → 15 is 0.5 → quiet; 10 → 15.1 is 0.51 → flagged
    { prev: 10, value: 15, share: false, want: undefined },
    { prev: 10, value: 15.1, share: false, want: 0.51 },
    { prev: 10, value: 4.9, share: false, want: -0.51 },
    { prev: 10, value: 5, share: false, want: undefined },
    // a negative previous value divides by its size: (−16 − (−10)) / 10 = −0.6
    { prev: -10, value: -16, share: false, want: -0.6 },
    // a share moving 40 points is flagged even if relatively small; a non-share from 0 never is
    { prev: 0, value: 1000, share: false, want: undefined },
  ])("$prev → $value (share $share) → $want", ({ prev, value, share, want }) => {
    const got = implausibleChange(prev, value, share, DEFAULT_IMPLAUSIBLE_CHANGE);
    if (want === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(want, 9);
  });
  it("uses the points rule for shares and the relative rule otherwise", () => {
    // 50 → 80: +30 points (> 10) and +60% (> 50%); 200 → 211: +11 points but only 5.5%
    expect(implausibleChange(200, 211, true, DEFAULT_IMPLAUSIBLE_CHANGE)).toBe(11);
    expect(implausibleChange(200, 211, false, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeUndefined();
    expect(implausibleChange(2, 4, true, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeUndefined();
    expect(implausibleChange(2, 4, false, DEFAULT_IMPLAUSIBLE_CHANGE)).toBe(1);
  });
});
