/** The summary: counts by status and category, warnings by level, and the attainment rate (达标率) overall and per area. */
import type { IndicatorResult, ProgressCategory, SummaryBlock } from "../model/report.js";

const CATEGORIES: ProgressCategory[] = ["achieved", "on_track", "moderate", "insufficient", "moving_away", "insufficient_data"];

/**
 * Count results. Status and category counts cover results with targets, by their combined current status
 * (see combine-status.ts); attainment rate = (met + nearly_met) / (met + nearly_met + not_met), as in Chinese
 * monitoring reports (indicators met / indicators monitorable), null when nothing is assessable.
 */
export function summarizeBlock(results: readonly IndicatorResult[]): SummaryBlock {
  const b: SummaryBlock = {
    results: results.length, assessable: 0, met: 0, nearly_met: 0, not_met: 0, indeterminate: 0, not_assessable: 0, missing: 0, attainment_rate: null,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<ProgressCategory, number>,
    warnings: { red: 0, yellow: 0, other: 0 },
  };
  for (const r of results) {
    if (r.status) b[r.status]++;
    if (r.reason === "no-data") b.missing++;
    if (r.category) b.categories[r.category]++;
    for (const w of r.warnings) b.warnings[w.level ?? "other"]++;
  }
  b.assessable = b.met + b.nearly_met + b.not_met;
  b.attainment_rate = b.assessable > 0 ? (b.met + b.nearly_met) / b.assessable : null;
  return b;
}

/** The overall block plus one per area that has results, in the given area order. */
export function summarize(results: readonly IndicatorResult[], areaOrder: readonly string[]): SummaryBlock & { areas: Record<string, SummaryBlock> } {
  const areas: Record<string, SummaryBlock> = {};
  for (const a of areaOrder) {
    const rs = results.filter((r) => r.area === a);
    if (rs.length > 0) areas[a] = summarizeBlock(rs);
  }
  return { ...summarizeBlock(results), areas };
}
