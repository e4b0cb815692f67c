/** Parse one submitted value: a number, a declared missing value, or something invalid. */

/** The outcome of parsing a value cell. */
export type ParsedValue =
  | { kind: "number"; value: number; percent: boolean; permille: boolean }
  | { kind: "missing" }
  | { kind: "invalid" };

/** Markers statistical tables use for "no data" (compared after NFKC and trimming). */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  "", "—", "——", "–", "-", "--", "..", "...", "…", "……", "NA", "N/A", "na", "n/a", "无", "/", "空",
]);

const MISSING: ParsedValue = { kind: "missing" };
const INVALID: ParsedValue = { kind: "invalid" };
const SIMPLE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function num(value: number, percent = false, permille = false): ParsedValue {
  return Number.isFinite(value) ? { kind: "number", value, percent, permille } : INVALID;
}

/** Numbers pass through; text may carry %, ‰, thousands separators, full-width digits or a missing marker. */
export function parseValue(cell: string | number | null | undefined): ParsedValue {
  if (cell === null || cell === undefined) return MISSING;
  if (typeof cell === "number") return num(cell);
  let s = cell.trim();
  // Fast path: plain ASCII numbers, the overwhelming majority of cells.
  if (SIMPLE.test(s)) return num(Number(s));
  s = s.normalize("NFKC").trim();
  if (MISSING_MARKERS.has(s)) return MISSING;
  // Excel users type a leading apostrophe to store a number as text; exported CSVs keep it.
  if (s.startsWith("'")) s = s.slice(1).trim();
  let percent = false, permille = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  } else if (s.endsWith("‰")) {
    permille = true;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith("−")) s = "-" + s.slice(1);
  if (SIMPLE.test(s)) return num(Number(s), percent, permille);
  if (GROUPED.test(s)) return num(Number(s.replace(/,/g, "")), percent, permille);
  return INVALID;
}
