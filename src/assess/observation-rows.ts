/** Observations as assess reads them, row by row, whether held as objects (files) or compactly (the database). */
import type { Observation, Sex } from "../model/observation.js";
import { ObservationTable } from "../model/observation-table.js";

/** The observations assess takes: Observation objects, or an ObservationTable. */
export type Observations = readonly Observation[] | ObservationTable;

/** Column access to observations by row number, without making an object per row where they are held compactly. */
export interface ObservationRows {
  readonly length: number;
  indicatorOf(i: number): string;
  regionOf(i: number): string;
  sexOf(i: number): Sex | undefined;
  yearOf(i: number): number;
  valueOf(i: number): number;
  /** Row i as an Observation (the array's own object, or one made from the table). */
  at(i: number): Observation;
}

/** Row access to an array of observations or a table. */
export function observationRows(observations: Observations): ObservationRows {
  if (observations instanceof ObservationTable) return observations;
  const list = observations as readonly Observation[];
  return {
    length: list.length,
    indicatorOf: (i) => list[i]!.indicator,
    regionOf: (i) => list[i]!.region,
    sexOf: (i) => list[i]!.sex,
    yearOf: (i) => list[i]!.year,
    valueOf: (i) => list[i]!.value,
    at: (i) => list[i]!,
  };
}
