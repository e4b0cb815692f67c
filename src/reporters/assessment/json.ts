/** The report as the documented JSON contract (with a few extra fields: names in the chosen language, area, goal, trend, baseline). */
import type { AssessmentReporter, AssessmentReporterOptions } from "./assessment-reporter.js";
import type { IndicatorResult, Report, TargetResult } from "../../model/report.js";
import type { Plan } from "../../model/plan.js";
import { JsonText, jsonPieces, StreamedArray, streamedArrayPieces } from "../../util/json-pieces.js";
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

/**
 * What the JSON document needs of a report: everything, with the results as any sequence (a lazy report's are
 * computed as they are written) or as the text assessmentJsonResultsPieces wrote earlier.
 */
export type JsonReportParts = Omit<Report, "results"> & { results: Iterable<IndicatorResult> | JsonText };

function jsonDocument(report: JsonReportParts, plan: Plan, { lang, input }: Pick<AssessmentReporterOptions, "lang" | "input">, stream: boolean): Record<string, unknown> {
  const text = resultText(plan, lang);
  const given = report.results;
  const results = given instanceof JsonText ? given : stream ? new StreamedArray(mapped(given, (r) => resultJson(r, text))) : [...given].map((r) => resultJson(r, text));
  return {
    version: report.version,
    plan: { id: report.plan.id, version: report.plan.version },
    as_of: report.as_of,
    method: report.method,
    thresholds: report.thresholds,
    summary: report.summary,
    results,
    diagnostics: report.diagnostics.map(flatDiagnostic),
    ...(input ? { input } : {}),
  };
}

function* mapped<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const t of items) yield f(t);
}

/** `{version, plan, as_of, method, thresholds, summary, results, diagnostics}`; undefined fields are left out. */
export const assessmentJsonReporter: AssessmentReporter = (report, plan, options) => JSON.stringify(jsonDocument(report, plan, options, false), null, 2) + "\n";

/** The same text as assessmentJsonReporter, in pieces: each result is made into JSON (and, for a lazy report, computed) only when its turn comes. */
export function* assessmentJsonPieces(report: JsonReportParts, plan: Plan, options: Pick<AssessmentReporterOptions, "lang" | "input">): Generator<string | Uint8Array> {
  yield* jsonPieces(jsonDocument(report, plan, options, true));
  yield "\n";
}

/**
 * The `results` array of assessmentJsonPieces alone, written result by result, to be put in place later as a
 * JsonText (so the summary, which comes first, can be counted while the results are written).
 */
export function assessmentJsonResultsPieces(results: Iterable<IndicatorResult>, plan: Plan, { lang }: Pick<AssessmentReporterOptions, "lang">): Generator<string> {
  const text = resultText(plan, lang);
  return streamedArrayPieces(mapped(results, (r) => resultJson(r, text)), 1);
}
