/** The report's notes: method, thresholds, plan version, generated-at, chart fonts, how to read statuses. */
import type { Report } from "../model/report.js";
import type { RowContext } from "./report-rows.js";
import type { ReportMeta } from "./report-meta.js";
import type { ReportCell } from "./report-cell.js";

/** How the charts were made, in words; `pictures` adds which font drew them (the HTML report leaves fonts to the browser). */
export function chartNote(c: RowContext, meta: ReportMeta, set: { charts: readonly unknown[]; ms: number } | undefined, pictures = true): string {
  if (meta.fonts === undefined || !set) return c.t("fonts-off");
  const time = c.t("chart-time", { count: set.charts.length, ms: Math.round(set.ms) });
  if (!pictures) return time;
  const fonts = meta.fonts?.cjk ? c.t("fonts-cjk", { file: meta.fonts.cjk.file }) : c.t("fonts-none");
  return `${fonts}${c.lang === "zh" ? "；" : "; "}${time}`;
}

/** The notes as item/content pairs. */
export function noteItems(c: RowContext, report: Report, meta: ReportMeta, methodName: string, chartNote: string): [string, ReportCell][] {
  const { t } = c;
  return [
    [t("k-plan"), `${c.plan.title[c.lang]}（${report.plan.id}）`],
    [t("k-version"), report.plan.version],
    [t("k-as-of"), report.as_of],
    [t("k-method"), `${methodName} (${report.method})`],
    ...Object.entries(report.thresholds).map(([k, v]): [string, ReportCell] => [t("k-threshold", { key: k }), v]),
    [t("k-generated"), meta.generatedAt],
    [t("k-tool"), report.version],
    [t("k-fonts"), chartNote],
    [t("h-status"), t("notes-status")],
    [t("h-category"), t("notes-category")],
    ["", t("notes-injection")],
  ];
}
