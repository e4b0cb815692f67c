/** One sheet per area: indicator × region × target rows with latest value, target in words, gap, status lights, trend and sparkline. */
import type ExcelJS from "exceljs";
import type { ResultRow, RowContext } from "../report-model/report-rows.js";
import { writeTable, type Column, type CellInput } from "./sheet-kit.js";
import { addTrafficLights, LIGHTS } from "./traffic-light.js";
import { gapFormat, unitFormat, SHARE_FORMAT } from "./unit-format.js";
import { CATEGORIES } from "./sheet-overview.js";

/** The columns of an area table, in the user's language. */
export function areaColumns(c: RowContext): Column[] {
  const { t } = c;
  return [
    { header: t("h-indicator-id"), width: 24 },
    { header: t("h-indicator"), width: 30, wrap: true },
    { header: t("h-region"), width: 12 },
    { header: t("h-unit"), width: 9 },
    { header: t("h-latest-year"), width: 9, numFmt: "0" },
    { header: t("h-latest"), width: 10 },
    { header: t("h-baseline"), width: 10 },
    { header: t("h-target"), width: 26, wrap: true },
    { header: t("h-threshold"), width: 10 },
    { header: t("h-gap"), width: 10 },
    { header: t("h-progress"), width: 9, numFmt: SHARE_FORMAT },
    { header: t("h-time-share"), width: 9, numFmt: SHARE_FORMAT },
    { header: t("h-status"), width: 11 },
    { header: t("h-category"), width: 11 },
    { header: t("h-trend"), width: 6 },
    { header: t("h-spark"), width: 10 },
    { header: t("h-series"), width: 32, wrap: true },
    { header: t("h-warning"), width: 26, wrap: true },
  ];
}

/** The cells of one row, in the order of areaColumns. */
export function areaCells(r: ResultRow): CellInput[] {
  return [r.indicator, r.indicatorName, r.regionName, r.unit, r.latestYear, r.latest, r.baseline, r.target, r.threshold, r.gap, r.progress, r.timeShare, r.status, r.category, r.trend, r.spark, r.series, r.warnings];
}

/** Fill one area sheet with its rows. */
export function writeAreaSheet(ws: ExcelJS.Worksheet, c: RowContext, rows: readonly ResultRow[]): void {
  const { t } = c;
  const columns = areaColumns(c);
  // Indicator ids run to ~45 characters; a clipped id is no use as a key, so the column fits the longest.
  columns[0] = { ...columns[0]!, width: Math.min(48, Math.max(columns[0]!.width, ...rows.map((r) => r.indicator.length + 2))) };
  const last = writeTable(ws, 1, columns, rows.map(areaCells), {
    rowFmt: (i) => {
      const u = rows[i]?.unit;
      return [undefined, undefined, undefined, undefined, undefined, unitFormat(u), unitFormat(u), undefined, unitFormat(u), gapFormat(u)];
    },
  });
  ws.views = [{ state: "frozen", xSplit: 3, ySplit: 1, topLeftCell: "D2", activeCell: "D2" }];
  ws.pageSetup.printTitlesColumn = "A:C";
  if (rows.length === 0) return;
  addTrafficLights(ws, `M2:M${last}`, "M", 2, {
    green: [t("status-met")],
    yellow: [t("status-nearly_met")],
    red: [t("status-not_met")],
    grey: [t("status-not_assessable")],
  });
  const cat = (k: (typeof CATEGORIES)[number]): string => t(`cat-${k}`);
  addTrafficLights(ws, `N2:N${last}`, "N", 2, {
    green: [cat("achieved"), cat("on_track")],
    yellow: [cat("moderate"), cat("insufficient")],
    red: [cat("moving_away")],
    grey: [cat("insufficient_data")],
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    const arrow = row.getCell(15);
    arrow.alignment = { horizontal: "center", vertical: "top" };
    if (r.trendGood !== null) arrow.font = { bold: true, color: { argb: r.trendGood ? LIGHTS.green.font : LIGHTS.red.font } };
    row.getCell(16).font = { color: { argb: "FF2F5597" } };
    if (r.level) {
      const warn = row.getCell(18);
      warn.fill = { type: "pattern", pattern: "solid", fgColor: { argb: LIGHTS[r.level].fill } };
      warn.font = { color: { argb: LIGHTS[r.level].font } };
    }
  });
}
