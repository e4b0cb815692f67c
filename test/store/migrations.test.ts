import { afterEach, beforeEach, describe, expect, it } from "vitest";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from "../../src/store/migrations.js";
import { applyMigrations, readSchemaVersion } from "../../src/store/apply-migrations.js";
import { openSqliteStore } from "../../src/store/sqlite-store.js";
import { storeFile } from "../../src/store/store-file.js";
import { tempDir, steppingClock, obs, meta } from "./store-fixtures.js";

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-migrate-")));
afterEach(() => cleanup());

const SHA = (c: string): string => c.repeat(64);

/** Data as a database at each version could hold it, written with that version's own columns. */
const SEED: Record<number, (db: Database.Database) => void> = {
  0: () => {},
  1: (db) => {
    db.prepare("INSERT INTO files (id, name, sha256, size, region, ingested_at, rows, status) VALUES (1, 'v1.csv', ?, 10, '211400', '2024-04-01T00:00:00.000Z', 2, 'complete')").run(SHA("a"));
    db.prepare("INSERT INTO files (id, name, sha256, size, region, ingested_at, rows, status) VALUES (2, 'v2.csv', ?, 10, '211400', '2024-05-01T00:00:00.000Z', 2, 'complete')").run(SHA("b"));
    db.prepare("INSERT INTO observations (id, indicator, region, year, sex) VALUES (1, 'mmr', '211400', 2023, ''), (2, 'lfp', '211400', 2023, 'female')").run();
    db.prepare(`INSERT INTO revisions (observation_id, revision, value, file_id, sheet, row, ingested_at) VALUES
      (1, 1, 10.5, 1, NULL, 2, '2024-04-01T00:00:00.000Z'), (2, 1, 45.1, 1, NULL, 3, '2024-04-01T00:00:00.000Z'),
      (1, 2, 9.8, 2, NULL, 2, '2024-05-01T00:00:00.000Z')`).run();
  },
  2: (db) => {
    SEED[1]!(db);
    db.prepare("INSERT INTO files (id, name, sha256, size, region, kind, ingested_at, rows, status) VALUES (3, 'county.csv', ?, 10, '211421', 'import', '2024-06-01T00:00:00.000Z', 1, 'conflicts')").run(SHA("c"));
    db.prepare("INSERT INTO conflicts (file_id, observation_id, current_value, incoming_value, row, resolution) VALUES (3, 1, 9.8, 11, 2, 'kept-current')").run();
  },
};

describe("schema migrations", () => {
  it("has a seed for every earlier version and numbered, ordered steps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (let n = 0; n < LATEST_SCHEMA_VERSION; n++) expect(SEED[n], `seed for version ${n}`).toBeTypeOf("function");
  });

  for (let n = 0; n < LATEST_SCHEMA_VERSION; n++) {
    it(`migrates a database at version ${n} to ${LATEST_SCHEMA_VERSION}, keeping its data`, async () => {
      const file = path.join(dir, `v${n}.db`);
      const old = new Database(file);
      old.pragma("journal_mode = WAL");
      expect(applyMigrations(old, new Date("2024-01-01T00:00:00Z"), MIGRATIONS.slice(0, n))).toBe(n);
      SEED[n]!(old);
      old.close();

      const store = await openSqliteStore(file, { now: steppingClock(), access: "write" });
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      const log = await store.log();
      if (n >= 1) {
        expect(log.slice(0, 2).map((f) => [f.name, f.kind, f.status, f.rows])).toEqual([["v1.csv", "ingest", "complete", 2], ["v2.csv", "ingest", "complete", 2]]);
        // Counts derived by migration 3 from the revisions each file wrote.
        expect(log.slice(0, 2).map((f) => [f.inserted, f.revised, f.unchanged])).toEqual([[2, 0, 0], [0, 1, 1]]);
        const hist = await store.history({ indicator: "mmr", region: "211400" });
        expect(hist.map((h) => [h.value, h.file, h.current])).toEqual([[10.5, "v1.csv", false], [9.8, "v2.csv", true]]);
        expect((await store.currentObservations()).map((o) => [o.indicator, o.sex, o.value])).toEqual([["lfp", "female", 45.1], ["mmr", undefined, 9.8]]);
        expect(await store.fileAlreadyIngested(SHA("a"))).toMatchObject({ name: "v1.csv" });
      } else expect(log).toEqual([]);
      if (n >= 2) {
        expect(log[2]).toMatchObject({ name: "county.csv", kind: "import", status: "conflicts" });
        expect(await store.conflicts(3)).toEqual([{ fileId: 3, indicator: "mmr", region: "211400", year: 2023, current: 9.8, incoming: 11, resolution: "kept-current" }]);
      }
      // The migrated database takes new files, revisions and conflicts like a new one.
      const out = await storeFile(store, meta("new.csv", "d", "import"), [obs("mmr", "211400", 2023, 7, 2, "new.csv"), obs("mmr", "211400", 2024, 8, 3, "new.csv")], "keep-current");
      expect(out.counts).toMatchObject(n >= 1 ? { inserted: 1, conflicts: 1 } : { inserted: 2, conflicts: 0 });
      await store.close();

      const check = new Database(file, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(check.pragma("foreign_key_check")).toEqual([]);
      expect(readSchemaVersion(check)).toBe(LATEST_SCHEMA_VERSION);
      expect(check.prepare("SELECT version FROM schema_version ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
      check.close();
    });
  }

  it("re-applying migrations to an up-to-date database changes nothing", () => {
    const db = new Database(":memory:");
    applyMigrations(db, new Date("2024-01-01T00:00:00Z"));
    const schema = db.prepare("SELECT sql FROM sqlite_master ORDER BY name").pluck().all();
    expect(applyMigrations(db, new Date("2025-01-01T00:00:00Z"))).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT sql FROM sqlite_master ORDER BY name").pluck().all()).toEqual(schema);
    expect(db.prepare("SELECT count(*) FROM schema_version").pluck().get()).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});
