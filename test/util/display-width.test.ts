import { describe, expect, it } from "vitest";
import { displayWidth, isWide } from "../../src/util/display-width.js";

describe("isWide", () => {
  it("is true for CJK and full-width forms, false for Latin, block and ambiguous symbols", () => {
    expect(["中", "（", "％", "가"].map(isWide)).toEqual([true, true, true, true]);
    expect(["a", "▁", "↑", "‰", "·"].map(isWide)).toEqual([false, false, false, false, false]);
  });
  it("agrees with displayWidth, which gives a byte-order mark no width", () => {
    expect(displayWidth("\uFEFF达标 ok")).toBe(7);
  });
});
