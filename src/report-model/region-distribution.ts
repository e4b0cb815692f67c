/** How each indicator is spread over the regions (for reports of many regions): the city's own value and status, counts by status, median, lowest and highest with their region. */
import type { IndicatorResult, Report } from "../model/report.js";
import { summarize } from "../assess/summarize.js";
import { median } from "../trend/median.js";
import { orderedResults, type RowContext } from "./report-rows.js";
import type { ReportCell } from "./report-cell.js";

/** One indicator over the regions below the city. */
export interface DistributionRow {
  indicator: string;
  area: string;
  name: string;
  unit: string;
  cityLatest: number | null;
  cityStatus: string;
  regions: number;
  met: number;
  nearlyMet: number;
  notMet: number;
  median: number | null;
  lowest: { value: number; region: string } | null;
  highest: { value: number; region: string } | null;
}

/** Every indicator with results, in plan order, from each region's headline result (all persons, or the first split). */
export function regionDistribution(c: RowContext, report: Report): DistributionRow[] {
  const city = c.plan.regions.find((r) => r.level === "city")?.code;
  const byIndicator = new Map<string, Map<string, IndicatorResult>>();
  for (const r of orderedResults(report, c.plan)) {
    const regions = byIndicator.get(r.indicator) ?? new Map<string, IndicatorResult>();
    byIndicator.set(r.indicator, regions);
    const had = regions.get(r.region);
    if (!had || (had.sex && had.sex !== "total" && (!r.sex || r.sex === "total"))) regions.set(r.region, r);
  }
  const status = (r: IndicatorResult | undefined): string => (!r ? "" : r.reason === "no-data" ? c.t("status-no_data") : r.status ? c.t(`status-${r.status}`) : c.t("none"));
  return [...byIndicator].map(([indicator, regions]) => {
    const ind = c.indicators.get(indicator);
    const own = city === undefined ? undefined : regions.get(city);
    const others = [...regions.values()].filter((r) => r.region !== city);
    const valued = others.filter((r) => r.latest !== null).map((r) => ({ value: r.latest!.value, region: c.regionName(r.region) }));
    valued.sort((a, b) => a.value - b.value);
    return {
      indicator,
      area: ind?.area ?? others[0]?.area ?? "",
      name: ind?.name[c.lang] ?? indicator,
      unit: ind?.unit[c.lang] ?? "",
      cityLatest: own?.latest?.value ?? null,
      cityStatus: status(own),
      regions: valued.length,
      met: others.filter((r) => r.status === "met").length,
      nearlyMet: others.filter((r) => r.status === "nearly_met").length,
      notMet: others.filter((r) => r.status === "not_met").length,
      median: valued.length > 0 ? median(valued.map((v) => v.value)) : null,
      lowest: valued[0] ?? null,
      highest: valued[valued.length - 1] ?? null,
    };
  });
}

/** The distribution table's header. */
export function distributionHeader(c: RowContext, cityName: string): string[] {
  const { t } = c;
  return [t("h-indicator"), t("h-unit"), t("d-city-latest", { region: cityName }), t("d-city-status", { region: cityName }), t("d-regions"), t("h-met"), t("h-nearly"), t("h-not-met"), t("d-median"), t("d-lowest"), t("d-highest")];
}

/** One row of the distribution table (lowest and highest as "value（region）"). */
export function distributionCells(c: RowContext, d: DistributionRow, num: (v: number) => string): ReportCell[] {
  const named = (x: { value: number; region: string } | null): string => (x ? (c.lang === "zh" ? `${num(x.value)}（${x.region}）` : `${num(x.value)} (${x.region})`) : "");
  return [d.name, d.unit, d.cityLatest, d.cityStatus, d.regions, d.met, d.nearlyMet, d.notMet, d.median, named(d.lowest), named(d.highest)];
}

/** The part of a report about one region: its results and their summary (no diagnostics: those belong to the inputs). */
export function regionReport(c: RowContext, report: Report, region: string): Report {
  const results = report.results.filter((r) => r.region === region);
  return { ...report, results, summary: summarize(results, c.plan.areas.map((a) => a.id as string)), diagnostics: [] };
}
