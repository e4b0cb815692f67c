// The reading commands take the monitoring database as their data source: ingest → check → report.
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SAMPLE = path.resolve("fixtures/sample/huludao-2020-2024.csv");
let dir: string, db: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "hld-db-read-"));
  db = path.join(dir, "hld-women.db");
  const r = await runCli(["ingest", SAMPLE, "--db", db]);
  expect(r.code).toBe(0);
}, 60_000);

describe("reading commands with --db", () => {
  it("check --db assesses the stored values exactly as check on the file", async () => {
    const fromDb = await runCli(["check", "--db", db, "-f", "json", "--fail-on", "none"]);
    const fromFile = await runCli(["check", SAMPLE, "-f", "json", "--fail-on", "none"]);
    expect(fromDb.code).toBe(0);
    const a = JSON.parse(fromDb.stdout), b = JSON.parse(fromFile.stdout);
    expect(a.summary).toEqual(b.summary);
    expect(a.results.length).toBe(488);
    expect(a.results.map((r: { indicator: string; region: string }) => `${r.indicator}@${r.region}`)).toEqual(b.results.map((r: { indicator: string; region: string }) => `${r.indicator}@${r.region}`));
  });

  it("explain --db explains one indicator from the database", async () => {
    const r = await runCli(["explain", "宫颈癌筛查率", "--db", db, "--region", "建昌县"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("45.2");
    expect(r.stdout).toContain("R = ");
  });

  it("report --db writes the workbook with the database as its input", async () => {
    const out = path.join(dir, "监测报告.xlsx");
    const r = await runCli(["report", "--db", db, "-o", out, "--no-charts"]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const notes = wb.worksheets.find((w) => w.name === "说明")!;
    const text: string[] = [];
    notes.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text.some((s) => s.includes("hld-women.db"))).toBe(true);
  });

  it("report --region filters the results to that region", async () => {
    const r = await runCli(["report", "--db", db, "--region", "绥中县", "-f", "json"]);
    expect(r.code).toBe(0);
    const regions = new Set(JSON.parse(r.stdout).results.map((x: { region: string }) => x.region));
    expect([...regions]).toEqual(["211421"]);
  });

  it("template --db pre-fills last years' values", async () => {
    const out = path.join(dir, "报送模板.xlsx");
    const r = await runCli(["template", "--year", "2025", "--region", "建昌县", "--db", db, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("refuses both files and --db, or neither, with exit 2", async () => {
    const both = await runCli(["check", SAMPLE, "--db", db]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("请只指定一种数据来源");
    const neither = await runCli(["check"]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("没有数据");
  });

  it("says plainly when the database does not exist", async () => {
    const r = await runCli(["check", "--db", path.join(dir, "nope.db")]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, "nope.db"))).toBe(false);
  });
});
