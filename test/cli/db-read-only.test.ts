// Reading commands never change the database: no migration, no journal-mode switch, no -wal/-shm left behind; a
// file that is not an hld-women database is refused untouched (exit 2); only ingest and db import migrate.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";
import { applyMigrations, readSchemaVersion } from "../../src/store/apply-migrations.js";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "../../src/store/migrations.js";

const DATA = path.resolve("fixtures/ingest/clean-long.csv");
let dir: string, cleanup: () => void, hld: string;

/** A file's bytes hashed, and what its folder holds: "nothing changed" must hold even for root, whom modes do not stop. */
function fingerprint(file: string): { sha256: string; folder: string[] } {
  return { sha256: createHash("sha256").update(readFileSync(file)).digest("hex"), folder: readdirSync(path.dirname(file)).sort() };
}

/** Every reading command, pointed at `db`; `out` is a folder for the files some of them write. */
function readingCommands(db: string, out: string): [string, string[]][] {
  return [
    ["check", ["check", "--db", db, "--fail-on", "none"]],
    ["explain", ["explain", "maternal_mortality_ratio", "--db", db]],
    ["report", ["report", "--db", db, "-f", "json"]],
    ["template --db", ["template", "--year", "2025", "--db", db, "-o", path.join(out, "template.xlsx")]],
    ["db export", ["db", "export", "--db", db, "-o", path.join(out, "export.csv")]],
    ["db log", ["db", "log", "--db", db]],
    ["db history", ["db", "history", "maternal_mortality_ratio", "--region", "211400", "--db", db]],
  ];
}

/** A database in its own folder, copied from `from`. */
function isolated(name: string, from: string): string {
  const sub = path.join(dir, name);
  mkdirSync(sub);
  const file = path.join(sub, "hld-women.db");
  copyFileSync(from, file);
  return file;
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir("hld-db-ro-"));
  mkdirSync(path.join(dir, "base"));
  hld = path.join(dir, "base", "hld-women.db");
  const r = await runCli(["ingest", DATA, "--db", hld]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
}, 60_000);
afterAll(() => cleanup());

describe("reading commands open the database read-only", () => {
  it("leave an hld-women database byte for byte as it was, with no -wal or -shm beside it", async () => {
    const db = isolated("same", hld);
    const out = path.join(dir, "same-out");
    mkdirSync(out);
    const before = fingerprint(db);
    expect(before.folder).toEqual(["hld-women.db"]);
    for (const [name, args] of readingCommands(db, out)) {
      const r = await runCli(args);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(fingerprint(db), name).toEqual(before);
    }
  });

  it("read a database in a read-only folder (file 0444, folder 0555)", async () => {
    const db = isolated("ro", hld);
    const out = path.join(dir, "ro-out");
    mkdirSync(out);
    chmodSync(db, 0o444);
    chmodSync(path.dirname(db), 0o555);
    try {
      const before = fingerprint(db);
      for (const [name, args] of readingCommands(db, out)) {
        const r = await runCli(args);
        expect(r.code, `${name}: ${r.stderr}`).toBe(0);
        expect(r.stderr, name).not.toContain("只读");
        expect(fingerprint(db), name).toEqual(before);
      }
    } finally {
      chmodSync(path.dirname(db), 0o755);
    }
  });
});

describe("a file that is not an hld-women database", () => {
  /** Another program's SQLite file in rollback-journal mode, like most applications keep theirs. */
  function otherApp(name: string): string {
    const sub = path.join(dir, name);
    mkdirSync(sub);
    const file = path.join(sub, "other-app.sqlite");
    const db = new Database(file);
    db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('王芳');");
    db.close();
    return file;
  }

  it("another program's SQLite file: every reading command refuses it untouched, exit 2", async () => {
    const file = otherApp("other-read");
    const before = fingerprint(file);
    for (const [name, args] of readingCommands(file, path.dirname(file))) {
      const r = await runCli(args);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe("");
      expect(r.stderr, name).toBe(`hld-women: ${file} 不是 hld-women 数据库（其中没有 hld-women 的数据表），文件未作改动\n`);
      expect(fingerprint(file), name).toEqual(before);
    }
    const again = new Database(file, { readonly: true });
    expect(again.pragma("journal_mode", { simple: true })).toBe("delete");
    again.close();
  });

  it("another program's SQLite file: ingest and db import refuse it too, in English with --lang en", async () => {
    const file = otherApp("other-write");
    const before = fingerprint(file);
    for (const args of [["ingest", DATA], ["db", "import", DATA]]) {
      const r = await runCli([...args, "--db", file, "--lang", "en"]);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toBe(`hld-women: ${file} is not an hld-women database (it has none of hld-women's tables); the file was left unchanged\n`);
      expect(fingerprint(file)).toEqual(before);
    }
  });

  it("a text file is refused untouched, exit 2", async () => {
    const sub = path.join(dir, "text");
    mkdirSync(sub);
    const file = path.join(sub, "notes.txt");
    writeFileSync(file, "这不是数据库\n");
    const before = fingerprint(file);
    for (const args of [["check", "--db", file], ["db", "log", "--db", file], ["ingest", DATA, "--db", file]]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toBe(`hld-women: ${file} 不是 hld-women 数据库（不是 SQLite 文件，或文件已损坏），文件未作改动\n`);
      expect(fingerprint(file)).toEqual(before);
    }
  });

  it("a folder given as --db is refused with a message, exit 2", async () => {
    const sub = path.join(dir, "folder-db");
    mkdirSync(sub);
    const r = await runCli(["check", "--db", sub, "--lang", "en"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `hld-women: Cannot access database ${sub}: EISDIR\n` });
  });
});

describe("a database of an older schema", () => {
  function version1(name: string): string {
    const sub = path.join(dir, name);
    mkdirSync(sub);
    const file = path.join(sub, "old.db");
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    applyMigrations(db, new Date("2024-01-01T00:00:00Z"), MIGRATIONS.slice(0, 1));
    db.close();
    return file;
  }

  it("reading commands leave it as it is and say how to upgrade it (exit 2)", async () => {
    const file = version1("old-read");
    const before = fingerprint(file);
    for (const [name, args] of readingCommands(file, path.dirname(file))) {
      const r = await runCli(args);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toBe(
        `hld-women: 数据库 ${file} 的结构版本为 1，本版本读取的是 ${LATEST_SCHEMA_VERSION}：请先运行 hld-women db migrate --db ${file} 升级（ingest 和 db import 也会自动升级）；读取命令不修改数据库\n`,
      );
      expect(fingerprint(file), name).toEqual(before);
    }
  });

  it("db migrate upgrades it, and says so; a second run has nothing to do", async () => {
    const file = version1("old-migrate");
    const r = await runCli(["db", "migrate", "--db", file]);
    expect(r).toEqual({ code: 0, stdout: `数据库 ${file} 的结构已从版本 1 升级到 ${LATEST_SCHEMA_VERSION}\n`, stderr: "" });
    const db = new Database(file, { readonly: true });
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    const again = await runCli(["db", "migrate", "--db", file, "--lang", "en"]);
    expect(again).toEqual({ code: 0, stdout: `Database ${file} is already at schema version ${LATEST_SCHEMA_VERSION}\n`, stderr: "" });
    expect((await runCli(["db", "log", "--db", file])).code).toBe(0);
  });

  it("ingest migrates it as it writes", async () => {
    const file = version1("old-ingest");
    expect((await runCli(["ingest", DATA, "--db", file])).code).toBe(0);
    const db = new Database(file, { readonly: true });
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});
