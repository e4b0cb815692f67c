/** The monitoring report as an Excel workbook: 总览, 县区对比 (several regions), one sheet per area, 预警, 图表, 时间序列, 数据质量, 说明. */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import type { Plan } from "../model/plan.js";
import type { Observation } from "../model/observation.js";
import type { Report } from "../model/report.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { resultRows, rowContext, warningRows } from "../report-model/report-rows.js";
import { sheetName } from "../excel/sheet-kit.js";
import { writeOverview } from "./sheet-overview.js";
import { writeAreaSheet } from "./sheet-area.js";
import { writeWarningsSheet } from "./sheet-warnings.js";
import { writeSeriesSheet } from "./sheet-series.js";
import { writeQualitySheet } from "./sheet-quality.js";
import { writeNotesSheet } from "./sheet-notes.js";
import { chartNote, noteItems } from "../report-model/report-notes.js";
import { writeChartsSheet } from "./sheet-charts.js";
import { writeRegionsSheet } from "./sheet-regions.js";
import { renderCharts } from "../charts/render-charts.js";

/** Build the report workbook. Charts are drawn when `meta.fonts` is given (null: no CJK font, English chart labels). */
export async function buildReportWorkbook(report: Report, plan: Plan, observations: readonly Observation[], meta: ReportMeta): Promise<Buffer> {
  const c = rowContext(plan, meta.lang);
  const { t } = c;
  const charts = meta.fonts === undefined ? undefined : await renderCharts(report, plan, { lang: meta.lang, fonts: meta.fonts, png: true });
  const methodName = t(`method-${meta.method ?? report.method}`);
  const rows = resultRows(c, report);
  const warnings = warningRows(c, report);

  const wb = new ExcelJS.Workbook();
  wb.creator = "hld-women";
  wb.title = t("title", { title: plan.title[meta.lang], year: report.as_of });
  const add = (name: string, tab?: string): ExcelJS.Worksheet => wb.addWorksheet(sheetName(wb, name), tab ? { properties: { tabColor: { argb: tab } } } : {});

  writeOverview(add(t("sheet-overview"), "FF1F3B73"), c, report, warnings, meta.generatedAt, methodName);
  if (new Set(report.results.map((r) => r.region)).size > 1) writeRegionsSheet(add(t("sheet-regions"), "FF1F3B73"), c, report);
  for (const area of plan.areas) {
    const areaRows = rows.filter((r) => r.area === area.id);
    if (areaRows.length > 0) writeAreaSheet(add(area.name[meta.lang]), c, areaRows);
  }
  writeWarningsSheet(add(t("sheet-warnings"), warnings.some((w) => w.level === "red") ? "FFC00000" : undefined), c, warnings);
  const note = chartNote(c, meta, charts);
  // The sheet readers see says only what they need (English labels when no Chinese font was found); the font file and timing stay in 说明.
  const readerNote = meta.fonts && !meta.fonts.cjk ? t("fonts-none") : "";
  if (charts && charts.charts.length > 0) writeChartsSheet(wb, add(t("sheet-charts")), c, charts.charts, readerNote);
  writeSeriesSheet(add(t("sheet-series")), c, observations);
  writeQualitySheet(add(t("sheet-quality")), c, report.diagnostics);
  writeNotesSheet(add(t("sheet-notes")), c, noteItems(c, report, meta, methodName, note), meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
