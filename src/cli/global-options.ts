/** The options every command accepts, before or after its name. */
import { Option, type Command } from "commander";

/** Add the global options to a command (they are accepted before or after the command name). */
export function addGlobalOptions(cmd: Command, t: (k: "opt-plan" | "opt-lang" | "opt-no-color" | "opt-format" | "opt-output") => string): Command {
  return cmd
    .option("--plan <spec>", t("opt-plan"))
    .addOption(new Option("--lang <lang>", t("opt-lang")))
    .option("--no-color", t("opt-no-color"))
    .option("-f, --format <format>", t("opt-format"))
    .option("-o, --output <file>", t("opt-output"));
}
