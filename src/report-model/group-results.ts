/** A report's results in the plan's order: by area, then indicator, then region and sex. */
import type { Plan } from "../model/plan.js";
import type { IndicatorResult, Report } from "../model/report.js";

/** One indicator with its results (one per region × sex). */
export interface IndicatorGroup {
  indicator: string;
  results: IndicatorResult[];
}

/** One area with its indicators. */
export interface AreaGroup {
  area: string;
  indicators: IndicatorGroup[];
}

const SEX_ORDER = { total: 0, female: 1, male: 2 } as const;

// Anything the plan does not list (a newer report against an older plan) goes last, in name order, rather than disappearing.
function rank(order: Map<string, number>, key: string): number {
  return order.get(key) ?? Number.MAX_SAFE_INTEGER;
}

/** What orders a result: its area, indicator, region and sex. */
export interface ResultOrderKey {
  area: string;
  indicator: string;
  region: string;
  sex?: keyof typeof SEX_ORDER;
}

/** The order of results in every output: area, indicator, region (the plan's order, then by name), sex. */
export function compareResultKeys(plan: Plan): (a: ResultOrderKey, b: ResultOrderKey) => number {
  const areaOrder = new Map(plan.areas.map((a, i) => [a.id as string, i]));
  const indOrder = new Map(plan.indicators.map((ind, i) => [ind.id, i]));
  const regionOrder = new Map(plan.regions.map((r, i) => [r.code, i]));
  return (a, b) =>
    rank(areaOrder, a.area) - rank(areaOrder, b.area) ||
    a.area.localeCompare(b.area) ||
    rank(indOrder, a.indicator) - rank(indOrder, b.indicator) ||
    a.indicator.localeCompare(b.indicator) ||
    rank(regionOrder, a.region) - rank(regionOrder, b.region) ||
    a.region.localeCompare(b.region) ||
    (a.sex ? SEX_ORDER[a.sex] : -1) - (b.sex ? SEX_ORDER[b.sex] : -1);
}

/** Group and order the results deterministically. */
export function groupResults(report: Report, plan: Plan): AreaGroup[] {
  const sorted = [...report.results].sort(compareResultKeys(plan));
  const out: AreaGroup[] = [];
  for (const r of sorted) {
    let area = out[out.length - 1];
    if (!area || area.area !== r.area) out.push((area = { area: r.area, indicators: [] }));
    let ind = area.indicators[area.indicators.length - 1];
    if (!ind || ind.indicator !== r.indicator) area.indicators.push((ind = { indicator: r.indicator, results: [] }));
    ind.results.push(r);
  }
  return out;
}
