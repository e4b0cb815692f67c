/** `db migrate`: bring a database made by an older version to this version's schema (reading commands never do). */
import path from "node:path";
import type { Context } from "../context.js";
import { TABLE_JSON_FORMATS } from "../options.js";
import { emit, pickFormat } from "../context.js";
import { EXIT } from "../cli-error.js";
import { VERSION } from "../../version.js";
import { dbName, dbT, namedAs } from "./open-db.js";

/** Run `db migrate`; returns the exit code. */
export async function dbMigrate(ctx: Context, o: { db?: string }): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const db = dbName(ctx, o.db);
  const { from, to } = await namedAs(db, async () => {
    const { migrateSqliteDatabase } = await import("../../store/sqlite-store.js");
    return migrateSqliteDatabase(path.resolve(ctx.io.cwd, db), { now: () => new Date() });
  });
  if (format === "json") emit(ctx, JSON.stringify({ version: VERSION, db, from, to }, null, 2) + "\n");
  else emit(ctx, dbT(ctx)(from === to ? "migrate-current" : "migrated", { db, from, to }) + "\n");
  return EXIT.ok;
}
