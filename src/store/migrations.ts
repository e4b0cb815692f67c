/** The SQLite schema as ordered migrations: migration i (1-based) takes a database from version i−1 to i. */

/** One schema step; never edit a released step, add a new one. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Every migration, in order. The schema version of a database is the number of migrations applied. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "files, observation keys and their revisions",
    sql: `
      CREATE TABLE files (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
        size        INTEGER NOT NULL CHECK (size >= 0),
        region      TEXT,
        ingested_at TEXT    NOT NULL,
        rows        INTEGER NOT NULL DEFAULT 0,
        status      TEXT    NOT NULL CHECK (status IN ('complete', 'rejected'))
      );
      CREATE INDEX files_sha256 ON files (sha256);

      -- sex '' = not disaggregated: NULL would make every such key distinct under UNIQUE.
      CREATE TABLE observations (
        id        INTEGER PRIMARY KEY,
        indicator TEXT    NOT NULL,
        region    TEXT    NOT NULL,
        year      INTEGER NOT NULL,
        sex       TEXT    NOT NULL DEFAULT '' CHECK (sex IN ('', 'female', 'male', 'total')),
        UNIQUE (indicator, region, year, sex)
      );

      CREATE TABLE revisions (
        observation_id INTEGER NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        revision       INTEGER NOT NULL CHECK (revision >= 1),
        value          REAL    NOT NULL,
        unit           TEXT,
        note           TEXT,
        file_id        INTEGER NOT NULL REFERENCES files (id),
        sheet          TEXT,
        row            INTEGER NOT NULL,
        col            TEXT,
        ingested_at    TEXT    NOT NULL,
        PRIMARY KEY (observation_id, revision)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: "imports between levels: file kind, conflict records",
    sql: `
      ALTER TABLE files ADD COLUMN kind TEXT NOT NULL DEFAULT 'ingest' CHECK (kind IN ('ingest', 'import'));

      -- SQLite cannot widen a CHECK in place: rebuild files so an import may end with status 'conflicts'.
      CREATE TABLE files_v2 (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
        size        INTEGER NOT NULL CHECK (size >= 0),
        region      TEXT,
        kind        TEXT    NOT NULL DEFAULT 'ingest' CHECK (kind IN ('ingest', 'import')),
        ingested_at TEXT    NOT NULL,
        rows        INTEGER NOT NULL DEFAULT 0,
        status      TEXT    NOT NULL CHECK (status IN ('complete', 'conflicts', 'rejected'))
      );
      INSERT INTO files_v2 (id, name, sha256, size, region, kind, ingested_at, rows, status)
        SELECT id, name, sha256, size, region, kind, ingested_at, rows, status FROM files;
      DROP INDEX files_sha256;
      DROP TABLE files;
      ALTER TABLE files_v2 RENAME TO files;
      CREATE INDEX files_sha256 ON files (sha256);

      CREATE TABLE conflicts (
        id             INTEGER PRIMARY KEY,
        file_id        INTEGER NOT NULL REFERENCES files (id),
        observation_id INTEGER NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        current_value  REAL    NOT NULL,
        incoming_value REAL    NOT NULL,
        sheet          TEXT,
        row            INTEGER,
        resolution     TEXT    NOT NULL CHECK (resolution IN ('kept-current', 'took-incoming'))
      );
      CREATE INDEX conflicts_file ON conflicts (file_id);
    `,
  },
  {
    version: 3,
    description: "per-file counts, provenance index and the current-revision view",
    sql: `
      ALTER TABLE files ADD COLUMN inserted  INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE files ADD COLUMN revised   INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE files ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE files ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0;
      -- Files stored before version 3 only counted rows; every row of theirs was a revision.
      UPDATE files SET inserted = (SELECT count(*) FROM revisions r WHERE r.file_id = files.id AND r.revision = 1),
                       revised  = (SELECT count(*) FROM revisions r WHERE r.file_id = files.id AND r.revision > 1);
      UPDATE files SET unchanged = max(rows - inserted - revised, 0) WHERE status <> 'rejected';

      CREATE INDEX revisions_file ON revisions (file_id);

      CREATE VIEW current_observations AS
        SELECT o.id AS observation_id, o.indicator, o.region, o.year, o.sex,
               r.revision, r.value, r.unit, r.note, r.sheet, r.row, r.col, r.ingested_at,
               f.name AS file, f.sha256 AS file_sha256
        FROM observations o
        JOIN revisions r ON r.observation_id = o.id
          AND r.revision = (SELECT max(r2.revision) FROM revisions r2 WHERE r2.observation_id = o.id)
        JOIN files f ON f.id = r.file_id;
    `,
  },
];

/** The schema version this build of the tool writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
