/** Every CSV we write: csv-stringify with the formula guard as its cast hook, UTF-8 BOM, CRLF line ends. */
import { stringify } from "csv-stringify/sync";
import { safeText } from "./safe-text.js";

const asText = (v: unknown): string => safeText(String(v));

const OPTIONS = {
  record_delimiter: "\r\n",
  // A lone LF or CR is not the record delimiter, and spreadsheets drop unquoted edge spaces: quote both.
  quoted_match: /[\r\n]|^\s|\s$/,
  cast: {
    string: asText,
    number: (v: number) => (Number.isFinite(v) ? String(v) : ""),
    bigint: (v: bigint) => String(v),
    boolean: (v: boolean) => (v ? "true" : "false"),
    date: asText,
    object: asText,
  },
};

/** A CSV document: BOM (so Excel on Chinese Windows reads UTF-8), CRLF; numbers stay numbers, text is neutralised, empty for null/undefined. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([header, ...rows] as unknown[][], { ...OPTIONS, bom: true });
}

// Rows are stringified this many at a time.
const BATCH = 500;

/** The same text as toCsv, in pieces, reading the rows as they come (each record ends in CRLF, so batches join exactly). */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly unknown[]>): Generator<string> {
  yield toCsv(header, []);
  let batch: unknown[][] = [];
  for (const row of rows) {
    batch.push(row as unknown[]);
    if (batch.length < BATCH) continue;
    yield stringify(batch, OPTIONS);
    batch = [];
  }
  if (batch.length > 0) yield stringify(batch, OPTIONS);
}
