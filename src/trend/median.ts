/** Median and median absolute deviation of a list of numbers. */

/** Median of the values (mean of the two middle ones for an even count); NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = sortedCopy(values);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] as number;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] as number) + hi) / 2;
}

// Up to this many values an insertion sort of a copy beats a native sort (series give a few dozen values, slopes a few hundred at most).
const INSERTION_MAX = 64;

function sortedCopy(values: readonly number[]): ArrayLike<number> {
  if (values.length > INSERTION_MAX) return new Float64Array(values).sort();
  const s = values.slice();
  for (let i = 1; i < s.length; i++) {
    const x = s[i]!;
    let j = i - 1;
    for (; j >= 0 && s[j]! > x; j--) s[j + 1] = s[j]!;
    s[j + 1] = x;
  }
  return s;
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}
