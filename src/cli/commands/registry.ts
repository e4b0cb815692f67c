/** Registers the data commands (validate, check, explain, report, template, ingest, db); each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { helpMessages } from "../help-messages.js";
import { optionMessages } from "../option-messages.js";
import { DIAGNOSTIC_FORMATS } from "../../reporters/diagnostics/index.js";
import { positiveIntegerOption } from "../options.js";
import { addListingOptions, addReadOptions, failSeverityOption } from "./read-options.js";
import { registerCheckCommands } from "./check-commands.js";
import { registerReportCommands } from "./report-commands.js";
import { registerDbCommands } from "./db-commands.js";
import type { ValidateFlags } from "./validate.js";

/** Add every data command to the program. */
export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  const validate = program
    .command("validate")
    .description(h("cmd-validate"))
    .argument("<files...>")
    .option("--region <region>", h("opt-validate-region"))
    .addOption(failSeverityOption(lang, "opt-validate-fail-severity"))
    .addOption(positiveIntegerOption("--max-errors <n>", h("opt-max-errors"), (value) => om("bad-max-errors", { value })));
  addGlobalOptions(addListingOptions(addReadOptions(validate, lang), lang), lang, DIAGNOSTIC_FORMATS).action(async (files: string[], o: ValidateFlags, cmd: Command) => {
    const { validate } = await import("./validate.js");
    setExit(await validate(makeContext(cmd, io), files, o));
  });
  registerCheckCommands(program, io, setExit, lang);
  registerReportCommands(program, io, setExit, lang);
  registerDbCommands(program, io, setExit, lang);
}
