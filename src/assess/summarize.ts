/** The summary: counts by status and category, warnings by level, and the attainment rate (达标率) overall and per area. */
import type { IndicatorResult, ProgressCategory, SummaryBlock } from "../model/report.js";

const CATEGORIES: ProgressCategory[] = ["achieved", "on_track", "moderate", "insufficient", "moving_away", "insufficient_data"];

function emptyBlock(): SummaryBlock {
  return {
    results: 0, assessable: 0, met: 0, nearly_met: 0, not_met: 0, indeterminate: 0, not_assessable: 0, missing: 0, attainment_rate: null,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<ProgressCategory, number>,
    warnings: { red: 0, yellow: 0, other: 0 },
  };
}

function count(b: SummaryBlock, r: IndicatorResult): void {
  b.results++;
  if (r.status) b[r.status]++;
  if (r.reason === "no-data") b.missing++;
  if (r.category) b.categories[r.category]++;
  for (const w of r.warnings) b.warnings[w.level ?? "other"]++;
}

function close(b: SummaryBlock): SummaryBlock {
  b.assessable = b.met + b.nearly_met + b.not_met;
  b.attainment_rate = b.assessable > 0 ? (b.met + b.nearly_met) / b.assessable : null;
  return b;
}

/**
 * Count results. Status and category counts cover results with targets, by their combined current status
 * (see combine-status.ts); attainment rate = (met + nearly_met) / (met + nearly_met + not_met), as in Chinese
 * monitoring reports (indicators met / indicators monitorable), null when nothing is assessable.
 */
export function summarizeBlock(results: readonly IndicatorResult[]): SummaryBlock {
  const b = emptyBlock();
  for (const r of results) count(b, r);
  return close(b);
}

/** The summary counted one result at a time, so results need not be kept (the same figures as summarize). */
export class SummaryCounter {
  private readonly all = emptyBlock();
  private readonly byArea = new Map<string, SummaryBlock>();

  /** Count one result. */
  add(r: IndicatorResult): void {
    count(this.all, r);
    let b = this.byArea.get(r.area);
    if (!b) this.byArea.set(r.area, (b = emptyBlock()));
    count(b, r);
  }

  /** The overall block plus one per area that has results, in the given area order. */
  summary(areaOrder: readonly string[]): SummaryBlock & { areas: Record<string, SummaryBlock> } {
    const areas: Record<string, SummaryBlock> = {};
    for (const a of areaOrder) {
      const b = this.byArea.get(a);
      if (b) areas[a] = close({ ...b, categories: { ...b.categories }, warnings: { ...b.warnings } });
    }
    return { ...close({ ...this.all, categories: { ...this.all.categories }, warnings: { ...this.all.warnings } }), areas };
  }
}

/** The overall block plus one per area that has results, in the given area order. */
export function summarize(results: readonly IndicatorResult[], areaOrder: readonly string[]): SummaryBlock & { areas: Record<string, SummaryBlock> } {
  const c = new SummaryCounter();
  for (const r of results) c.add(r);
  return c.summary(areaOrder);
}
