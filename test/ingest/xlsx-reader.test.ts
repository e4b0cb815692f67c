import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";
import { buildPlanLookup } from "../../src/ingest/plan-lookup.js";
import { ObservationBuffer } from "../../src/ingest/observation-buffer.js";
import { DiagnosticSink } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";
import { readXlsx } from "../../src/ingest/xlsx-reader.js";
import { materialize } from "../../src/ingest/read-observations.js";
import type { RunContext } from "../../src/ingest/mapping-context.js";

const plan = loadPlan(undefined, "zh").plan!;
const F = "fixtures/ingest";
const read = (files: string[], extra: Record<string, unknown> = {}) => readObservations(files, plan, { lang: "zh", ...extra });
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

async function readMode(file: string, mode: "full" | "stream", sheet?: string) {
  const t = translator(ingestMessages, "zh");
  const run: RunContext = { lookup: buildPlanLookup(plan), buffer: new ObservationBuffer(plan.regions.length), sink: new DiagnosticSink(t), t, lang: "zh" };
  const rows = await readXlsx(file, file, run, { mode, sheet });
  return { rows, diagnostics: run.sink.list, observations: materialize(run.buffer, plan) };
}

const WIDE_VALUES = [
  ["maternal_system_management_rate", "211421", 2020, 94.1],
  ["maternal_system_management_rate", "211421", 2021, 94.5],
  ["maternal_system_management_rate", "211421", 2022, 95],
  ["maternal_system_management_rate", "211421", 2023, 95.2],
  ["maternal_system_management_rate", "211421", 2024, 96.5],
  ["maternal_mortality_ratio", "211421", 2020, 8.5],
  ["maternal_mortality_ratio", "211421", 2023, 7.9],
  ["maternal_mortality_ratio", "211421", 2024, 8.1],
  ["girls_share_kindergarten", "211421", 2020, 47.1],
];

describe("XLSX reader", () => {
  it("reads the wide workbook: merged title, two-row merged header, text numbers, %, full-width digits, missing markers, formulas, rich text, region from the sheet name", async () => {
    const r = await read([`${F}/wide-title-merged.xlsx`]);
    expect(r.diagnostics.map((d) => [d.code, d.source?.sheet])).toEqual([["sheet-skipped", "填报说明"], ["inferred-region", "建昌县"], ["note-row", "建昌县"], ["inferred-region", "绥中县"], ["note-row", "绥中县"]]);
    expect(r.rows).toBe(8);
    const suizhong = r.observations.filter((o) => o.region === "211421").map((o) => [o.indicator, o.region, o.year, o.value]);
    expect(suizhong.slice(0, 9)).toEqual(WIDE_VALUES);
    expect(suizhong).toContainEqual(["female_life_expectancy", "211421", 2020, 79.2]);
    const first = r.observations[0]!;
    expect(first.source).toEqual({ file: `${F}/wide-title-merged.xlsx`, sheet: "绥中县", row: 5, column: "2020年 (C)" });
    expect(r.observations.filter((o) => o.region === "211422")).toHaveLength(suizhong.length);
  });

  it("gives the same observations through the streaming reader (merged headers completed from the row above)", async () => {
    const full = await readMode(`${F}/wide-title-merged.xlsx`, "full");
    const stream = await readMode(`${F}/wide-title-merged.xlsx`, "stream");
    expect(stream.diagnostics.map((d) => d.code)).toEqual(full.diagnostics.map((d) => d.code));
    expect(stream.observations).toEqual(full.observations);
  });

  it("reads a date-formatted year and a formula's cached result; reports a formula without one at its cell", async () => {
    for (const mode of ["full", "stream"] as const) {
      const ok = await readMode(`${F}/long-dates-formulas.xlsx`, mode);
      expect(ok.diagnostics, mode).toEqual([]);
      expect(ok.observations.map((o) => [o.indicator, o.year, o.value]), mode).toEqual([["maternal_system_management_rate", 2024, 96.1], ["maternal_mortality_ratio", 2024, 7.96]]);
      const bad = await readMode(`${F}/formula-without-result.xlsx`, mode);
      expect(bad.diagnostics.map((d) => [d.code, d.source?.sheet, d.source?.row, d.source?.column]), mode).toEqual([["formula-without-result", "数据", 2, "F"]]);
      expect(bad.observations, mode).toEqual([]);
    }
  });

  it("reads back a workbook written by exceljs: serial years, percent formats, error values", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-xlsx-"));
    const file = path.join(dir, "written.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("兴城市");
    ws.addRow(["指标", "年份", "数值"]);
    const r2 = ws.addRow(["孕产妇系统管理率", 45292, 0.961]); // year as a serial of 2024-01-01 without a date format
    r2.getCell(3).numFmt = "0.0%";
    ws.addRow(["孕产妇死亡率", 2024, { formula: "1/0", result: { error: "#DIV/0!" } }]);
    await wb.xlsx.writeFile(file);
    for (const mode of ["full", "stream"] as const) {
      const r = await readMode(file, mode);
      expect(r.observations.map((o) => [o.indicator, o.region, o.year, o.value]), mode).toEqual([["maternal_system_management_rate", "211481", 2024, 96.1]]);
      // exceljs's streaming reader drops the error result of a formula (it arrives as {formula} alone), so there
      // the cell can only be reported as a formula without a usable result; the full load keeps "#DIV/0!".
      const expected = [["inferred-region", 1, "兴城市"], mode === "full" ? ["invalid-number", 3, "#DIV/0!"] : ["formula-without-result", 3, undefined]];
      expect(r.diagnostics.map((d) => [d.code, d.source?.row, d.value]), mode).toEqual(expected);
    }
  });

  it("chooses sheets with --sheet by name or position, and lists the sheets when the name is wrong", async () => {
    const byName = await read([`${F}/wide-title-merged.xlsx`], { sheet: "建昌县" });
    expect(new Set(byName.observations.map((o) => o.region))).toEqual(new Set(["211422"]));
    expect(byName.diagnostics.map((d) => [d.code, d.severity, d.source?.row, d.value])).toEqual([["inferred-region", "info", 4, "建昌县"], ["note-row", "info", 10, "注：2024年为快报数。"]]);
    const byIndex = await read([`${F}/wide-title-merged.xlsx`], { sheet: "2" });
    expect(new Set(byIndex.observations.map((o) => o.region))).toEqual(new Set(["211421"]));
    const wrong = await read([`${F}/wide-title-merged.xlsx`], { sheet: "兴城" });
    expect(codes(wrong)).toEqual(["sheet-not-found"]);
    expect(wrong.diagnostics[0]!.message).toContain("填报说明、绥中县、建昌县");
    const notes = await read([`${F}/wide-title-merged.xlsx`], { sheet: "填报说明" });
    expect(codes(notes)).toEqual(["no-header"]);
  });

  it("lists the sheets when none looks like data", async () => {
    const r = await read([`${F}/no-data-sheet.xlsx`]);
    expect(codes(r)).toEqual(["no-data-sheet"]);
    expect(r.diagnostics[0]!.message).toContain("封面、目录");
  });

  it("stops a streamed workbook whose XML unpacks beyond the limit (sizes a zip declares can lie)", async () => {
    const { xmlByteLimit } = await import("../../src/util/exceljs.js");
    const saved = xmlByteLimit.bytes;
    xmlByteLimit.bytes = 100; // stands in for 512 MiB: every XML part of the fixture is larger than this
    try {
      const r = await readMode(`${F}/wide-title-merged.xlsx`, "stream");
      expect(r.diagnostics.map((d) => d.code)).toContain("zip-bomb");
      expect(r.rows).toBe(0);
    } finally {
      xmlByteLimit.bytes = saved;
    }
    const ok = await readMode(`${F}/wide-title-merged.xlsx`, "stream");
    expect(ok.diagnostics.map((d) => d.code)).not.toContain("zip-bomb");
  });

  it("refuses a bomb in the streaming path too, from the sizes and ratio it declares", async () => {
    const r = await readMode(`${F}/zip-bomb.xlsx`, "stream");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["zip-bomb"]);
  });

  it("refuses .xls, encrypted, HTML-as-.xls, corrupt files and zip bombs with a clear message", async () => {
    const r = await read(["legacy.xls", "encrypted.xlsx", "html-as.xls", "corrupt.xlsx", "zip-bomb.xlsx"].map((f) => `${F}/${f}`));
    expect(r.diagnostics.map((d) => [d.source?.file.replace(`${F}/`, ""), d.code])).toEqual([
      ["corrupt.xlsx", "corrupt-xlsx"],
      ["encrypted.xlsx", "encrypted-file"],
      ["html-as.xls", "html-as-xls"],
      ["legacy.xls", "legacy-xls"],
      ["zip-bomb.xlsx", "zip-bomb"],
    ]);
    expect(r.diagnostics.find((d) => d.code === "legacy-xls")!.message).toContain("另存为");
  });
});
