/** Compound annual growth rate with Open SDG's edge cases (methodology.md, "Progress toward a dated target"). */

/** Open SDG replaces a zero base or target by this small number before taking ratios. */
export const ZERO_REPLACEMENT = 0.001;

/**
 * CAGR = (y_t / y_0)^(1/years) − 1; a zero at either end is replaced by `zero` (Open SDG),
 * values of mixed sign give null (the exponential model is not valid), as do years ≤ 0.
 * For two negative values the ratio grows with the magnitude, so callers flip the direction (Open SDG).
 */
export function cagr(y0: number, yt: number, years: number, zero: number = ZERO_REPLACEMENT): number | null {
  if (!(years > 0) || !Number.isFinite(y0) || !Number.isFinite(yt)) return null;
  const a = y0 === 0 ? (yt < 0 ? -zero : zero) : y0;
  const b = yt === 0 ? (a < 0 ? -zero : zero) : yt;
  if (a * b < 0) return null;
  return Math.pow(b / a, 1 / years) - 1;
}
