import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore, type StoreAccess } from "../../src/store/sqlite-store.js";
import { storeFile } from "../../src/store/store-file.js";
import { StoreError } from "../../src/store/store-error.js";
import { LATEST_SCHEMA_VERSION } from "../../src/store/migrations.js";
import type { ObservationStore } from "../../src/store/observation-store.js";
import { tempDir, steppingClock, obs, meta } from "./store-fixtures.js";

let dir: string, cleanup: () => void, dbFile: string;
const open = (access: StoreAccess = "write"): Promise<ObservationStore> => openSqliteStore(dbFile, { now: steppingClock(), access });

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  dbFile = path.join(dir, "hld-women.db");
});
afterEach(() => cleanup());

const v1 = [obs("mmr", "211400", 2023, 10.5, 2), obs("mmr", "211421", 2023, 12, 3), obs("lfp", "211400", 2023, 45.1, 4, "a.csv", "female")];

describe("SQLite observation store", () => {
  it("creates a WAL database at the latest schema version with foreign keys on", async () => {
    const store = await open();
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT max(version) FROM schema_version").pluck().get()).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it("stores a file with provenance and reports it in the log", async () => {
    const store = await open();
    const out = await storeFile(store, { ...meta("a.csv", "aa"), region: "211400" }, v1, "revise");
    expect(out.counts).toEqual({ rows: 3, inserted: 3, revised: 0, unchanged: 0, conflicts: 0 });
    const cur = await store.currentObservations();
    expect(cur.map((o) => [o.indicator, o.region, o.year, o.sex, o.value, o.source.file, o.source.row, o.revision])).toEqual([
      ["lfp", "211400", 2023, "female", 45.1, "a.csv", 4, 1],
      ["mmr", "211400", 2023, undefined, 10.5, "a.csv", 2, 1],
      ["mmr", "211421", 2023, undefined, 12, "a.csv", 3, 1],
    ]);
    const log = await store.log();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ name: "a.csv", region: "211400", kind: "ingest", status: "complete", rows: 3, inserted: 3, ingestedAt: "2025-03-31T00:02:00.000Z" });
    expect(await store.fileAlreadyIngested(meta("a.csv", "aa").sha256)).toMatchObject({ id: log[0]!.id });
    expect(await store.fileAlreadyIngested(meta("b.csv", "bb").sha256)).toBeUndefined();
    await store.close();
  });

  it("keeps every revision: a corrected value becomes current, the old one stays in history", async () => {
    const store = await open();
    await storeFile(store, meta("v1.csv", "01"), v1, "revise");
    const v2 = [obs("mmr", "211400", 2023, 9.8, 7, "v2.csv"), obs("mmr", "211421", 2023, 12, 8, "v2.csv")];
    const out = await storeFile(store, meta("v2.csv", "02"), v2, "revise");
    expect(out.counts).toMatchObject({ inserted: 0, revised: 1, unchanged: 1 });
    expect(out.revised).toEqual([{ indicator: "mmr", region: "211400", year: 2023, old: 10.5, new: 9.8, row: 7 }]);
    const hist = await store.history({ indicator: "mmr", region: "211400" });
    expect(hist.map((h) => [h.revision, h.value, h.file, h.row, h.current])).toEqual([
      [1, 10.5, "v1.csv", 2, false],
      [2, 9.8, "v2.csv", 7, true],
    ]);
    const cur = await store.currentObservations({ regions: ["211400"], indicators: ["mmr"] });
    expect(cur.map((o) => [o.value, o.revision, o.source.file])).toEqual([[9.8, 2, "v2.csv"]]);
    await store.close();
  });

  it("treats sex 'total' and no sex as one key, as the ingest layer does", async () => {
    const store = await open();
    await storeFile(store, meta("a.csv", "01"), [obs("lfp", "211400", 2023, 50, 2, "a.csv", "total")], "revise");
    const out = await storeFile(store, meta("b.csv", "02"), [obs("lfp", "211400", 2023, 50, 2, "b.csv")], "revise");
    expect(out.counts.unchanged).toBe(1);
    await store.close();
  });

  it("rolls a failing file back completely: no observation, no log entry", async () => {
    const store = await open();
    await storeFile(store, meta("ok.csv", "01"), v1, "revise");
    const bad = [obs("mmr", "211400", 2023, 1, 2, "bad.csv"), obs("new", "211400", 2024, 3, 3, "bad.csv"), obs("x", "211400", 2024, Number.NaN, 4, "bad.csv")];
    // NaN reaches SQLite as NULL and violates NOT NULL on the third row, after two rows were written.
    await expect(storeFile(store, meta("bad.csv", "02"), bad, "revise")).rejects.toThrow();
    expect((await store.currentObservations()).map((o) => o.value)).toEqual([45.1, 10.5, 12]);
    expect((await store.log()).map((f) => f.name)).toEqual(["ok.csv"]);
    expect(await store.history({ indicator: "new", region: "211400" })).toEqual([]);
    // The store is usable after the rollback.
    await storeFile(store, meta("next.csv", "03"), [obs("new", "211400", 2024, 3, 3, "next.csv")], "revise");
    expect(await store.currentObservations({ indicators: ["new"] })).toHaveLength(1);
    await store.close();
  });

  it("records conflicts on import without overwriting, or takes the incoming value when told", async () => {
    const store = await open();
    await storeFile(store, meta("city.csv", "01"), v1, "revise");
    const incoming = [obs("mmr", "211421", 2023, 13, 2, "county.csv"), obs("mmr", "211421", 2024, 11, 3, "county.csv")];
    const kept = await storeFile(store, meta("county.csv", "02", "import"), incoming, "keep-current");
    expect(kept.counts).toMatchObject({ inserted: 1, conflicts: 1, revised: 0 });
    expect(kept.record.status).toBe("conflicts");
    expect(kept.conflicts).toEqual([{ indicator: "mmr", region: "211421", year: 2023, old: 12, new: 13, row: 2 }]);
    expect((await store.currentObservations({ regions: ["211421"], sinceYear: 2023, untilYear: 2023 }))[0]!.value).toBe(12);
    expect(await store.conflicts(kept.record.id)).toEqual([{ fileId: kept.record.id, indicator: "mmr", region: "211421", year: 2023, current: 12, incoming: 13, resolution: "kept-current" }]);
    // A file whose conflicts were kept is not "already ingested": it may be imported again with --prefer incoming.
    expect(await store.fileAlreadyIngested(meta("county.csv", "02").sha256)).toBeUndefined();
    const took = await storeFile(store, meta("county.csv", "02", "import"), incoming, "take-incoming");
    expect(took.counts).toMatchObject({ inserted: 0, unchanged: 1, revised: 1, conflicts: 1 });
    expect(took.record.status).toBe("complete");
    expect((await store.currentObservations({ regions: ["211421"], sinceYear: 2023, untilYear: 2023 }))[0]!.value).toBe(13);
    expect((await store.conflicts(took.record.id))[0]!.resolution).toBe("took-incoming");
    await store.close();
  });

  it("logs a rejected file without storing any observation", async () => {
    const store = await open();
    const rec = await store.recordRejectedFile(meta("bad.csv", "09"), 40);
    expect(rec).toMatchObject({ status: "rejected", rows: 40, inserted: 0 });
    expect(await store.fileAlreadyIngested(meta("bad.csv", "09").sha256)).toBeUndefined();
    expect(await store.currentObservations()).toEqual([]);
    await store.close();
  });

  it("works on an in-memory copy in scratch mode: the file is never written", async () => {
    const store = await open();
    await storeFile(store, meta("v1.csv", "01"), v1, "revise");
    await store.close();
    const before = readFileSync(dbFile);
    const scratch = await open("scratch");
    const out = await storeFile(scratch, meta("v2.csv", "02"), [obs("mmr", "211400", 2023, 1, 2, "v2.csv")], "revise");
    expect(out.counts.revised).toBe(1);
    await scratch.close();
    expect(readFileSync(dbFile).equals(before)).toBe(true);
    const reopened = await open("read");
    expect((await reopened.currentObservations({ indicators: ["mmr"], regions: ["211400"] }))[0]!.value).toBe(10.5);
    await reopened.close();
    // Scratch on a missing file works in memory and creates nothing.
    const missing = path.join(dir, "none.db");
    const s2 = await openSqliteStore(missing, { now: steppingClock(), access: "scratch" });
    await s2.close();
    expect(existsSync(missing)).toBe(false);
  });

  it("refuses a missing database unless asked to create one", async () => {
    await expect(open("read")).rejects.toMatchObject({ code: "not-found" });
    expect(existsSync(dbFile)).toBe(false);
  });

  it("refuses a file that is not SQLite without changing it", async () => {
    writeFileSync(dbFile, "指标代码,年份\nmmr,2023\n");
    const before = readFileSync(dbFile);
    const err = await open().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("not-a-database");
    expect(readFileSync(dbFile).equals(before)).toBe(true);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it("refuses a database with a newer schema than the tool knows", async () => {
    (await open()).close();
    const db = new Database(dbFile);
    db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'from the future', '2031-01-01')").run(LATEST_SCHEMA_VERSION + 1);
    db.close();
    await expect(open()).rejects.toMatchObject({ code: "newer-schema", params: { found: LATEST_SCHEMA_VERSION + 1, known: LATEST_SCHEMA_VERSION, file: dbFile } });
  });
});
