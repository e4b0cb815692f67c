/** The counties side by side (issue 13): the city's own attainment, each region's attainment rate with its rank, an indicator × region status grid, red warnings by county. */
import type { Report, SummaryBlock } from "../model/report.js";
import { summarize, summarizeBlock } from "../assess/summarize.js";
import { orderedResults, type RowContext } from "./report-rows.js";
import { resultSentences } from "./result-sentences.js";
import type { ReportCell } from "./report-cell.js";
import { groupBy } from "../util/group-by.js";

/** One region's counts and its rank by attainment rate (1 = best; ties share a rank; null without an assessable result). */
export interface RegionAttainment {
  region: string;
  name: string;
  city: boolean;
  block: SummaryBlock;
  rank: number | null;
}

/** The summary the headline shows: the city's own results when the report has them, else everything, with its label. */
export function headlineSummary(c: RowContext, report: Report): { label: string; summary: SummaryBlock & { areas: Record<string, SummaryBlock> } } {
  const city = c.plan.regions.find((r) => r.level === "city" && report.results.some((x) => x.region === r.code));
  if (!city) return { label: c.t("k-attainment"), summary: report.summary };
  const own = report.results.filter((r) => r.region === city.code);
  return { label: c.t("k-attainment-city", { region: city.name[c.lang] }), summary: summarize(own, c.plan.areas.map((a) => a.id as string)) };
}

/** Every region with results, in the plan's order, with its attainment rate and rank. */
export function regionAttainment(c: RowContext, report: Report): RegionAttainment[] {
  const out: RegionAttainment[] = [];
  for (const r of c.plan.regions) {
    const own = report.results.filter((x) => x.region === r.code);
    if (own.length > 0) out.push({ region: r.code, name: r.name[c.lang], city: r.level !== "county", block: summarizeBlock(own), rank: null });
  }
  const rates = out.map((r) => r.block.attainment_rate).filter((v): v is number => v !== null);
  for (const r of out) if (r.block.attainment_rate !== null) r.rank = 1 + rates.filter((v) => v > r.block.attainment_rate!).length;
  return out;
}

/** The attainment table: header and one row per region (rate in column RATE_COLUMN_REGIONS as a share of 1, rank after it). */
export function regionTable(c: RowContext, regions: readonly RegionAttainment[]): { header: string[]; rows: ReportCell[][] } {
  const { t } = c;
  return {
    header: [t("h-region"), t("h-assessable"), t("h-met"), t("h-nearly"), t("h-not-met"), t("status-indeterminate"), t("status-no_data"), t("h-rate"), t("h-rank"), t("h-red"), t("h-yellow")],
    rows: regions.map((r) => [r.name, r.block.assessable, r.block.met, r.block.nearly_met, r.block.not_met, r.block.indeterminate, r.block.missing, r.block.attainment_rate, r.rank, r.block.warnings.red, r.block.warnings.yellow]),
  };
}

/** Column of the attainment rate in regionTable's rows. */
export const RATE_COLUMN_REGIONS = 7;

/** One cell of the status grid: the status (for the colour: a TargetStatus, "no_data" or "none") and its word. */
export interface GridCell {
  status: string;
  label: string;
}

/** Indicator × region: the status of each indicator's headline result (all persons, or the first split) in every region. */
export function statusGrid(c: RowContext, report: Report): { regions: { code: string; name: string }[]; rows: { indicator: string; name: string; cells: (GridCell | null)[] }[] } {
  const ordered = orderedResults(report, c.plan);
  const regions = c.plan.regions.filter((r) => ordered.some((x) => x.region === r.code)).map((r) => ({ code: r.code, name: r.name[c.lang] }));
  const byIndicator = groupBy(ordered, (r) => r.indicator);
  const rows = [...byIndicator].map(([indicator, results]) => ({
    indicator,
    name: c.indicators.get(indicator)?.name[c.lang] ?? indicator,
    cells: regions.map((reg): GridCell | null => {
      const here = results.filter((r) => r.region === reg.code);
      const r = here.find((x) => !x.sex || x.sex === "total") ?? here[0];
      if (!r) return null;
      if (r.reason === "no-data") return { status: "no_data", label: c.t("status-no_data") };
      if (!r.status) return { status: "none", label: c.t("none") };
      return { status: r.status, label: c.t(`status-${r.status}`) };
    }),
  }));
  return { regions, rows };
}

/** The counties' red warnings, grouped by county in the plan's order, each as a sentence with its indicator. */
export function redWarningsByCounty(c: RowContext, report: Report): { region: string; warnings: { indicator: string; text: string }[] }[] {
  const out: { region: string; warnings: { indicator: string; text: string }[] }[] = [];
  for (const reg of c.plan.regions.filter((r) => r.level === "county")) {
    const warnings: { indicator: string; text: string }[] = [];
    for (const r of orderedResults(report, c.plan).filter((x) => x.region === reg.code)) {
      const s = resultSentences(r, { plan: c.plan, asOf: report.as_of, lang: c.lang }).warnings;
      s.forEach((w) => {
        const name = c.indicators.get(r.indicator)?.name[c.lang] ?? r.indicator;
        if (w.level === "red") warnings.push({ indicator: r.sex && r.sex !== "total" ? `${name}（${c.t(`sex-${r.sex}`)}）` : name, text: w.text });
      });
    }
    if (warnings.length > 0) out.push({ region: reg.name[c.lang], warnings });
  }
  return out;
}
