/** The German sustainability strategy's trend: the mean of the last annual changes (methodology.md, weather preset). */
import type { Point } from "../model/report.js";

/** Mean annual change and the points it rests on. */
export interface WeatherChange {
  mean: number;
  changes: number[];
  from: number;
  to: number;
}

/**
 * Mean of the last `count` year-on-year changes of the trailing run of consecutive years;
 * null unless that run has at least `minPoints` points ("needs 4+ consecutive points").
 */
export function weatherChange(points: readonly Point[], count = 5, minPoints = 4): WeatherChange | null {
  let start = points.length - 1;
  while (start > 0 && (points[start] as Point).year - (points[start - 1] as Point).year === 1) start--;
  const run = points.slice(start);
  if (run.length < minPoints) return null;
  const tail = run.slice(-(count + 1));
  const changes: number[] = [];
  for (let i = 1; i < tail.length; i++) changes.push((tail[i] as Point).value - (tail[i - 1] as Point).value);
  const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
  return { mean, changes, from: (tail[0] as Point).year, to: (tail[tail.length - 1] as Point).year };
}
