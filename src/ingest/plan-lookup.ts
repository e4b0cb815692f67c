/** Everything the mappers need to know about the plan, indexed once per run. */
import type { Plan, RegionLevel } from "../model/plan.js";
import { buildIndicatorIndex, type IndicatorIndex } from "./resolve-indicator.js";
import { buildRegionIndex, type RegionIndex } from "./resolve-region.js";
import { isPercentUnit, isPermilleUnit } from "./unit-matches.js";
import { namedValues, type NamedValue } from "./nearest-names.js";

/** Plan indexes and per-indicator facts as arrays (no per-row object lookups). */
export interface PlanLookup {
  plan: Plan;
  indicators: IndicatorIndex;
  regions: RegionIndex;
  /** Per indicator: measured in % (shares). */
  percent: boolean[];
  /** Per indicator: measured in ‰. */
  permille: boolean[];
  min: number[];
  max: number[];
  /** Per indicator: region levels it is monitored at. */
  levels: ReadonlySet<RegionLevel>[];
  /** Every name of every indicator (id, names, aliases), for suggestions. */
  indicatorNames: NamedValue<number>[];
  /** Every name of every region (code, names, aliases), for suggestions. */
  regionNames: NamedValue<number>[];
}

/** Index a plan for reading submissions. */
export function buildPlanLookup(plan: Plan): PlanLookup {
  const allLevels = new Set<RegionLevel>(plan.regions.map((r) => r.level));
  return {
    plan,
    indicators: buildIndicatorIndex(plan),
    regions: buildRegionIndex(plan),
    percent: plan.indicators.map(isPercentUnit),
    permille: plan.indicators.map(isPermilleUnit),
    min: plan.indicators.map((i) => i.bounds?.min ?? -Infinity),
    max: plan.indicators.map((i) => i.bounds?.max ?? Infinity),
    levels: plan.indicators.map((i) => (i.levels?.length ? new Set(i.levels) : allLevels)),
    indicatorNames: namedValues(plan.indicators.flatMap((ind, i) => [ind.id, ind.name.zh, ind.name.en, ...(ind.aliases ?? [])].map((n): [string, number] => [n, i]))),
    regionNames: namedValues(plan.regions.flatMap((r, i) => [r.code, r.name.zh, r.name.en, ...(r.aliases ?? [])].map((n): [string, number] => [n, i]))),
  };
}
