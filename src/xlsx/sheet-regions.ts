/** The 县区对比 sheet: attainment rate and rank per region, the indicator × region status grid (红黄绿), the counties' red warnings. */
import type ExcelJS from "exceljs";
import type { Report } from "../model/report.js";
import type { RowContext } from "../report-model/report-rows.js";
import { cellValue, columnLetter, fitRowHeight, printReaderColumns, writeTable, writeTitle, HEADER_FILL } from "../excel/sheet-kit.js";
import { regionAttainment, regionTable, redWarningsByCounty, statusGrid, RATE_COLUMN_REGIONS } from "../report-model/region-comparison.js";
import { RATE_FORMAT } from "../excel/unit-format.js";
import { addRateScale, LIGHTS, type Light } from "./traffic-light.js";

const STATUS_LIGHT: Record<string, Light> = { met: "green", nearly_met: "yellow", not_met: "red", indeterminate: "grey", not_assessable: "grey", no_data: "grey", none: "grey" };
// LibreOffice and Excel fit about 15 CJK characters in 32 units; the row-height estimate is a little generous, so the names get room.
const NAME_WIDTH = 32;
const CELL_WIDTH = 10;

/** Fill the regions sheet. */
export function writeRegionsSheet(ws: ExcelJS.Worksheet, c: RowContext, report: Report): void {
  const { t } = c;
  writeTitle(ws, 1, t("regions-table"), 13);
  const table = regionTable(c, regionAttainment(c, report));
  const last = writeTable(ws, 2, table.header.map((header, i) => ({ header, width: i === 0 ? NAME_WIDTH : CELL_WIDTH, wrap: true, numFmt: i === RATE_COLUMN_REGIONS ? RATE_FORMAT : "0" })), table.rows);
  const rate = columnLetter(RATE_COLUMN_REGIONS + 1);
  if (table.rows.length > 0) addRateScale(ws, `${rate}3:${rate}${last}`);

  let row = last + 2;
  writeTitle(ws, row, t("regions-grid"), 13);
  row++;
  const grid = statusGrid(c, report);
  const head = ws.getRow(row);
  [t("h-indicator"), ...grid.regions.map((r) => r.name)].forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = cellValue(h);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  for (const g of grid.rows) {
    row++;
    const r = ws.getRow(row);
    r.getCell(1).value = cellValue(g.name);
    r.getCell(1).alignment = { vertical: "top", wrapText: true };
    g.cells.forEach((cell, i) => {
      if (!cell) return;
      const x = r.getCell(i + 2);
      const light = LIGHTS[STATUS_LIGHT[cell.status] ?? "grey"];
      x.value = cellValue(cell.label);
      x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: light.fill } };
      x.font = { color: { argb: light.font } };
      x.alignment = { horizontal: "center", vertical: "top", wrapText: true };
    });
    fitRowHeight(r, [NAME_WIDTH, ...grid.regions.map(() => CELL_WIDTH)]);
  }

  row += 2;
  const red = redWarningsByCounty(c, report);
  writeTitle(ws, row, t(red.length > 0 ? "regions-red" : "regions-no-red"), 13);
  for (const county of red) {
    row++;
    ws.getRow(row).getCell(1).value = cellValue(`${county.region}（${county.warnings.length}）`);
    ws.getRow(row).getCell(1).font = { bold: true, color: { argb: LIGHTS.red.font } };
    for (const w of county.warnings) {
      row++;
      const r = ws.getRow(row);
      r.getCell(1).value = cellValue(w.indicator);
      r.getCell(1).alignment = { vertical: "top", wrapText: true };
      r.getCell(2).value = cellValue(w.text);
      r.getCell(2).alignment = { vertical: "top", wrapText: true };
      ws.mergeCells(row, 2, row, 11);
      fitRowHeight(r, [NAME_WIDTH, CELL_WIDTH * 10]);
    }
  }
  for (let k = 1; k <= 11; k++) ws.getColumn(k).width = k === 1 ? NAME_WIDTH : CELL_WIDTH;
  // Its view is normal, with no repeated print titles: the sheet holds three tables.
  delete ws.pageSetup.printTitlesRow;
  printReaderColumns(ws, Math.max(11, grid.regions.length + 1), row);
}
