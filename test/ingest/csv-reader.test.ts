import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";

const plan = loadPlan(undefined, "zh").plan!;
const F = "fixtures/ingest";
const read = (files: string[], extra: Record<string, unknown> = {}) => readObservations(files, plan, { lang: "zh", ...extra });
const values = (r: Awaited<ReturnType<typeof read>>) => r.observations.map((o) => [o.indicator, o.region, o.year, o.value]);

describe("CSV reader", () => {
  it("reads UTF-8, UTF-8 with BOM, GBK, semicolon and tab files to the same observations", async () => {
    const clean = await read([`${F}/clean-long.csv`]);
    expect(clean.diagnostics).toEqual([]);
    expect(clean.rows).toBe(7);
    expect(clean.observations[0]).toEqual({ indicator: "maternal_mortality_ratio", region: "211400", year: 2023, value: 8.12, source: { file: `${F}/clean-long.csv`, row: 2, column: "数值" } });
    for (const f of ["utf8-bom-long.csv", "semicolon-long.csv", "tab-long.tsv"]) {
      const r = await read([`${F}/${f}`]);
      expect(r.diagnostics, f).toEqual([]);
      expect(values(r), f).toEqual(values(clean));
    }
    const gbk = await read([`${F}/gbk-long.csv`]);
    expect(gbk.diagnostics).toEqual([]);
    expect(values(gbk)).toEqual([["maternal_system_management_rate", "211400", 2024, 96.1], ["female_life_expectancy", "211422", 2024, 79.6]]);
  });

  it("skips the title and notes rows, counts rows as the file does, and understands %, full-width digits, 1,234 and missing markers", async () => {
    const r = await read([`${F}/title-and-notes.csv`]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.source?.row, d.value])).toEqual([["note-row", "info", 9, "注：1. 数据来源于市统计局。"]]);
    expect(r.observations.map((o) => [o.indicator, o.region, o.value, o.source.row])).toEqual([
      ["maternal_system_management_rate", "211421", 45, 4],
      ["maternal_mortality_ratio", "211402", 1234, 5],
    ]);
  });

  it("reports a bad byte as encoding-error on its line and keeps the good rows", async () => {
    const r = await read([`${F}/encoding-error.csv`]);
    expect(r.diagnostics.map((d) => [d.code, d.source?.row])).toEqual([["encoding-error", 4]]);
    expect(r.observations).toHaveLength(2);
  });

  it("honours --encoding: GBK read as UTF-8 gives encoding errors, never garbage observations", async () => {
    const r = await read([`${F}/gbk-long.csv`], { encoding: "utf-8" });
    expect(r.diagnostics.map((d) => d.code)).toContain("encoding-error");
    expect(r.observations.every((o) => !o.source.column?.includes("\uFFFD"))).toBe(true);
    const forced = await read([`${F}/gbk-long.csv`], { encoding: "gbk" });
    expect(forced.diagnostics).toEqual([]);
  });

  it("reads UTF-16 (Excel's \"Unicode text\") with its BOM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-csv-"));
    const file = path.join(dir, "unicode.txt");
    writeFileSync(file, Buffer.from("\uFEFF指标代码\t地区代码\t年份\t数值\r\nmaternal_system_management_rate\t211400\t2024\t96.1\r\n", "utf16le"));
    const r = await read([file]);
    expect(r.diagnostics).toEqual([]);
    expect(values(r)).toEqual([["maternal_system_management_rate", "211400", 2024, 96.1]]);
  });

  it("stops at a broken quote with parse-error and its line, keeping the rows before it", async () => {
    const r = await read([`${F}/parse-error.csv`]);
    expect(r.diagnostics.map((d) => [d.code, d.source?.row])).toEqual([["parse-error", 3]]);
    expect(r.observations).toHaveLength(1);
  });

  it("refuses a runaway quoted field instead of holding the file in memory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-csv-"));
    const file = path.join(dir, "runaway.csv");
    writeFileSync(file, "指标代码,地区代码,年份,数值\n\"" + "x".repeat(1_100_000) + "\n");
    const r = await read([file]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["parse-error"]);
  });

  it("reads sex-disaggregated rows as separate observations", async () => {
    const r = await read([`${F}/invalid-sex.csv`]);
    expect(r.observations.map((o) => o.sex)).toEqual(["female", "male"]);
    expect(r.diagnostics.map((d) => [d.code, d.source?.row, d.value])).toEqual([["invalid-sex", 4, "未知"]]);
  });

  it("finds duplicates across files and points at the first", async () => {
    const r = await read([`${F}/duplicate-observation-other-file.csv`, `${F}/duplicate-observation.csv`]);
    const dups = r.diagnostics.filter((d) => d.code === "duplicate-observation");
    expect(dups.map((d) => [d.source?.file, d.source?.row, d.severity])).toEqual([
      [`${F}/duplicate-observation.csv`, 2, "warning"],
      [`${F}/duplicate-observation.csv`, 3, "error"],
    ]);
    expect(dups[0]!.message).toContain(`${F}/duplicate-observation-other-file.csv 第 2 行`);
    expect(r.observations).toHaveLength(1);
  });

  it("reports missing observations for --year and --region, and a declared-missing value as info", async () => {
    const r = await read([`${F}/missing-observation.csv`], { year: 2024, region: "211421" });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.indicator, d.region, d.year])).toEqual([["missing-observation", "error", "female_life_expectancy", "211421", 2024]]);
    const declared = await read([`${F}/title-and-notes.csv`], { year: 2024, region: "兴城市" });
    const life = declared.diagnostics.find((d) => d.indicator === "female_life_expectancy")!;
    expect([life.code, life.severity, life.source?.row]).toEqual(["missing-observation", "info", 6]);
  });
});
