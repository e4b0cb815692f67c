/** The database helpers the db commands share: open --db, its texts, year options. */
import path from "node:path";
import type { Context } from "../context.js";
import { translator, type Translate } from "../../i18n/messages.js";
import { CliError } from "../cli-error.js";
import { isInput } from "../../util/atomic-write.js";
import { dbCommandMessages, type DbCommandMessageKey } from "./db-command-messages.js";
import { StoreError } from "../../store/store-error.js";
import type { ObservationStore } from "../../store/observation-store.js";
import type { StoreAccess } from "../../store/sqlite-store.js";
import { MIN_YEAR } from "../../ingest/parse-year.js";
import { optionMessages } from "../option-messages.js";
import { yearWithin, type YearArg } from "../options.js";

/** The database file used when --db is not given, in the current directory. */
export const DEFAULT_DB = "hld-women.db";

/** The database a command uses: --db, else the config file's, else hld-women.db in the working directory. */
export function dbName(ctx: Context, db: string | undefined): string {
  return db ?? ctx.config?.db ?? DEFAULT_DB;
}

/** The database commands' own texts in the context's language. */
export function dbT(ctx: Context): Translate<DbCommandMessageKey> {
  return translator(dbCommandMessages, ctx.lang);
}

/**
 * Open the database named by --db (default hld-women.db in the working directory): read-only unless `access` says
 * "write" (ingest, import: create and migrate) or "scratch" (--dry-run: an in-memory copy). A database that is also
 * an input of this run is refused.
 */
export async function openDb(ctx: Context, db: string | undefined, access: StoreAccess = "read"): Promise<{ store: ObservationStore; file: string }> {
  const name = dbName(ctx, db);
  const file = path.resolve(ctx.io.cwd, name);
  if (isInput(file, ctx.inputs.map((f) => path.resolve(ctx.io.cwd, f)))) throw new CliError(dbT(ctx)("db-is-input", { file: name }));
  return namedAs(name, async () => {
    // Loaded here, not at the top: registering the commands must not load the native SQLite module for every command.
    const { openSqliteStore } = await import("../../store/sqlite-store.js");
    return { store: await openSqliteStore(file, { now: () => new Date(), access }), file };
  });
}

/** Run `f`, naming the database in its StoreErrors as the user wrote it (`name`), not as an absolute path. */
export async function namedAs<T>(name: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw err instanceof StoreError ? new StoreError(err.code, { ...err.params, file: name }) : err;
  }
}

/** The year of a db command's year option (--year, --since): 1949…9999, or a CliError. */
export function dbYear(ctx: Context, arg: YearArg | undefined): number | undefined {
  return arg && yearWithin(arg, MIN_YEAR, 9999, () => translator(optionMessages, ctx.lang)("bad-db-year", { value: arg.text }));
}
