// A projection is kept inside the indicator's bounds: a share not past 100%, a rate not below 0.
import { describe, expect, it } from "vitest";
import { clipToBounds } from "../../src/assess/clip-to-bounds.js";

describe("clipToBounds", () => {
  it("clips above max and below min, and keeps values at or inside the bounds", () => {
    const share = { min: 0, max: 100 };
    expect(clipToBounds(100.4, share)).toBe(100);
    expect(clipToBounds(100, share)).toBe(100);
    expect(clipToBounds(99.9, share)).toBe(99.9);
    expect(clipToBounds(-0.3, share)).toBe(0);
    expect(clipToBounds(0, share)).toBe(0);
    expect(clipToBounds(0.1, share)).toBe(0.1);
  });
  it("clips on the one bound given and leaves the other side open", () => {
    expect(clipToBounds(-2, { min: 5 })).toBe(5);
    expect(clipToBounds(1e6, { min: 5 })).toBe(1e6);
    expect(clipToBounds(12, { max: 10 })).toBe(10);
    expect(clipToBounds(-1e6, { max: 10 })).toBe(-1e6);
    expect(clipToBounds(-3, undefined)).toBe(-3);
  });
  it("keeps a missing projection missing, even with a lower bound above 0", () => {
    expect(clipToBounds(null, { min: 5, max: 10 })).toBeNull();
    expect(clipToBounds(null, { min: 5 })).toBeNull();
  });
});
