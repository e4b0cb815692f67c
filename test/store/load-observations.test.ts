import { afterEach, beforeEach, describe, expect, it } from "vitest";
import path from "node:path";
import { existsSync } from "node:fs";
import { openSqliteStore, storeFile, StoreError } from "../../src/store/index.js";
import { loadObservationsFromDb, loadObservationTableFromDb } from "../../src/ingest/load-observations-from-db.js";
import { describeStoreError } from "../../src/cli/store-error-messages.js";
import { loadPlan } from "../../src/plan/load-plan.js";
import type { Plan } from "../../src/model/plan.js";
import { tempDir, steppingClock, obs, meta } from "./store-fixtures.js";
import { assess } from "../../src/assess/index.js";
import { ObservationTable } from "../../src/model/observation-table.js";
import type { Observation } from "../../src/model/observation.js";

let dir: string, cleanup: () => void, dbFile: string, plan: Plan;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir("hld-load-"));
  dbFile = path.join(dir, "city.db");
  plan = loadPlan(undefined, "zh").plan!;
  const store = await openSqliteStore(dbFile, { now: steppingClock(), access: "write" });
  await storeFile(store, meta("city.csv", "01"), [
    { ...obs("female_life_expectancy", "211400", 2022, 80.05, 2, "city.csv"), source: { file: "city.csv", sheet: "监测数据", row: 2, column: "数值 (F)" } },
    obs("female_life_expectancy", "211421", 2023, 80.07, 3, "city.csv"),
    obs("female_life_expectancy", "211402", 2021, 79.1, 4, "city.csv"),
    obs("retired_indicator", "211400", 2023, 1, 5, "city.csv"),
    obs("female_life_expectancy", "999999", 2023, 1, 6, "city.csv"),
  ], "revise");
  await storeFile(store, meta("fix.csv", "02"), [obs("female_life_expectancy", "211421", 2023, 80.2, 9, "fix.csv")], "revise");
  await store.close();
});
afterEach(() => cleanup());

describe("loadObservationsFromDb", () => {
  it("returns current values with their provenance, warning once about keys the plan does not know", async () => {
    const { observations, diagnostics } = await loadObservationsFromDb(dbFile, plan, { lang: "en" });
    expect(observations).toEqual([
      { indicator: "female_life_expectancy", region: "211400", year: 2022, value: 80.05, source: { file: "city.csv", sheet: "监测数据", row: 2, column: "数值 (F)" } },
      { indicator: "female_life_expectancy", region: "211402", year: 2021, value: 79.1, source: { file: "city.csv", row: 4 } },
      { indicator: "female_life_expectancy", region: "211421", year: 2023, value: 80.2, source: { file: "fix.csv", row: 9 } },
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ["db-unknown-indicator", "warning", "Indicator retired_indicator in the database is not in the plan in use; ignored"],
      ["db-unknown-region", "warning", "Region 999999 in the database is not in the plan in use; ignored"],
    ]);
  });

  it("filters by region (with the regions below it), years and indicators", async () => {
    const county = await loadObservationsFromDb(dbFile, plan, { region: "绥中县" });
    expect(county.observations.map((o) => [o.region, o.year])).toEqual([["211421", 2023]]);
    const city = await loadObservationsFromDb(dbFile, plan, { region: "葫芦岛市", since: 2022, until: 2023, indicators: ["female_life_expectancy"] });
    expect(city.observations.map((o) => [o.region, o.year])).toEqual([["211400", 2022], ["211421", 2023]]);
  });

  it("throws a StoreError with a message for a missing database or an unknown region, creating nothing", async () => {
    const missing = path.join(dir, "none.db");
    const err = await loadObservationsFromDb(missing, plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(describeStoreError(err as StoreError, "zh")).toBe(`找不到数据库 ${missing}（先用 hld-women ingest 建立，或用 --db 指定已有的数据库）`);
    expect(existsSync(missing)).toBe(false);
    await expect(loadObservationsFromDb(dbFile, plan, { region: "火星" })).rejects.toMatchObject({ code: "unknown-region" });
  });

  it("reads several thousand rows one at a time into the same observations and the same assessment as reading them all at once", async () => {
    const big = path.join(dir, "big.db");
    const store = await openSqliteStore(big, { now: steppingClock(), access: "write" });
    const rows: Observation[] = [];
    let row = 2;
    for (const ind of plan.indicators)
      for (const region of plan.regions)
        for (let year = 2016; year <= 2024; year++) {
          const value = Math.round((50 + ((row * 7919) % 400) / 10) * 100) / 100;
          rows.push({ ...obs(ind.id, region.code, year, value, row, "big.csv", row % 5 === 0 ? "female" : undefined), ...(row % 3 === 0 ? { unit: "%" } : {}), ...(row % 11 === 0 ? { note: "估算" } : {}) });
          row++;
        }
    await storeFile(store, meta("big.csv", "03"), rows, "revise");
    // A second file revises some values: only the latest revision is current.
    await storeFile(store, meta("fix.csv", "04"), rows.filter((_, i) => i % 97 === 0).map((o, i) => ({ ...o, value: o.value + 1, source: { file: "fix.csv", row: i + 2 } })), "revise");
    // The old reading: every row at once, then mapped.
    const all = await store.currentObservations();
    await store.close();
    expect(all.length).toBeGreaterThan(3000);
    const before = all.map(({ revision: _r, ingestedAt: _a, ...o }) => o);
    const { observations } = await loadObservationsFromDb(big, plan);
    expect(observations).toEqual(before);
    expect(JSON.stringify(observations)).toBe(JSON.stringify(before));
    expect(assess(plan, observations, { asOf: 2024 })).toEqual(assess(plan, before, { asOf: 2024 }));
    // Held compactly: the same observations when read out, and the same assessment, whatever the options.
    const table = await loadObservationTableFromDb(big, plan);
    expect(table.observations).toBeInstanceOf(ObservationTable);
    expect(table.observations.length).toBe(before.length);
    expect(JSON.stringify([...table.observations])).toBe(JSON.stringify(before));
    for (const options of [{}, { asOf: 2021 }, { region: "211421" }, { area: "health" as const, method: "sdsn" as const }]) {
      expect(JSON.stringify(assess(plan, table.observations, options))).toBe(JSON.stringify(assess(plan, before, options)));
    }
  });

  it("reads the same values and warnings into a table as into observations, with the same filters", async () => {
    for (const filter of [{ lang: "en" as const }, { region: "绥中县" }, { region: "葫芦岛市", since: 2022, until: 2023, indicators: ["female_life_expectancy"] }]) {
      const objects = await loadObservationsFromDb(dbFile, plan, filter);
      const table = await loadObservationTableFromDb(dbFile, plan, filter);
      expect([...table.observations]).toEqual(objects.observations);
      expect(JSON.stringify([...table.observations])).toBe(JSON.stringify(objects.observations));
      expect(table.diagnostics).toEqual(objects.diagnostics);
    }
    await expect(loadObservationTableFromDb(path.join(dir, "none.db"), plan)).rejects.toBeInstanceOf(StoreError);
  });
});
