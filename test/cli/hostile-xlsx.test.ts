// Issue 10: hostile workbooks are refused (or read) by the real bin within 60 s and a 512 MB heap, with a coded,
// located diagnostic, and without spooling to the temp folder. Before the XLSX limits, merge-whole-sheet,
// rich-text-runs and truthful-ratio died of heap exhaustion (exit 134), long-number-format ran past 90 s,
// sheet-before-strings spooled its sheet to TMPDIR and shared-string-out-of-range said "Cannot read properties of undefined".
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_XLSX, type HostileXlsx } from "../ingest/hostile-files.js";
import { ROOT, runMeasured } from "./run-measured.js";

const built = existsSync(path.join(ROOT, "dist/cli/run.js"));
/** The budget of issue 10 for any file up to 20 MB. */
const BUDGET_MS = 60_000;
/** Peak resident memory allowed: the 512 MB heap plus code, buffers and the zip reader. */
const MAX_RSS_MB = 700;

const dir = mkdtempSync(path.join(tmpdir(), "hld-hostile-"));
const files = {} as Record<HostileXlsx, string>;

beforeAll(async () => {
  for (const [name, make] of Object.entries(HOSTILE_XLSX)) {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, await make());
    files[name as HostileXlsx] = file;
  }
}, 120_000);

interface Flat {
  code: string;
  severity: string;
  message: string;
  row?: number;
  column?: string;
}

async function validate(name: HostileXlsx) {
  const r = await runMeasured(["validate", files[name], "--format", "json"], BUDGET_MS + 5000);
  // Within budget, without running out of memory, and nothing left in (or written to) the temp folder.
  expect(r.signal, r.stderr).toBeNull();
  expect(r.ms).toBeLessThan(BUDGET_MS);
  expect(r.maxRssMb).toBeDefined();
  expect(r.maxRssMb!).toBeLessThan(MAX_RSS_MB);
  expect(r.tempFiles).toEqual([]);
  const report = JSON.parse(r.stdout) as { summary: { errors: number; warnings: number; rows: number }; diagnostics: Flat[] };
  return { ...r, report, codes: [...new Set(report.diagnostics.map((d) => d.code))].sort() };
}

describe.skipIf(!built)("hostile workbooks, through the built bin with a 512 MB heap", () => {
  it("a merge over the whole sheet is refused with xlsx-limit at its first cell", async () => {
    const r = await validate("merge-whole-sheet");
    expect(r.code).toBe(1);
    const d = r.report.diagnostics.find((x) => x.code === "xlsx-limit")!;
    expect(d).toMatchObject({ severity: "error", row: 3, column: "A" });
    expect(d.message).toContain("A3:XFD1048576");
    expect(d.message).toContain("100,000");
  }, 90_000);

  it("20 million rich-text runs in one shared string are refused at the run limit", async () => {
    const r = await validate("rich-text-runs");
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["xlsx-limit"]);
    expect(r.report.diagnostics[0]!.message).toContain("富文本");
  }, 90_000);

  it("a small file with honest sizes and 6 million cells is streamed, then refused at the cell limit", async () => {
    const r = await validate("truthful-ratio");
    expect(r.code).toBe(1);
    const d = r.report.diagnostics.find((x) => x.code === "xlsx-limit")!;
    expect(d.message).toContain("2,000,000");
    expect(d.row).toBeGreaterThan(60_000);
  }, 90_000);

  it("a 1 MB number-format code is refused at Excel's 255-character limit", async () => {
    const r = await validate("long-number-format");
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["xlsx-limit"]);
    expect(r.report.diagnostics[0]!.message).toContain("1,048,577");
  }, 90_000);

  it("a worksheet stored before the shared strings is read without a temp file", async () => {
    const r = await validate("sheet-before-strings");
    expect(r.code).toBe(0);
    expect(r.report.summary).toMatchObject({ errors: 0, rows: 40_000 });
    expect(r.codes).toEqual(["duplicate-observation", "too-many-diagnostics"]);
  }, 90_000);

  it("damaged compressed data in a streamed workbook is corrupt-xlsx, not a silent exit 13", async () => {
    const r = await validate("damaged-deflate");
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["corrupt-xlsx"]);
  }, 90_000);

  it("a cell pointing past the shared strings is a located corrupt-xlsx, not a TypeError", async () => {
    const r = await validate("shared-string-out-of-range");
    expect(r.code).toBe(1);
    expect(r.report.diagnostics).toEqual([expect.objectContaining({ code: "corrupt-xlsx", row: 2, column: "A" })]);
    expect(r.report.diagnostics[0]!.message).not.toContain("undefined");
  }, 90_000);
});
