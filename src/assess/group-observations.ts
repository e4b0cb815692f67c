/** Observations → one ascending series per indicator × region × sex, up to as_of, first value of a duplicate kept; total and no sex are one series. */
import type { Observation, Sex } from "../model/observation.js";
import type { Point } from "../model/report.js";
import { headlineSex } from "../ingest/headline-sex.js";
import { observationRows, type ObservationRows } from "./observation-rows.js";

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
  return groupRows([observationRows(observations)], asOf);
}

/** groupObservations over the rows of several sources read one after another, keeping only the rows `keep` accepts. */
export function groupRows(sources: readonly ObservationRows[], asOf: number, keep?: (row: number, rows: ObservationRows) => boolean): Map<string, SeriesGroup> {
  const groups = new Map<string, SeriesGroup>();
  // Rows of one indicator and region usually come together: their groups by sex are kept at hand.
  let lastIndicator: string | undefined, lastRegion: string | undefined;
  let near = new Map<Sex | undefined, SeriesGroup>();
  for (const rows of sources) {
    for (let i = 0; i < rows.length; i++) {
      const year = rows.yearOf(i), value = rows.valueOf(i);
      if (year > asOf || !Number.isFinite(value) || !Number.isInteger(year)) continue;
      if (keep && !keep(i, rows)) continue;
      const indicator = rows.indicatorOf(i), region = rows.regionOf(i), sex = headlineSex(rows.sexOf(i));
      if (indicator !== lastIndicator || region !== lastRegion) {
        lastIndicator = indicator;
        lastRegion = region;
        near = new Map();
      }
      let g = near.get(sex);
      if (!g) {
        const key = seriesKey(indicator, region, sex);
        g = groups.get(key);
        if (!g) {
          g = sex !== undefined ? { indicator, region, sex, points: [] } : { indicator, region, points: [] };
          groups.set(key, g);
        }
        near.set(sex, g);
      }
      g.points.push({ year, value });
    }
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
