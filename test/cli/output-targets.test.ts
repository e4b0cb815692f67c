// -o never replaces what is at the path: devices, FIFOs and links to them are written directly; a regular file keeps
// its mode, owner and hard links; `-o -` is stdout.
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, chownSync, closeSync, linkSync, lstatSync, openSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-output-")));
afterEach(() => cleanup());

const isRoot = process.getuid?.() === 0;
const PLAN_LIST = ["plan", "list", "-f", "json"];
const expected = async (): Promise<string> => (await runCli(PLAN_LIST)).stdout;

describe("-o onto something that is not a regular file", () => {
  it("writes into a FIFO read by another process, and the FIFO stays a FIFO", async () => {
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let got = "";
    reader.stdout.setEncoding("utf8").on("data", (s: string) => (got += s));
    const done = new Promise<number | null>((resolve) => reader.on("close", resolve));
    // If -o never opens the FIFO, cat would wait forever: stop it so the failure shows.
    const stop = setTimeout(() => reader.kill(), 10_000);
    const r = await runCli([...PLAN_LIST, "-o", fifo]);
    expect(await done).toBe(0);
    clearTimeout(stop);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`已写入 ${fifo}\n`);
    expect(got).toBe(await expected());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it.skipIf(!isRoot)("writes into a character device (a private null device) without replacing it", async () => {
    const dev = path.join(dir, "null");
    execFileSync("mknod", [dev, "c", "1", "3"]);
    const r = await runCli([...PLAN_LIST, "-o", dev]);
    expect(r.code).toBe(0);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(["null"]);
  });

  it("leaves /dev/null a character device", async () => {
    const before = statSync("/dev/null");
    const r = await runCli([...PLAN_LIST, "-o", "/dev/null"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "已写入 /dev/null\n" });
    const after = statSync("/dev/null");
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it("writes through a symlink into /proc/self/fd (what /dev/stdout is) and keeps the link", async () => {
    const sink = path.join(dir, "captured.txt");
    writeFileSync(sink, "");
    const fd = openSync(sink, "w");
    try {
      const link = path.join(dir, "out");
      symlinkSync(`/proc/self/fd/${fd}`, link);
      const r = await runCli([...PLAN_LIST, "-o", link]);
      expect(r.code).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(`/proc/self/fd/${fd}`);
      expect(readFileSync(sink, "utf8")).toBe(await expected());
      expect(readdirSync(dir).sort()).toEqual(["captured.txt", "out"]);
    } finally {
      closeSync(fd);
    }
  });

  it("-o - writes the report to stdout and creates no file named -", async () => {
    const r = await runCli([...PLAN_LIST, "-o", "-"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: (await runCli(PLAN_LIST, { cwd: dir })).stdout, stderr: "" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("-o - takes a workbook too: its bytes go to stdout", async () => {
    let bytes = Buffer.alloc(0);
    const { run } = await import("../../src/cli/run.js");
    const code = await run(["template", "--year", "2025", "-o", "-"], {
      stdout: { write: (s: string | Uint8Array) => ((bytes = Buffer.concat([bytes, typeof s === "string" ? Buffer.from(s) : s])), true), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      env: { NO_COLOR: "1" },
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a folder is refused with exit 2 and left alone", async () => {
    const r = await runCli([...PLAN_LIST, "-o", dir, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hld-women: Cannot write .*EISDIR/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("-o onto an existing regular file", () => {
  it("keeps a 0600 file's mode (and owner) and leaves no temp file", async () => {
    const f = path.join(dir, "report.json");
    writeFileSync(f, "old");
    chmodSync(f, 0o600);
    // Root (usual in CI) would otherwise make the new file its own.
    if (isRoot) chownSync(f, 12345, 23456);
    const before = statSync(f);
    const r = await runCli([...PLAN_LIST, "-o", f]);
    expect(r.code).toBe(0);
    const after = statSync(f);
    expect(after.mode & 0o7777).toBe(0o600);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    if (isRoot) expect([after.uid, after.gid]).toEqual([12345, 23456]);
    expect(readFileSync(f, "utf8")).toBe(await expected());
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("keeps a file with hard links linked: every name shows the new content", async () => {
    const f = path.join(dir, "report.json");
    const other = path.join(dir, "shared.json");
    writeFileSync(f, "old");
    linkSync(f, other);
    const r = await runCli([...PLAN_LIST, "-o", f]);
    expect(r.code).toBe(0);
    expect(statSync(f).ino).toBe(statSync(other).ino);
    expect(readFileSync(other, "utf8")).toBe(await expected());
    expect(readdirSync(dir).sort()).toEqual(["report.json", "shared.json"]);
  });

  it("writes the file a symlink points to and keeps the symlink", async () => {
    const real = path.join(dir, "real.json");
    const link = path.join(dir, "link.json");
    writeFileSync(real, "old");
    symlinkSync("real.json", link);
    const r = await runCli([...PLAN_LIST, "-o", link]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe(await expected());
    expect(readdirSync(dir).sort()).toEqual(["link.json", "real.json"]);
  });
});
