/** One file's transaction on the SQLite store: upserts with revisions and conflicts, then commit or rollback. */
import type Database from "better-sqlite3";
import type { Observation } from "../model/observation.js";
import type { FileCounts, FileIngest, FileRecord, FileStatus, MergePolicy, UpsertOutcome } from "./observation-store.js";
import { fromSqliteError } from "./store-error.js";
import { toFileRecord, type FileRow } from "./sqlite-rows.js";

/** The columns of `files` that make a FileRecord. */
export const FILE_COLUMNS = "id, name, sha256, size, region, kind, ingested_at, rows, status, inserted, revised, unchanged, conflicts";

/** One file's open transaction on a SqliteStore. */
export class SqliteFileIngest implements FileIngest {
  private readonly findKey;
  private readonly insertKey;
  private readonly latest;
  private readonly insertRevision;
  private readonly insertConflict;
  private done = false;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly fileId: number,
    private readonly at: string,
    private readonly onEnd: () => void,
  ) {
    this.findKey = db.prepare("SELECT id FROM observations WHERE indicator = ? AND region = ? AND year = ? AND sex = ?").pluck();
    this.insertKey = db.prepare("INSERT INTO observations (indicator, region, year, sex) VALUES (?, ?, ?, ?)");
    this.latest = db.prepare("SELECT revision, value FROM revisions WHERE observation_id = ? ORDER BY revision DESC LIMIT 1");
    this.insertRevision = db.prepare("INSERT INTO revisions (observation_id, revision, value, unit, note, file_id, sheet, row, col, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.insertConflict = db.prepare("INSERT INTO conflicts (file_id, observation_id, current_value, incoming_value, sheet, row, resolution) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  private upsertOne(o: Observation, policy: MergePolicy): UpsertOutcome {
    // As in the ingest layer, "total" and "not given" are one key.
    const sex = o.sex === undefined || o.sex === "total" ? "" : o.sex;
    const revise = (id: number | bigint, revision: number): void => {
      this.insertRevision.run(id, revision, o.value, o.unit ?? null, o.note ?? null, this.fileId, o.source.sheet ?? null, o.source.row, o.source.column ?? null, this.at);
    };
    const id = this.findKey.get(o.indicator, o.region, o.year, sex) as number | undefined;
    if (id === undefined) {
      revise(this.insertKey.run(o.indicator, o.region, o.year, sex).lastInsertRowid, 1);
      return { kind: "inserted" };
    }
    const cur = this.latest.get(id) as { revision: number; value: number };
    if (cur.value === o.value) return { kind: "unchanged" };
    if (policy !== "revise") {
      this.insertConflict.run(this.fileId, id, cur.value, o.value, o.source.sheet ?? null, o.source.row, policy === "keep-current" ? "kept-current" : "took-incoming");
    }
    if (policy === "keep-current") return { kind: "conflict", current: cur.value };
    revise(id, cur.revision + 1);
    return policy === "take-incoming" ? { kind: "revised", previous: cur.value, revision: cur.revision + 1, conflict: true } : { kind: "revised", previous: cur.value, revision: cur.revision + 1 };
  }

  private check(): void {
    if (this.done) throw new Error("this file ingest has already ended");
  }

  upsertObservations(observations: readonly Observation[], policy: MergePolicy): Promise<UpsertOutcome[]> {
    try {
      this.check();
      return Promise.resolve(observations.map((o) => this.upsertOne(o, policy)));
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
