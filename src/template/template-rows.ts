/** The rows of a submission template: one per indicator × region (× sex where the plan splits by sex), levels respected, earlier values looked up. */
import type { Lang } from "../i18n/lang.js";
import type { Indicator, Plan, Region } from "../model/plan.js";
import type { Observation, Sex } from "../model/observation.js";
import { describeTarget } from "../plan/describe-target.js";

/** What the template is for. */
export interface TemplateOptions {
  year: number;
  /** Region codes (default: every region of the plan). */
  regions?: readonly string[];
  /** Earlier submissions, to show last years' values (and this year's, when already known). */
  data?: readonly Observation[];
  lang: Lang;
}

/** One fill-in row. */
export interface TemplateRow {
  indicator: Indicator;
  region: Region;
  sex?: Exclude<Sex, "total">;
  value: number | null;
  target: string;
  /** Values of year − 1 and year − 2 (null when unknown). */
  previous: [number | null, number | null];
}

/** Indicators an area of this level reports: `levels` limits them (e.g. city-only gaps). */
export function reportsAt(indicator: Indicator, region: Region): boolean {
  return !indicator.levels || indicator.levels.length === 0 || indicator.levels.includes(region.level);
}

function key(indicator: string, region: string, sex: string | undefined, year: number): string {
  return `${indicator}\u0000${region}\u0000${sex ?? ""}\u0000${year}`;
}

/** The rows, grouped by region (each county fills a block), indicators in plan order. */
export function templateRows(plan: Plan, opts: TemplateOptions): TemplateRow[] {
  const wanted = opts.regions && opts.regions.length > 0 ? new Set(opts.regions) : undefined;
  const regions = plan.regions.filter((r) => !wanted || wanted.has(r.code));
  const known = new Map<string, number>();
  for (const o of opts.data ?? []) known.set(key(o.indicator, o.region, o.sex === "total" ? undefined : o.sex, o.year), o.value);
  const look = (i: string, r: string, s: string | undefined, y: number): number | null => known.get(key(i, r, s, y)) ?? null;
  const rows: TemplateRow[] = [];
  for (const region of regions) {
    for (const indicator of plan.indicators) {
      if (!reportsAt(indicator, region)) continue;
      const target = indicator.targets.map((t) => describeTarget(t, indicator, plan, opts.lang)).join(opts.lang === "zh" ? "；" : "; ");
      const sexes: (Exclude<Sex, "total"> | undefined)[] = indicator.sex_disaggregated ? [undefined, "female", "male"] : [undefined];
      for (const sex of sexes) {
        rows.push({
          indicator,
          region,
          ...(sex ? { sex } : {}),
          value: look(indicator.id, region.code, sex, opts.year),
          target,
          previous: [look(indicator.id, region.code, sex, opts.year - 1), look(indicator.id, region.code, sex, opts.year - 2)],
        });
      }
    }
  }
  return rows;
}
