/** Registers the data commands (validate, check, explain, report, template, ingest, db); each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { ingestMessages } from "../../ingest/messages.js";
import { addReadOptions } from "./read-options.js";
import { registerCheckCommands } from "./check-commands.js";
import { registerReportCommands } from "./report-commands.js";
import { registerDbCommands } from "./db-commands.js";

/** Add every data command to the program. */
export function registerCommands(program: Command, io: CliIO, t: Translate<CliMessageKey>, setExit: (code: number) => void, lang: Lang): void {
  const ti = translator(ingestMessages, lang);
  const validate = program
    .command("validate")
    .description(ti("cmd-validate"))
    .argument("<files...>")
    .option("--region <region>", ti("opt-region"))
    .option("--fail-severity <severity>", ti("opt-fail-severity"))
    .option("--max-errors <n>", ti("opt-max-errors"));
  addGlobalOptions(addReadOptions(validate, lang), t).action(async (files: string[], o: Record<string, string | undefined>, cmd: Command) => {
    const { validate } = await import("./validate.js");
    setExit(await validate(makeContext(cmd, io), files, o));
  });
  registerCheckCommands(program, io, t, setExit, lang);
  registerReportCommands(program, io, t, setExit, lang);
  registerDbCommands(program, io, t, setExit, lang);
}
