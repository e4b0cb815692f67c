/** Differences between two plan versions: goals and indicators added or removed, targets added, removed or changed. */
import type { Indicator, Plan, Target } from "../model/plan.js";

export type ChangeKind = "added" | "removed" | "changed";

/** One difference. `key` names what changed: a goal (area-number), an indicator id, or indicator/target-year/kind. */
export interface PlanChange {
  change: ChangeKind;
  entity: "goal" | "indicator" | "target" | "region";
  key: string;
  indicator?: string;
  before?: unknown;
  after?: unknown;
  fields?: string[];
}

const targetKey = (t: Target): string => `${t.kind}@${t.year ?? "every"}${t.kind === "compare" ? `:${t.ref}` : ""}${t.kind === "relative" ? `:${t.baseline_year}` : ""}`;
const TARGET_FIELDS = ["value", "tolerance", "baseline_year", "pct", "ref", "op"] as const;
const INDICATOR_FIELDS = ["unit", "higher_is_better", "bounds", "name", "baseline", "levels"] as const;

function changedFields<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).map(String);
}

function diffTargets(a: Indicator, b: Indicator, out: PlanChange[]): void {
  const before = new Map(a.targets.map((t) => [targetKey(t), t]));
  const after = new Map(b.targets.map((t) => [targetKey(t), t]));
  for (const [k, t] of before) {
    const u = after.get(k);
    if (!u) out.push({ change: "removed", entity: "target", key: `${a.id}/${k}`, indicator: a.id, before: t });
    else {
      const fields = changedFields(t, u, TARGET_FIELDS);
      if (fields.length) out.push({ change: "changed", entity: "target", key: `${a.id}/${k}`, indicator: a.id, before: t, after: u, fields });
    }
  }
  for (const [k, u] of after) if (!before.has(k)) out.push({ change: "added", entity: "target", key: `${a.id}/${k}`, indicator: a.id, after: u });
}

/** Compare two plans; the result is ordered: regions, goals, indicators, targets. */
export function diffPlans(a: Plan, b: Plan): PlanChange[] {
  const out: PlanChange[] = [];
  const ra = new Map(a.regions.map((r) => [r.code, r])), rb = new Map(b.regions.map((r) => [r.code, r]));
  for (const [c, r] of ra) if (!rb.has(c)) out.push({ change: "removed", entity: "region", key: c, before: r });
  for (const [c, r] of rb) if (!ra.has(c)) out.push({ change: "added", entity: "region", key: c, after: r });

  const ga = new Map(a.goals.map((g) => [`${g.area}-${g.number}`, g])), gb = new Map(b.goals.map((g) => [`${g.area}-${g.number}`, g]));
  for (const [k, g] of ga) {
    const h = gb.get(k);
    if (!h) out.push({ change: "removed", entity: "goal", key: k, before: g });
    else if (g.text !== h.text || g.measurable !== h.measurable)
      out.push({ change: "changed", entity: "goal", key: k, before: g, after: h, fields: changedFields(g, h, ["text", "measurable"]) });
  }
  for (const [k, h] of gb) if (!ga.has(k)) out.push({ change: "added", entity: "goal", key: k, after: h });

  const ia = new Map(a.indicators.map((i) => [i.id, i])), ib = new Map(b.indicators.map((i) => [i.id, i]));
  const targetChanges: PlanChange[] = [];
  for (const [id, i] of ia) {
    const j = ib.get(id);
    if (!j) {
      out.push({ change: "removed", entity: "indicator", key: id, indicator: id, before: i });
      continue;
    }
    const fields = changedFields(i, j, INDICATOR_FIELDS);
    if (fields.length) out.push({ change: "changed", entity: "indicator", key: id, indicator: id, before: i, after: j, fields });
    diffTargets(i, j, targetChanges);
  }
  for (const [id, j] of ib) {
    if (ia.has(id)) continue;
    out.push({ change: "added", entity: "indicator", key: id, indicator: id, after: j });
    for (const t of j.targets) targetChanges.push({ change: "added", entity: "target", key: `${id}/${targetKey(t)}`, indicator: id, after: t });
  }
  return [...out, ...targetChanges];
}
