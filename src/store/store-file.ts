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

/** Observations handed to the store per call: memory stays flat however long the file, and each call is a few multi-row statements. */
export const STORE_BATCH = 2000;

/** Options of storeFile. */
export interface StoreFileOptions {
  /** Data rows read (default: the observations). */
  rows?: number;
  /** Observations per batch (default STORE_BATCH; tests make it small). */
  batchSize?: number;
}

function change(o: Observation, old: number): KeyChange {
  const c: KeyChange = { indicator: o.indicator, region: o.region, year: o.year, old, new: o.value, row: o.source.row };
  if (o.sex !== undefined) c.sex = o.sex;
  if (o.source.sheet !== undefined) c.sheet = o.source.sheet;
  return c;
}

/**
 * Store every observation of one file under `policy`, all or nothing: any failure rolls the file back and rethrows.
 * `observations` may be produced lazily: they are taken a batch at a time, never held all at once.
 */
export async function storeFile(store: ObservationStore, meta: FileMeta, observations: Iterable<Observation>, policy: MergePolicy, options: StoreFileOptions = {}): Promise<FileOutcome> {
  const size = options.batchSize ?? STORE_BATCH;
  const tx = await store.beginFileIngest(meta);
  const counts: FileCounts = { rows: 0, inserted: 0, revised: 0, unchanged: 0, conflicts: 0 };
  const revised: KeyChange[] = [];
  const conflicts: KeyChange[] = [];
  let offered = 0;
  const storeBatch = async (batch: readonly Observation[]): Promise<void> => {
    const outcomes = await tx.upsertObservations(batch, policy);
    outcomes.forEach((out, j) => {
      const o = batch[j]!;
      if (out.kind === "inserted") counts.inserted++;
      else if (out.kind === "unchanged") counts.unchanged++;
      else if (out.kind === "conflict") (counts.conflicts++, conflicts.push(change(o, out.current)));
      else if (out.conflict) (counts.revised++, counts.conflicts++, conflicts.push(change(o, out.previous)));
      else (counts.revised++, revised.push(change(o, out.previous)));
    });
  };
  try {
    let batch: Observation[] = [];
    for (const o of observations) {
      batch.push(o);
      offered++;
      if (batch.length === size) {
        await storeBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await storeBatch(batch);
    counts.rows = options.rows ?? offered;
    const unresolved = policy === "keep-current" && counts.conflicts > 0;
    const record = await tx.commit(counts, unresolved ? "conflicts" : "complete");
    return { record, policy, observations: offered, counts, revised, conflicts };
  } catch (err) {
    await tx.rollback();
    throw err;
  }
}
