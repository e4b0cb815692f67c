import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

const F = "fixtures/ingest";
const json = async (args: string[]) => {
  const r = await runCli(["validate", ...args, "-f", "json"]);
  return { ...r, report: JSON.parse(r.stdout) as { version: string; summary: Record<string, number>; diagnostics: Record<string, unknown>[]; truncated?: unknown } };
};

describe("hld-women validate", () => {
  it("passes a clean submission with exit 0, a summary on stdout and nothing on stderr", async () => {
    const r = await runCli(["validate", `${F}/clean-long.csv`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n");
    expect(r.stderr).toBe("");
  });

  it("passes a complete county submission checked for completeness", async () => {
    const r = await runCli(["validate", `${F}/complete-county-2024.csv`, "--year", "2024", "--region", "绥中县"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });

  const broken: [string, string, ...string[]][] = [
    ["encoding-error.csv", "encoding-error"],
    ["parse-error.csv", "parse-error"],
    ["duplicate-header.csv", "duplicate-header"],
    ["reserved-header.csv", "reserved-header"],
    ["missing-column.csv", "missing-column"],
    ["missing-cell.csv", "missing-cell"],
    ["extra-cell.csv", "extra-cell"],
    ["invalid-number.csv", "invalid-number"],
    ["unknown-indicator.csv", "unknown-indicator"],
    ["unknown-region.csv", "unknown-region"],
    ["invalid-year.csv", "invalid-year"],
    ["invalid-sex.csv", "invalid-sex"],
    ["duplicate-observation.csv", "duplicate-observation"],
    ["out-of-bounds.csv", "out-of-bounds"],
    ["unit-mismatch.csv", "unit-mismatch"],
    ["missing-observation.csv", "missing-observation", "--year", "2024", "--region", "211421"],
    ["no-header.csv", "no-header"],
    ["empty-file.csv", "empty-file"],
    ["unsupported.json", "unsupported-file"],
    ["legacy.xls", "legacy-xls"],
    ["encrypted.xlsx", "encrypted-file"],
    ["html-as.xls", "html-as-xls"],
    ["corrupt.xlsx", "corrupt-xlsx"],
    ["zip-bomb.xlsx", "zip-bomb"],
    ["formula-without-result.xlsx", "formula-without-result"],
    ["no-data-sheet.xlsx", "no-data-sheet"],
  ];
  it.each(broken)("rejects %s with exit 1 and %s", async (file, code, ...extra) => {
    const r = await json([`${F}/${file}`, ...extra]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.report.diagnostics.map((d) => d.code)).toContain(code);
    expect(r.report.summary.errors).toBeGreaterThan(0);
  });

  const warnings: [string, string][] = [
    ["blank-header.csv", "blank-header"],
    ["unknown-column.csv", "unknown-column"],
    ["implausible-change.csv", "implausible-change"],
    ["indicator-name-mismatch.csv", "indicator-name-mismatch"],
    ["region-name-mismatch.csv", "region-name-mismatch"],
    ["level-mismatch.csv", "level-mismatch"],
  ];
  it.each(warnings)("warns about %s (%s): exit 0, or 1 with --fail-severity warning", async (file, code) => {
    const r = await json([`${F}/${file}`]);
    expect(r.code).toBe(0);
    expect(r.report.diagnostics.map((d) => [d.code, d.severity])).toContainEqual([code, "warning"]);
    const strict = await runCli(["validate", `${F}/${file}`, "--fail-severity", "warning"]);
    expect(strict.code).toBe(1);
  });

  it("reports a blank row as info, which never fails the run", async () => {
    const r = await json([`${F}/blank-row.csv`, "--fail-severity", "warning"]);
    expect(r.code).toBe(0);
    expect(r.report.diagnostics).toEqual([{ code: "blank-row", severity: "info", message: "第 3—4 行为空行", file: `${F}/blank-row.csv`, row: 3 }]);
  });

  it("prints exactly the documented JSON shape", async () => {
    const r = await json([`${F}/invalid-number.csv`]);
    expect(Object.keys(r.report)).toEqual(["version", "summary", "diagnostics"]);
    expect(r.report.summary).toEqual({ files: 1, rows: 2, errors: 2, warnings: 0, infos: 0 });
    const allowed = ["code", "severity", "message", "file", "sheet", "row", "column", "indicator", "region", "year", "value"];
    for (const d of r.report.diagnostics) for (const k of Object.keys(d)) expect(allowed).toContain(k);
    expect(r.report.diagnostics[0]).toEqual({
      code: "invalid-number", severity: "error", message: "数值 约96 不是数字；应为数字（可带 %、‰ 或千位分隔符），缺失请填 — 或 ..",
      file: `${F}/invalid-number.csv`, row: 2, column: "数值", indicator: "maternal_system_management_rate", region: "211400", year: 2024, value: "约96",
    });
  });

  it("locates XLSX cells by sheet, physical row and header name with column letter", async () => {
    const r = await json([`${F}/formula-without-result.xlsx`]);
    expect(r.report.diagnostics[0]).toMatchObject({ code: "formula-without-result", file: `${F}/formula-without-result.xlsx`, sheet: "数据", row: 2, column: "F" });
    const dir = mkdtempSync(path.join(tmpdir(), "hld-cli-"));
    const file = path.join(dir, "wide.csv");
    writeFileSync(file, "2024年葫芦岛市妇女发展规划监测数据\n指标名称,2023年,2024年\n孕产妇系统管理率,95,abc\n");
    const w = await json([file, "--region", "211400"]);
    expect(w.report.diagnostics[0]).toMatchObject({ code: "invalid-number", row: 3, column: "2024年", value: "abc" });
  });

  it("prints GitHub annotations and appends the full list to the step summary", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-gh-"));
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "before\n");
    const r = await runCli(["validate", `${F}/invalid-number.csv`, "-f", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe(`::error file=${F}/invalid-number.csv,line=2,col=6,title=invalid-number::数值: 数值 约96 不是数字；应为数字（可带 %25、‰ 或千位分隔符），缺失请填 — 或 ..`);
    const md = readFileSync(summary, "utf8");
    expect(md.startsWith("before\n## 数据校验结果")).toBe(true);
    expect(md).toContain("`invalid-number`");
  });

  it("prints JUnit XML with one test case per file and code, failing with every error listed", async () => {
    const r = await runCli(["validate", `${F}/invalid-number.csv`, `${F}/clean-long.csv`, "-f", "junit"]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="hld-women" tests="1" failures="1">')).toBe(true);
    expect(r.stdout).toContain(`<testcase classname="${F}/invalid-number.csv" name="invalid-number">`);
    expect(r.stdout.match(/<failure /g)).toHaveLength(1);
    expect(r.stdout.match(/错误 invalid-number /g)).toHaveLength(2);
    expect(r.stdout.match(/<testcase /g)?.length).toBe(r.stdout.match(/<\/testcase>/g)?.length);
    expect(r.stdout.trimEnd().endsWith("</testsuites>")).toBe(true);
  });

  it("prints CSV and Markdown", async () => {
    const csv = await runCli(["validate", `${F}/invalid-number.csv`, "-f", "csv"]);
    expect(csv.stdout.startsWith("\uFEFFcode,severity,file,sheet,row,column")).toBe(true);
    expect(csv.stdout).toContain("invalid-number,error,fixtures/ingest/invalid-number.csv,,2,数值");
    const md = await runCli(["validate", `${F}/invalid-number.csv`, "-f", "markdown"]);
    expect(md.stdout).toContain("| 错误 | `invalid-number` |");
  });

  it("cuts the list with --max-errors and says so, while the summary counts everything", async () => {
    const r = await runCli(["validate", `${F}/invalid-year.csv`, "--max-errors", "1"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("注意：共 3 条，仅显示前 1 条（--max-errors）");
    expect(r.stdout).toContain("1 个文件，3 行：3 个错误");
    const j = await json([`${F}/invalid-year.csv`, "--max-errors", "2"]);
    expect(j.report.diagnostics).toHaveLength(2);
    expect(j.report.truncated).toEqual({ shown: 2, total: 3 });
  });

  it("keeps the errors when --max-errors cuts a list that starts with warnings", async () => {
    // blank-header.csv (first in order) has only a warning; invalid-year.csv has three errors
    const j = await json([`${F}/blank-header.csv`, `${F}/invalid-year.csv`, "--max-errors", "2"]);
    expect(j.report.truncated).toEqual({ shown: 2, total: 4 });
    expect(j.report.diagnostics.map((d: { severity: string }) => d.severity)).toEqual(["error", "error"]);
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["validate", `${F}/unknown-region.csv`, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("The plan has no region 210700; expected one of: 211400 葫芦岛市");
    expect(r.stdout).toContain("1 file(s), 1 row(s): 1 error(s)");
  });

  it("expands globs, reports a pattern that matches nothing and a missing file, and still checks the rest", async () => {
    const r = await json([`${F}/clean-*.csv`, `${F}/nothing-*.csv`, `${F}/absent.csv`]);
    expect(r.code).toBe(1);
    expect(r.report.summary.files).toBe(2);
    expect(r.report.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["file-not-found", `${F}/absent.csv`],
      ["no-match", `${F}/nothing-*.csv`],
    ]);
  });

  it("exits 2 when it cannot run: bad options, unknown region or encoding, invalid plan", async () => {
    for (const args of [["--fail-severity", "info"], ["--max-errors", "0"], ["--year", "abc"], ["--year", "2050"], ["--region", "锦州"], ["--encoding", "latin9"], ["--max-change-points", "-1"], ["-f", "xml"], ["--plan", "no/such/plan.yaml"]]) {
      const r = await runCli(["validate", `${F}/clean-long.csv`, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/hld-women: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("honours the implausible-change thresholds", async () => {
    const loose = await json([`${F}/implausible-change.csv`, "--max-change-points", "40", "--max-change-relative", "0.7"]);
    expect(loose.report.diagnostics).toEqual([]);
  });
});
