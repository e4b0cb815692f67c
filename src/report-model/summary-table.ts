/** The per-area attainment summary as a table: one row per area with results, the total last. */
import type { Report, SummaryBlock } from "../model/report.js";
import type { RowContext } from "./report-rows.js";
import type { ReportCell } from "./report-cell.js";

/** Column of the attainment rate (a share of 1) in summaryTable's rows. */
export const RATE_COLUMN = 9;

/** Header and rows: area name, counts (statistically indeterminate and missing data too), attainment rate (RATE_COLUMN), red and yellow warnings. */
export function summaryTable(c: RowContext, report: Report): { header: string[]; rows: ReportCell[][] } {
  const { t } = c;
  const line = (name: string, b: SummaryBlock): ReportCell[] => [name, b.results, b.assessable, b.met, b.nearly_met, b.not_met, b.not_assessable, b.indeterminate, b.missing, b.attainment_rate, b.warnings.red, b.warnings.yellow];
  const rows: ReportCell[][] = [];
  for (const area of c.plan.areas) {
    const b = report.summary.areas[area.id];
    if (b) rows.push(line(area.name[c.lang], b));
  }
  rows.push(line(t("total"), report.summary));
  return { header: [t("h-area"), t("h-results"), t("h-assessable"), t("h-met"), t("h-nearly"), t("h-not-met"), t("h-not-assessable"), t("status-indeterminate"), t("status-no_data"), t("h-rate"), t("h-red"), t("h-yellow")], rows };
}
