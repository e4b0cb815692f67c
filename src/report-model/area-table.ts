/** An area's results as a table: the column headers and each row's cells, in one order for every output. */
import type { ResultRow, RowContext } from "./report-rows.js";
import type { ReportCell } from "./report-cell.js";

/** How many leading columns a reader sees (and prints); the rest — series, threshold, indicator code — are for analysts. */
export const AREA_READER_COLUMNS = 15;

/** Column headers of an area table, in the user's language: the reader's columns first, the analyst's last. */
export function areaHeaders(c: RowContext): string[] {
  const { t } = c;
  return [
    t("h-indicator"), t("h-region"), t("h-unit"), t("h-latest-year"), t("h-latest"), t("h-baseline"), t("h-target"), t("h-gap"), t("h-progress"), t("h-time-share"),
    t("h-status"), t("h-category"), t("h-trend"), t("h-spark"), t("h-words"),
    t("h-series"), t("h-threshold"), t("h-indicator-id"),
  ];
}

/** The cells of one row, in the order of areaHeaders. */
export function areaCells(r: ResultRow): ReportCell[] {
  return [r.indicatorName, r.regionName, r.unit, r.latestYear, r.latest, r.baseline, r.target, r.gap, r.progress, r.timeShare, r.status, r.category, r.trend, r.spark, r.words, r.series, r.threshold, r.indicator];
}
