/**
 * Exact and score confidence intervals for small numbers (methodology "Small numbers"): Garwood's exact Poisson
 * interval for event counts (lower = χ²(α/2, 2k)/2, upper = χ²(1 − α/2, 2k + 2)/2, i.e. gamma quantiles) and
 * Wilson's score interval for a share x of n.
 */

/** An interval with its level and method. */
export interface Interval {
  low: number;
  high: number;
  level: number;
  method: "garwood" | "wilson";
}

// ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularized lower incomplete gamma P(a, x): a series below a + 1, a continued fraction (Lentz) above. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let sum = 1 / a, term = sum;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return Math.min(1, sum * front);
  }
  const tiny = 1e-300;
  let b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - front * h);
}

// Results ask for the same few quantiles over and over (event counts are whole numbers, the levels fixed): each is bisected once.
const quantiles = new Map<string, number>();
const QUANTILES_KEPT = 10_000;

/** The p-quantile of the gamma distribution with shape a and scale 1 (bisection on P(a, x); exact to ~1e-12; remembered). */
export function gammaQuantile(p: number, a: number): number {
  const key = `${p} ${a}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = bisectGamma(p, a);
    if (quantiles.size >= QUANTILES_KEPT) quantiles.clear();
    quantiles.set(key, q);
  }
  return q;
}

function bisectGamma(p: number, a: number): number {
  let lo = 0, hi = Math.max(1, a);
  while (gammaP(a, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (gammaP(a, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number): number => k.reduce((s, v) => s * x + v, 0);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5, r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** Garwood's exact interval of a Poisson count k (in events); 0 events give a lower bound of 0. */
export function poissonInterval(k: number, level = 0.95): Interval {
  const alpha = 1 - level;
  return {
    low: k > 0 ? gammaQuantile(alpha / 2, k) : 0,
    high: gammaQuantile(1 - alpha / 2, k + 1),
    level,
    method: "garwood",
  };
}

/** Wilson's score interval of a share x / n (as a fraction, 0–1). */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = x / n, z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), level, method: "wilson" };
}
