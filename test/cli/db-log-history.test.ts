import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";
import { openSqliteStore } from "../../src/store/sqlite-store.js";


const HEADER = "指标代码,地区代码,年份,性别,数值";
let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-log-")));
afterEach(() => cleanup());

function csv(name: string, rows: string[]): string {
  writeFileSync(path.join(dir, name), [HEADER, ...rows].join("\n") + "\n");
  return name;
}
const cli = (...args: string[]) => runCli(args, { cwd: dir });
const RATE = "nine_year_compulsory_education_consolidation_rate";

describe("hld-women db log and db history", () => {
  it("refuses a missing database without creating it (exit 2)", async () => {
    const r = await cli("db", "log");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到数据库 hld-women.db");
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(false);
    expect((await cli("db", "history", RATE, "--region", "211400", "--db", "x.db")).code).toBe(2);
    expect(existsSync(path.join(dir, "x.db"))).toBe(false);
  });

  it("says so when nothing was ingested yet", async () => {
    await (await openSqliteStore(path.join(dir, "hld-women.db"), { now: () => new Date(0), access: "write" })).close();
    const r = await cli("db", "log", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Database hld-women.db has no ingest records yet\n");
  });

  it("lists every file with time, short sha256, region, rows and status", async () => {
    csv("a.csv", [`${RATE},211421,2023,女,97.5`, `${RATE},211421,2023,男,97.1`]);
    csv("bad.csv", [`${RATE},211421,2024,女,not-a-number`]);
    await cli("ingest", "a.csv");
    await cli("ingest", "bad.csv");
    const r = await cli("db", "log");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.find((l) => l.includes("a.csv"))).toMatch(/│ 1 +│ \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ │ a\.csv +│ [0-9a-f]{12} │ 211421 │ 入库 │ 2 +│ 2 +│ 0 +│ 0 +│ 0 +│ 完成 │/);
    expect(lines.find((l) => l.includes("bad.csv"))).toMatch(/│ 2 .*bad\.csv.*│ 拒绝 │/);
    const json = JSON.parse((await cli("db", "log", "-f", "json")).stdout);
    expect(json.files.map((f: { name: string; status: string; sha256: string }) => [f.name, f.status, f.sha256.length])).toEqual([["a.csv", "complete", 64], ["bad.csv", "rejected", 64]]);
  });

  it("shows the revisions of one sex, and finds the indicator by name", async () => {
    csv("a.csv", [`${RATE},211421,2023,女,97.5`, `${RATE},211421,2023,男,97.1`]);
    csv("b.csv", [`${RATE},211421,2023,女,97.8`, `${RATE},211421,2023,男,97.1`]);
    await cli("ingest", "a.csv");
    await cli("ingest", "b.csv");
    const r = await cli("db", "history", "九年义务教育巩固率", "--region", "绥中", "--sex", "女", "-f", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.revisions.map((x: { sex: string; value: number; file: string; current: boolean }) => [x.sex, x.value, x.file, x.current])).toEqual([
      ["female", 97.5, "a.csv", false],
      ["female", 97.8, "b.csv", true],
    ]);
    const none = await cli("db", "history", RATE, "--region", "211402");
    expect(none.code).toBe(0);
    expect(none.stdout).toContain(`数据库中没有 ${RATE} · 连山区 的数值`);
  });

  it("rejects an unknown indicator, region, sex or format with exit 2", async () => {
    csv("a.csv", [`${RATE},211421,2023,女,97.5`]);
    await cli("ingest", "a.csv");
    expect((await cli("db", "history", "no_such_indicator", "--region", "211421")).stderr).toContain("所用规划中没有指标 no_such_indicator");
    expect((await cli("db", "history", RATE, "--region", "火星")).code).toBe(2);
    expect((await cli("db", "history", RATE, "--region", "211421", "--sex", "x")).code).toBe(2);
    expect((await cli("db", "log", "-f", "xml")).code).toBe(2);
  });
});
