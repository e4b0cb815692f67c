/** `hld-women ingest` and `hld-women db export|import|log|history`; each action is imported lazily. */
import { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { addReadOptions } from "./read-options.js";
import { dbCommandMessages } from "./db-command-messages.js";

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
