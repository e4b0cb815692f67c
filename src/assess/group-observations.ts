/** Observations → one ascending series per indicator × region × sex, up to as_of, first value of a duplicate kept; total and no sex are one series. */
import type { Observation, Sex } from "../model/observation.js";
import type { Point } from "../model/report.js";
import { headlineSex } from "../ingest/headline-sex.js";

/** One series and its key. */
export interface SeriesGroup {
  indicator: string;
  region: string;
  sex?: Sex;
  points: Point[];
}

/** The map key of an indicator × region × sex. */
export function seriesKey(indicator: string, region: string, sex: Sex | undefined): string {
  return `${indicator}\u0000${region}\u0000${headlineSex(sex) ?? ""}`;
}


/**
 * Group observations with a finite value and a year ≤ as_of. Duplicates of the same key and year keep the
 * first and ignore the rest (ingest reports them).
 */
export function groupObservations(observations: readonly Observation[], asOf: number): Map<string, SeriesGroup> {
  const groups = new Map<string, SeriesGroup>();
  for (const o of observations) {
    if (o.year > asOf || !Number.isFinite(o.value) || !Number.isInteger(o.year)) continue;
    const key = seriesKey(o.indicator, o.region, o.sex);
    let g = groups.get(key);
    if (!g) {
      const sex = headlineSex(o.sex);
      g = sex !== undefined ? { indicator: o.indicator, region: o.region, sex, points: [] } : { indicator: o.indicator, region: o.region, points: [] };
      groups.set(key, g);
    }
    g.points.push({ year: o.year, value: o.value });
  }
  // A stable sort keeps a year's points in the order they came: the first of a duplicate stays, the rest go.
  for (const g of groups.values()) {
    const points = g.points.sort((a, b) => a.year - b.year);
    let n = 0;
    for (let i = 0; i < points.length; i++) if (n === 0 || points[i]!.year !== points[n - 1]!.year) points[n++] = points[i]!;
    points.length = n;
  }
  return groups;
}
