/** The small-series fluctuation rule: |Δ| > max(5 points, 20% of the previous value) — a project default, not a published threshold. */
import type { AnnualChange } from "./annual-changes.js";

/** A change that broke the rule, with the limit it broke. */
export interface Jump {
  change: AnnualChange;
  limit: number;
}

/** Changes whose size exceeds max(`points`, `share` × |previous value|). */
export function smallSeriesJumps(changes: readonly AnnualChange[], points = 5, share = 0.2): Jump[] {
  const out: Jump[] = [];
  for (const c of changes) {
    const limit = Math.max(points, share * Math.abs(c.previous));
    if (Math.abs(c.change) > limit) out.push({ change: c, limit });
  }
  return out;
}
