/** Recognise a header row and work out the table's layout (long: one value per row; wide: years across). */
import type { CellValue } from "./ingest-types.js";
import { HEADER_ALIASES, matchHeader, RESERVED_HEADERS, type Field } from "./header-aliases.js";
import { parseYearHeader } from "./parse-year.js";
import { columnLetter } from "./diagnostic-sink.js";
import { normalizeKey } from "./normalize-key.js";
import { MAX_SUGGESTIONS, namedValues, nearestNames } from "./nearest-names.js";

/** Informational columns (the template's "参考：目标", "ref: 2023 value") are read past silently. */
export const REFERENCE_COLUMN = /^\s*(参考\s*[：:]|ref\s*:)/i;

/** Serial-number columns of printed forms (序号, 编号, 行次): known, and read past silently. */
export const SERIAL_COLUMNS: ReadonlySet<string> = new Set(["序号", "编号", "行次", "栏次", "序", "no", "#"].map(normalizeKey));

/** A problem found in the header itself. */
export interface HeaderIssue {
  code: "blank-header" | "duplicate-header" | "reserved-header" | "unknown-column";
  col: number;
  name: string;
  first?: number;
  /** unknown-column: known header names close to this one. */
  near?: string[];
}

const HEADER_NAMES = namedValues(Object.values(HEADER_ALIASES).flat().map((a): [string, string] => [a, a]));

/** Known header names close to `text`, one per field, closest first. */
export function nearestHeaders(text: string): string[] {
  const fields = new Set<Field>();
  return nearestNames(text, HEADER_NAMES, HEADER_NAMES.length).filter((a) => {
    const f = matchHeader(a)!.field;
    return !fields.has(f) && fields.add(f);
  }).slice(0, MAX_SUGGESTIONS);
}

/** The columns a header names. */
export interface HeaderLayout {
  kind: "long" | "wide";
  fields: Partial<Record<Field, number>>;
  /** Wide layout: 0-based column → year. */
  years: { col: number; year: number }[];
  /** Unit written in the value header's brackets ("数值（%）"). */
  valueUnit?: string;
  /** Column label by 0-based column: "数值 (D)" in XLSX, "数值" in CSV. */
  labels: string[];
  /** 0-based serial-number columns (序号…), read past. */
  serial: number[];
  /** Number of header columns (up to the last non-blank header cell). */
  width: number;
  issues: HeaderIssue[];
}

/** Text of a header cell. */
export function headerText(c: CellValue): string {
  if (c === null || c === undefined || typeof c === "symbol") return "";
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? "" : String(c.getUTCFullYear());
  return String(c).trim();
}

/** How strongly a row looks like a header: 0 when it does not. */
export function headerScore(cells: readonly CellValue[]): number {
  const seen = new Set<Field>();
  let years = 0;
  for (const c of cells) {
    const text = headerText(c);
    if (!text) continue;
    const m = matchHeader(text);
    if (m) seen.add(m.field);
    else if (parseYearHeader(typeof c === "number" || c instanceof Date ? c : text) !== undefined) years++;
  }
  const indicator = seen.has("indicator") || seen.has("indicator_name");
  if (indicator && (seen.has("value") || years > 0)) return seen.size + years;
  return seen.size >= 3 ? seen.size : 0;
}

/** True when the header has a value column or year columns (a weak header may be the upper half of a two-row header). */
export function isCompleteHeader(cells: readonly CellValue[]): boolean {
  return cells.some((c) => {
    const text = headerText(c);
    return (text && matchHeader(text)?.field === "value") || parseYearHeader(typeof c === "number" || c instanceof Date ? c : text) !== undefined;
  });
}

/** Lay out a header row; `letters` adds XLSX column letters to labels. */
export function buildLayout(cells: readonly CellValue[], letters: boolean, spans: ReadonlySet<number> = new Set()): HeaderLayout {
  const texts = cells.map(headerText);
  let width = texts.length;
  while (width > 0 && !texts[width - 1]) width--;
  const fields: Partial<Record<Field, number>> = {};
  const years: { col: number; year: number }[] = [];
  const issues: HeaderIssue[] = [];
  const labels: string[] = [];
  const serial: number[] = [];
  const seenText = new Map<string, number>();
  const seenYear = new Map<number, number>();
  let valueUnit: string | undefined;
  for (let col = 0; col < width; col++) {
    const text = texts[col]!;
    labels.push(letters ? (text ? `${text} (${columnLetter(col + 1)})` : columnLetter(col + 1)) : text || `#${col + 1}`);
    if (!text) {
      if (!spans.has(col)) issues.push({ code: "blank-header", col, name: "" });
      continue;
    }
    if (RESERVED_HEADERS.has(text.normalize("NFKC").trim().toLowerCase())) {
      issues.push({ code: "reserved-header", col, name: text });
      continue;
    }
    const key = normalizeKey(text);
    const firstSame = seenText.get(key);
    if (firstSame !== undefined) {
      issues.push({ code: "duplicate-header", col, name: text, first: firstSame });
      continue;
    }
    seenText.set(key, col);
    if (REFERENCE_COLUMN.test(text)) continue;
    if (SERIAL_COLUMNS.has(key)) {
      serial.push(col);
      continue;
    }
    const m = matchHeader(text);
    if (m) {
      const first = fields[m.field];
      if (first !== undefined) issues.push({ code: "duplicate-header", col, name: text, first });
      else {
        fields[m.field] = col;
        if (m.field === "value") valueUnit = m.unit;
      }
      continue;
    }
    const cell = cells[col];
    const year = parseYearHeader(typeof cell === "number" || cell instanceof Date ? cell : text);
    if (year !== undefined) {
      const first = seenYear.get(year);
      if (first !== undefined) issues.push({ code: "duplicate-header", col, name: text, first });
      else {
        seenYear.set(year, col);
        years.push({ col, year });
      }
      continue;
    }
    issues.push({ code: "unknown-column", col, name: text, near: nearestHeaders(text) });
  }
  const kind = fields.value === undefined && years.length > 0 ? "wide" : "long";
  if (kind === "long") for (const y of years) issues.push({ code: "unknown-column", col: y.col, name: texts[y.col]! });
  return { kind, fields, years: kind === "wide" ? years : [], valueUnit, labels, serial, width, issues };
}

/** Fill blank cells of a lower header row from the row above (vertically merged header cells). */
export function mergeHeaderRows(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  const n = Math.max(upper.length, lower.length);
  const out: CellValue[] = [];
  for (let i = 0; i < n; i++) out.push(headerText(lower[i]) ? lower[i] : upper[i]);
  return out;
}
