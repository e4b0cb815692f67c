/** The monitoring report as an Excel workbook: 总览, 县区对比 (several regions), one sheet per area, 预警, 图表, 时间序列, 数据质量, 说明. */
import type ExcelJS from "exceljs";
import type { Plan } from "../model/plan.js";
import type { Observation } from "../model/observation.js";
import type { Report } from "../model/report.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { resultRows, rowContext, warningRows } from "../report-model/report-rows.js";
import { sheetName } from "../excel/sheet-kit.js";
import { streamWorkbook } from "../excel/stream-workbook.js";
import { writeOverview } from "./sheet-overview.js";
import { writeAreaSheet, AREA_VIEW } from "./sheet-area.js";
import { writeWarningsSheet, WARNINGS_VIEW } from "./sheet-warnings.js";
import { writeSeriesSheet, SERIES_VIEW } from "./sheet-series.js";
import { writeQualitySheet, QUALITY_VIEW } from "./sheet-quality.js";
import { writeNotesSheet } from "./sheet-notes.js";
import { chartNote, noteItems } from "../report-model/report-notes.js";
import { writeChartsSheet } from "./sheet-charts.js";
import { writeRegionsSheet } from "./sheet-regions.js";
import { renderCharts } from "../charts/render-charts.js";

// Every sheet prints to fit the page width; a streamed sheet writes this (and its view) when it is added.
const PAGE: Partial<ExcelJS.PageSetup> = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
const NORMAL: Partial<ExcelJS.WorksheetView>[] = [{ state: "normal" }];

/**
 * Build the report workbook, streamed: each sheet is committed when it is filled, and the long ones (areas, warnings,
 * series, quality) commit row by row, so the workbook never sits in memory as cell objects. Charts are drawn when
 * `meta.fonts` is given (null: no CJK font, English chart labels), on worker threads while the first sheets are written.
 */
export async function buildReportWorkbook(report: Report, plan: Plan, observations: readonly Observation[], meta: ReportMeta): Promise<Buffer> {
  const c = rowContext(plan, meta.lang);
  const { t } = c;
  // The pictures are drawn on worker threads while this thread writes the sheets before 图表 (a failure is rethrown where they are awaited).
  const drawing = meta.fonts === undefined ? undefined : renderCharts(report, plan, { lang: meta.lang, fonts: meta.fonts, png: true });
  drawing?.catch(() => undefined);
  const methodName = t(`method-${meta.method ?? report.method}`);
  const rows = resultRows(c, report);
  const warnings = warningRows(c, report);

  const book = streamWorkbook();
  const { wb } = book;
  wb.title = t("title", { title: plan.title[meta.lang], year: report.as_of });
  const names: string[] = [];
  const add = (name: string, views: Partial<ExcelJS.WorksheetView>[], tab?: string): ExcelJS.Worksheet => {
    names.push(sheetName(names, name));
    return wb.addWorksheet(names[names.length - 1], { views, pageSetup: { ...PAGE }, ...(tab ? { properties: { tabColor: { argb: tab } } } : {}) });
  };
  // Give the zip a turn after each sheet, so the sheet's XML is packed before the next one piles up behind it.
  const done = async (ws: ExcelJS.Worksheet): Promise<void> => {
    ws.commit();
    await new Promise((resolve) => setImmediate(resolve));
  };

  let ws = add(t("sheet-overview"), NORMAL, "FF1F3B73");
  writeOverview(ws, c, report, warnings, meta.generatedAt, methodName);
  await done(ws);
  if (new Set(report.results.map((r) => r.region)).size > 1) {
    writeRegionsSheet((ws = add(t("sheet-regions"), NORMAL, "FF1F3B73")), c, report);
    await done(ws);
  }
  for (const area of plan.areas) {
    const areaRows = rows.filter((r) => r.area === area.id);
    if (areaRows.length === 0) continue;
    writeAreaSheet((ws = add(area.name[meta.lang], [AREA_VIEW])), c, areaRows);
    await done(ws);
  }
  writeWarningsSheet((ws = add(t("sheet-warnings"), [WARNINGS_VIEW], warnings.some((w) => w.level === "red") ? "FFC00000" : undefined)), c, warnings);
  await done(ws);
  const charts = await drawing;
  const note = chartNote(c, meta, charts);
  // The sheet readers see says only what they need (English labels when no Chinese font was found); the font file and timing stay in 说明.
  const readerNote = meta.fonts && !meta.fonts.cjk ? t("fonts-none") : "";
  if (charts && charts.charts.length > 0) {
    writeChartsSheet(book, (ws = add(t("sheet-charts"), [])), c, charts.charts, readerNote);
    await done(ws);
  }
  await writeSeriesSheet((ws = add(t("sheet-series"), [SERIES_VIEW])), c, observations);
  await done(ws);
  writeQualitySheet((ws = add(t("sheet-quality"), [QUALITY_VIEW])), c, [...report.diagnostics, ...(charts?.diagnostics ?? [])]);
  await done(ws);
  writeNotesSheet((ws = add(t("sheet-notes"), [])), c, noteItems(c, report, meta, methodName, note), meta);
  await done(ws);
  return book.finish();
}
