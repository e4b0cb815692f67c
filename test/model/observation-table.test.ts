import { describe, expect, it } from "vitest";
import { ObservationTable } from "../../src/model/observation-table.js";
import type { Observation } from "../../src/model/observation.js";

describe("ObservationTable", () => {
  it("gives back every observation as it was added, its fields in the order of the database reading", () => {
    const t = new ObservationTable();
    t.push("mmr", "211400", 2023, "", 10.5, null, null, null, 2, null, "a.csv");
    t.push("mmr", "211421", 2022, "female", -0.25, "%", "估算", "监测数据", 3, "数值 (F)", "b.xlsx");
    t.push("mmr", "211421", 2021, "total", NaN, "%", null, null, 4, "C", "b.xlsx");
    t.push("edu", "211400", 2020, "male", Infinity, null, null, "S", 5, null, "a.csv");
    expect(t.length).toBe(4);
    const all = [...t];
    expect(JSON.stringify(all)).toBe(JSON.stringify([
      { indicator: "mmr", region: "211400", year: 2023, value: 10.5, source: { file: "a.csv", row: 2 } },
      { indicator: "mmr", region: "211421", year: 2022, value: -0.25, source: { file: "b.xlsx", row: 3, sheet: "监测数据", column: "数值 (F)" }, sex: "female", unit: "%", note: "估算" },
      { indicator: "mmr", region: "211421", year: 2021, value: null, source: { file: "b.xlsx", row: 4, column: "C" }, sex: "total", unit: "%" },
      { indicator: "edu", region: "211400", year: 2020, value: null, source: { file: "a.csv", row: 5, sheet: "S" }, sex: "male" },
    ]));
    expect(all[2]!.value).toBeNaN();
    expect(all[3]!.value).toBe(Infinity);
    expect([t.indicatorOf(3), t.regionOf(1), t.sexOf(0), t.sexOf(1), t.yearOf(2), t.valueOf(1)]).toEqual(["edu", "211421", undefined, "female", 2021, -0.25]);
    expect(t.at(1)).not.toBe(t.at(1));
  });

  it("keeps years, rows and texts that do not fit its narrow columns, and those added before them, across growth", () => {
    const t = new ObservationTable();
    const expected: Observation[] = [];
    const add = (region: string, year: number, row: number): void => {
      t.push("x", region, year, "", row / 7, null, null, null, row, null, "f.csv");
      expected.push({ indicator: "x", region, year, value: row / 7, source: { file: "f.csv", row } });
    };
    for (let n = 0; n < 70_000; n++) add(`r${n}`, 2000 + (n % 30), n + 2);
    add("r1", 2020.5, 2 ** 40);
    add("r2", 40_000, -1);
    add("r3", -0, 3);
    for (let n = 0; n < 3000; n++) add(`s${n}`, 2024, n);
    expect(t.length).toBe(expected.length);
    expect([...t]).toEqual(expected);
    expect(Object.is(t.yearOf(70_002), -0)).toBe(true);
  });
});
