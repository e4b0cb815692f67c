/** `hld-women ingest` and `hld-women db export|import|log|history`, with the helpers their actions share. */
import path from "node:path";
import { Command } from "commander";
import type { CliIO } from "../io.js";
import type { Context } from "../context.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../run.js";
import { makeContext } from "../context.js";
import { CliError } from "../cli-error.js";
import { addReadOptions } from "./read-options.js";
import { assertNotInput } from "../../util/atomic-write.js";
import { dbCommandMessages, type DbCommandMessageKey } from "../../store/db-command-messages.js";
import { describeStoreError } from "../../store/messages.js";
import { StoreError } from "../../store/store-error.js";
import type { ObservationStore } from "../../store/observation-store.js";

/** The database file used when --db is not given, in the current directory. */
export const DEFAULT_DB = "hld-women.db";

/** The database commands' own texts in the context's language. */
export function dbT(ctx: Context): Translate<DbCommandMessageKey> {
  return translator(dbCommandMessages, ctx.lang);
}

/** A StoreError as a CliError (exit 2) in the user's language; anything else unchanged. */
export function asCliError(err: unknown, ctx: Context): unknown {
  return err instanceof StoreError ? new CliError(describeStoreError(err, ctx.lang)) : err;
}

/**
 * Open the database named by --db (default hld-women.db in the working directory). `create` for commands that
 * write; `scratch` for --dry-run (an in-memory copy). A database that is also an input of this run is refused.
 */
export async function openDb(ctx: Context, db: string | undefined, mode: { create?: boolean; scratch?: boolean } = {}): Promise<{ store: ObservationStore; file: string }> {
  const file = path.resolve(ctx.io.cwd, db ?? DEFAULT_DB);
  try {
    assertNotInput(file, ctx.inputs.map((f) => path.resolve(ctx.io.cwd, f)));
  } catch {
    throw new CliError(dbT(ctx)("db-is-input", { file: db ?? DEFAULT_DB }));
  }
  try {
    // Loaded here, not at the top: registering the commands must not load the native SQLite module for every command.
    const { openSqliteStore } = await import("../../store/sqlite-store.js");
    return { store: await openSqliteStore(file, { now: () => new Date(), ...mode }), file };
  } catch (err) {
    // Name the database as the user wrote it, not as an absolute path.
    throw asCliError(err instanceof StoreError ? new StoreError(err.code, { ...err.params, file: db ?? DEFAULT_DB }) : err, ctx);
  }
}

/** A whole-number year option (1949…9999), or a CliError. */
export function parseYearOption(ctx: Context, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value.normalize("NFKC").replace(/年度?$/, ""));
  if (!Number.isInteger(year) || year < 1949 || year > 9999) throw new CliError(dbT(ctx)("bad-year", { value }));
  return year;
}

/** Add `ingest` and the `db` group to the program. */
export function registerDbCommands(program: Command, io: CliIO, t: Translate<CliMessageKey>, setExit: (code: number) => void, lang: Lang): void {
  const m = translator(dbCommandMessages, lang);
  const withDb = (c: Command): Command => addGlobalOptions(c.option("--db <file>", m("opt-db")), t);
  const reading = (c: Command): Command => addReadOptions(c.option("--fail-severity <severity>", m("opt-fail-severity")).option("--dry-run", m("opt-dry-run")), lang);

  withDb(reading(program.command("ingest").description(m("cmd-ingest")).argument("<files...>").option("--region <region>", m("opt-ingest-region")))).action(
    async (files: string[], o: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { ingest } = await import("./ingest.js");
      setExit(await ingest(makeContext(cmd, io), files, o));
    },
  );

  const db = addGlobalOptions(program.command("db").description(m("cmd-db")), t);
  withDb(db.command("export").description(m("cmd-db-export")).option("--region <region>", m("opt-export-region")).option("--since <year>", m("opt-since"))).action(
    async (o: { db?: string; region?: string; since?: string }, cmd: Command) => {
      const { dbExport } = await import("./db-export.js");
      setExit(await dbExport(makeContext(cmd, io), o));
    },
  );
  withDb(reading(db.command("import").description(m("cmd-db-import")).argument("<file>").option("--prefer <side>", m("opt-prefer")).option("--region <region>", m("opt-ingest-region")))).action(
    async (file: string, o: Record<string, string | boolean | undefined>, cmd: Command) => {
      const { dbImport } = await import("./db-import.js");
      setExit(await dbImport(makeContext(cmd, io), file, o));
    },
  );
  withDb(db.command("log").description(m("cmd-db-log"))).action(async (o: { db?: string }, cmd: Command) => {
    const { dbLog } = await import("./db-log.js");
    setExit(await dbLog(makeContext(cmd, io), o));
  });
  withDb(
    db
      .command("history")
      .description(m("cmd-db-history"))
      .argument("<indicator>")
      .requiredOption("--region <region>", m("opt-history-region"))
      .option("--year <year>", m("opt-history-year"))
      .option("--sex <sex>", m("opt-sex")),
  ).action(async (indicator: string, o: { db?: string; region: string; year?: string; sex?: string }, cmd: Command) => {
    const { dbHistory } = await import("./db-history.js");
    setExit(await dbHistory(makeContext(cmd, io), indicator, o));
  });
}
