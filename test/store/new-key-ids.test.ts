import { describe, expect, it } from "vitest";
import { newKeyIds } from "../../src/store/new-key-ids.js";

describe("newKeyIds", () => {
  it("counts a key as inserted when its id is above the largest id before the statement", () => {
    // ids 1–10 existed; the statement inserted 11 and 12; 7 and 10 were stored already
    expect(newKeyIds([11, 7, 12, 10], 10)).toEqual([11, undefined, 12, undefined]);
    expect(newKeyIds([10], 10)).toEqual([undefined]);
    expect(newKeyIds([11], 10)).toEqual([11]);
  });

  it("gives a key offered twice to its first position", () => {
    expect(newKeyIds([11, 12, 11], 10)).toEqual([11, 12, undefined]);
    expect(newKeyIds([5, 5], 10)).toEqual([undefined, undefined]);
  });

  it("has nothing new in an empty offer", () => {
    expect(newKeyIds([], 0)).toEqual([]);
  });
});
