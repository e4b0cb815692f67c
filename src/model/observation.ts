/** An observation: one value of one indicator for one region and year (optionally by sex). */

export type Sex = "female" | "male" | "total";

/** Where an observation came from. */
export interface ObservationSource {
  file: string;
  sheet?: string;
  row: number;
  column?: string;
}

/** One statistic as submitted, after header mapping and value parsing. */
export interface Observation {
  indicator: string;
  region: string;
  year: number;
  value: number;
  sex?: Sex;
  unit?: string;
  note?: string;
  /** Not submitted but computed: from the counts' formula, or by adding up the counties (aggregate). */
  derived?: "formula" | "aggregate";
  source: ObservationSource;
}
