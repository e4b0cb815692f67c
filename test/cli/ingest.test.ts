import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";
import { LATEST_SCHEMA_VERSION } from "../../src/store/migrations.js";


const HEADER = "指标代码,指标名称,地区代码,地区,年份,数值,单位,备注";
let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-ingest-")));
afterEach(() => cleanup());

function csv(name: string, rows: string[]): string {
  writeFileSync(path.join(dir, name), "\uFEFF" + [HEADER, ...rows].join("\r\n") + "\r\n");
  return name;
}
const cli = (...args: string[]) => runCli(args, { cwd: dir });
const dbRows = (sql: string): unknown[] => {
  const db = new Database(path.join(dir, "hld-women.db"), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

const V1 = [
  "female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2022,80.05,岁,",
  "female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2023,80.19,岁,",
  "maternal_mortality_ratio,孕产妇死亡率,211400,葫芦岛市,2023,7.1,/10万,",
];
const V2 = [V1[0]!, "female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2023,80.31,岁,订正", V1[2]!];

describe("hld-women ingest", () => {
  it("stores a file, then says a second ingest of the same file is a no-op", async () => {
    csv("v1.csv", V1);
    const first = await cli("ingest", "v1.csv");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("v1.csv：入库 3 个数值 — 新增 3，修订 0，未变 0");
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(true);
    const again = await cli("ingest", "v1.csv");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/v1\.csv：与 .* 入库的 v1\.csv 内容相同（sha256 [0-9a-f]{12}），无需重复入库/);
    expect(dbRows("SELECT name, status, rows, inserted FROM files")).toEqual([{ name: "v1.csv", status: "complete", rows: 3, inserted: 3 }]);
    expect(dbRows("SELECT count(*) AS n FROM revisions")).toEqual([{ n: 3 }]);
  });

  it("makes a corrected value the current revision and keeps the earlier one in history", async () => {
    csv("v1.csv", V1);
    csv("v2.csv", V2);
    await cli("ingest", "v1.csv");
    const r = await cli("ingest", "v2.csv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("新增 0，修订 1，未变 2");
    expect(r.stdout).toContain("修订 female_life_expectancy · 葫芦岛市 · 2023：80.19 → 80.31（第 3 行）");
    const h = await cli("db", "history", "female_life_expectancy", "--region", "葫芦岛市", "--year", "2023", "-f", "json");
    expect(h.code).toBe(0);
    const revs = JSON.parse(h.stdout).revisions as { value: number; file: string; current: boolean; revision: number }[];
    expect(revs.map((x) => [x.revision, x.value, x.file, x.current])).toEqual([[1, 80.19, "v1.csv", false], [2, 80.31, "v2.csv", true]]);
    const table = await cli("db", "history", "妇女人均预期寿命", "--region", "211400");
    expect(table.stdout).toContain("female_life_expectancy · 葫芦岛市 的修订历史");
    expect(table.stdout).toMatch(/2023.*80\.31.*v2\.csv · 第 3 行.*现值/);
  });

  it("--dry-run shows what would change and changes nothing", async () => {
    csv("v1.csv", V1);
    csv("v2.csv", V2);
    const none = await cli("ingest", "v1.csv", "--dry-run");
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("v1.csv：将入库 3 个数值 — 新增 3");
    expect(none.stdout).toContain("试运行：数据库未做任何改变");
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(false);
    await cli("ingest", "v1.csv");
    const before = readFileSync(path.join(dir, "hld-women.db"));
    const dry = await cli("ingest", "v2.csv", "--dry-run", "-f", "json");
    expect(dry.code).toBe(0);
    const out = JSON.parse(dry.stdout);
    expect(out.dryRun).toBe(true);
    expect(out.files[0]).toMatchObject({ status: "stored", inserted: 0, revised: 1, unchanged: 2 });
    expect(out.files[0].revisedKeys).toEqual([{ indicator: "female_life_expectancy", region: "211400", year: 2023, old: 80.19, new: 80.31, row: 3 }]);
    expect(readFileSync(path.join(dir, "hld-women.db")).equals(before)).toBe(true);
    expect(dbRows("SELECT name FROM files")).toEqual([{ name: "v1.csv" }]);
  });

  it("stores nothing from a file with errors, logs the rejection, exits 1", async () => {
    csv("bad.csv", [V1[0]!, "female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2023,八十,岁,"]);
    const r = await cli("ingest", "bad.csv");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.csv：有 1 个“error”及以上级别的问题，整个文件未入库/);
    expect(dbRows("SELECT count(*) AS n FROM revisions")).toEqual([{ n: 0 }]);
    expect(dbRows("SELECT name, status FROM files")).toEqual([{ name: "bad.csv", status: "rejected" }]);
  });

  it("reports each file: a good file is stored even when another one is rejected", async () => {
    csv("good.csv", V1);
    csv("bad.csv", ["female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2024,abc,岁,"]);
    const r = await cli("ingest", "good.csv", "bad.csv", "-f", "json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([["good.csv", "stored"], ["bad.csv", "rejected"]]);
    expect(out.summary).toMatchObject({ files: 2, stored: 1, rejected: 1, inserted: 3 });
    expect(out.diagnostics.length).toBeGreaterThan(0);
  });

  it("refuses a --db that is not an SQLite database (exit 2) and leaves it untouched", async () => {
    csv("v1.csv", V1);
    const notDb = csv("notes.csv", V2);
    const before = readFileSync(path.join(dir, notDb));
    const r = await cli("ingest", "notes.csv", "--db", "notes.csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("hld-women: 数据库 notes.csv 也是本次的输入文件");
    const other = csv("other.csv", V2);
    const r2 = await cli("ingest", "v1.csv", "--db", other, "--lang", "en");
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("hld-women: other.csv is not an hld-women database (not an SQLite file, or damaged)");
    expect(r2.stderr).not.toMatch(/at .*\.ts/);
    expect(readFileSync(path.join(dir, notDb)).equals(before)).toBe(true);
  });

  it("refuses a database with a newer schema version (exit 2)", async () => {
    csv("v1.csv", V1);
    await cli("ingest", "v1.csv");
    const db = new Database(path.join(dir, "hld-women.db"));
    db.prepare("INSERT INTO schema_version VALUES (?, 'future', '2031-01-01')").run(LATEST_SCHEMA_VERSION + 1);
    db.close();
    const r = await cli("db", "log");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`结构版本为 ${LATEST_SCHEMA_VERSION + 1}，本工具只支持到 ${LATEST_SCHEMA_VERSION}`);
  });

  it("rejects bad options before touching the database", async () => {
    csv("v1.csv", V1);
    expect((await cli("ingest", "v1.csv", "--fail-severity", "fatal")).code).toBe(2);
    expect((await cli("ingest", "v1.csv", "--region", "火星")).code).toBe(2);
    const glob = await cli("ingest", "*.nothing");
    expect(glob.code).toBe(1);
    expect(glob.stdout).toContain("通配符 *.nothing 没有匹配到任何文件");
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(false);
  });

  it("speaks English with --lang en", async () => {
    csv("v1.csv", V1);
    const r = await cli("ingest", "v1.csv", "--lang", "en", "--db", "city.db");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("v1.csv: stored 3 values — 3 inserted, 0 revised, 0 unchanged");
    expect(r.stdout).toContain("1 files: 1 stored, 0 skipped (already stored), 0 rejected · database city.db");
  });
});
