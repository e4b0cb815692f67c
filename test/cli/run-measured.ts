/** Spawn the built bin with a 512 MB heap, as an office PC gives it, and measure time, peak memory and temp files. */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Root of the repository. */
export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Heap given to the child, in MB. */
export const HEAP_MB = 512;

/** What one measured run gave. */
export interface MeasuredRun {
  /** Exit code (null when killed). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory in MB, or undefined when the child did not exit normally. */
  maxRssMb: number | undefined;
  /** Names seen in the child's own temp folder while it ran. */
  tempFiles: string[];
}

/** Run `hld-women …args` in a child with --max-old-space-size=HEAP_MB and its own TMPDIR, killed after `timeoutMs`. */
export function runMeasured(args: string[], timeoutMs: number): Promise<MeasuredRun> {
  const temp = mkdtempSync(path.join(tmpdir(), "hld-hostile-tmp-"));
  const seen = new Set<string>();
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, path.join(ROOT, "test/cli/measured-bin.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, NO_COLOR: "1", HLD_WOMEN_LANG: "zh" },
  });
  let stdout = "", stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c));
  child.stderr.on("data", (c: Buffer) => (stderr += c));
  const poll = setInterval(() => {
    for (const f of readdirSync(temp)) seen.add(f);
  }, 25);
  const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearInterval(poll);
      clearTimeout(killer);
      for (const f of readdirSync(temp)) seen.add(f);
      rmSync(temp, { recursive: true, force: true });
      const m = /@@max-rss-kb (\d+)/.exec(stderr);
      resolve({ code, signal, stdout, stderr: stderr.replace(/\n?@@max-rss-kb \d+\n/, ""), ms: Date.now() - started, maxRssMb: m ? Number(m[1]) / 1024 : undefined, tempFiles: [...seen] });
    });
  });
}
