/** Row shapes of the SQLite schema and their mapping to the storage interface's types. */
import type { Observation, Sex } from "../model/observation.js";
import type { ConflictRecord, FileRecord, Revision, StoredObservation } from "./observation-store.js";

/** A row of `files`. */
export interface FileRow {
  id: number;
  name: string;
  sha256: string;
  size: number;
  region: string | null;
  kind: "ingest" | "import";
  ingested_at: string;
  rows: number;
  status: FileRecord["status"];
  inserted: number;
  revised: number;
  unchanged: number;
  conflicts: number;
}

/** A row of the `current_observations` view. */
export interface CurrentRow {
  indicator: string;
  region: string;
  year: number;
  sex: "" | Sex;
  revision: number;
  value: number;
  unit: string | null;
  note: string | null;
  sheet: string | null;
  row: number;
  col: string | null;
  ingested_at: string;
  file: string;
}

/** A revision joined with its key and file, plus the key's latest revision number. */
export interface RevisionRow extends Omit<CurrentRow, "file"> {
  file: string;
  file_sha256: string;
  latest: number;
}

/** A row of `conflicts` joined with its key. */
export interface ConflictRow {
  file_id: number;
  indicator: string;
  region: string;
  year: number;
  sex: "" | Sex;
  current_value: number;
  incoming_value: number;
  resolution: ConflictRecord["resolution"];
}

/** `files` row → FileRecord. */
export function toFileRecord(r: FileRow): FileRecord {
  const rec: FileRecord = {
    id: r.id, name: r.name, sha256: r.sha256, size: r.size, kind: r.kind, ingestedAt: r.ingested_at, status: r.status,
    rows: r.rows, inserted: r.inserted, revised: r.revised, unchanged: r.unchanged, conflicts: r.conflicts,
  };
  if (r.region !== null) rec.region = r.region;
  return rec;
}

/** View row → StoredObservation (source: the file, sheet and row it came from). */
export function toStoredObservation(r: CurrentRow): StoredObservation {
  const o: StoredObservation = { indicator: r.indicator, region: r.region, year: r.year, value: r.value, source: { file: r.file, row: r.row }, revision: r.revision, ingestedAt: r.ingested_at };
  if (r.sex !== "") o.sex = r.sex;
  if (r.unit !== null) o.unit = r.unit;
  if (r.note !== null) o.note = r.note;
  if (r.sheet !== null) o.source.sheet = r.sheet;
  if (r.col !== null) o.source.column = r.col;
  return o;
}

/** A row of `current_observations` as read for assessment (no revision, time or digest), as an array in CURRENT_VALUE_COLUMNS order. */
export type CurrentValueRow = [
  indicator: string, region: string, year: number, sex: "" | Sex, value: number, unit: string | null, note: string | null,
  sheet: string | null, row: number, col: string | null, file: string,
];

/** The columns of CurrentValueRow, in its order. */
export const CURRENT_VALUE_COLUMNS = "indicator, region, year, sex, value, unit, note, sheet, row, col, file";

/** One copy of each distinct text: millions of rows name a few hundred indicators, regions, units and files. */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    seen.set(s, s);
    return s;
  };
}

/** View row → Observation (as toStoredObservation, without revision and time), its repeated texts shared. */
export function toObservation(r: CurrentValueRow, intern: (s: string) => string): Observation {
  const [indicator, region, year, sex, value, unit, note, sheet, row, col, file] = r;
  // Whole literals for the usual shapes (fields in the same order as toStoredObservation's): a field added later costs
  // a separate property store per object, a third more memory over millions of rows.
  const f = intern(file);
  const source: Observation["source"] = sheet !== null
    ? col !== null ? { file: f, row, sheet: intern(sheet), column: intern(col) } : { file: f, row, sheet: intern(sheet) }
    : col !== null ? { file: f, row, column: intern(col) } : { file: f, row };
  const i = intern(indicator), g = intern(region);
  const o: Observation = sex !== ""
    ? unit !== null ? { indicator: i, region: g, year, value, source, sex, unit: intern(unit) } : { indicator: i, region: g, year, value, source, sex }
    : unit !== null ? { indicator: i, region: g, year, value, source, unit: intern(unit) } : { indicator: i, region: g, year, value, source };
  if (note !== null) o.note = note;
  return o;
}

/** Joined revision row → Revision. */
export function toRevision(r: RevisionRow): Revision {
  const v: Revision = {
    indicator: r.indicator, region: r.region, year: r.year, revision: r.revision, value: r.value,
    file: r.file, fileSha256: r.file_sha256, row: r.row, ingestedAt: r.ingested_at, current: r.revision === r.latest,
  };
  if (r.sex !== "") v.sex = r.sex;
  if (r.unit !== null) v.unit = r.unit;
  if (r.note !== null) v.note = r.note;
  if (r.sheet !== null) v.sheet = r.sheet;
  if (r.col !== null) v.column = r.col;
  return v;
}

/** Joined conflict row → ConflictRecord. */
export function toConflict(r: ConflictRow): ConflictRecord {
  const c: ConflictRecord = { fileId: r.file_id, indicator: r.indicator, region: r.region, year: r.year, current: r.current_value, incoming: r.incoming_value, resolution: r.resolution };
  if (r.sex !== "") c.sex = r.sex;
  return c;
}
