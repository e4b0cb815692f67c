/** Shared worksheet helpers: safe cell values, styled tables with frozen header, autofilter, widths and print titles (streamed or not). */
import type ExcelJS from "exceljs";
import { safeText } from "../util/safe-text.js";
import { isWide } from "../util/display-width.js";
import type { ReportCell } from "../report-model/report-cell.js";


/** The cell value written for a report cell: never a formula, never a text that a spreadsheet would run; non-finite numbers become empty. */
export function cellValue(v: ReportCell): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v === "" ? null : safeText(v.length > 32767 ? v.slice(0, 32767) : v);
}

/** One column of a table: header, width in characters, number format. */
export interface Column {
  header: string;
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

/** The fill of table headers. */
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
// Shared by every data cell (shareStyles knows equal styles by their parts' identity).
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: false };
const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

/** The frozen view of a table whose header is row `top`, with `xSplit` columns frozen too (a streamed sheet takes its views when it is added). */
export function frozenView(top: number, xSplit = 0): Partial<ExcelJS.WorksheetView> {
  const cell = `${columnLetter(xSplit + 1)}${top + 1}`;
  return { state: "frozen", xSplit, ySplit: top, topLeftCell: cell, activeCell: cell };
}

/** How writeTable styles and hands on its rows. */
export interface TableOptions {
  /** Number formats of data row `r`, by column (default: the column's). */
  rowFmt?: (r: number) => (string | undefined)[];
  /** Called with each data row once its values are in, to style it further. */
  onRow?: (row: ExcelJS.Row, r: number) => void;
  /** Commit each row of a streamed sheet as soon as it is written (rows above it go with it and cannot be changed afterwards). */
  commit?: boolean;
}

/** Writes a table row by row: `row` for each data row, `end` for the autofilter and print setup; `end` returns the last row number. */
interface TableWriter {
  row(values: readonly ReportCell[]): void;
  end(): number;
}

function tableWriter(ws: ExcelJS.Worksheet, top: number, columns: readonly Column[], opts: TableOptions): TableWriter {
  const header = ws.getRow(top);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = cellValue(c.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.border = { bottom: THIN };
    const col = ws.getColumn(i + 1);
    if (!col.width || col.width < c.width) col.width = c.width;
  });
  fitRowHeight(header, columns.map((c) => c.width));
  const wrapped = columns.some((c) => c.wrap) ? columns.map((c) => (c.wrap ? c.width : 0)) : undefined;
  let r = 0;
  const shareStyles = styleSharer();
  return {
    row(values) {
      const row = ws.getRow(top + 1 + r);
      const fmts = opts.rowFmt?.(r);
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1);
        cell.value = cellValue(v);
        const fmt = fmts?.[i] ?? columns[i]?.numFmt;
        if (fmt && typeof cell.value === "number") cell.numFmt = fmt;
        cell.alignment = columns[i]?.wrap ? TOP_WRAPPED : TOP;
      });
      if (wrapped) fitRowHeight(row, wrapped);
      opts.onRow?.(row, r);
      if (opts.commit) {
        shareStyles(row, values.length);
        row.commit();
      }
      r++;
    },
    end() {
      const last = top + r;
      ws.autoFilter = { from: { row: top, column: 1 }, to: { row: Math.max(last, top), column: columns.length } };
      ws.pageSetup.printTitlesRow = `${top}:${top}`;
      ws.pageSetup.orientation = "landscape";
      ws.pageSetup.paperSize = 9;
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
      return last;
    },
  };
}

/** The parts of a cell style exceljs writes; two styles with the same number format and the same part objects are the same style. */
const STYLE_PARTS = ["font", "alignment", "border", "fill", "protection"] as const;

/**
 * For rows about to be committed: give their cells one style object per distinct style, so exceljs recognises an
 * object it has seen and skips re-deriving its style id (fonts, fills, borders rendered to XML to compare) for every
 * cell. A style is known by its number format and the identity of its parts (cheap, where comparing contents would
 * cost as much as exceljs's own work); the table's parts come from shared constants, so equal styles meet. Only for
 * committed rows, whose cells nothing can change afterwards (a shared object changed later would restyle them all).
 */
function styleSharer(): (row: ExcelJS.Row, cells: number) => void {
  const seen = new Map<string, Partial<ExcelJS.Style>>();
  const ids = new WeakMap<object, number>();
  let next = 1;
  const idOf = (part: object | undefined): number => {
    if (part === undefined) return 0;
    let id = ids.get(part);
    if (id === undefined) ids.set(part, (id = next++));
    return id;
  };
  return (row, cells) => {
    for (let i = 1; i <= cells; i++) {
      const cell = row.getCell(i);
      const style = cell.style;
      let key = style.numFmt ?? "";
      for (const part of STYLE_PARTS) key += `|${idOf(style[part] as object | undefined)}`;
      const shared = seen.get(key);
      if (shared) cell.style = shared;
      else seen.set(key, style);
    }
  };
}

/**
 * Write a header row and data rows from `top`, with autofilter and print titles (the frozen header is `frozenView(top)`,
 * given when the sheet is added); returns the last row number. Rows may come from a generator, so a long table never
 * exists as one array of cells.
 */
export function writeTable(ws: ExcelJS.Worksheet, top: number, columns: readonly Column[], rows: Iterable<readonly ReportCell[]>, opts: TableOptions = {}): number {
  const w = tableWriter(ws, top, columns, opts);
  for (const values of rows) w.row(values);
  return w.end();
}

/** Rows a streamed table writes between turns of the event loop. */
const ROWS_PER_TURN = 2000;

/**
 * writeTable for a streamed sheet, committing each row and giving the event loop a turn every ROWS_PER_TURN rows, so the
 * zip packs the rows written so far instead of holding the whole sheet's XML until the sheet is done.
 */
export async function streamTable(ws: ExcelJS.Worksheet, top: number, columns: readonly Column[], rows: Iterable<readonly ReportCell[]>, opts: Omit<TableOptions, "commit"> = {}): Promise<number> {
  const w = tableWriter(ws, top, columns, { ...opts, commit: true });
  let n = 0;
  for (const values of rows) {
    w.row(values);
    if (++n % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return w.end();
}

/** Print only the first `columns` columns (rows 1..`last`) on A4 landscape, one page wide, with narrow margins and page numbers in the footer. */
export function printReaderColumns(ws: ExcelJS.Worksheet, columns: number, last: number): void {
  // exceljs only prefixes the columns with $; LibreOffice ignores a print range with relative rows ($A1:$O9), so the rows carry their own $.
  ws.pageSetup.printArea = `A$1:${columnLetter(columns)}$${Math.max(1, last)}`;
  ws.pageSetup.margins = { left: 0.25, right: 0.25, top: 0.4, bottom: 0.5, header: 0.2, footer: 0.25 };
  ws.pageSetup.horizontalCentered = true;
  ws.headerFooter.oddFooter = "&C&P / &N";
}

/** The column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters, unique among the names `taken`. */
export function sheetName(taken: readonly string[], wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "Sheet";
  let name = base;
  for (let n = 2; taken.some((w) => w.toLowerCase() === name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
  return name;
}

/** A bold title line above a table. */
export function writeTitle(ws: ExcelJS.Worksheet, row: number, text: string, size = 14): void {
  const cell = ws.getRow(row).getCell(1);
  cell.value = cellValue(text);
  cell.font = { bold: true, size };
}

/** Width of a text in Excel column units: CJK and full-width characters count about two. */
export function charWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch) ? 2.1 : 1.1;
  return w;
}

/** Set a row's height so that wrapped texts show whole (neither exceljs nor LibreOffice sizes rows of a written file); `widths[i]` 0 = not wrapped. */
export function fitRowHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  widths.forEach((w, i) => {
    const v = row.getCell(i + 1).value;
    if (w > 0 && typeof v === "string") lines = Math.max(lines, v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(charWidth(part) / Math.max(1, w - 1))), 0));
  });
  if (lines > 1) row.height = Math.min(409, lines * 15 + 2);
}
