/** One sheet per area: indicator × region × target rows with latest value, target in words, gap, status lights, trend and sparkline. */
import type ExcelJS from "exceljs";
import type { ResultRow, RowContext } from "../report-model/report-rows.js";
import { writeTable, type Column } from "../excel/sheet-kit.js";
import { areaCells, areaHeaders } from "../report-model/area-table.js";
import { addTrafficLights, LIGHTS } from "./traffic-light.js";
import { gapFormat, unitFormat, SHARE_FORMAT } from "../excel/unit-format.js";
import { CATEGORIES } from "../report-model/categories.js";

// Widths in characters, in the order of areaHeaders; columns 5, 11 and 12 have fixed number formats, the wrapped ones grow rows.
const LAYOUT: Omit<Column, "header">[] = [
  { width: 24 }, { width: 30, wrap: true }, { width: 12 }, { width: 9 }, { width: 9, numFmt: "0" }, { width: 10 }, { width: 10 }, { width: 26, wrap: true }, { width: 10 },
  { width: 10 }, { width: 9, numFmt: SHARE_FORMAT }, { width: 9, numFmt: SHARE_FORMAT }, { width: 11 }, { width: 11 }, { width: 6 }, { width: 10 }, { width: 32, wrap: true }, { width: 26, wrap: true },
];

/** The columns of an area sheet: the shared headers with their widths and formats. */
function areaColumns(c: RowContext): Column[] {
  return areaHeaders(c).map((header, i) => ({ header, ...LAYOUT[i]! }));
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
