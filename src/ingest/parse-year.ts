/** Parse a year cell or a year column header: 2024, "2024", "2024年", "2024年度", a date, an Excel date serial. */

/** Earliest year accepted in data (the founding of the PRC; nothing older is a monitoring figure). */
export const MIN_YEAR = 1949;
/** Span of years a compact observation key can hold, counted from MIN_YEAR. */
export const YEAR_SPAN = 200;

const YEAR_TEXT = /^(\d{4})(?:年度?|年(?:数据|值)?)?$/;
// Excel serials of 1949-01-01 and 2148-12-31: the streaming reader hands dates in East-Asian formats over as serials.
const SERIAL_MIN = 17899, SERIAL_MAX = 90924;

function fromSerial(n: number): number {
  return new Date(Math.round((n - 25569) * 86400000)).getUTCFullYear();
}

/** The year a cell names, or undefined when it is not a year. Does not check the plan period. */
export function parseYear(cell: unknown): number | undefined {
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return cell;
    if (cell >= SERIAL_MIN && cell <= SERIAL_MAX) return fromSerial(cell);
    return undefined;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.getUTCFullYear();
  if (typeof cell !== "string") return undefined;
  if (cell.length === 4) {
    const a = cell.charCodeAt(0) - 48, b = cell.charCodeAt(1) - 48, c = cell.charCodeAt(2) - 48, d = cell.charCodeAt(3) - 48;
    if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && d >= 0 && d <= 9) return a * 1000 + b * 100 + c * 10 + d;
  }
  // Four full-width digits (２０２４) are four characters too: normalise whatever the fast path did not take.
  const s = cell.normalize("NFKC").replace(/\s+/g, "");
  const m = YEAR_TEXT.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** A header that names a year column of a wide table (same forms as parseYear, but never a serial). */
export function parseYearHeader(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= MIN_YEAR && cell < MIN_YEAR + YEAR_SPAN ? cell : undefined;
  const y = parseYear(cell);
  return y !== undefined && y >= MIN_YEAR && y < MIN_YEAR + YEAR_SPAN ? y : undefined;
}
