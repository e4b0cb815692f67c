/** What a command may touch of the outside world, so tests can run the CLI in-process. */
export interface CliIO {
  /** Reports; bytes (an XLSX to `-o -`) are written as they are. */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** Data for `-` among the data arguments; absent in tests that give none. */
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The real process's streams and environment. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
