/** The SQLite implementation of ObservationStore (better-sqlite3): WAL, foreign keys, migrations on open. */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import type { FileIngest, FileMeta, FileRecord, ObservationFilter, ObservationStore, StoredObservation } from "./observation-store.js";
import { SqliteFileIngest, FILE_COLUMNS } from "./sqlite-file-ingest.js";
import { applyMigrations } from "./apply-migrations.js";
import { MIGRATIONS, type Migration } from "./migrations.js";
import { StoreError, fromSqliteError } from "./store-error.js";
import { toConflict, toFileRecord, toRevision, toStoredObservation, type ConflictRow, type CurrentRow, type FileRow, type RevisionRow } from "./sqlite-rows.js";

/** How to open a database file. */
export interface SqliteStoreOptions {
  /** The clock: ingested_at and applied_at come from here. */
  now: () => Date;
  /** Create the file when it does not exist (ingest, import); reading commands leave this off. */
  create?: boolean;
  /** Work on an in-memory copy: reads the file, never writes it (--dry-run). */
  scratch?: boolean;
  /** The migrations to apply (tests build older versions with a prefix of MIGRATIONS). */
  migrations?: readonly Migration[];
}

function connect(file: string, o: SqliteStoreOptions): Database.Database {
  const exists = existsSync(file);
  if (!exists && !o.create) throw new StoreError("not-found", { file });
  if (!o.scratch) {
    const db = new Database(file, { timeout: 5000 });
    try {
      // journal_mode is the first read of the header: a file that is not SQLite fails here, before anything is written.
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  }
  if (!exists) return new Database(":memory:");
  // Not readonly: SQLite cannot open a cleanly closed WAL database read-only (no -shm); nothing is written either way.
  const disk = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    disk.prepare("SELECT count(*) FROM sqlite_master").get();
    const image = disk.serialize();
    // Header bytes 18–19 say "WAL"; an in-memory database cannot be WAL, so mark the image as a rollback-journal one.
    image[18] = 1;
    image[19] = 1;
    return new Database(image);
  } finally {
    disk.close();
  }
}

/** Open (creating and migrating as needed) a database file; errors the user can act on are StoreErrors. */
export async function openSqliteStore(file: string, options: SqliteStoreOptions): Promise<ObservationStore> {
  let db: Database.Database | undefined;
  try {
    db = connect(file, options);
    db.pragma("foreign_keys = ON");
    const version = applyMigrations(db, options.now(), options.migrations ?? MIGRATIONS);
    return new SqliteStore(db, file, version, options.now);
  } catch (err) {
    db?.close();
    if (err instanceof StoreError && err.params.file === undefined) throw new StoreError(err.code, { ...err.params, file });
    throw fromSqliteError(err, file);
  }
}

class SqliteStore implements ObservationStore {
  private open: SqliteFileIngest | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    readonly schemaVersion: number,
    private readonly now: () => Date,
  ) {}

  private guard<T>(f: () => T): Promise<T> {
    try {
      return Promise.resolve(f());
    } catch (err) {
      return Promise.reject(fromSqliteError(err, this.file));
    }
  }

  fileAlreadyIngested(sha256: string): Promise<FileRecord | undefined> {
    return this.guard(() => {
      const row = this.db.prepare(`SELECT ${FILE_COLUMNS} FROM files WHERE sha256 = ? AND status = 'complete' ORDER BY id LIMIT 1`).get(sha256) as FileRow | undefined;
      return row && toFileRecord(row);
    });
  }

  beginFileIngest(meta: FileMeta): Promise<FileIngest> {
    return this.guard(() => {
      if (this.open) throw new Error("a file ingest is already open on this store");
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const at = this.now().toISOString();
        const info = this.db
          .prepare("INSERT INTO files (name, sha256, size, region, kind, ingested_at, status) VALUES (?, ?, ?, ?, ?, ?, 'complete')")
          .run(meta.name, meta.sha256, meta.size, meta.region ?? null, meta.kind, at);
        this.open = new SqliteFileIngest(this.db, this.file, Number(info.lastInsertRowid), at, () => (this.open = undefined));
        return this.open;
      } catch (err) {
        this.db.exec("ROLLBACK");
        throw err;
      }
    });
  }

  recordRejectedFile(meta: FileMeta, rows: number): Promise<FileRecord> {
    return this.guard(() => {
      const info = this.db
        .prepare("INSERT INTO files (name, sha256, size, region, kind, ingested_at, rows, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'rejected')")
        .run(meta.name, meta.sha256, meta.size, meta.region ?? null, meta.kind, this.now().toISOString(), rows);
      return toFileRecord(this.db.prepare(`SELECT ${FILE_COLUMNS} FROM files WHERE id = ?`).get(info.lastInsertRowid) as FileRow);
    });
  }

  currentObservations(filter: ObservationFilter = {}): Promise<StoredObservation[]> {
    return this.guard(() => {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (filter.regions) {
        where.push(`region IN (${filter.regions.map(() => "?").join(", ") || "NULL"})`);
        params.push(...filter.regions);
      }
      if (filter.indicators) {
        where.push(`indicator IN (${filter.indicators.map(() => "?").join(", ") || "NULL"})`);
        params.push(...filter.indicators);
      }
      if (filter.sinceYear !== undefined) (where.push("year >= ?"), params.push(filter.sinceYear));
      if (filter.untilYear !== undefined) (where.push("year <= ?"), params.push(filter.untilYear));
      const sql = `SELECT indicator, region, year, sex, revision, value, unit, note, sheet, row, col, ingested_at, file FROM current_observations
        ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY indicator, region, year, sex`;
      return (this.db.prepare(sql).all(...params) as CurrentRow[]).map(toStoredObservation);
    });
  }

  history(key: Parameters<ObservationStore["history"]>[0]): ReturnType<ObservationStore["history"]> {
    return this.guard(() => {
      const where = ["o.indicator = ?", "o.region = ?"];
      const params: (string | number)[] = [key.indicator, key.region];
      if (key.year !== undefined) (where.push("o.year = ?"), params.push(key.year));
      if (key.sex !== undefined) (where.push("o.sex = ?"), params.push(key.sex === "total" ? "" : key.sex));
      const sql = `SELECT o.indicator, o.region, o.year, o.sex, r.revision, r.value, r.unit, r.note, r.sheet, r.row, r.col, r.ingested_at,
          f.name AS file, f.sha256 AS file_sha256, max(r.revision) OVER (PARTITION BY o.id) AS latest
        FROM observations o JOIN revisions r ON r.observation_id = o.id JOIN files f ON f.id = r.file_id
        WHERE ${where.join(" AND ")} ORDER BY o.year, o.sex, r.revision`;
      return (this.db.prepare(sql).all(...params) as RevisionRow[]).map(toRevision);
    });
  }

  conflicts(fileId: number): ReturnType<ObservationStore["conflicts"]> {
    return this.guard(() => {
      const sql = `SELECT c.file_id, o.indicator, o.region, o.year, o.sex, c.current_value, c.incoming_value, c.resolution
        FROM conflicts c JOIN observations o ON o.id = c.observation_id WHERE c.file_id = ? ORDER BY c.id`;
      return (this.db.prepare(sql).all(fileId) as ConflictRow[]).map(toConflict);
    });
  }

  log(): Promise<FileRecord[]> {
    return this.guard(() => (this.db.prepare(`SELECT ${FILE_COLUMNS} FROM files ORDER BY id`).all() as FileRow[]).map(toFileRecord));
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.open) this.db.exec("ROLLBACK");
      this.db.close();
    });
  }
}
