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

/** Run the CLI with `argv` (without node and script), returning 0, 1 or 2. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const langFlag = argv.find((_a, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const lang = resolveLang(langFlag, io.env);
  const t = translator(cliMessages, lang);
  let exitCode: number = EXIT.ok;
  const program = new Command("hld-women");
  program
    .description(translator(helpMessages, lang)("description"))
    .version(VERSION)
    .exitOverride()
    .showSuggestionAfterError(true)
    // Options after a command's name belong to that command, so its own --format choices apply.
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) });
  addGlobalOptions(program, lang);
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  registerPlanCommands(program, io, setExit, lang);
  registerCommands(program, io, setExit, lang);
  program.commands.forEach(function configure(c: Command): void {
    c.exitOverride().enablePositionalOptions().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    c.commands.forEach(configure);
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
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
