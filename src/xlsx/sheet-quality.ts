/** The 数据质量 sheet: validation diagnostics with their locations. */
import type ExcelJS from "exceljs";
import { compareDiagnostics, type Diagnostic } from "../model/diagnostic.js";
import type { RowContext } from "../report-model/report-rows.js";
import { writeTable, cellValue, frozenView } from "../excel/sheet-kit.js";
import { addTrafficLights } from "./traffic-light.js";

/** The view of the data-quality sheet: header frozen. */
export const QUALITY_VIEW = frozenView(1);

/** Fill the data-quality sheet, errors first (a streamed sheet added with QUALITY_VIEW: rows are committed as they are written). */
export function writeQualitySheet(ws: ExcelJS.Worksheet, c: RowContext, diagnostics: readonly Diagnostic[]): void {
  const { t } = c;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ds = [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity] || compareDiagnostics(a, b));
  const last = writeTable(
    ws,
    1,
    [
      { header: t("h-severity"), width: 8 },
      { header: t("h-code"), width: 22 },
      { header: t("h-file"), width: 24 },
      { header: t("h-sheet"), width: 10 },
      { header: t("h-row"), width: 6, numFmt: "0" },
      { header: t("h-column"), width: 12 },
      { header: t("h-indicator-id"), width: 18 },
      { header: t("h-region"), width: 10 },
      { header: t("h-year"), width: 7, numFmt: "0" },
      { header: t("h-value"), width: 12 },
      { header: t("h-expected"), width: 16 },
      { header: t("h-message"), width: 60, wrap: true },
    ],
    ds.map((d) => [
      t(`sev-${d.severity}`),
      d.code,
      d.source?.file,
      d.source?.sheet,
      d.source?.row ?? d.source?.line,
      d.source?.column ?? d.source?.path,
      d.indicator,
      d.region ? c.regionName(d.region) : undefined,
      d.year,
      d.value,
      d.expected,
      d.message,
    ]),
    { commit: true },
  );
  if (ds.length === 0) ws.getCell("A2").value = cellValue(t("no-diagnostics"));
  else addTrafficLights(ws, `A2:A${last}`, "A", 2, { red: [t("sev-error")], yellow: [t("sev-warning")] });
}
