// Issue 10: the XLSX limits hold in both reading paths, with a coded, located diagnostic, and the paths agree.
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { buildPlanLookup } from "../../src/ingest/plan-lookup.js";
import { ObservationBuffer } from "../../src/ingest/observation-buffer.js";
import { DiagnosticSink } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";
import { readXlsx } from "../../src/ingest/xlsx-reader.js";
import { materialize } from "../../src/ingest/read-observations.js";
import type { RunContext } from "../../src/ingest/mapping-context.js";
import { MAX_MERGED_CELLS, MAX_RICH_TEXT_RUNS } from "../../src/ingest/xlsx-limits.js";
import { rangeArea, decodeCell } from "../../src/ingest/xlsx-guard.js";
import { buildXlsx, buildZip, stylesWithFormat, workbookEntries, writeTemp, type WorkbookSpec } from "./xlsx-builder.js";
import { DATA_ROWS } from "./hostile-files.js";

const plan = loadPlan(undefined, "zh").plan!;

async function readMode(file: string, mode: "full" | "stream", lang: "zh" | "en" = "zh") {
  const t = translator(ingestMessages, lang);
  const run: RunContext = { lookup: buildPlanLookup(plan), buffer: new ObservationBuffer(plan.regions.length), sink: new DiagnosticSink(t), t, lang };
  const rows = await readXlsx(file, "f.xlsx", run, { mode });
  return { rows, diagnostics: run.sink.list, observations: materialize(run.buffer, plan) };
}

const both = async (spec: WorkbookSpec | Buffer) => {
  const file = writeTemp(Buffer.isBuffer(spec) ? spec : buildXlsx(spec));
  return { full: await readMode(file, "full"), stream: await readMode(file, "stream"), file };
};
const brief = (ds: { code: string; source?: { row?: number; column?: string } }[]) => ds.map((d) => [d.code, d.source?.row, d.source?.column]);

describe("XLSX limits", () => {
  it("measures merged ranges and cell references", () => {
    expect(rangeArea("A3:XFD1048576")).toBe(16384 * 1048574);
    expect(rangeArea("B2:A1")).toBe(4);
    expect(rangeArea("A1")).toBe(1);
    expect(rangeArea("nonsense")).toBe(0);
    expect(decodeCell("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(decodeCell("A")).toBeUndefined();
  });

  it("refuses merged ranges past the limit in both paths, at the range's first cell; a merge at the limit is read", async () => {
    const big = await both({ sheets: [{ name: "数据", rows: DATA_ROWS, after: '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' }] });
    for (const r of [big.full, big.stream]) {
      expect(brief(r.diagnostics)).toEqual([["xlsx-limit", 3, "A"]]);
      expect(r.diagnostics[0]!.message).toContain("A3:XFD1048576");
    }
    // 10 columns × 10,000 rows = the limit exactly, below the data.
    const edge = await both({ sheets: [{ name: "数据", rows: DATA_ROWS, after: `<mergeCells count="1"><mergeCell ref="F10:O${9 + MAX_MERGED_CELLS / 10}"/></mergeCells>` }] });
    expect(edge.full.diagnostics).toEqual([]);
    expect(edge.full.observations).toHaveLength(2);
  });

  it("refuses rich text past the run limit in both paths", async () => {
    const runs = "<r><t>x</t></r>".repeat(MAX_RICH_TEXT_RUNS + 1);
    const entries = workbookEntries({ sheets: [{ name: "数据", rows: DATA_ROWS }], extraSharedStrings: `<si>${runs}</si>` }).map((e) => (e.name === "xl/sharedStrings.xml" ? { ...e, store: true } : e));
    const r = await both(buildZip(entries));
    for (const x of [r.full, r.stream]) expect(x.diagnostics.map((d) => d.code)).toEqual(["xlsx-limit"]);
  });

  it("refuses a cell longer than Excel allows, at the cell; a cell at the limit is read", async () => {
    const long = "长".repeat(32_768);
    const r = await both({ sheets: [{ name: "数据", rows: [...DATA_ROWS, ["maternal_mortality_ratio", "211422", 2024, null, long]] }] });
    for (const x of [r.full, r.stream]) expect(x.diagnostics.map((d) => d.code)).toEqual(["xlsx-limit"]);
    // The shared string's position is not a cell; an inline string is.
    const inline = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(40_000)}</t></is></c></row>`;
    const s = await both({ sheets: [{ name: "数据", sheetData: inline }] });
    for (const x of [s.full, s.stream]) expect(brief(x.diagnostics)).toEqual([["xlsx-limit", 1, "A"]]);
    const ok = await both({ sheets: [{ name: "数据", rows: [...DATA_ROWS.slice(0, 2), ["maternal_system_management_rate", "211421", 2024, 96.5, "长".repeat(32_767)]] }] });
    expect(ok.full.diagnostics.map((d) => d.code)).not.toContain("xlsx-limit");
  });

  it("refuses a number format longer than Excel allows, naming it, and reads one at the limit", async () => {
    const rows = [...DATA_ROWS];
    const r = await both({ sheets: [{ name: "数据", rows, numberStyle: 1 }], styles: stylesWithFormat("0".repeat(300) + "%") });
    for (const x of [r.full, r.stream]) {
      expect(x.diagnostics.map((d) => d.code)).toEqual(["xlsx-limit"]);
      expect(x.diagnostics[0]!.message).toContain("164");
    }
    const ok = await both({ sheets: [{ name: "数据", rows: [DATA_ROWS[0], ["maternal_system_management_rate", "211421", "2024", 0.965]], numberStyle: 1 }], styles: stylesWithFormat(`0.0${" ".repeat(250)}%`) });
    for (const x of [ok.full, ok.stream]) expect(x.observations.map((o) => o.value)).toEqual([96.5]);
  });

  it("refuses an unbroken run of XML over 1 MiB before holding it", async () => {
    // Stored, not deflated: 1 MB of one letter would be refused as a zip bomb first.
    const entries = workbookEntries({ sheets: [{ name: "数据", rows: DATA_ROWS, after: `<!--${"x".repeat(1_100_000)}-->` }] }).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, store: true } : e));
    const r = await both(buildZip(entries));
    for (const x of [r.full, r.stream]) expect(x.diagnostics.map((d) => d.code)).toEqual(["xlsx-limit"]);
  });

  it("says which limit, what was found and what to do, in zh and en", async () => {
    const file = writeTemp(buildXlsx({ sheets: [{ name: "数据", rows: DATA_ROWS, after: '<mergeCells count="1"><mergeCell ref="A1:Z10000"/></mergeCells>' }] }));
    const zh = (await readMode(file, "full", "zh")).diagnostics[0]!.message;
    const en = (await readMode(file, "full", "en")).diagnostics[0]!.message;
    expect(zh).toMatch(/合并.*260,000.*100,000.*取消/);
    expect(en).toMatch(/merged.*260,000.*100,000.*[Uu]nmerge/);
  });

  it("points at the cell using a shared string that does not exist, in both paths and either part order", async () => {
    for (const order of ["normal", "sheets-first"] as const) {
      const entries = workbookEntries({ sheets: [{ name: "数据", rows: DATA_ROWS }], order }).map((e) =>
        e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: String(e.data).replace('<c r="B3" t="s"><v>5</v>', '<c r="B3" t="s"><v>70</v>') } : e,
      );
      const r = await both(buildZip(entries));
      for (const x of [r.full, r.stream]) {
        expect(brief(x.diagnostics), order).toEqual([["corrupt-xlsx", 3, "B"]]);
        expect(x.diagnostics[0]!.message).toContain("第 70 个，文件中只有 7 个");
      }
    }
  });

  it("skips hidden sheets in both paths, and counts sheet positions as the workbook lists them", async () => {
    const hidden = { name: "隐藏", state: "hidden" as const, rows: [DATA_ROWS[0], ["maternal_mortality_ratio", "211422", 2024, 9.9]] };
    const r = await both({ sheets: [hidden, { name: "数据", rows: DATA_ROWS }], order: "sheets-first" });
    for (const x of [r.full, r.stream]) expect(x.observations.map((o) => o.region)).toEqual(["211421", "211421"]);
    expect(r.stream.diagnostics).toEqual(r.full.diagnostics);
    const t = translator(ingestMessages, "zh");
    for (const mode of ["full", "stream"] as const) {
      const run: RunContext = { lookup: buildPlanLookup(plan), buffer: new ObservationBuffer(plan.regions.length), sink: new DiagnosticSink(t), t, lang: "zh" };
      await readXlsx(r.file, "f.xlsx", run, { mode, sheet: "1" });
      expect(materialize(run.buffer, plan).map((o) => o.value), mode).toEqual([9.9]);
    }
  });

  it("refuses overlapping merged ranges as a damaged file in both paths", async () => {
    const r = await both({ sheets: [{ name: "数据", rows: DATA_ROWS, after: '<mergeCells count="2"><mergeCell ref="F1:G2"/><mergeCell ref="G2:H3"/></mergeCells>' }] });
    for (const x of [r.full, r.stream]) {
      expect(brief(x.diagnostics)).toEqual([["corrupt-xlsx", 2, "G"]]);
      expect(x.diagnostics[0]!.message).toContain("G2:H3");
    }
  });

  it("reads cells and rows without references (optional in the format) the same in both paths", async () => {
    const data = DATA_ROWS.map((row) => `<row>${row.map((v) => (typeof v === "number" ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${v}</t></is></c>`)).join("")}</row>`).join("");
    const r = await both({ sheets: [{ name: "数据", sheetData: data }] });
    expect(r.full.diagnostics).toEqual([]);
    expect(r.stream.observations).toEqual(r.full.observations);
    expect(r.full.observations.map((o) => [o.indicator, o.value])).toEqual([["maternal_mortality_ratio", 8.1], ["maternal_system_management_rate", 96.5]]);
  });

  it("reads a workbook without shared strings or workbook relationships by streaming, without a temp file", async () => {
    const data = DATA_ROWS.map((row, i) => `<row r="${i + 1}">${row.map((v, c) => (typeof v === "number" ? `<c r="${"ABCD"[c]}${i + 1}"><v>${v}</v></c>` : `<c r="${"ABCD"[c]}${i + 1}" t="inlineStr"><is><t>${v}</t></is></c>`)).join("")}</row>`).join("");
    const r = await both({ sheets: [{ name: "数据", sheetData: data }], noSharedStrings: true, order: "sheets-first" });
    expect(r.stream.observations).toEqual(r.full.observations);
    expect(r.full.observations).toHaveLength(2);
  });
});
