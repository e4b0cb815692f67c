/** Render an export table as CSV (UTF-8 with BOM) or XLSX bytes; the caller writes them atomically. */
import { toCsv } from "../../util/to-csv.js";
import type { ExportTable } from "../../store/export-table.js";
import { streamWorkbook } from "../../excel/stream-workbook.js";

/** The file formats `db export` writes. */
export type ExportFormat = "csv" | "xlsx";

/** The export format a file name asks for by its extension, or undefined. */
export function exportFormatOf(file: string): ExportFormat | undefined {
  const m = /\.(csv|xlsx)$/i.exec(file);
  return m ? (m[1]!.toLowerCase() as ExportFormat) : undefined;
}

/** The sheet name of an XLSX export. */
export const EXPORT_SHEET = "监测数据";

/** CSV text or XLSX bytes; `created` stamps the workbook so the output does not depend on the clock. */
export async function renderExport(table: ExportTable, format: ExportFormat, created: Date): Promise<string | Uint8Array> {
  if (format === "csv") return toCsv(table.header, table.rows);
  // Streamed: each row is packed as it is written, so 200,000 rows do not sit in memory as cell objects. The texts are few
  // (names, codes, units) and an empty note must read back as "", so they are shared strings.
  const { wb, finish } = streamWorkbook(created, { sharedStrings: true });
  const ws = wb.addWorksheet(EXPORT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  // Widths and the text format of the code columns go out with the first row, so they are set before it.
  table.header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(8, h.length * 2 + 4)));
  // Codes stay text ("211400", not 211400) so leading digits and zeros survive; year and value are numbers.
  ws.getColumn(1).numFmt = "@";
  ws.getColumn(3).numFmt = "@";
  const header = ws.addRow(table.header);
  header.font = { bold: true };
  header.commit();
  for (const r of table.rows) ws.addRow(r).commit();
  return new Uint8Array(await finish());
}
