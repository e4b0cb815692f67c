import { afterEach, describe, expect, it, vi } from "vitest";
import { Chalk } from "chalk";
import { progressLine } from "../../src/cli/progress-line.js";
import type { Context } from "../../src/cli/context.js";
import { translator } from "../../src/i18n/messages.js";
import { cliMessages } from "../../src/cli/messages.js";

function ctx(stderr: { isTTY?: boolean; columns?: number }, env: Record<string, string> = {}): { ctx: Context; err: () => string } {
  let err = "";
  const c: Context = {
    io: { stdout: { write: () => true }, stderr: { ...stderr, write: (s: string) => ((err += s), true) }, env, cwd: "." },
    lang: "zh", color: false, chalk: new Chalk({ level: 0 }), t: translator(cliMessages, "zh"),
  };
  return { ctx: c, err: () => err };
}

const feed = (onProgress: ((p: { file: string; bytes: number; totalBytes: number; rows: number }) => void) | undefined) => {
  vi.setSystemTime(0);
  onProgress?.({ file: "big.csv", bytes: 0, totalBytes: 1000, rows: 0 });
  vi.setSystemTime(500);
  onProgress?.({ file: "big.csv", bytes: 100, totalBytes: 1000, rows: 900 });
  vi.setSystemTime(1500);
  onProgress?.({ file: "big.csv", bytes: 450, totalBytes: 1000, rows: 12345 });
};

describe("validate progress line", () => {
  afterEach(() => vi.useRealTimers());

  it("appears on a terminal after a file has taken a second, and is cleared at the end", () => {
    vi.useFakeTimers();
    const { ctx: c, err } = ctx({ isTTY: true, columns: 80 });
    const p = progressLine(c, true);
    feed(p.onProgress);
    expect(err()).toBe("\r正在读取 big.csv … 45%（12,345 行）\x1b[K");
    p.clear();
    expect(err().endsWith("\r\x1b[K")).toBe(true);
  });

  it("stays silent off a terminal, on a 0-column terminal, in CI and for machine formats", () => {
    vi.useFakeTimers();
    for (const [stderr, env, enabled] of [
      [{ isTTY: false, columns: 80 }, {}, true],
      [{ isTTY: true, columns: 0 }, {}, true],
      [{ isTTY: true, columns: 80 }, { CI: "true" }, true],
      [{ isTTY: true, columns: 80 }, {}, false],
    ] as const) {
      const { ctx: c, err } = ctx(stderr, env);
      const p = progressLine(c, enabled);
      feed(p.onProgress);
      p.clear();
      expect(err()).toBe("");
    }
  });
});
