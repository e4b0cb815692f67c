/** Reversals of direction among the last few annual changes (methodology.md, "Strong fluctuation"). */
import type { AnnualChange } from "./annual-changes.js";

/**
 * Sign changes between successive moves in the last `window` changes. A change smaller than
 * `minMove` × |previous value| is not a move, so rounding wobble (90.1, 90.2, 90.1) is not a reversal.
 */
export function countReversals(changes: readonly AnnualChange[], window = 4, minMove = 0.01): number {
  const signs = changes
    .slice(-window)
    .filter((c) => Math.abs(c.change) > minMove * Math.abs(c.previous))
    .map((c) => Math.sign(c.change));
  let n = 0;
  for (let i = 1; i < signs.length; i++) if (signs[i] !== signs[i - 1]) n++;
  return n;
}
