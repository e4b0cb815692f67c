/** Run the CLI in-process and capture exit code, stdout and stderr. */
import { run } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `hld-women ...args` with a clean environment (no colour, zh unless told) in `cwd`. */
export async function runCli(args: string[], opts: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<CliResult> {
  let stdout = "", stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string | Uint8Array) => ((stdout += typeof s === "string" ? s : Buffer.from(s).toString("utf8")), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    env: { NO_COLOR: "1", ...(opts.env ?? {}) },
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
