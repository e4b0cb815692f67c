/** The 说明 sheet: method, thresholds, plan version, input files with SHA-256, generated-at, chart fonts. */
import type ExcelJS from "exceljs";
import type { RowContext } from "../report-model/report-rows.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { cellValue, writeTitle, HEADER_FILL } from "../excel/sheet-kit.js";
import type { ReportCell } from "../report-model/report-cell.js";

/** Fill the notes sheet. */
export function writeNotesSheet(ws: ExcelJS.Worksheet, c: RowContext, items: readonly [string, ReportCell][], meta: ReportMeta): void {
  const { t } = c;
  writeTitle(ws, 1, t("sheet-notes"));
  let row = 2;
  for (const [k, v] of items) {
    row++;
    const r = ws.getRow(row);
    r.getCell(1).value = cellValue(k);
    r.getCell(1).font = { bold: true };
    r.getCell(1).alignment = { vertical: "top" };
    r.getCell(2).value = cellValue(v);
    r.getCell(2).alignment = { vertical: "top", wrapText: true };
  }
  row += 2;
  ws.getRow(row).getCell(1).value = cellValue(t("k-inputs"));
  ws.getRow(row).getCell(1).font = { bold: true };
  row++;
  [t("h-file"), t("h-sha256"), t("h-rows")].forEach((h, i) => {
    const cell = ws.getRow(row).getCell(i + 1);
    cell.value = cellValue(h);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  for (const f of meta.inputs) {
    row++;
    const r = ws.getRow(row);
    r.getCell(1).value = cellValue(f.file);
    r.getCell(2).value = cellValue(f.sha256);
    r.getCell(2).font = { name: "Courier New", size: 9 };
    r.getCell(3).value = f.rows ?? null;
  }
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 80;
  ws.getColumn(3).width = 8;
  ws.pageSetup.orientation = "landscape";
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
}
