/** Store one file's observations in one transaction and tell what changed (inserted, revised, unchanged, conflicts). */
import type { Observation } from "../model/observation.js";
import type { FileCounts, FileMeta, FileRecord, MergePolicy, ObservationKey, ObservationStore } from "./observation-store.js";

/** A key whose value differs from the stored one: revised (old → new) or, on import, in conflict. */
export interface KeyChange extends ObservationKey {
  old: number;
  new: number;
  /** Where the new value came from in the file. */
  sheet?: string;
  row: number;
}

/** What storing a file did. */
export interface FileOutcome {
  record: FileRecord;
  policy: MergePolicy;
  /** The observations offered. */
  observations: number;
  /** `revised` counts every new revision written (with take-incoming, resolved conflicts too). */
  counts: FileCounts;
  /** Keys revised without a conflict (ingest). */
  revised: KeyChange[];
  /** Differing values on import; with policy keep-current they were not applied, with take-incoming they became current. */
  conflicts: KeyChange[];
}

// Batches keep memory flat and give a server backend multi-row statements; SQLite does not care.
const BATCH = 2000;

function change(o: Observation, old: number): KeyChange {
  const c: KeyChange = { indicator: o.indicator, region: o.region, year: o.year, old, new: o.value, row: o.source.row };
  if (o.sex !== undefined) c.sex = o.sex;
  if (o.source.sheet !== undefined) c.sheet = o.source.sheet;
  return c;
}

/** Store every observation of one file under `policy`, all or nothing: any failure rolls the file back and rethrows. `rows`: data rows read (default: the observations). */
export async function storeFile(store: ObservationStore, meta: FileMeta, observations: readonly Observation[], policy: MergePolicy, rows = observations.length): Promise<FileOutcome> {
  const tx = await store.beginFileIngest(meta);
  const counts: FileCounts = { rows, inserted: 0, revised: 0, unchanged: 0, conflicts: 0 };
  const revised: KeyChange[] = [];
  const conflicts: KeyChange[] = [];
  try {
    for (let i = 0; i < observations.length; i += BATCH) {
      const batch = observations.slice(i, i + BATCH);
      const outcomes = await tx.upsertObservations(batch, policy);
      outcomes.forEach((out, j) => {
        const o = batch[j]!;
        if (out.kind === "inserted") counts.inserted++;
        else if (out.kind === "unchanged") counts.unchanged++;
        else if (out.kind === "conflict") (counts.conflicts++, conflicts.push(change(o, out.current)));
        else if (out.conflict) (counts.revised++, counts.conflicts++, conflicts.push(change(o, out.previous)));
        else (counts.revised++, revised.push(change(o, out.previous)));
      });
    }
    const unresolved = policy === "keep-current" && counts.conflicts > 0;
    const record = await tx.commit(counts, unresolved ? "conflicts" : "complete");
    return { record, policy, observations: observations.length, counts, revised, conflicts };
  } catch (err) {
    await tx.rollback();
    throw err;
  }
}
