/** The SQLite implementation of ObservationStore (better-sqlite3): WAL, foreign keys; migrations only when opened to write. */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { connect, type StoreAccess } from "./sqlite-connect.js";
import type { FileIngest, FileMeta, FileRecord, ObservationFilter, ObservationStore, StoredObservation } from "./observation-store.js";
import { SqliteFileIngest, FILE_COLUMNS } from "./sqlite-file-ingest.js";
import { applyMigrations, readSchemaVersion } from "./apply-migrations.js";
import { MIGRATIONS, type Migration } from "./migrations.js";
import { StoreError, fromSqliteError } from "./store-error.js";
import { CURRENT_VALUE_COLUMNS, interner, toConflict, toFileRecord, toObservation, toRevision, toStoredObservation, type ConflictRow, type CurrentRow, type CurrentValueRow, type FileRow, type RevisionRow } from "./sqlite-rows.js";
import type { Observation } from "../model/observation.js";
import { ObservationTable } from "../model/observation-table.js";

export type { StoreAccess } from "./sqlite-connect.js";

/** How to open a database file. */
export interface SqliteStoreOptions {
  /** The clock: ingested_at and applied_at come from here. */
  now: () => Date;
  /**
   * "read" (default): read-only, the file must exist and be at the current schema; nothing is created, migrated or
   * switched. "write" (ingest, import): create the file if missing, migrate it, WAL. "scratch" (--dry-run): an
   * in-memory copy that may be written; the file is only read.
   */
  access?: StoreAccess;
  /** The migrations to apply (tests build older versions with a prefix of MIGRATIONS). */
  migrations?: readonly Migration[];
}

/** Whether an open database is ours: "empty" (no tables), "ours" (our schema_version), or "foreign" (another program's). */
function identify(db: Database.Database, migrations: readonly Migration[]): "empty" | "ours" | "foreign" {
  // The first read of the header: a file that is not SQLite fails here (SQLITE_NOTADB), before anything is written.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all() as string[];
  if (tables.length === 0) return "empty";
  if (!tables.includes("schema_version")) return "foreign";
  const first = db.prepare("SELECT description FROM schema_version WHERE version = 1").pluck().get();
  return first === migrations[0]?.description ? "ours" : "foreign";
}

/** Connect, refuse what is not ours, then check (reading) or migrate (writing) the schema; `from` is the version found. */
function openChecked(file: string, options: SqliteStoreOptions): { db: Database.Database; from: number; version: number; cleanup?: () => void } {
  const access = options.access ?? "read";
  const migrations = options.migrations ?? MIGRATIONS;
  let db: Database.Database | undefined;
  let cleanup: (() => void) | undefined;
  try {
    ({ db, cleanup } = connect(file, access));
    const kind = identify(db, migrations);
    if (kind === "foreign" || (kind === "empty" && access === "read")) throw new StoreError("foreign", { file });
    const from = readSchemaVersion(db);
    if (from > migrations.length) throw new StoreError("newer-schema", { found: from, known: migrations.length });
    if (access === "read") {
      if (from < migrations.length) throw new StoreError("older-schema", { found: from, known: migrations.length });
      return { db, from, version: from, cleanup };
    }
    if (access === "write") {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
    }
    db.pragma("foreign_keys = ON");
    return { db, from, version: applyMigrations(db, options.now(), migrations), cleanup };
  } catch (err) {
    db?.close();
    cleanup?.();
    if (err instanceof StoreError && err.params.file === undefined) throw new StoreError(err.code, { ...err.params, file });
    throw fromSqliteError(err, file);
  }
}

/**
 * Open a database file (see SqliteStoreOptions.access); errors the user can act on are StoreErrors. Another program's
 * database (or a file that is not SQLite) is refused before anything is written to it.
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions): Promise<ObservationStore> {
  const { db, version, cleanup } = openChecked(file, options);
  return new SqliteStore(db, file, version, options.now, cleanup);
}

/** Bring an existing database to the current schema (`db migrate`): the versions before and after. */
export async function migrateSqliteDatabase(file: string, options: Omit<SqliteStoreOptions, "access">): Promise<{ from: number; to: number }> {
  if (!existsSync(file)) throw new StoreError("not-found", { file });
  const { db, from, version, cleanup } = openChecked(file, { ...options, access: "write" });
  db.close();
  cleanup?.();
  return { from, to: version };
}

class SqliteStore implements ObservationStore {
  private open: SqliteFileIngest | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    readonly schemaVersion: number,
    private readonly now: () => Date,
    private readonly cleanup?: () => void,
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

  /** The WHERE clause and parameters of a filter on current_observations. */
  private currentWhere(filter: ObservationFilter): { where: string; params: (string | number)[] } {
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
    return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
  }

  currentObservations(filter: ObservationFilter = {}): Promise<StoredObservation[]> {
    return this.guard(() => {
      const { where, params } = this.currentWhere(filter);
      const sql = `SELECT indicator, region, year, sex, revision, value, unit, note, sheet, row, col, ingested_at, file FROM current_observations
        ${where} ORDER BY indicator, region, year, sex`;
      return (this.db.prepare(sql).all(...params) as CurrentRow[]).map(toStoredObservation);
    });
  }

  *eachCurrentObservation(filter: ObservationFilter = {}): Generator<Observation> {
    const intern = interner();
    for (const row of this.currentValueRows(filter)) yield toObservation(row, intern);
  }

  currentObservationTable(filter: ObservationFilter = {}, keep?: (indicator: string, region: string) => boolean): ObservationTable {
    const table = new ObservationTable();
    for (const [indicator, region, year, sex, value, unit, note, sheet, row, col, file] of this.currentValueRows(filter)) {
      if (!keep || keep(indicator, region)) table.push(indicator, region, year, sex, value, unit, note, sheet, row, col, file);
    }
    return table;
  }

  /** The current values' rows as arrays (raw: no object per row), one at a time, SQLite errors as StoreErrors. */
  private *currentValueRows(filter: ObservationFilter): Generator<CurrentValueRow> {
    let rows: IterableIterator<CurrentValueRow>;
    try {
      const { where, params } = this.currentWhere(filter);
      rows = this.db.prepare(`SELECT ${CURRENT_VALUE_COLUMNS} FROM current_observations ${where} ORDER BY indicator, region, year, sex`).raw().iterate(...params) as IterableIterator<CurrentValueRow>;
    } catch (err) {
      throw fromSqliteError(err, this.file);
    }
    for (;;) {
      let next: IteratorResult<CurrentValueRow>;
      try {
        next = rows.next();
      } catch (err) {
        throw fromSqliteError(err, this.file);
      }
      if (next.done) return;
      yield next.value;
    }
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
      try {
        if (this.open) this.db.exec("ROLLBACK");
        this.db.close();
      } finally {
        this.cleanup?.();
      }
    });
  }
}
