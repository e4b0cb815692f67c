/** Every CSV we write: csv-stringify with the formula guard as its cast hook, UTF-8 BOM, CRLF line ends. */
import { stringify } from "csv-stringify/sync";
import { safeText } from "./safe-text.js";

const asText = (v: unknown): string => safeText(String(v));

/** A CSV document: BOM (so Excel on Chinese Windows reads UTF-8), CRLF; numbers stay numbers, text is neutralised, empty for null/undefined. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([header, ...rows] as unknown[][], {
    bom: true,
    record_delimiter: "\r\n",
    // A lone LF or CR is not the record delimiter, and spreadsheets drop unquoted edge spaces: quote both.
    quoted_match: /[\r\n]|^\s|\s$/,
    cast: {
      string: asText,
      number: (v) => (Number.isFinite(v) ? String(v) : ""),
      bigint: (v) => String(v),
      boolean: (v) => (v ? "true" : "false"),
      date: asText,
      object: asText,
    },
  });
}
