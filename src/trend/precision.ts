/** Comparisons at the precision of the figures: float noise (0.00999999… for exactly 1%) never flips a verdict. */

/** x rounded to 1e-9, far below any figure a statistics office publishes and far above float noise. */
export function atPrecision(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
