import { describe, expect, it, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli as runReportCli } from "../helpers/run-cli.js";

describe("hld-women template", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "hld-template-cli-"));
    copyFileSync("fixtures/sample/huludao-2020-2024.csv", path.join(dir, "data.csv"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("needs --year (exit 2)", async () => {
    const r = await runReportCli(["template", "-o", "t.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, "t.xlsx"))).toBe(false);
  });

  it("rejects a year outside the plan and a missing -o", async () => {
    expect((await runReportCli(["template", "--year", "1999", "-o", "t.xlsx"], { cwd: dir })).stderr).toContain("--year 应为 2020—2030");
    const r = await runReportCli(["template", "--year", "2025"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o");
  });

  it("writes a template for the named regions, pre-filled from --data", async () => {
    const r = await runReportCli(["template", "--year", "2025", "--region", "绥中", "211481", "--data", "data.csv", "-o", "报送模板.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "报送模板.xlsx"));
    const ws = wb.worksheets[0]!;
    const regions = new Set<unknown>();
    let prefilled = 0;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      regions.add(row.getCell(3).value);
      if (typeof row.getCell(11).value === "number") prefilled++;
    });
    expect([...regions]).toEqual(["211421", "211481"]);
    expect(prefilled).toBeGreaterThan(100);
  });

  it("rejects an unknown region", async () => {
    const r = await runReportCli(["template", "--year", "2025", "--region", "北京", "-o", "t.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("北京");
  });
});
