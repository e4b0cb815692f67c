// The real bin (dist/, made by `npm test`'s pretest build) writing -o through a symlink to /dev/stdout.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "../store/store-fixtures.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/hld-women.js");
const built = existsSync(path.join(ROOT, "dist/cli/run.js"));

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-output-bin-")));
afterEach(() => cleanup());

describe.skipIf(!built)("-o through a symlink to /dev/stdout", () => {
  it("writes the report to the process's stdout and keeps the link", () => {
    const link = path.join(dir, "out.json");
    symlinkSync("/dev/stdout", link);
    const plain = spawnSync(process.execPath, [BIN, "plan", "list", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    const r = spawnSync(process.execPath, [BIN, "plan", "list", "-f", "json", "-o", link], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe(`已写入 ${link}\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("/dev/stdout");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});
