import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { num } from "../../src/util/format-number.js";

/** The definition: round to `digits` decimals, then the shortest form of that number. */
const byDefinition = (v: number, digits: number): string => (Number.isFinite(v) ? String(Number(v.toFixed(digits))) : String(v));

describe("num", () => {
  it("drops float noise and trailing zeros", () => {
    expect(num(0.1 + 0.2)).toBe("0.3");
    expect(num(96.1)).toBe("96.1");
    expect(num(2024)).toBe("2024");
    expect(num(-0)).toBe("0");
    expect(num(1 / 3)).toBe("0.3333");
    expect(num(1 / 3, 2)).toBe("0.33");
    expect(num(2.5, 0)).toBe("3");
    expect(num(1.005, 2)).toBe("1");
    expect(num(1e-7)).toBe("0");
    expect(num(Number.NaN)).toBe("NaN");
    expect(num(-Infinity)).toBe("-Infinity");
  });

  it("takes a short form as it is only below 2^52 · 10^-digits, where a double's spacing is finer than the last decimal", () => {
    // 2^52 / 10^4 ≈ 4.5e11: 450359962737.0496 is above it, so it is rounded (its spacing is 6.1e-5, more than 0.5e-4)
    const above = 2 ** 52 / 1e4 + 0.0496;
    expect(num(above)).toBe(byDefinition(above, 4));
    expect(num(1e21)).toBe("1e+21");
    expect(num(123456789012.5)).toBe("123456789012.5");
  });

  it("agrees with the definition for any double and any number of decimals", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 10 }), (v, d) => num(v, d) === byDefinition(v, d)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), (n, scale, d) => {
        const v = n / 10 ** scale;
        return num(v, d) === byDefinition(v, d);
      }),
      { numRuns: 20_000 },
    );
  });
});
