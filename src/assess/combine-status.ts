/** A result's status and category from its current targets (what the summary counts). */
import type { ProgressCategory, TargetResult, TargetStatus } from "../model/report.js";

const CATEGORY_ORDER: ProgressCategory[] = ["moving_away", "insufficient", "moderate", "on_track", "achieved"];

/**
 * Any current target not met → not_met; else any not assessable → not_assessable (a result is only
 * counted as met when every current target could be judged); else any statistically indeterminate →
 * indeterminate; else any nearly met → nearly_met; else met.
 */
export function combineStatus(targets: readonly TargetResult[]): TargetStatus | undefined {
  const cur = targets.filter((t) => t.current);
  if (cur.length === 0) return undefined;
  const has = (s: TargetStatus): boolean => cur.some((t) => t.status === s);
  if (has("not_met")) return "not_met";
  if (has("not_assessable")) return "not_assessable";
  if (has("indeterminate")) return "indeterminate";
  if (has("nearly_met")) return "nearly_met";
  return "met";
}

/** The least favourable category among the current targets; insufficient_data only when none has another. */
export function combineCategory(targets: readonly TargetResult[]): ProgressCategory | undefined {
  const cats = targets.filter((t) => t.current && t.category).map((t) => t.category as ProgressCategory);
  if (cats.length === 0) return undefined;
  for (const c of CATEGORY_ORDER) if (cats.includes(c)) return c;
  return "insufficient_data";
}

/**
 * Mark the current targets: every-year targets plus the dated targets of the nearest target year at or
 * after as_of (the latest target year when as_of is past them all) — the mid-term 2025 targets up to 2025, 2030 after.
 */
export function markCurrent(targets: TargetResult[], asOf: number): void {
  const years = targets.map((t) => t.year).filter((y): y is number => y !== null).sort((a, b) => a - b);
  const pick = years.find((y) => y >= asOf) ?? years[years.length - 1];
  for (const t of targets) t.current = t.year === null || t.year === pick;
}
