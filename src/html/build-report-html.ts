/** A self-contained HTML report on one page: the same summary tables as the workbook and the charts as inline SVG, every text escaped. */
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { resultRows, rowContext, warningRows } from "../report-model/report-rows.js";
import { renderCharts } from "../charts/render-charts.js";
import { areaSections, chartsSection, introSection, notesSection, pageHead, qualitySection, regionsSection, warningsSection, PAGE_END } from "./html-parts.js";

/** Build the HTML report (charts are drawn when `meta.fonts` is given; the browser supplies the fonts). */
export async function buildReportHtml(report: Report, plan: Plan, meta: ReportMeta): Promise<string> {
  const c = rowContext(plan, meta.lang);
  const { t, lang } = c;
  const title = t("title", { title: plan.title[lang], year: report.as_of });
  const methodName = t(`method-${meta.method ?? report.method}`);
  const charts = meta.fonts === undefined ? undefined : await renderCharts(report, plan, { lang, fonts: meta.fonts, png: false });
  const out: string[] = [pageHead(lang, title), introSection(c, report, meta, title, methodName)];
  if (new Set(report.results.map((r) => r.region)).size > 1) out.push(regionsSection(c, report));
  out.push(warningsSection(c, warningRows(c, report)));
  out.push(areaSections(c, plan, resultRows(c, report)));
  const chartPart = chartsSection(c, plan, charts);
  if (chartPart) out.push(chartPart);
  out.push(qualitySection(c, [...report.diagnostics, ...(charts?.diagnostics ?? [])]));
  out.push(notesSection(c, report, meta, methodName, charts));
  out.push(PAGE_END);
  return out.join("\n");
}
