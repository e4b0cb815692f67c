/** The storage interface: all the rest of the code sees of the monitoring database (no SQL here). */
import type { Observation, Sex } from "../model/observation.js";
import type { ObservationTable } from "../model/observation-table.js";

/** What identifies one figure: indicator, region, year and (when disaggregated) sex. */
export interface ObservationKey {
  indicator: string;
  region: string;
  year: number;
  sex?: Sex;
}

/** How a file's values meet values already stored. */
export type MergePolicy =
  /** `ingest`: a different value becomes the new current revision. */
  | "revise"
  /** `db import`: a different value is a conflict and the stored value stays current. */
  | "keep-current"
  /** `db import --prefer incoming`: a different value is a conflict resolved by making it the current revision. */
  | "take-incoming";

/** What storing one observation did. */
export type UpsertOutcome =
  | { kind: "inserted" }
  | { kind: "unchanged" }
  /** `conflict` is set when the policy was take-incoming (the conflict is recorded too). */
  | { kind: "revised"; previous: number; revision: number; conflict?: true }
  | { kind: "conflict"; current: number };

/** How a file's ingest ended. */
export type FileStatus = "complete" | "conflicts" | "rejected";

/** How a file came in: `hld-women ingest` or `hld-women db import`. */
export type FileOrigin = "ingest" | "import";

/** A file about to be stored. */
export interface FileMeta {
  /** The name as given on the command line (no directory resolution is stored). */
  name: string;
  sha256: string;
  size: number;
  /** The region that submitted it, when known. */
  region?: string;
  kind: FileOrigin;
}

/** Counts of what a file did to the store. */
export interface FileCounts {
  rows: number;
  inserted: number;
  revised: number;
  unchanged: number;
  conflicts: number;
}

/** One entry of the ingest log. */
export interface FileRecord extends FileMeta, FileCounts {
  id: number;
  /** ISO 8601 UTC. */
  ingestedAt: string;
  status: FileStatus;
}

/** One stored value of a key, with the file, sheet and row it came from. */
export interface Revision extends ObservationKey {
  revision: number;
  value: number;
  unit?: string;
  note?: string;
  file: string;
  fileSha256: string;
  sheet?: string;
  row: number;
  column?: string;
  ingestedAt: string;
  current: boolean;
}

/** The current value of a key, as an Observation whose source is the file it came from. */
export interface StoredObservation extends Observation {
  revision: number;
  ingestedAt: string;
}

/** Which current observations to read; every field narrows, none means all. */
export interface ObservationFilter {
  regions?: readonly string[];
  indicators?: readonly string[];
  sinceYear?: number;
  untilYear?: number;
}

/** A conflict recorded by an import: the key, the value kept and the value offered. */
export interface ConflictRecord extends ObservationKey {
  fileId: number;
  current: number;
  incoming: number;
  resolution: "kept-current" | "took-incoming";
}

/** One file's transaction: nothing it stores is visible or durable until commit. */
export interface FileIngest {
  /** Store a batch of observations under the policy; outcomes are in the batch's order. */
  upsertObservations(observations: readonly Observation[], policy: MergePolicy): Promise<UpsertOutcome[]>;
  /** Make everything durable and log the file with its counts and status. */
  commit(counts: FileCounts, status: FileStatus): Promise<FileRecord>;
  /** Forget everything this transaction did. */
  rollback(): Promise<void>;
}

/** A monitoring database: files with provenance, observations with revisions, import conflicts. */
export interface ObservationStore {
  /** The schema version the database is at (after migration). */
  readonly schemaVersion: number;
  /** The log entry of a file with this sha256 that was stored completely, if any. */
  fileAlreadyIngested(sha256: string): Promise<FileRecord | undefined>;
  /** Start one file's transaction; only one may be open at a time. */
  beginFileIngest(file: FileMeta): Promise<FileIngest>;
  /** Log a file that was refused (diagnostics at or above the fail severity): no observation is stored. */
  recordRejectedFile(file: FileMeta, rows: number): Promise<FileRecord>;
  /** Current values (the latest revision of each key), ordered by indicator, region, year, sex. */
  currentObservations(filter?: ObservationFilter): Promise<StoredObservation[]>;
  /**
   * The same current values as Observations (without revision and time), read one at a time as the caller iterates:
   * nothing is held beyond the row being read. Iterate it to the end (or break) before using the store again.
   */
  eachCurrentObservation(filter?: ObservationFilter): Iterable<Observation>;
  /** The same current values held compactly (no object per value), in the same order; `keep` says which (indicator, region) rows to hold. */
  currentObservationTable(filter?: ObservationFilter, keep?: (indicator: string, region: string) => boolean): ObservationTable;
  /** Every revision of the keys matching (year and sex optional), oldest first. */
  history(key: Omit<ObservationKey, "year" | "sex"> & { year?: number; sex?: Sex }): Promise<Revision[]>;
  /** Conflicts recorded for one file. */
  conflicts(fileId: number): Promise<ConflictRecord[]>;
  /** The ingest log, oldest first. */
  log(): Promise<FileRecord[]>;
  /** Release the database. */
  close(): Promise<void>;
}
