import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/model/observation.js";
import { observationRows } from "../../src/assess/observation-rows.js";
import { seriesKey, seriesTable } from "../../src/assess/series-table.js";

const o = (region: string, year: number, value: number, sex?: "female" | "male" | "total"): Observation =>
  ({ indicator: "x", region, year, value, source: { file: "a.csv", row: 2 }, ...(sex ? { sex } : {}) });

/** The series as the first grouping made them: a stable sort by year, then the first point of each year. */
function reference(observations: Observation[], asOf: number): { year: number; value: number }[] {
  const points = observations.filter((p) => p.year <= asOf && Number.isFinite(p.value) && Number.isInteger(p.year)).map((p) => ({ year: p.year, value: p.value }));
  points.sort((a, b) => a.year - b.year);
  return points.filter((p, i) => i === 0 || p.year !== points[i - 1]!.year);
}

describe("seriesTable", () => {
  it("keeps the first value of each year, short series and long ones alike, interleaved with other series", () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (const size of [1, 5, 31, 32, 33, 200]) {
      const a: Observation[] = [], b: Observation[] = [];
      const all: Observation[] = [];
      for (let n = 0; n < size; n++) {
        const p = o("A", 2000 + (next() % 12), next() % 1000);
        const q = o("B", 2000 + (next() % 12), next() % 1000, n % 2 ? "total" : undefined);
        a.push(p);
        b.push(q);
        all.push(p, q);
      }
      const table = seriesTable([observationRows(all)], 2009);
      expect(table.points(table.groups.get(seriesKey("x", "A", undefined)))).toEqual(reference(a, 2009));
      expect(table.points(table.groups.get(seriesKey("x", "B", "total")))).toEqual(reference(b, 2009));
      expect([...table.groups.keys()]).toEqual([seriesKey("x", "A", undefined), seriesKey("x", "B", undefined)]);
      const first = reference(a, 2009)[0]!;
      expect(table.valueIn(table.groups.get(seriesKey("x", "A", undefined)), first.year)).toBe(first.value);
      expect(table.valueIn(table.groups.get(seriesKey("x", "A", undefined)), 2010)).toBeUndefined();
    }
  });

  it("reads several sources one after another, keeping only the rows asked for", () => {
    const table = seriesTable([observationRows([o("A", 2021, 1), o("C", 2021, 5)]), observationRows([o("A", 2021, 2), o("A", 2020, 3, "female")])], 2024, (i, rows) => rows.regionOf(i) !== "C");
    expect(table.points(table.groups.get(seriesKey("x", "A", undefined)))).toEqual([{ year: 2021, value: 1 }]);
    expect(table.groups.get(seriesKey("x", "A", "female"))).toMatchObject({ indicator: "x", region: "A", sex: "female", length: 1 });
    expect(table.groups.has(seriesKey("x", "C", undefined))).toBe(false);
    expect(table.points(undefined)).toEqual([]);
    expect(table.valueIn(undefined, 2021)).toBeUndefined();
  });
});
