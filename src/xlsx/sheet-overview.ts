/** The 总览 sheet: plan, as-of year, attainment overall and per area, counts by status and category, red and yellow warnings first. */
import type ExcelJS from "exceljs";
import type { Report } from "../model/report.js";
import type { RowContext, WarningRow } from "../report-model/report-rows.js";
import { cellValue, fitRowHeight, writeTable, writeTitle, HEADER_FILL } from "../excel/sheet-kit.js";
import type { ReportCell } from "../report-model/report-cell.js";
import { CATEGORIES } from "../report-model/categories.js";
import { summaryTable, RATE_COLUMN } from "../report-model/summary-table.js";
import { headlineSummary } from "../report-model/region-comparison.js";
import { columnLetter, printReaderColumns } from "../excel/sheet-kit.js";
import { RATE_FORMAT } from "../excel/unit-format.js";
import { addTrafficLights, addRateScale } from "./traffic-light.js";

function keyValue(ws: ExcelJS.Worksheet, row: number, key: string, value: ReportCell, numFmt?: string): void {
  const r = ws.getRow(row);
  r.getCell(1).value = cellValue(key);
  r.getCell(1).font = { bold: true };
  r.getCell(2).value = cellValue(value);
  if (numFmt) r.getCell(2).numFmt = numFmt;
}

function header(ws: ExcelJS.Worksheet, row: number, labels: string[]): void {
  labels.forEach((l, i) => {
    const cell = ws.getRow(row).getCell(i + 1);
    cell.value = cellValue(l);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}

/** Fill the overview sheet. */
export function writeOverview(ws: ExcelJS.Worksheet, c: RowContext, report: Report, warnings: readonly WarningRow[], generatedAt: string, methodName: string): void {
  const { t } = c;
  writeTitle(ws, 1, t("title", { title: c.plan.title[c.lang], year: report.as_of }));
  keyValue(ws, 3, t("k-plan"), c.plan.title[c.lang]);
  keyValue(ws, 4, t("k-version"), report.plan.version);
  keyValue(ws, 5, t("k-as-of"), report.as_of);
  keyValue(ws, 6, t("k-method"), methodName);
  // The headline is the city's own rate; counting the counties' results in would mix seven regions into one figure.
  const headline = headlineSummary(c, report);
  keyValue(ws, 7, headline.label, headline.summary.attainment_rate, RATE_FORMAT);
  // Readers get the local date; the full time stamp stays in 说明.
  keyValue(ws, 8, t("k-generated"), generatedAt.slice(0, 10));
  ws.getRow(7).getCell(2).font = { bold: true, size: 13 };
  ws.getRow(7).getCell(1).alignment = { vertical: "top", wrapText: true };
  fitRowHeight(ws.getRow(7), [34]);

  const summary = summaryTable(c, { ...report, summary: headline.summary });
  const top = 10;
  const last = writeTable(
    ws,
    top,
    summary.header.map((h, i) => ({ header: h, width: i === 0 ? 34 : 11, numFmt: i === RATE_COLUMN ? RATE_FORMAT : "0", wrap: i > 0 })),
    summary.rows,
  );
  ws.getRow(last).font = { bold: true };
  // The overview is short: no frozen rows (its view is normal) or repeated print titles, which would only cut the page.
  delete ws.pageSetup.printTitlesRow;
  const rate = columnLetter(RATE_COLUMN + 1);
  addRateScale(ws, `${rate}${top + 1}:${rate}${last}`);

  let row = last + 2;
  header(ws, row, [t("h-category"), t("h-count")]);
  for (const cat of CATEGORIES) {
    row++;
    ws.getRow(row).getCell(1).value = cellValue(t(`cat-${cat}`));
    ws.getRow(row).getCell(2).value = headline.summary.categories[cat] ?? 0;
  }

  row += 2;
  // Indicator names share the wide column A with the area names; the reason spans E:J.
  header(ws, row, [t("h-indicator"), t("h-region"), t("h-level"), t("h-warning"), t("h-reason")]);
  ws.mergeCells(row, 5, row, 12);
  const first = row + 1;
  const shown = warnings.filter((w) => w.level === "red" || w.level === "yellow");
  if (shown.length === 0) ws.getRow(row + 1).getCell(1).value = cellValue(t("no-warnings"));
  for (const w of shown) {
    row++;
    const r = ws.getRow(row);
    [w.indicatorName, w.regionName, w.levelName, w.warning, w.reason].forEach((v, i) => {
      const cell = r.getCell(i + 1);
      cell.value = cellValue(v);
      cell.alignment = { vertical: "top", wrapText: i === 0 || i === 4 };
    });
    ws.mergeCells(row, 5, row, 12);
    fitRowHeight(r, [34, 0, 0, 0, 88]);
  }
  if (shown.length > 0) addTrafficLights(ws, `C${first}:C${row}`, "C", first, { red: [t("level-red")], yellow: [t("level-yellow")] });
  ws.getColumn(1).width = 34;
  ws.getColumn(4).width = 14;
  for (const k of [2, 3, 5, 6, 7, 8, 9, 10]) ws.getColumn(k).width = 11;
  for (let k = 3; k <= 8; k++) ws.getRow(k).getCell(2).alignment = { horizontal: "left" };
  for (let k = 11; k <= 12; k++) ws.getColumn(k).width = 11;
  printReaderColumns(ws, 12, Math.max(row, last));
}
