/** The options every command accepts, before or after its name. */
import { Option, type Command } from "commander";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { helpMessages } from "./help-messages.js";
import { optionMessages } from "./option-messages.js";
import { choiceOption } from "./options.js";
import { configMessages } from "../config/config-messages.js";

/** Add the global options to a command; `formats` are its --format choices (a command group passes none). */
export function addGlobalOptions(cmd: Command, lang: Lang, formats?: readonly string[]): Command {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  const cm = translator(configMessages, lang);
  const format = formats
    ? choiceOption("-f, --format <format>", h("opt-format"), formats, (format) => om("bad-format", { format, choices: formats.join(", ") }))
    : new Option("-f, --format <format>", h("opt-format"));
  return cmd
    .option("--plan <spec>", h("opt-plan"))
    .addOption(new Option("--lang <lang>", h("opt-lang")))
    .option("--no-color", h("opt-no-color"))
    .addOption(format)
    .option("-o, --output <file>", h("opt-output"))
    .option("--config <file>", cm("opt-config"))
    .option("--no-config", cm("opt-no-config"))
    .addOption(new Option("--code <code=level>", cm("opt-code")).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]));
}
