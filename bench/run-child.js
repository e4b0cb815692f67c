// Spawning one measured process: wall time from here, CPU and peak RSS from the child itself
// (rusage-preload.cjs), a timeout that kills it, and a short reason when it fails.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const preload = path.join(path.dirname(new URL(import.meta.url).pathname), "rusage-preload.cjs");

/** Why a failed child failed, in a few words: a heap OOM, a signal, or the last line of its stderr. */
export function failureReason(code, signal, stderr) {
  if (/heap out of memory|Allocation failed/i.test(stderr)) return "crashed: JavaScript heap out of memory";
  if (signal) return `killed by ${signal}`;
  const last = stderr.trim().split("\n").filter(Boolean).pop() ?? "";
  return `exit ${code}${last ? `: ${last.slice(0, 160)}` : ""}`;
}

/**
 * Run `node [args]` with the rusage preload; resolves to { wall_s, cpu_s, rss_mb, stdout, timed_out, failed }.
 * Exit codes 0 and 1 (findings) count as success; 2, a crash or a signal sets `failed` to the reason.
 */
export function runChild(args, { cwd, timeoutS, rusageFile, env = {} }) {
  rmSync(rusageFile, { force: true });
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--require", preload, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "80", ...env, BENCH_RUSAGE_FILE: rusageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "", stderr = "", timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s) => (stdout = (stdout + s).slice(-1 << 20)));
    child.stderr.setEncoding("utf8").on("data", (s) => (stderr = (stderr + s).slice(-8192)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wall_s = (performance.now() - started) / 1000;
      let cpu_s = null, rss_mb = null;
      if (existsSync(rusageFile)) {
        const u = JSON.parse(readFileSync(rusageFile, "utf8"));
        cpu_s = (u.user_us + u.sys_us) / 1e6;
        rss_mb = u.max_rss_kb / 1024;
      }
      const ok = !timedOut && (code === 0 || code === 1);
      resolve({ wall_s, cpu_s, rss_mb, stdout, timed_out: timedOut, failed: ok || timedOut ? null : failureReason(code, signal, stderr) });
    });
  });
}
