// Issue 10: workbooks built from random structures (merges, rich text, number formats, part order, shared strings,
// hidden sheets, optional references) never crash either reader, every problem is a coded diagnostic, each read
// finishes in time, and the full-load and streaming paths read the same (merges aside: only the full load sees them).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadPlan } from "../../src/plan/load-plan.js";
import { buildPlanLookup } from "../../src/ingest/plan-lookup.js";
import { ObservationBuffer } from "../../src/ingest/observation-buffer.js";
import { DiagnosticSink } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";
import { readXlsx } from "../../src/ingest/xlsx-reader.js";
import { materialize } from "../../src/ingest/read-observations.js";
import type { RunContext } from "../../src/ingest/mapping-context.js";
import { buildZip, letters, stylesWithFormat, workbookEntries, writeTemp, type SheetSpec, type WorkbookSpec } from "./xlsx-builder.js";

const plan = loadPlan(undefined, "zh").plan!;
const CODES = new Set(Object.keys(ingestMessages.zh));
for (const c of ["too-many-diagnostics", "xlsx-limit", "duplicate-observation"]) CODES.add(c);
/** Time one read of these tiny workbooks may take, with room for a busy machine. */
const READ_MS = 10_000;

async function readMode(file: string, mode: "full" | "stream") {
  const t = translator(ingestMessages, "en");
  const run: RunContext = { lookup: buildPlanLookup(plan), buffer: new ObservationBuffer(plan.regions.length), sink: new DiagnosticSink(t), t, lang: "en" };
  const started = Date.now();
  const rows = await readXlsx(file, "fuzz.xlsx", run, { mode });
  return { rows, ms: Date.now() - started, diagnostics: run.sink.list, observations: materialize(run.buffer, plan) };
}

const text = fc.oneof(
  fc.constantFrom("指标代码", "地区代码", "年份", "数值", "单位", "maternal_mortality_ratio", "maternal_system_management_rate", "211421", "211422", "2024", "2023", "8.1", "96.5%", "—", "<&\">", ""),
  fc.string({ maxLength: 12 }),
);
const cell = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 3000 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), text);
const headerRow = fc.constant(["指标代码", "地区代码", "年份", "数值"] as (string | number | null)[]);
const dataRow = fc.tuple(fc.constantFrom("maternal_mortality_ratio", "maternal_system_management_rate", "no_such"), fc.constantFrom("211421", "211422", "999"), fc.constantFrom(2023, 2024, "2024", 1900), cell);
const rows = fc.tuple(fc.option(headerRow, { nil: undefined }), fc.array(fc.oneof(dataRow.map((r) => [...r]), fc.array(cell, { maxLength: 6 })), { maxLength: 8 })).map(([h, rs]) => (h ? [h, ...rs] : rs));
const ref = fc.tuple(fc.integer({ min: 1, max: 16384 }), fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 1, max: 16384 }), fc.integer({ min: 1, max: 1048576 }));
const small = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }));
const merge = fc.oneof(small, ref).map(([c1, r1, c2, r2]) => `<mergeCell ref="${letters(c1)}${r1}:${letters(c2)}${r2}"/>`);
const format = fc.oneof(fc.constantFrom("0.0%", "0", '"%"0', "[Red]0.00", "yyyy", "0.0\\%", "#,##0"), fc.string({ maxLength: 20 }), fc.nat({ max: 400 }).map((n) => "0".repeat(n) + "%"));
const sheet = fc.record({
  name: fc.constantFrom("数据", "绥中县", "Sheet1", "说明", "兴城市"),
  state: fc.constantFrom("visible", "visible", "hidden", "veryHidden") as fc.Arbitrary<"visible" | "hidden" | "veryHidden">,
  rows,
  merges: fc.array(merge, { maxLength: 2 }),
  formatted: fc.boolean(),
});
const workbook = fc.record({
  sheets: fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
  order: fc.constantFrom("normal", "sheets-first") as fc.Arbitrary<"normal" | "sheets-first">,
  richText: fc.boolean(),
  noRefs: fc.boolean(),
  noSharedStrings: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  format: fc.option(format, { nil: undefined }),
  badIndex: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

function build(w: fc.RecordValue<typeof workbook extends fc.Arbitrary<infer T> ? T : never>): Buffer {
  const sheets: SheetSpec[] = w.sheets.map((s) => ({
    name: s.name,
    state: s.state,
    rows: s.rows,
    numberStyle: w.format !== undefined && s.formatted ? 1 : undefined,
    after: s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.join("")}</mergeCells>` : undefined,
  }));
  const spec: WorkbookSpec = { sheets, order: w.order, richText: w.richText, noRefs: w.noRefs, noSharedStrings: w.noSharedStrings, styles: w.format === undefined ? undefined : stylesWithFormat(w.format) };
  let entries = workbookEntries(spec);
  if (w.badIndex) entries = entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: String(e.data).replace(/t="s"><v>\d+</, 't="s"><v>4000<') } : e));
  return buildZip(entries);
}

describe("XLSX readers on random workbooks", () => {
  it("never throw, code every problem, finish in time, and agree with each other", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (w) => {
        const file = writeTemp(build(w));
        const full = await readMode(file, "full");
        const stream = await readMode(file, "stream");
        for (const r of [full, stream]) {
          expect(r.ms).toBeLessThan(READ_MS);
          for (const d of r.diagnostics) {
            expect(CODES.has(d.code), d.code).toBe(true);
            expect(["error", "warning", "info"]).toContain(d.severity);
            expect(d.source?.file).toBe("fuzz.xlsx");
            expect(d.message).not.toMatch(/undefined|\[object Object\]|Cannot read|is not a function/);
          }
        }
        const refused = (r: typeof full) => r.diagnostics.some((d) => d.code === "xlsx-limit" || d.code === "corrupt-xlsx");
        // A workbook one path refuses, the other refuses too (which problem comes first may depend on the part order).
        expect(refused(stream)).toBe(refused(full));
        // Merged cells: the full load repeats a master value down its column, the stream cannot see merges.
        const merged = w.sheets.some((s) => s.merges.length > 0);
        if (!merged && !refused(full)) {
          expect(stream.diagnostics.map((d) => [d.code, d.severity, d.source?.sheet, d.source?.row, d.source?.column, d.message])).toEqual(
            full.diagnostics.map((d) => [d.code, d.severity, d.source?.sheet, d.source?.row, d.source?.column, d.message]),
          );
          expect(stream.observations).toEqual(full.observations);
          expect(stream.rows).toBe(full.rows);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  }, 180_000);
});
