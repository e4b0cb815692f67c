/** Render an export table as CSV (UTF-8 with BOM) or XLSX bytes; the caller writes them atomically. */
import "../../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import { toCsv } from "../../util/to-csv.js";
import type { ExportTable } from "../../store/export-table.js";

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
  const wb = new ExcelJS.Workbook();
  wb.creator = "hld-women";
  wb.created = created;
  wb.modified = created;
  const ws = wb.addWorksheet(EXPORT_SHEET);
  ws.addRow(table.header).font = { bold: true };
  // Codes stay text ("211400", not 211400) so leading digits and zeros survive; year and value are numbers.
  for (const r of table.rows) ws.addRow(r);
  ws.getColumn(1).numFmt = "@";
  ws.getColumn(3).numFmt = "@";
  ws.views = [{ state: "frozen", ySplit: 1 }];
  table.header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(8, h.length * 2 + 4)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
