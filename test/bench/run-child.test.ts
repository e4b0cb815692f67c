import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { failureReason, runChild } from "../../bench/run-child.js";

const dir = mkdtempSync(path.join(tmpdir(), "hld-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts = (timeoutS = 20) => ({ cwd: dir, timeoutS, rusageFile: path.join(dir, "rusage.json") });

describe("bench child processes", () => {
  it("takes CPU and peak RSS from the child itself; exit 1 (findings) is a run like exit 0", async () => {
    const r = await runChild(["-e", "const a = Buffer.alloc(64 * 1024 * 1024, 1); let s = 0; for (let i = 0; i < a.length; i += 4096) s += a[i]; process.stdout.write(String(s)); process.exitCode = 1"], opts());
    expect(r.failed).toBeNull();
    expect(r.timed_out).toBe(false);
    expect(r.stdout).toBe(String(64 * 256));
    expect(r.rss_mb).toBeGreaterThan(64);
    expect(r.cpu_s).toBeGreaterThan(0);
    expect(r.wall_s).toBeGreaterThanOrEqual(r.cpu_s / 2);
  });

  it("reports exit 2 with the last line of standard error", async () => {
    const r = await runChild(["-e", "process.stderr.write('first\\nno usable data\\n'); process.exit(2)"], opts());
    expect(r.failed).toBe("exit 2: no usable data");
  });

  it("kills a run that takes longer than the timeout", async () => {
    const r = await runChild(["-e", "setTimeout(() => {}, 60000)"], opts(0.5));
    expect(r.timed_out).toBe(true);
    expect(r.failed).toBeNull();
    expect(r.cpu_s).toBeNull();
    expect(r.wall_s).toBeLessThan(30);
  });

  it("names a heap out-of-memory crash and a signal", () => {
    expect(failureReason(134, null, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")).toBe("crashed: JavaScript heap out of memory");
    expect(failureReason(null, "SIGSEGV", "")).toBe("killed by SIGSEGV");
    expect(failureReason(3, null, "")).toBe("exit 3");
  });
});
