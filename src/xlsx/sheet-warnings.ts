/** The 预警 sheet: every warning with its reason, red first. */
import type ExcelJS from "exceljs";
import type { RowContext, WarningRow } from "../report-model/report-rows.js";
import { writeTable, cellValue } from "../excel/sheet-kit.js";
import { addTrafficLights } from "./traffic-light.js";

/** Fill the warnings sheet. */
export function writeWarningsSheet(ws: ExcelJS.Worksheet, c: RowContext, rows: readonly WarningRow[]): void {
  const { t } = c;
  const last = writeTable(
    ws,
    1,
    [
      { header: t("h-level"), width: 8 },
      { header: t("h-area"), width: 18 },
      { header: t("h-indicator-id"), width: 18 },
      { header: t("h-indicator"), width: 30, wrap: true },
      { header: t("h-region"), width: 12 },
      { header: t("h-warning"), width: 18 },
      { header: t("h-reason"), width: 70, wrap: true },
    ],
    rows.map((w) => [w.levelName, w.areaName, w.indicator, w.indicatorName, w.regionName, w.warning, w.reason]),
  );
  if (rows.length === 0) ws.getCell("A2").value = cellValue(t("no-warnings"));
  else addTrafficLights(ws, `A2:A${last}`, "A", 2, { red: [t("level-red")], yellow: [t("level-yellow")] });
}
