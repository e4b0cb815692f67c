/** One file's transaction on the SQLite store: upserts with revisions and conflicts, then commit or rollback. */
import type Database from "better-sqlite3";
import type { Observation } from "../model/observation.js";
import type { FileCounts, FileIngest, FileRecord, FileStatus, MergePolicy, UpsertOutcome } from "./observation-store.js";
import { fromSqliteError } from "./store-error.js";
import { toFileRecord, type FileRow } from "./sqlite-rows.js";
import { newKeyIds } from "./new-key-ids.js";

/** The columns of `files` that make a FileRecord. */
export const FILE_COLUMNS = "id, name, sha256, size, region, kind, ingested_at, rows, status, inserted, revised, unchanged, conflicts";

/** Rows per multi-row statement: few statements per batch, far below SQLite's limit of bound parameters. */
const ROWS_PER_STATEMENT = 128;

const REVISION_COLUMNS = "observation_id, revision, value, unit, note, file_id, sheet, row, col, ingested_at";

/** A key's sex as stored: as in the ingest layer, "total" and "not given" are one key (''). */
const storedSex = (o: Observation): string => (o.sex === undefined || o.sex === "total" ? "" : o.sex);

/** `( ?, … ), ( ?, … ), …`: n rows of `width` parameters. */
function valuesList(n: number, width: number): string {
  const row = `(${new Array<string>(width).fill("?").join(", ")})`;
  return new Array<string>(n).fill(row).join(", ");
}

/** One file's open transaction on a SqliteStore. */
export class SqliteFileIngest implements FileIngest {
  private readonly latest;
  private readonly insertRevision;
  private readonly insertConflict;
  private readonly keyId;
  /** The largest observation id stored so far: a fresh key gets the next ones, in the order offered. */
  private maxId: number;
  /** Multi-row statements by row count (1 … ROWS_PER_STATEMENT), prepared on first use. */
  private readonly keyInserts = new Map<number, Database.Statement>();
  private readonly revisionInserts = new Map<number, Database.Statement>();
  private done = false;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly fileId: number,
    private readonly at: string,
    private readonly onEnd: () => void,
  ) {
    // The key's id with its latest revision: one statement instead of a key lookup and a revision lookup.
    this.latest = db.prepare(
      "SELECT o.id AS id, r.revision AS revision, r.value AS value FROM observations o JOIN revisions r ON r.observation_id = o.id WHERE o.indicator = ? AND o.region = ? AND o.year = ? AND o.sex = ? ORDER BY r.revision DESC LIMIT 1",
    );
    this.insertRevision = db.prepare(`INSERT INTO revisions (${REVISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.keyId = db.prepare("SELECT id FROM observations WHERE indicator = ? AND region = ? AND year = ? AND sex = ?").pluck();
    this.maxId = Number((db.prepare("SELECT max(id) FROM observations").pluck().get() as number | null) ?? 0);
    this.insertConflict = db.prepare("INSERT INTO conflicts (file_id, observation_id, current_value, incoming_value, sheet, row, resolution) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  private statement(cache: Map<number, Database.Statement>, n: number, sql: (n: number) => string): Database.Statement {
    let st = cache.get(n);
    if (!st) cache.set(n, (st = this.db.prepare(sql(n))));
    return st;
  }

  private revisionParams(o: Observation, id: number | bigint, revision: number): unknown[] {
    return [id, revision, o.value, o.unit ?? null, o.note ?? null, this.fileId, o.source.sheet ?? null, o.source.row, o.source.column ?? null, this.at];
  }

  /**
   * Insert the keys of `batch` that are new (one multi-row INSERT … ON CONFLICT DO NOTHING per ROWS_PER_STATEMENT rows);
   * returns each position's new observation id, or undefined where the key was already stored. When every key of a
   * statement was new (a first ingest), their ids are the next ones in order; otherwise each key's id is looked up.
   */
  private insertNewKeys(batch: readonly Observation[]): (number | undefined)[] {
    const ids: (number | undefined)[] = [];
    for (let from = 0; from < batch.length; from += ROWS_PER_STATEMENT) {
      const part = batch.slice(from, from + ROWS_PER_STATEMENT);
      const params: unknown[] = [];
      for (const o of part) params.push(o.indicator, o.region, o.year, storedSex(o));
      const st = this.statement(this.keyInserts, part.length, (n) => `INSERT INTO observations (indicator, region, year, sex) VALUES ${valuesList(n, 4)} ON CONFLICT DO NOTHING`);
      const before = this.maxId;
      const info = st.run(...params);
      if (info.changes === part.length && Number(info.lastInsertRowid) === before + part.length) {
        for (let i = 1; i <= part.length; i++) ids.push(before + i);
      } else {
        ids.push(...newKeyIds(part.map((o) => Number(this.keyId.get(o.indicator, o.region, o.year, storedSex(o)))), before));
      }
      if (info.changes > 0) this.maxId = Math.max(this.maxId, Number(info.lastInsertRowid));
    }
    return ids;
  }

  /** Write revision 1 of every newly inserted key, ROWS_PER_STATEMENT rows per statement. */
  private insertFirstRevisions(batch: readonly Observation[], ids: readonly (number | undefined)[]): void {
    let params: unknown[] = [];
    let n = 0;
    const flush = (): void => {
      if (n === 0) return;
      this.statement(this.revisionInserts, n, (k) => `INSERT INTO revisions (${REVISION_COLUMNS}) VALUES ${valuesList(k, 10)}`).run(...params);
      params = [];
      n = 0;
    };
    for (let i = 0; i < batch.length; i++) {
      const id = ids[i];
      if (id === undefined) continue;
      params.push(...this.revisionParams(batch[i]!, id, 1));
      if (++n === ROWS_PER_STATEMENT) flush();
    }
    flush();
  }

  /** A key already stored (or given earlier in this batch): compare with its latest revision. */
  private upsertExisting(o: Observation, policy: MergePolicy): UpsertOutcome {
    const cur = this.latest.get(o.indicator, o.region, o.year, storedSex(o)) as { id: number; revision: number; value: number };
    if (cur.value === o.value) return { kind: "unchanged" };
    if (policy !== "revise") {
      this.insertConflict.run(this.fileId, cur.id, cur.value, o.value, o.source.sheet ?? null, o.source.row, policy === "keep-current" ? "kept-current" : "took-incoming");
    }
    if (policy === "keep-current") return { kind: "conflict", current: cur.value };
    this.insertRevision.run(...this.revisionParams(o, cur.id, cur.revision + 1));
    return policy === "take-incoming" ? { kind: "revised", previous: cur.value, revision: cur.revision + 1, conflict: true } : { kind: "revised", previous: cur.value, revision: cur.revision + 1 };
  }

  private upsertBatch(batch: readonly Observation[], policy: MergePolicy): UpsertOutcome[] {
    const ids = this.insertNewKeys(batch);
    this.insertFirstRevisions(batch, ids);
    // Keys already stored go one by one, in order, after the new ones have their first revision (a key given twice sees the first).
    return batch.map((o, i) => (ids[i] !== undefined ? { kind: "inserted" } : this.upsertExisting(o, policy)));
  }

  private check(): void {
    if (this.done) throw new Error("this file ingest has already ended");
  }

  upsertObservations(observations: readonly Observation[], policy: MergePolicy): Promise<UpsertOutcome[]> {
    try {
      this.check();
      return Promise.resolve(this.upsertBatch(observations, policy));
    } catch (err) {
      return Promise.reject(fromSqliteError(err, this.file));
    }
  }

  commit(counts: FileCounts, status: FileStatus): Promise<FileRecord> {
    try {
      this.check();
      this.db
        .prepare("UPDATE files SET rows = ?, inserted = ?, revised = ?, unchanged = ?, conflicts = ?, status = ? WHERE id = ?")
        .run(counts.rows, counts.inserted, counts.revised, counts.unchanged, counts.conflicts, status, this.fileId);
      const row = this.db.prepare(`SELECT ${FILE_COLUMNS} FROM files WHERE id = ?`).get(this.fileId) as FileRow;
      this.db.exec("COMMIT");
      this.end();
      return Promise.resolve(toFileRecord(row));
    } catch (err) {
      return Promise.reject(fromSqliteError(err, this.file));
    }
  }

  rollback(): Promise<void> {
    if (this.done) return Promise.resolve();
    try {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(fromSqliteError(err, this.file));
    } finally {
      this.end();
    }
  }

  private end(): void {
    this.done = true;
    this.onEnd();
  }
}
