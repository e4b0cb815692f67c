// Runs `hld-women report|template` in-process through the real run() once the lead has registered the commands,
// and through a program with just these commands until then (so these tests do not depend on the wiring order).
import { Command, CommanderError } from "commander";
import { run, addGlobalOptions } from "../../src/cli/run.js";
import { CliError } from "../../src/cli/cli-error.js";
import { translator } from "../../src/i18n/messages.js";
import { resolveLang } from "../../src/i18n/lang.js";
import { cliMessages } from "../../src/cli/messages.js";
import { registerReportCommands } from "../../src/cli/commands/report-commands.js";
import type { CliResult } from "../helpers/run-cli.js";

/** Run the CLI with a clean environment (no colour, zh unless told) in `cwd`. */
export async function runReportCli(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<CliResult> {
  let stdout = "", stderr = "";
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    env: { NO_COLOR: "1", ...(opts.env ?? {}) },
    cwd: opts.cwd ?? process.cwd(),
  };
  let help = "";
  await run(["report", "--help"], { ...io, stdout: { write: (s: string) => ((help += s), true) }, stderr: { write: () => true } });
  if (help.includes("--html")) return { code: await run(args, io), stdout, stderr };
  const langFlag = args[args.indexOf("--lang") + 1];
  const t = translator(cliMessages, resolveLang(args.includes("--lang") ? langFlag : undefined, io.env));
  let code = 0;
  const program = addGlobalOptions(new Command("hld-women").exitOverride(), t);
  registerReportCommands(program, io, t, (c) => void (code = Math.max(code, c)));
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }));
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (err) {
    if (err instanceof CliError) {
      stderr += `hld-women: ${err.message}\n`;
      return { code: err.exitCode, stdout, stderr };
    }
    if (err instanceof CommanderError) return { code: err.exitCode === 0 ? 0 : 2, stdout, stderr };
    throw err;
  }
  return { code, stdout, stderr };
}
