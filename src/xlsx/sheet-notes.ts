/** The 说明 sheet: method, thresholds, plan version, input files with SHA-256, generated-at, chart fonts. */
import type ExcelJS from "exceljs";
import type { Report } from "../model/report.js";
import type { RowContext } from "../report-model/report-rows.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { cellValue, writeTitle, HEADER_FILL, type CellInput } from "./sheet-kit.js";
import type { ChartSet } from "../charts/render-charts.js";

/** How the charts were made, in words; `pictures` adds which font drew them (the HTML report leaves fonts to the browser). */
export function chartNote(c: RowContext, meta: ReportMeta, set: ChartSet | undefined, pictures = true): string {
  if (meta.fonts === undefined || !set) return c.t("fonts-off");
  const time = c.t("chart-time", { count: set.charts.length, ms: Math.round(set.ms) });
  if (!pictures) return time;
  const fonts = meta.fonts?.cjk ? c.t("fonts-cjk", { file: meta.fonts.cjk.file }) : c.t("fonts-none");
  return `${fonts}${c.lang === "zh" ? "；" : "; "}${time}`;
}

/** The notes as item/content pairs (shared with the HTML report). */
export function noteItems(c: RowContext, report: Report, meta: ReportMeta, methodName: string, chartNote: string): [string, CellInput][] {
  const { t } = c;
  return [
    [t("k-plan"), `${c.plan.title[c.lang]}（${report.plan.id}）`],
    [t("k-version"), report.plan.version],
    [t("k-as-of"), report.as_of],
    [t("k-method"), `${methodName} (${report.method})`],
    ...Object.entries(report.thresholds).map(([k, v]): [string, CellInput] => [t("k-threshold", { key: k }), v]),
    [t("k-generated"), meta.generatedAt],
    [t("k-tool"), report.version],
    [t("k-fonts"), chartNote],
    [t("h-status"), t("notes-status")],
    [t("h-category"), t("notes-category")],
    ["", t("notes-injection")],
  ];
}

/** Fill the notes sheet. */
export function writeNotesSheet(ws: ExcelJS.Worksheet, c: RowContext, items: readonly [string, CellInput][], meta: ReportMeta): void {
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
