// --year on the reading commands (check, explain, report) means what it means in validate and ingest: the year of a
// table without a year column — written 2024, 2024年 or ２０２４ — without validate's missing-data check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "hld-data-year-"));
  writeFileSync(path.join(dir, "no-year.csv"), "指标代码,地区代码,数值\nmaternal_system_management_rate,211400,96.1\nfemale_life_expectancy,211400,80.2\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--year on check, explain and report", () => {
  it("without it, a table without a year column cannot be read, and the message names --year, which check accepts", async () => {
    const r = await runCli(["check", "no-year.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("缺少年份：表中既没有“年份”列，也没有年份列（如 2024年）；请加列或用 --year 指定 [missing-column]");
  });

  it.each(["2024", "2024年", "２０２４"])("check --year %s reads the table as that year's, with no missing-data errors", async (year) => {
    const r = await runCli(["check", "no-year.csv", "--year", year, "--region", "211400", "-f", "json"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const doc = JSON.parse(r.stdout) as { as_of: number; results: { indicator: string; latest?: { year: number; value: number } }[]; diagnostics: unknown[] };
    expect(doc.as_of).toBe(2024);
    expect(doc.results.find((x) => x.indicator === "maternal_system_management_rate")?.latest).toEqual({ year: 2024, value: 96.1 });
    expect(doc.diagnostics).toEqual([]);
  });

  it("report and explain take it too", async () => {
    const rep = await runCli(["report", "no-year.csv", "--year", "2024年", "-f", "csv"], { cwd: dir });
    expect(rep.code).toBe(0);
    expect(rep.stdout).toContain("maternal_system_management_rate,孕产妇系统管理率,211400,葫芦岛市,,%,2024,96.1,");
    const ex = await runCli(["explain", "maternal_system_management_rate", "no-year.csv", "--year", "２０２４"], { cwd: dir });
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain("数据序列（截至 2024 年）：2024 96.1");
  });

  it("refuses a year outside the plan's reach with validate's words (exit 2)", async () => {
    const r = await runCli(["check", "no-year.csv", "--year", "1800"], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "hld-women: --year：1800 不是 1949—2030 之间的年份\n"]);
    const en = await runCli(["report", "no-year.csv", "--year", "abc", "--lang", "en", "-f", "json"], { cwd: dir });
    expect([en.code, en.stderr]).toEqual([2, "hld-women: --year: abc is not a year from 1949 to 2030\n"]);
  });
});
