/** The report as CSV: one row per result × target (a result without targets gets one row), UTF-8 BOM, formula-safe. */
import type { AssessmentReporter, AssessmentReporterOptions } from "./assessment-reporter.js";
import type { IndicatorResult } from "../../model/report.js";
import type { Plan } from "../../model/plan.js";
import type { Lang } from "../../i18n/lang.js";
import { csvPieces, toCsv } from "../../util/to-csv.js";
import { resultText } from "../../report-model/result-text.js";
import { groupResults } from "../../report-model/group-results.js";

const COLUMNS = [
  "area", "indicator", "indicator_name", "region", "region_name", "sex", "unit", "latest_year", "latest_value",
  "target_year", "target_kind", "target_value", "target_text", "threshold", "status", "status_text", "reason",
  "gap", "gap_relative", "progress_share", "time_share", "lag_points", "category", "category_text", "projection",
  "trend_direction", "series", "warnings", "warning_messages",
] as const;

/** The CSV rows of results, in the order given: one per result × target (a result without targets gets one row). */
function* csvRows(results: Iterable<IndicatorResult>, plan: Plan, lang: Lang): Generator<unknown[]> {
  const text = resultText(plan, lang);
  for (const r of results) {
    const lead = [r.area, r.indicator, text.indicatorName(r.indicator), r.region, text.regionName(r.region), r.sex, text.unit(r.indicator), r.latest?.year, r.latest?.value];
    const tail = [
      r.trend.direction,
      r.series.map((p) => `${p.year}:${p.value}`).join(" "),
      r.warnings.map((w) => (w.level ? `${w.code}:${w.level}` : w.code)).join(" "),
      r.warnings.map((w) => `${text.level(w)} · ${text.warning(w.code)}: ${w.message}`).join(" | "),
    ];
    if (r.targets.length === 0) yield [...lead, ...Array<undefined>(16).fill(undefined), ...tail];
    for (const tr of r.targets) {
      yield [
        ...lead,
        tr.year ?? "every_year", tr.kind, tr.value, text.target(tr, r.indicator), tr.threshold, tr.status, text.verdict(r, tr), tr.reason,
        tr.gap?.absolute, tr.gap?.relative, tr.progress?.share, tr.progress?.time_share, tr.progress?.lag_points, tr.category, text.category(tr.category), tr.projection,
        ...tail,
      ];
    }
  }
}

/** Render as CSV; numbers stay numbers, text from the data is neutralised. */
export const assessmentCsvReporter: AssessmentReporter = (report, plan, { lang }) =>
  toCsv(COLUMNS, [...csvRows(groupResults(report, plan).flatMap((a) => a.indicators.flatMap((i) => i.results)), plan, lang)]);

/**
 * The same text as assessmentCsvReporter, in pieces, for results already in the plan's order (see compareResultKeys):
 * each result is turned into rows (and, for a lazy report, computed) only when its turn comes.
 */
export function assessmentCsvPieces(ordered: Iterable<IndicatorResult>, plan: Plan, { lang }: Pick<AssessmentReporterOptions, "lang">): Generator<string> {
  return csvPieces(COLUMNS, csvRows(ordered, plan, lang));
}
