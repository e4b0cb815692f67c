/**
 * Axis arithmetic of the charts: d3's tick algorithm (steps of 1, 2 or 5 × 10^k), its "nice" domain and its
 * ",.Nf" tick labels, as vega applied them to the charts' axes before the charts were drawn directly.
 */

const E10 = Math.sqrt(50), E5 = Math.sqrt(10), E2 = Math.sqrt(2);

/**
 * The ticks of start..stop (start < stop) for about `count` ticks as [first index, last index, increment]: the step is
 * (stop − start) / count rounded to 1, 2, 5 or 10 × 10^k; a negative increment −n stands for the step 1/n (exact for
 * small steps: tick i is i / n).
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number, i2: number, inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** The step between about `count` ticks over start..stop (start < stop): 1, 2 or 5 × 10^k. */
export function tickStep(start: number, stop: number, count: number): number {
  const inc = tickSpec(start, stop, count)[2];
  return inc < 0 ? 1 / -inc : inc;
}

/** About `count` round tick values inside start..stop (start ≤ stop), ascending; [start] when start = stop. */
export function linearTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const out: number[] = [];
  for (let i = i1; i <= i2; i++) out.push(inc < 0 ? i / -inc : i * inc);
  return out.map((v) => (v === 0 ? 0 : v));
}

/** The domain lo..hi (lo < hi) widened to multiples of the step of about `count` ticks, repeated until it is stable (d3's nice; vega used count 10). */
export function niceDomain(lo: number, hi: number, count = 10): [number, number] {
  let start = lo, stop = hi, previous: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const inc = tickSpec(start, stop, count)[2];
    if (inc === previous) break;
    if (inc > 0) {
      start = Math.floor(start / inc) * inc;
      stop = Math.ceil(stop / inc) * inc;
    } else if (inc < 0) {
      start = Math.ceil(start * inc) / inc;
      stop = Math.floor(stop * inc) / inc;
    } else break;
    previous = inc;
  }
  return [start, stop];
}

/** Digits after the point for ticks `step` apart: 0 for steps ≥ 1, 1 for 0.5 or 0.1, 2 for 0.05 … */
function precision(step: number): number {
  return Math.max(0, -Number(Math.abs(step).toExponential().split("e")[1]));
}

/**
 * Labels for the ticks of start..stop, all with the same digits after the point (those of the tick step), thousands
 * grouped with "," and negatives with the minus sign "−" (U+2212), as vega printed them: 0.5 → "0.5", 1000 → "1,000".
 */
export function tickFormat(start: number, stop: number, count: number): (v: number) => string {
  const digits = start === stop ? 0 : precision(tickStep(start, stop, count));
  return (v) => {
    const fixed = Math.abs(v).toFixed(digits);
    const [int, frac] = fixed.split(".") as [string, string | undefined];
    const grouped = int.replace(/\B(?=(\d{3})+$)/g, ",");
    const negative = v < 0 && Number(fixed) !== 0;
    return `${negative ? "\u2212" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
  };
}
