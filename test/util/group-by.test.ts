import { describe, expect, it } from "vitest";
import { groupBy } from "../../src/util/group-by.js";

describe("groupBy", () => {
  it("keeps the keys in first-seen order and each group's items in order, optionally mapped", () => {
    const rows = [{ y: 2021, v: 1 }, { y: 2020, v: 2 }, { y: 2021, v: 3 }];
    expect([...groupBy(rows, (r) => r.y)]).toEqual([[2021, [rows[0], rows[2]]], [2020, [rows[1]]]]);
    expect([...groupBy(rows, (r) => r.y, (r) => r.v)]).toEqual([[2021, [1, 3]], [2020, [2]]]);
    expect(groupBy([], (r: number) => r).size).toBe(0);
  });
});
