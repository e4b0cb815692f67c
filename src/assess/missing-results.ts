/** Missing data is a result: every indicator × region the plan expects and the data lacks up to as_of is listed as not assessable (no data). */
import type { Indicator, Plan } from "../model/plan.js";
import type { IndicatorResult, TargetResult } from "../model/report.js";
import { markCurrent } from "./combine-status.js";

/** Whether the plan monitors the indicator in a region of this level (every level when `levels` is absent). */
export function monitoredAt(indicator: Indicator, level: string | undefined): boolean {
  return !indicator.levels || (level !== undefined && (indicator.levels as string[]).includes(level));
}

/** The result of an expected indicator × region with no value up to as_of: not assessable, reason "no-data", every target too. */
export function missingResult(indicator: Indicator, region: string, asOf: number): IndicatorResult {
  const targets: TargetResult[] = indicator.targets.map((t) => ({ year: t.year, kind: t.kind, status: "not_assessable", reason: "no-data", steps: [] }));
  markCurrent(targets, asOf);
  return {
    indicator: indicator.id,
    area: indicator.area,
    goal: indicator.goal,
    region,
    latest: null,
    baseline: null,
    series: [],
    trend: { points: 0, cagr: null, linear: null, robust_slope: null, last_change: null, direction: null, projection: {} },
    targets,
    warnings: [],
    status: "not_assessable",
    reason: "no-data",
  };
}

/** The expected indicator × region keys: indicators with targets, in the regions in scope, at the levels the plan monitors them. */
export function expectedKeys(plan: Plan, regions: readonly string[], keep: (indicator: Indicator) => boolean): { indicator: Indicator; region: string }[] {
  const level = new Map(plan.regions.map((r) => [r.code, r.level]));
  const out: { indicator: Indicator; region: string }[] = [];
  for (const indicator of plan.indicators) {
    if (indicator.targets.length === 0 || !keep(indicator)) continue;
    for (const region of regions) if (monitoredAt(indicator, level.get(region))) out.push({ indicator, region });
  }
  return out;
}
