/** The 总览 sheet: plan, as-of year, attainment overall and per area, counts by status and category, red and yellow warnings first. */
import type ExcelJS from "exceljs";
import type { ProgressCategory, Report, SummaryBlock } from "../model/report.js";
import type { RowContext, WarningRow } from "../report-model/report-rows.js";
import { cellValue, fitRowHeight, writeTable, writeTitle, HEADER_FILL, type CellInput } from "./sheet-kit.js";
import { RATE_FORMAT } from "./unit-format.js";
import { addTrafficLights, addRateScale } from "./traffic-light.js";

/** Progress categories in the order the summaries list them. */
export const CATEGORIES: ProgressCategory[] = ["achieved", "on_track", "moderate", "insufficient", "moving_away", "insufficient_data"];

/** The per-area summary table as rows: area name, counts, attainment rate, warnings (total last). */
export function summaryTable(c: RowContext, report: Report): { header: string[]; rows: CellInput[][] } {
  const { t } = c;
  const line = (name: string, b: SummaryBlock): CellInput[] => [name, b.results, b.assessable, b.met, b.nearly_met, b.not_met, b.not_assessable, b.attainment_rate, b.warnings.red, b.warnings.yellow];
  const rows: CellInput[][] = [];
  for (const area of c.plan.areas) {
    const b = report.summary.areas[area.id];
    if (b) rows.push(line(area.name[c.lang], b));
  }
  rows.push(line(t("total"), report.summary));
  return { header: [t("h-area"), t("h-results"), t("h-assessable"), t("h-met"), t("h-nearly"), t("h-not-met"), t("h-not-assessable"), t("h-rate"), t("h-red"), t("h-yellow")], rows };
}

function keyValue(ws: ExcelJS.Worksheet, row: number, key: string, value: CellInput, numFmt?: string): void {
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
  keyValue(ws, 3, t("k-plan"), `${c.plan.title[c.lang]}（${report.plan.id}）`);
  keyValue(ws, 4, t("k-version"), report.plan.version);
  keyValue(ws, 5, t("k-as-of"), report.as_of);
  keyValue(ws, 6, t("k-method"), methodName);
  keyValue(ws, 7, t("k-attainment"), report.summary.attainment_rate, RATE_FORMAT);
  keyValue(ws, 8, t("k-generated"), generatedAt);
  ws.getRow(7).getCell(2).font = { bold: true, size: 13 };

  const summary = summaryTable(c, report);
  const top = 10;
  const last = writeTable(
    ws,
    top,
    summary.header.map((h, i) => ({ header: h, width: i === 0 ? 34 : 11, numFmt: i === 7 ? RATE_FORMAT : "0" })),
    summary.rows,
  );
  ws.getRow(last).font = { bold: true };
  // The overview is short: no frozen rows or repeated print titles, which would only cut the page.
  ws.views = [{ state: "normal" }];
  delete ws.pageSetup.printTitlesRow;
  addRateScale(ws, `H${top + 1}:H${last}`);

  let row = last + 2;
  header(ws, row, [t("h-category"), t("h-count")]);
  for (const cat of CATEGORIES) {
    row++;
    ws.getRow(row).getCell(1).value = cellValue(t(`cat-${cat}`));
    ws.getRow(row).getCell(2).value = report.summary.categories[cat] ?? 0;
  }

  row += 2;
  // Indicator names share the wide column A with the area names; the reason spans E:J.
  header(ws, row, [t("h-indicator"), t("h-region"), t("h-level"), t("h-warning"), t("h-reason")]);
  ws.mergeCells(row, 5, row, 10);
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
    ws.mergeCells(row, 5, row, 10);
    fitRowHeight(r, [34, 0, 0, 0, 66]);
  }
  if (shown.length > 0) addTrafficLights(ws, `C${first}:C${row}`, "C", first, { red: [t("level-red")], yellow: [t("level-yellow")] });
  ws.getColumn(1).width = 34;
  ws.getColumn(4).width = 14;
  for (const k of [2, 3, 5, 6, 7, 8, 9, 10]) ws.getColumn(k).width = 11;
  for (let k = 3; k <= 8; k++) ws.getRow(k).getCell(2).alignment = { horizontal: "left" };
  ws.pageSetup.printArea = `A1:J${Math.max(row, last)}`;
}
