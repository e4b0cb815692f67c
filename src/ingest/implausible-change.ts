/** implausible-change: a year-on-year jump beyond a threshold, as a warning. */

/** When a change counts as implausible: shares (% and ‰ units) by absolute points, everything else by relative change. */
export interface ImplausibleChangeThreshold {
  /** Percentage points (or per-mille points) for indicators measured in % or ‰. */
  points: number;
  /** Relative change (0.5 = 50%) for all other indicators; not applied when the previous value is 0. */
  relative: number;
}

/**
 * Defaults: 10 points for shares (a real share rarely moves that much in a year, a typo or a wrong
 * base often does) and 50% for everything else (county rates such as maternal mortality rest on few
 * events and legitimately move by a third).
 */
export const DEFAULT_IMPLAUSIBLE_CHANGE: ImplausibleChangeThreshold = { points: 10, relative: 0.5 };

/** The size of the change when it is beyond the threshold, else undefined. */
export function implausibleChange(prev: number, value: number, share: boolean, threshold: ImplausibleChangeThreshold): number | undefined {
  if (share) {
    const d = value - prev;
    return Math.abs(d) > threshold.points ? d : undefined;
  }
  if (prev === 0) return undefined;
  const r = (value - prev) / Math.abs(prev);
  return Math.abs(r) > threshold.relative ? r : undefined;
}
