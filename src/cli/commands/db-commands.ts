/** `hld-women ingest` and `hld-women db export|import|log|migrate|history`; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { helpMessages } from "../help-messages.js";
import { choiceOption, PREFER, TABLE_JSON_FORMATS, yearOption } from "../options.js";
import { addReadOptions, failSeverityOption } from "./read-options.js";
import { optionMessages } from "../option-messages.js";
import type { MergeCliOptions } from "./ingest.js";
import type { DbExportOptions } from "./db-export.js";
import type { DbHistoryOptions } from "./db-history.js";

/** Add `ingest` and the `db` group to the program. */
export function registerDbCommands(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  const withDb = (c: Command): Command => addGlobalOptions(c.option("--db <file>", h("opt-db-file")), lang, TABLE_JSON_FORMATS);
  const reading = (c: Command): Command => addReadOptions(c.addOption(failSeverityOption(lang, "opt-ingest-fail-severity")).option("--dry-run", h("opt-dry-run")), lang);

  withDb(reading(program.command("ingest").description(h("cmd-ingest")).argument("<files...>").option("--region <region>", h("opt-ingest-region")))).action(
    async (files: string[], o: MergeCliOptions, cmd: Command) => {
      const { ingest } = await import("./ingest.js");
      setExit(await ingest(makeContext(cmd, io), files, o));
    },
  );

  const db = addGlobalOptions(program.command("db").description(h("cmd-db")), lang);
  withDb(db.command("export").description(h("cmd-db-export")).option("--region <region>", h("opt-export-region")).addOption(yearOption("--since <year>", h("opt-since")))).action(
    async (o: DbExportOptions, cmd: Command) => {
      const { dbExport } = await import("./db-export.js");
      setExit(await dbExport(makeContext(cmd, io), o));
    },
  );
  const prefer = choiceOption("--prefer <side>", h("opt-prefer"), PREFER, (value) => om("bad-prefer", { value }));
  withDb(reading(db.command("import").description(h("cmd-db-import")).argument("<file>").addOption(prefer).option("--region <region>", h("opt-ingest-region")))).action(
    async (file: string, o: MergeCliOptions, cmd: Command) => {
      const { dbImport } = await import("./db-import.js");
      setExit(await dbImport(makeContext(cmd, io), file, o));
    },
  );
  withDb(db.command("log").description(h("cmd-db-log"))).action(async (o: { db?: string }, cmd: Command) => {
    const { dbLog } = await import("./db-log.js");
    setExit(await dbLog(makeContext(cmd, io), o));
  });
  withDb(db.command("migrate").description(h("cmd-db-migrate"))).action(async (o: { db?: string }, cmd: Command) => {
    const { dbMigrate } = await import("./db-migrate.js");
    setExit(await dbMigrate(makeContext(cmd, io), o));
  });
  withDb(
    db
      .command("history")
      .description(h("cmd-db-history"))
      .argument("<indicator>")
      .requiredOption("--region <region>", h("opt-history-region"))
      .addOption(yearOption("--year <year>", h("opt-history-year")))
      .option("--sex <sex>", h("opt-sex")),
  ).action(async (indicator: string, o: DbHistoryOptions, cmd: Command) => {
    const { dbHistory } = await import("./db-history.js");
    setExit(await dbHistory(makeContext(cmd, io), indicator, o));
  });
}
