/** Registers the data commands (validate, check, explain, report, template, ingest, db); each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import type { Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";

/** Add every data command to the program. */
export function registerCommands(_program: Command, _io: CliIO, _t: Translate<CliMessageKey>, _setExit: (code: number) => void): void {
  // Commands are added here as they are built.
}
