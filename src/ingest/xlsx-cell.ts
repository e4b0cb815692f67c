/** Turn an exceljs cell value into a CellValue: formulas to their cached result, rich text to text, percent formats to "45%". */
import type { CellValue } from "./ingest-types.js";
import { UNREADABLE } from "./ingest-types.js";

/** The result of converting one cell. */
export interface ConvertedCell {
  value: CellValue;
  /** Set when the cell is a formula with no cached result (the caller reports it). */
  noResult?: boolean;
}

// A workbook has a handful of formats and many cells: each format is scanned once (a rescan per cell took
// 52 s for a 1 MB format code on 5,000 cells).
const percentFormats = new Map<string, boolean>();
const MAX_REMEMBERED_FORMATS = 10_000;

// A "%" outside quoted literals and brackets makes Excel show the value × 100.
function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let percent = percentFormats.get(fmt);
  if (percent === undefined) {
    percent = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").includes("%");
    if (percentFormats.size >= MAX_REMEMBERED_FORMATS) percentFormats.clear();
    percentFormats.set(fmt, percent);
  }
  return percent;
}

function scalar(v: unknown, numFmt: string | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return isPercentFormat(numFmt) ? `${Number((v * 100).toPrecision(12))}%` : v;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.error === "string") return o.error;
    if ("text" in o) return scalar(o.text, undefined);
  }
  return String(v);
}

/** Convert the value of a cell with its number format. */
export function convertCell(value: unknown, numFmt: string | undefined): ConvertedCell {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      if (o.result === undefined || o.result === null) return { value: UNREADABLE, noResult: true };
      return { value: scalar(o.result, numFmt) };
    }
  }
  return { value: scalar(value, numFmt) };
}
