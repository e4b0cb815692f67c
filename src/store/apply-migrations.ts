/** Bring an SQLite database to a schema version, one transaction per migration. */
import type { Database } from "better-sqlite3";
import { MIGRATIONS, type Migration } from "./migrations.js";
import { StoreError } from "./store-error.js";

/** The schema version recorded in the database (0 for a new, empty one). */
export function readSchemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  const row = db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null };
  return row.v ?? 0;
}

/** Apply the migrations the database lacks (recording `now`); refuses a database newer than `migrations` knows. */
export function applyMigrations(db: Database, now: Date, migrations: readonly Migration[] = MIGRATIONS): number {
  const known = migrations.length;
  const found = readSchemaVersion(db);
  if (found > known) throw new StoreError("newer-schema", { found, known });
  if (found === known) return found;
  // Table rebuilds (DROP TABLE of a referenced table) need foreign keys off; the pragma is a no-op inside a transaction.
  db.pragma("foreign_keys = OFF");
  try {
    for (const m of migrations.slice(found)) {
      // IMMEDIATE and a re-read: another process may have migrated since we looked.
      db.transaction(() => {
        db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        if (readSchemaVersion(db) >= m.version) return;
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} left ${broken.length} broken foreign keys`);
        db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)").run(m.version, m.description, now.toISOString());
      }).immediate();
    }
  } finally {
    db.pragma("foreign_keys = ON");
  }
  return known;
}
