/** The report as the documented JSON contract (with a few extra fields: names in the chosen language, area, goal, trend, baseline). */
import type { AssessmentReporter } from "./assessment-reporter.js";
import type { IndicatorResult, TargetResult } from "../../model/report.js";
import { flatDiagnostic } from "../diagnostics/reporter.js";
import { resultText, type ResultText } from "../../report-model/result-text.js";

function targetJson(tr: TargetResult, indicator: string, text: ResultText): Record<string, unknown> {
  const { year, kind, value, status, gap, progress, category, projection, ...extra } = tr;
  return { year, kind, value, status, gap, progress, category, projection, ...extra, text: text.target(tr, indicator) };
}

function resultJson(r: IndicatorResult, text: ResultText): Record<string, unknown> {
  return {
    indicator: r.indicator,
    region: r.region,
    sex: r.sex,
    status: r.status,
    category: r.category,
    reason: r.reason,
    provisional: r.provisional,
    basis: r.basis,
    gap_ahead: r.gap_ahead,
    latest: r.latest ? { year: r.latest.year, value: r.latest.value } : null,
    series: r.series.map((p) => ({ year: p.year, value: p.value })),
    targets: r.targets.map((tr) => targetJson(tr, r.indicator, text)),
    warnings: r.warnings.map((w) => ({ code: w.code, level: w.level, message: w.message, data: w.data })),
    indicator_name: text.indicatorName(r.indicator),
    region_name: text.regionName(r.region),
    unit: text.unit(r.indicator),
    area: r.area,
    goal: r.goal,
    baseline: r.baseline,
    trend: r.trend,
  };
}

/** `{version, plan, as_of, method, thresholds, summary, results, diagnostics}`; undefined fields are left out. */
export const assessmentJsonReporter: AssessmentReporter = (report, plan, { lang, input }) => {
  const text = resultText(plan, lang);
  const doc = {
    version: report.version,
    plan: { id: report.plan.id, version: report.plan.version },
    as_of: report.as_of,
    method: report.method,
    thresholds: report.thresholds,
    summary: report.summary,
    results: report.results.map((r) => resultJson(r, text)),
    diagnostics: report.diagnostics.map(flatDiagnostic),
    ...(input ? { input } : {}),
  };
  return JSON.stringify(doc, null, 2) + "\n";
};
