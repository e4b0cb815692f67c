// storeFile hands observations to the store a batch at a time: whatever the batch size, the database ends the same.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import path from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../src/store/sqlite-store.js";
import { storeFile, type FileOutcome } from "../../src/store/store-file.js";
import type { Observation } from "../../src/model/observation.js";
import { tempDir, steppingClock, obs, meta } from "./store-fixtures.js";

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const noted = (o: Observation, note: string, sheet?: string, column?: string): Observation => ({ ...o, note, source: { ...o.source, ...(sheet ? { sheet } : {}), ...(column ? { column } : {}) } });

const first = [
  noted(obs("mmr", "211400", 2023, 10.5, 2, "a.csv"), "初步数据", "监测数据", "数值 (F)"),
  obs("mmr", "211421", 2023, 12, 3, "a.csv"),
  obs("lfp", "211400", 2023, 45.1, 4, "a.csv", "female"),
  obs("lfp", "211400", 2023, 44.9, 5, "a.csv", "male"),
  obs("lfp", "211400", 2023, 45, 6, "a.csv", "total"),
];
// New keys, unchanged and revised ones, and one key given twice (rows 2 and 7) so that it spans batches.
const second = [
  obs("mmr", "211400", 2024, 9.9, 2, "b.csv"),
  obs("mmr", "211400", 2023, 10.5, 3, "b.csv"),
  noted(obs("mmr", "211421", 2023, 11.5, 4, "b.csv"), "修正"),
  obs("lfp", "211400", 2023, 45, 5, "b.csv"),
  obs("lfp", "211400", 2023, 46, 6, "b.csv", "female"),
  obs("mmr", "211421", 2024, 8, 7, "b.csv"),
  obs("mmr", "211400", 2024, 9.7, 8, "b.csv"),
];
const imported = [obs("mmr", "211400", 2024, 9.5, 2, "c.csv"), obs("mmr", "211421", 2025, 7, 3, "c.csv"), obs("lfp", "211400", 2023, 44.9, 4, "c.csv", "male")];
// A failing row (NaN reaches SQLite as NULL) in the last batch, after new and revised keys were written.
const bad = [obs("mmr", "211400", 2026, 1, 2, "d.csv"), obs("mmr", "211421", 2023, 99, 3, "d.csv"), obs("x", "211400", 2024, Number.NaN, 4, "d.csv")];

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      files: db.prepare("SELECT * FROM files ORDER BY id").all(),
      observations: db.prepare("SELECT * FROM observations ORDER BY id").all(),
      revisions: db.prepare("SELECT * FROM revisions ORDER BY observation_id, revision").all(),
      conflicts: db.prepare("SELECT * FROM conflicts ORDER BY id").all(),
    };
  } finally {
    db.close();
  }
}

/** The same four files stored with batches of `batchSize`; the outcomes, and the database after each step. */
async function scenario(batchSize: number | undefined): Promise<{ outcomes: FileOutcome[]; afterGood: unknown; afterBad: unknown; error: unknown }> {
  const file = path.join(dir, `b${batchSize ?? "default"}.db`);
  const store = await openSqliteStore(file, { now: steppingClock(), access: "write" });
  const outcomes: FileOutcome[] = [];
  outcomes.push(await storeFile(store, meta("a.csv", "01"), first, "revise", { batchSize }));
  outcomes.push(await storeFile(store, meta("b.csv", "02"), second, "revise", { batchSize, rows: 9 }));
  outcomes.push(await storeFile(store, meta("c.csv", "03", "import"), imported, "keep-current", { batchSize }));
  const afterGood = dump(file);
  const error = await storeFile(store, meta("d.csv", "04"), bad, "revise", { batchSize }).catch((e: unknown) => e);
  await store.close();
  return { outcomes, afterGood, afterBad: dump(file), error };
}

describe("storeFile in batches", () => {
  it("counts inserted, unchanged, revised and conflicting keys, a key given twice across batches included", async () => {
    const { outcomes } = await scenario(2);
    expect(outcomes.map((o) => [o.observations, o.counts])).toEqual([
      [5, { rows: 5, inserted: 5, revised: 0, unchanged: 0, conflicts: 0 }],
      [7, { rows: 9, inserted: 2, revised: 3, unchanged: 2, conflicts: 0 }],
      [3, { rows: 3, inserted: 1, revised: 0, unchanged: 1, conflicts: 1 }],
    ]);
    expect(outcomes[1]!.revised).toEqual([
      { indicator: "mmr", region: "211421", year: 2023, old: 12, new: 11.5, row: 4 },
      { indicator: "lfp", region: "211400", year: 2023, sex: "female", old: 45.1, new: 46, row: 6 },
      { indicator: "mmr", region: "211400", year: 2024, old: 9.9, new: 9.7, row: 8 },
    ]);
    expect(outcomes[2]!.conflicts).toEqual([{ indicator: "mmr", region: "211400", year: 2024, old: 9.7, new: 9.5, row: 2 }]);
    expect(outcomes[2]!.record.status).toBe("conflicts");
  });

  it("leaves the same rows, revisions, notes, provenance, conflicts and log whatever the batch size", async () => {
    const whole = await scenario(undefined);
    const revisions = (whole.afterGood as { revisions: { note: string | null; sheet: string | null; col: string | null; revision: number; value: number }[] }).revisions;
    expect(revisions.filter((r) => r.note !== null).map((r) => [r.value, r.note, r.sheet, r.col])).toEqual([
      [10.5, "初步数据", "监测数据", "数值 (F)"],
      [11.5, "修正", null, null],
    ]);
    expect(revisions.filter((r) => r.revision === 2)).toHaveLength(3);
    for (const size of [1, 2, 3]) {
      const s = await scenario(size);
      expect(s.outcomes, `batch size ${size}`).toEqual(whole.outcomes);
      expect(s.afterGood, `batch size ${size}`).toEqual(whole.afterGood);
    }
  });

  it("rolls the whole file back when a row in a later batch fails", async () => {
    for (const size of [1, 2, undefined]) {
      const s = await scenario(size);
      expect(s.error, `batch size ${size}`).toBeInstanceOf(Error);
      expect(s.afterBad, `batch size ${size}`).toEqual(s.afterGood);
    }
  });

  it("takes the observations from any iterable, one batch at a time", async () => {
    const store = await openSqliteStore(path.join(dir, "lazy.db"), { now: steppingClock(), access: "write" });
    let made = 0;
    function* lazy(): Generator<Observation> {
      for (let year = 2000; year < 2010; year++) (made++, yield obs("mmr", "211400", year, year - 1990, year - 1998));
    }
    const out = await storeFile(store, meta("lazy.csv", "05"), lazy(), "revise", { batchSize: 4 });
    expect([made, out.observations, out.counts.inserted, out.counts.rows]).toEqual([10, 10, 10, 10]);
    expect((await store.currentObservations()).map((o) => o.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009]);
    await store.close();
  });
});
