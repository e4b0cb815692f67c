/** The 预警 sheet: every warning as a plain sentence, red first (no codes: the indicator code is in the area sheets' last column). */
import type ExcelJS from "exceljs";
import type { RowContext, WarningRow } from "../report-model/report-rows.js";
import { writeTable, cellValue, printReaderColumns, frozenView } from "../excel/sheet-kit.js";
import { addTrafficLights } from "./traffic-light.js";

/** The view of the warnings sheet: header frozen. */
export const WARNINGS_VIEW = frozenView(1);

/** Fill the warnings sheet (a streamed sheet added with WARNINGS_VIEW: rows are committed as they are written). */
export function writeWarningsSheet(ws: ExcelJS.Worksheet, c: RowContext, rows: readonly WarningRow[]): void {
  const { t } = c;
  const last = writeTable(
    ws,
    1,
    [
      { header: t("h-level"), width: 8 },
      { header: t("h-area"), width: 12, wrap: true },
      { header: t("h-indicator"), width: 26, wrap: true },
      { header: t("h-region"), width: 10, wrap: true },
      { header: t("h-warning"), width: 14, wrap: true },
      { header: t("h-reason"), width: 72, wrap: true },
    ],
    rows.map((w) => [w.levelName, w.areaName, w.indicatorName, w.regionName, w.warning, w.reason]),
    { commit: true },
  );
  printReaderColumns(ws, 6, last);
  if (rows.length === 0) ws.getCell("A2").value = cellValue(t("no-warnings"));
  else addTrafficLights(ws, `A2:A${last}`, "A", 2, { red: [t("level-red")], yellow: [t("level-yellow")] });
}
