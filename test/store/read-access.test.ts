// A store opened to read is read-only: writes throw, and neither the file nor its folder changes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";
import { openSqliteStore } from "../../src/store/sqlite-store.js";
import { storeFile } from "../../src/store/store-file.js";
import { tempDir, steppingClock, obs, meta } from "./store-fixtures.js";

let dir: string, cleanup: () => void, dbFile: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  dbFile = path.join(dir, "hld-women.db");
});
afterEach(() => cleanup());

describe("opening a database to read", () => {
  it("throws read-only on a write and leaves the file and its folder as they were", async () => {
    const writer = await openSqliteStore(dbFile, { now: steppingClock(), access: "write" });
    await storeFile(writer, meta("v1.csv", "01"), [obs("mmr", "211400", 2023, 10.5, 2)], "revise");
    await writer.close();
    const before = readFileSync(dbFile);
    const reader = await openSqliteStore(dbFile, { now: steppingClock() });
    await expect(reader.beginFileIngest(meta("v2.csv", "02"))).rejects.toMatchObject({ code: "read-only" });
    await expect(reader.recordRejectedFile(meta("v3.csv", "03"), 1)).rejects.toMatchObject({ code: "read-only" });
    expect((await reader.currentObservations()).map((o) => o.value)).toEqual([10.5]);
    await reader.close();
    expect(readFileSync(dbFile).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["hld-women.db"]);
  });

  it("reads a cleanly closed database through a private copy that leaves nothing in the temp folder", async () => {
    const writer = await openSqliteStore(dbFile, { now: steppingClock(), access: "write" });
    await storeFile(writer, meta("v1.csv", "01"), [obs("mmr", "211400", 2023, 10.5, 2)], "revise");
    await writer.close();
    const copies = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith("hld-women-read-"));
    const earlier = new Set(copies());
    const reader = await openSqliteStore(dbFile, { now: steppingClock() });
    // The copy is already gone from the temp folder (only the open connection holds it), and is still read.
    expect(copies().filter((n) => !earlier.has(n))).toEqual([]);
    expect([...reader.eachCurrentObservation()].map((o) => o.value)).toEqual([10.5]);
    expect((await reader.log()).map((f) => f.name)).toEqual(["v1.csv"]);
    await reader.close();
    expect(copies().filter((n) => !earlier.has(n))).toEqual([]);
    expect(readdirSync(dir)).toEqual(["hld-women.db"]);
  });

  it("sees what a writer still holding the database has committed (its -wal file)", async () => {
    const writer = await openSqliteStore(dbFile, { now: steppingClock(), access: "write" });
    try {
      await storeFile(writer, meta("v1.csv", "01"), [obs("mmr", "211400", 2023, 10.5, 2)], "revise");
      expect(existsSync(`${dbFile}-wal`)).toBe(true);
      const reader = await openSqliteStore(dbFile, { now: steppingClock() });
      expect((await reader.currentObservations()).map((o) => o.value)).toEqual([10.5]);
      await reader.close();
      const scratch = await openSqliteStore(dbFile, { now: steppingClock(), access: "scratch" });
      expect((await scratch.log()).map((f) => f.name)).toEqual(["v1.csv"]);
      await scratch.close();
    } finally {
      await writer.close();
    }
  });

  it("refuses an empty SQLite file (no tables) as not ours, and an empty file too", async () => {
    const writer = await openSqliteStore(dbFile, { now: steppingClock(), access: "write" });
    await writer.close();
    const empty = path.join(dir, "empty.db");
    writeFileSync(empty, "");
    await expect(openSqliteStore(empty, { now: steppingClock() })).rejects.toMatchObject({ code: "foreign", params: { file: empty } });
    expect(readFileSync(empty).length).toBe(0);
    // A writing command may build on an empty file.
    const built = await openSqliteStore(empty, { now: steppingClock(), access: "write" });
    expect(built.schemaVersion).toBeGreaterThan(0);
    await built.close();
  });
});
