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

// Style parts shared by every row (the streamed table gives equal styles one object when their parts are the same objects).
const ARROW_ALIGNMENT: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "top" };
const ARROW_FONT = { good: { bold: true, color: { argb: LIGHTS.green.font } }, bad: { bold: true, color: { argb: LIGHTS.red.font } } } satisfies Record<string, Partial<ExcelJS.Font>>;
const SPARK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF2F5597" } };
const LEVEL_STYLE = Object.fromEntries(
  Object.entries(LIGHTS).map(([level, l]) => [level, { fill: { type: "pattern", pattern: "solid", fgColor: { argb: l.fill } } as ExcelJS.Fill, font: { color: { argb: l.font } } as Partial<ExcelJS.Font> }]),
) as Record<keyof typeof LIGHTS, { fill: ExcelJS.Fill; font: Partial<ExcelJS.Font> }>;

function styleRow(row: ExcelJS.Row, r: ResultRow): void {
  const arrow = row.getCell(13);
  arrow.alignment = ARROW_ALIGNMENT;
  if (r.trendGood !== null) arrow.font = r.trendGood ? ARROW_FONT.good : ARROW_FONT.bad;
  row.getCell(14).font = SPARK_FONT;
  if (r.level) {
    const words = row.getCell(15);
    words.fill = LEVEL_STYLE[r.level].fill;
    words.font = LEVEL_STYLE[r.level].font;
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
