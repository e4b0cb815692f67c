import { describe, expect, it } from "vitest";
import { groupObservations, seriesKey } from "../../src/assess/group-observations.js";
import type { Observation } from "../../src/model/observation.js";

const o = (year: number, value: number, extra: Partial<Observation> = {}): Observation => ({ indicator: "x", region: "r", year, value, source: { file: "a.csv", row: 2 }, ...extra });

describe("groupObservations", () => {
  it("keeps the first value of a duplicate year, sorts the years, and drops later years, non-integer years and non-finite values", () => {
    const g = groupObservations([o(2023, 3), o(2021, 1), o(2023, 30), o(2022, 2), o(2021, 10), o(2025, 5), o(2022.5, 9), o(2020, NaN), o(2023, 300)], 2024);
    expect([...g.keys()]).toEqual([seriesKey("x", "r", undefined)]);
    expect(g.get(seriesKey("x", "r", undefined))!.points).toEqual([{ year: 2021, value: 1 }, { year: 2022, value: 2 }, { year: 2023, value: 3 }]);
  });

  it("makes total and no sex one series (the first of them kept), and each other sex its own", () => {
    const g = groupObservations([o(2022, 1, { sex: "total" }), o(2022, 2), o(2022, 3, { sex: "female" }), o(2021, 4)], 2024);
    expect(g.get(seriesKey("x", "r", undefined))!.points).toEqual([{ year: 2021, value: 4 }, { year: 2022, value: 1 }]);
    expect(g.get(seriesKey("x", "r", "female"))).toEqual({ indicator: "x", region: "r", sex: "female", points: [{ year: 2022, value: 3 }] });
  });
});
