/** The documented JSON form of a plan (`plan show --format json`), stable for downstream tools. */
import type { AreaId, Plan, Target } from "../model/plan.js";

function targetJson(t: Target): Record<string, unknown> {
  const out: Record<string, unknown> = { year: t.year, kind: t.kind };
  for (const k of ["value", "tolerance", "side", "baseline_year", "pct", "ref", "op", "quote", "note"] as const) if (t[k] !== undefined) out[k] = t[k];
  return out;
}

/** `{plan: {id, version, title, period, base_year, regions[]}, goals[], indicators[]}`, optionally limited to some areas. */
export function planToJson(plan: Plan, areas?: readonly AreaId[]): Record<string, unknown> {
  const keep = (a: AreaId): boolean => !areas || areas.includes(a);
  return {
    plan: {
      id: plan.id,
      version: plan.version,
      title: plan.title,
      period: plan.period,
      base_year: plan.base_year,
      milestones: plan.milestones,
      regions: plan.regions.map((r) => ({ code: r.code, name: r.name, level: r.level, ...(r.parent ? { parent: r.parent } : {}), ...(r.aliases ? { aliases: r.aliases } : {}) })),
      areas: plan.areas.filter((a) => keep(a.id)),
    },
    goals: plan.goals.filter((g) => keep(g.area)).map((g) => ({ area: g.area, number: g.number, text: g.text, measurable: g.measurable, indicators: g.indicators, ...(g.note ? { note: g.note } : {}) })),
    indicators: plan.indicators
      .filter((i) => keep(i.area))
      .map((i) => ({
        id: i.id,
        area: i.area,
        goal: i.goal,
        name: i.name,
        unit: i.unit,
        higher_is_better: i.higher_is_better,
        ...(i.bounds ? { bounds: i.bounds } : {}),
        ...(i.levels ? { levels: i.levels } : {}),
        ...(i.baseline ? { baseline: { year: i.baseline.year, value: i.baseline.value } } : {}),
        ...(i.formula ? { formula: i.formula } : {}),
        ...(i.aggregate ? { aggregate: i.aggregate } : {}),
        ...(i.stepwise ? { stepwise: true } : {}),
        ...(i.clear_movement !== undefined ? { clear_movement: i.clear_movement } : {}),
        ...(i.signed_gap ? { signed_gap: i.signed_gap } : {}),
        ...(i.note ? { note: i.note } : {}),
        targets: i.targets.map(targetJson),
      })),
  };
}
