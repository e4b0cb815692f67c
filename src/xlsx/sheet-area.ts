/** One sheet per area: indicator × region rows with latest value, target in words, gap, status lights, trend, sparkline and the verdict in sentences. */
import type ExcelJS from "exceljs";
import type { ResultRow, RowContext } from "../report-model/report-rows.js";
import { writeTable, printReaderColumns, frozenView, type Column } from "../excel/sheet-kit.js";
import { areaCells, areaHeaders, AREA_READER_COLUMNS } from "../report-model/area-table.js";
import { addTrafficLights, LIGHTS } from "./traffic-light.js";
import { gapFormat, unitFormat, SHARE_FORMAT } from "../excel/unit-format.js";
import { CATEGORIES } from "../report-model/categories.js";

// Widths in characters, in the order of areaHeaders. The reader's 15 columns add up to 174, which fits an A4 landscape
// page at about 90% (10 pt); names, targets and sentences wrap instead of being clipped. The analyst's columns follow, outside the print area.
const LAYOUT: Omit<Column, "header">[] = [
  { width: 22, wrap: true }, { width: 10, wrap: true }, { width: 7, wrap: true }, { width: 6, numFmt: "0" }, { width: 8 }, { width: 8 }, { width: 18, wrap: true }, { width: 8 },
  { width: 8, numFmt: SHARE_FORMAT }, { width: 8, numFmt: SHARE_FORMAT }, { width: 9, wrap: true }, { width: 9, wrap: true }, { width: 5 }, { width: 8 }, { width: 40, wrap: true },
  { width: 32, wrap: true }, { width: 10 }, { width: 24 },
];

/** The columns of an area sheet: the shared headers with their widths and formats. */
export function areaColumns(c: RowContext): Column[] {
  return areaHeaders(c).map((header, i) => ({ header, ...LAYOUT[i]! }));
}

/** The view of an area sheet: header and the indicator and region columns frozen. */
export const AREA_VIEW = frozenView(1, 2);

function styleRow(row: ExcelJS.Row, r: ResultRow): void {
  const arrow = row.getCell(13);
  arrow.alignment = { horizontal: "center", vertical: "top" };
  if (r.trendGood !== null) arrow.font = { bold: true, color: { argb: r.trendGood ? LIGHTS.green.font : LIGHTS.red.font } };
  row.getCell(14).font = { color: { argb: "FF2F5597" } };
  if (r.level) {
    const words = row.getCell(15);
    words.fill = { type: "pattern", pattern: "solid", fgColor: { argb: LIGHTS[r.level].fill } };
    words.font = { color: { argb: LIGHTS[r.level].font } };
  }
}

/** Fill one area sheet with its rows (a streamed sheet added with AREA_VIEW: each row is committed as it is written). */
export function writeAreaSheet(ws: ExcelJS.Worksheet, c: RowContext, rows: readonly ResultRow[]): void {
  const { t } = c;
  const columns = areaColumns(c);
  const last = writeTable(ws, 1, columns, rows.map(areaCells), {
    rowFmt: (i) => {
      const u = rows[i]?.unit;
      return [undefined, undefined, undefined, undefined, unitFormat(u), unitFormat(u), undefined, gapFormat(u), undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, unitFormat(u)];
    },
    onRow: (row, i) => styleRow(row, rows[i]!),
    commit: true,
  });
  printReaderColumns(ws, AREA_READER_COLUMNS, last);
  if (rows.length === 0) return;
  addTrafficLights(ws, `K2:K${last}`, "K", 2, {
    green: [t("status-met")],
    yellow: [t("status-nearly_met")],
    red: [t("status-not_met")],
    grey: [t("status-not_assessable"), t("status-indeterminate"), t("status-no_data")],
  });
  const cat = (k: (typeof CATEGORIES)[number]): string => t(`cat-${k}`);
  addTrafficLights(ws, `L2:L${last}`, "L", 2, {
    green: [cat("achieved"), cat("on_track")],
    yellow: [cat("moderate"), cat("insufficient")],
    red: [cat("moving_away")],
    grey: [cat("insufficient_data")],
  });
}
