/** A one-line chart of a series: ▁▂▃▄▅▆▇█, one character per year, a space for a missing year. */
import type { Point } from "../model/report.js";

const BARS = "▁▂▃▄▅▆▇█";

/** Sparkline of the last `maxYears` years of a series (empty when there is no point). */
export function sparkline(series: readonly Point[], maxYears = 11): string {
  const pts = series.filter((p) => Number.isFinite(p.value));
  if (pts.length === 0) return "";
  const last = Math.max(...pts.map((p) => p.year));
  const first = Math.max(Math.min(...pts.map((p) => p.year)), last - maxYears + 1);
  const shown = pts.filter((p) => p.year >= first);
  const min = Math.min(...shown.map((p) => p.value));
  const max = Math.max(...shown.map((p) => p.value));
  const byYear = new Map(shown.map((p) => [p.year, p.value]));
  let out = "";
  for (let y = first; y <= last; y++) {
    const v = byYear.get(y);
    if (v === undefined) out += " ";
    // A flat series sits in the middle, so it is not read as "at the bottom".
    else out += max === min ? BARS[3] : BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
  }
  return out;
}
