import { describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { emitPieces, type Context } from "../../src/cli/context.js";
import { translator } from "../../src/i18n/messages.js";
import { cliMessages } from "../../src/cli/messages.js";

/** A stdout whose buffer is always full: every write asks the writer to wait for "drain". */
class SlowStdout extends EventEmitter {
  chunks: string[] = [];
  write(s: string): boolean {
    this.chunks.push(s);
    return false;
  }
}

function context(stdout: SlowStdout | { write(s: string): unknown }, output?: string, cwd = process.cwd()): Context {
  const stderr: string[] = [];
  return { io: { stdout, stderr: { write: (s: string) => stderr.push(s) }, env: {}, cwd }, lang: "en", color: false, output, inputs: [], t: translator(cliMessages, "en") } as unknown as Context;
}

const pieces = (n: number): string[] => Array.from({ length: n }, (_, i) => `${"x".repeat(1000)}${i}\n`);

describe("emitPieces", () => {
  it("writes stdout in chunks and waits for drain whenever the reader is slower", async () => {
    const out = new SlowStdout();
    const all = pieces(300);
    let finished = false;
    const done = emitPieces(context(out), all).then(() => (finished = true));
    await new Promise((r) => setImmediate(r));
    // One chunk written, then waiting: nothing more until the stream drains.
    expect(out.chunks).toHaveLength(1);
    expect(finished).toBe(false);
    while (!finished) {
      out.emit("drain");
      await new Promise((r) => setImmediate(r));
    }
    await done;
    expect(out.chunks.length).toBeGreaterThan(2);
    expect(out.chunks.join("")).toBe(all.join(""));
  });

  it("writes to a stream without events (a test double) straight through", async () => {
    const chunks: string[] = [];
    await emitPieces(context({ write: (s: string) => (chunks.push(s), false) }), pieces(200));
    expect(chunks.join("")).toBe(pieces(200).join(""));
  });

  it("replaces the -o file only once every piece is written, and leaves it untouched when a piece fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-emit-"));
    writeFileSync(path.join(dir, "out.json"), "old");
    function* failing() {
      yield* pieces(100);
      throw new Error("assessment failed half way");
    }
    await expect(emitPieces(context({ write: () => true }, "out.json", dir), failing())).rejects.toThrow("half way");
    expect(readFileSync(path.join(dir, "out.json"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.json"]);
    await emitPieces(context({ write: () => true }, "out.json", dir), pieces(100));
    expect(readFileSync(path.join(dir, "out.json"), "utf8")).toBe(pieces(100).join(""));
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("passes bytes (a spooled part) through between text pieces, in order, to stdout and to -o", async () => {
    const mixed = ["{\n  \"a\": ", Buffer.from("[1, \"妇女\"]", "utf8"), ",\n  \"b\": 2", new Uint8Array(Buffer.from("\n}", "utf8"))];
    const whole = "{\n  \"a\": [1, \"妇女\"],\n  \"b\": 2\n}";
    const chunks: (string | Uint8Array)[] = [];
    await emitPieces(context({ write: (s: string | Uint8Array) => (chunks.push(s), true) }), mixed);
    expect(Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c)))).toString("utf8")).toBe(whole);
    const dir = mkdtempSync(path.join(tmpdir(), "hld-emit-"));
    await emitPieces(context({ write: () => true }, "out.json", dir), mixed);
    expect(readFileSync(path.join(dir, "out.json"), "utf8")).toBe(whole);
  });
});
