/** Entry point: parse argv, run one command, return the exit code (never calls process.exit). */
import { Command, CommanderError } from "commander";
import { processIO, type CliIO } from "./io.js";
import { EXIT } from "./cli-error.js";
import { describeError } from "./describe-error.js";
import { resolveLang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { cliMessages } from "./messages.js";
import { addGlobalOptions } from "./global-options.js";
import { helpMessages } from "./help-messages.js";
import { registerPlanCommands } from "./commands/plan-commands.js";
import { registerCommands } from "./commands/registry.js";
import { VERSION } from "../version.js";
import { localizeHelp } from "./localized-help.js";
import { describeUsageError } from "./usage-error.js";

/** Run the CLI with `argv` (without node and script), returning 0, 1 or 2. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const langFlag = argv.find((_a, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const lang = resolveLang(langFlag, io.env);
  const t = translator(cliMessages, lang);
  let exitCode: number = EXIT.ok;
  const program = new Command("hld-women");
  // Commander's own error lines are replaced by ours (see describeUsageError); help still goes to stdout/stderr.
  const output = { writeOut: (s: string) => io.stdout.write(s), writeErr: (s: string) => io.stderr.write(s), outputError: () => {} };
  localizeHelp(program, lang, VERSION)
    .description(translator(helpMessages, lang)("description"))
    .showSuggestionAfterError(true)
    // Options after a command's name belong to that command, so its own --format choices apply.
    .enablePositionalOptions()
    .configureOutput(output);
  addGlobalOptions(program, lang);
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  registerPlanCommands(program, io, setExit, lang);
  registerCommands(program, io, setExit, lang);
  // The command that refused the command line, so the message can point at its --help.
  let refusedBy: Command = program;
  (function configure(c: Command): void {
    c.exitOverride((err) => {
      refusedBy = c;
      throw err;
    })
      .enablePositionalOptions()
      .configureOutput(output);
    c.commands.forEach(configure);
  })(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT.ok;
      // Help asked for by leaving out a subcommand has been printed already: nothing to add.
      if (err.code !== "commander.help") io.stderr.write(`hld-women: ${describeUsageError(err, refusedBy, lang)}\n`);
      return EXIT.cannotRun;
    }
    const known = describeError(err, lang);
    if (known) {
      io.stderr.write(`hld-women: ${known.message}\n`);
      return known.exitCode;
    }
    const e = err as Error;
    io.stderr.write(`hld-women: ${t("internal-error", { message: e?.message ?? String(err) })}\n`);
    if (io.env.HLD_WOMEN_DEBUG) io.stderr.write(`${e?.stack ?? ""}\n`);
    return EXIT.cannotRun;
  }
}
