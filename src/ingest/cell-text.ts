/** Text of a data cell as the user sees it (numbers as written, dates as yyyy-mm-dd). */
import type { CellValue } from "./ingest-types.js";

/** Trimmed text of a cell; "" for empty and unreadable cells. */
export function cellText(c: CellValue): string {
  if (typeof c === "string") return c.trim();
  if (typeof c === "number") return String(c);
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? "" : c.toISOString().slice(0, 10);
  return "";
}

/** True for a cell with nothing in it. */
export function isEmptyCell(c: CellValue): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c === "string") {
    if (c.length === 0) return true;
    // Most cells start with a visible character: no need to trim them.
    const first = c.charCodeAt(0);
    return first <= 32 || first === 0x3000 || first === 0xa0 || first === 0xfeff ? c.trim().length === 0 : false;
  }
  return false;
}
