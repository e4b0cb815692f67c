/** A text sparkline (▁▂▃▄▅▆▇█) and an arrow for a series, for cells that cannot hold a picture. */
import type { Point, Trend } from "../model/report.js";

const BARS = "▁▂▃▄▅▆▇█";

/** One block character per point, scaled between the series' minimum and maximum; years without data are a space. */
export function sparkline(series: readonly Point[]): string {
  if (series.length === 0) return "";
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const values = sorted.map((p) => p.value);
  const min = Math.min(...values), max = Math.max(...values);
  const first = sorted[0]!.year, last = sorted[sorted.length - 1]!.year;
  const byYear = new Map(sorted.map((p) => [p.year, p.value]));
  let out = "";
  for (let y = first; y <= last; y++) {
    const v = byYear.get(y);
    if (v === undefined) out += " ";
    else out += max === min ? BARS[3] : BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
  }
  return out;
}

/** ↑ ↓ → for the trend's direction, and whether that direction is the good one for the indicator. */
export function trendArrow(trend: Trend, higherIsBetter: boolean): { arrow: string; good: boolean | null } {
  switch (trend.direction) {
    case "up":
      return { arrow: "↑", good: higherIsBetter };
    case "down":
      return { arrow: "↓", good: !higherIsBetter };
    case "flat":
      return { arrow: "→", good: null };
    default:
      return { arrow: "", good: null };
  }
}
