/** Hampel identifier on annual changes (methodology.md, "Strong fluctuation"). */
import { mad, median } from "./median.js";
import { atPrecision } from "./precision.js";

/** Scale that makes the MAD a consistent estimate of the standard deviation for normal data. */
export const MAD_SCALE = 1.4826;

/** The result of the Hampel test: which changes are outliers and the numbers behind the verdict. */
export interface HampelResult {
  median: number;
  mad: number;
  limit: number;
  outliers: number[];
}

/** Flag index i when |x_i − median(x)| > k × scale × MAD(x); null with fewer than `minCount` values. */
export function hampel(values: readonly number[], k = 3, scale: number = MAD_SCALE, minCount = 5): HampelResult | null {
  if (values.length < minCount) return null;
  const m = median(values);
  const d = mad(values);
  const limit = k * scale * d;
  const outliers: number[] = [];
  values.forEach((v, i) => {
    // Rounding keeps float noise (e.g. 0.1 + 0.2) from becoming an outlier when the MAD is 0.
    if (atPrecision(Math.abs(v - m)) > limit) outliers.push(i);
  });
  return { median: m, mad: d, limit, outliers };
}
