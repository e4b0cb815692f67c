// What the mutation run left alive in cell parsing: each part of the number patterns, spaces after an
// apostrophe or before ‰, and a year without a suffix that is not four characters long.
import { describe, expect, it } from "vitest";
import { parseValue } from "../../src/ingest/parse-value.js";
import { parseYear } from "../../src/ingest/parse-year.js";

const num = (s: string) => {
  const v = parseValue(s);
  return v.kind === "number" ? v.value : v.kind;
};

describe("number patterns, part by part", () => {
  it.each([
    // decimals after a bare point need all their digits; exponents take a sign and several digits
    { cell: ".55", want: 0.55 },
    { cell: "5e-3", want: 0.005 },
    { cell: "1E+2", want: 100 },
    { cell: "1e10", want: 1e10 },
    // thousands groups: up to three leading digits, any number of decimals
    { cell: "12,345", want: 12345 },
    { cell: "1,234.56", want: 1234.56 },
    { cell: "-12,345.5", want: -12345.5 },
    // an apostrophe or a per-mille sign separated by spaces
    { cell: "' 96", want: 96 },
    { cell: "3.2 ‰", want: 3.2 },
  ])("$cell → $want", ({ cell, want }) => {
    expect(num(cell)).toBe(want);
  });
  it("keeps refusing what the patterns exclude", () => {
    for (const bad of ["1,234abc", "1234,567", "1e", "e5", "1.2.3", "1,2345"]) expect(num(bad), bad).toBe("invalid");
  });
});

describe("parseYear without a suffix", () => {
  it("reads a padded year that skips the four-character fast path", () => {
    expect(parseYear(" 2024 ")).toBe(2024);
    expect(parseYear("2024 ")).toBe(2024);
  });
});
