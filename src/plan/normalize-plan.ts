/** Flatten a schema-valid raw plan into the Plan the core works on. */
import type { Goal, Indicator, Plan } from "../model/plan.js";
import type { RawPlan } from "./raw-plan.js";

/** Build a Plan: goals and indicators listed flat, each knowing its area and goal. */
export function normalizePlan(raw: RawPlan, file?: string): Plan {
  const goals: Goal[] = [];
  const indicators: Indicator[] = [];
  for (const a of raw.areas) {
    for (const g of a.goals) {
      goals.push({ area: a.id, number: g.number, text: g.text, measurable: g.measurable, note: g.note, indicators: g.indicators.map((i) => i.id) });
      for (const i of g.indicators) {
        indicators.push({ ...i, area: a.id, goal: g.number, targets: i.targets.map((t) => ({ ...t })) });
      }
    }
  }
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    period: raw.period,
    base_year: raw.base_year,
    milestones: raw.milestones ?? [raw.period.end],
    source: raw.source,
    notes: raw.notes ?? [],
    regions: raw.regions,
    areas: raw.areas.map((a) => ({ id: a.id, number: a.number, name: a.name })),
    goals,
    indicators,
    file,
  };
}
