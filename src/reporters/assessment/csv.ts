/** The report as CSV: one row per result × target (a result without targets gets one row), UTF-8 BOM, formula-safe. */
import type { AssessmentReporter } from "./assessment-reporter.js";
import { toCsv } from "../../util/to-csv.js";
import { resultText } from "../../report-model/result-text.js";
import { groupResults } from "../../report-model/group-results.js";

const COLUMNS = [
  "area", "indicator", "indicator_name", "region", "region_name", "sex", "unit", "latest_year", "latest_value",
  "target_year", "target_kind", "target_value", "target_text", "threshold", "status", "status_text", "reason",
  "gap", "gap_relative", "progress_share", "time_share", "lag_points", "category", "category_text", "projection",
  "trend_direction", "series", "warnings", "warning_messages",
] as const;

/** Render as CSV; numbers stay numbers, text from the data is neutralised. */
export const assessmentCsvReporter: AssessmentReporter = (report, plan, { lang }) => {
  const text = resultText(plan, lang);
  const rows: unknown[][] = [];
  for (const r of groupResults(report, plan).flatMap((a) => a.indicators.flatMap((i) => i.results))) {
    const lead = [r.area, r.indicator, text.indicatorName(r.indicator), r.region, text.regionName(r.region), r.sex, text.unit(r.indicator), r.latest?.year, r.latest?.value];
    const tail = [
      r.trend.direction,
      r.series.map((p) => `${p.year}:${p.value}`).join(" "),
      r.warnings.map((w) => (w.level ? `${w.code}:${w.level}` : w.code)).join(" "),
      r.warnings.map((w) => `${text.level(w)} · ${text.warning(w.code)}: ${w.message}`).join(" | "),
    ];
    if (r.targets.length === 0) rows.push([...lead, ...Array<undefined>(16).fill(undefined), ...tail]);
    for (const tr of r.targets) {
      rows.push([
        ...lead,
        tr.year ?? "every_year", tr.kind, tr.value, text.target(tr, r.indicator), tr.threshold, tr.status, text.verdict(r, tr), tr.reason,
        tr.gap?.absolute, tr.gap?.relative, tr.progress?.share, tr.progress?.time_share, tr.progress?.lag_points, tr.category, text.category(tr.category), tr.projection,
        ...tail,
      ]);
    }
  }
  return toCsv(COLUMNS, rows);
};
