/** Observations → one ascending series per indicator × region × sex, up to as_of, first value of a duplicate kept; total and no sex are one series. */
import type { Observation, Sex } from "../model/observation.js";
import type { Point } from "../model/report.js";
import { observationRows } from "./observation-rows.js";
import { seriesTable } from "./series-table.js";

/** One series and its key. */
export interface SeriesGroup {
  indicator: string;
  region: string;
  sex?: Sex;
  points: Point[];
}

/** The map key of an indicator × region × sex. */
export { seriesKey } from "./series-table.js";

/**
 * Group observations with a finite value and a year ≤ as_of. Duplicates of the same key and year keep the
 * first and ignore the rest (ingest reports them).
 */
export function groupObservations(observations: readonly Observation[], asOf: number): Map<string, SeriesGroup> {
  const table = seriesTable([observationRows(observations)], asOf);
  return new Map([...table.groups].map(([key, g]) => [key, g.sex !== undefined
    ? { indicator: g.indicator, region: g.region, sex: g.sex, points: table.points(g) }
    : { indicator: g.indicator, region: g.region, points: table.points(g) }]));
}
