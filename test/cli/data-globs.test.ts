// Every command that takes data files expands a quoted glob the way validate does (one function: expandInputs).
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";

const FILE = "fixtures/sample/huludao-2020-2024.csv";
const GLOB = "fixtures/sample/*.csv";

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-globs-")));
afterEach(() => cleanup());

describe("a quoted glob as the data of a reading command", () => {
  it("check reads the files it matches, exactly as if they were named", async () => {
    const byGlob = await runCli(["check", GLOB, "-f", "json", "--fail-on", "none"]);
    const byName = await runCli(["check", FILE, "-f", "json", "--fail-on", "none"]);
    expect(byGlob.code, byGlob.stderr).toBe(0);
    expect(byGlob).toEqual(byName);
  });

  it("report and explain do too", async () => {
    const commands = (data: string): string[][] => [["report", data, "-f", "json"], ["explain", "宫颈癌筛查率", data, "--region", "建昌县"]];
    const byName = commands(FILE);
    for (const [i, args] of commands(GLOB).entries()) {
      const r = await runCli(args);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(r, args[0]).toEqual(await runCli(byName[i]!));
    }
  });

  it("template --data takes a glob", async () => {
    const args = (data: string): string[] => ["template", "--year", "2025", "--region", "建昌县", "--data", data, "-o", path.join(dir, "t.xlsx")];
    const r = await runCli(args(GLOB));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("0 个错误");
    expect(r).toEqual(await runCli(args(FILE)));
  });

  it("a glob matching nothing is the no-match error validate reports, and nothing can be assessed (exit 2)", async () => {
    const r = await runCli(["check", "nomatch/*.csv", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain("[no-match]");
    expect(r.stdout + r.stderr).not.toContain("[file-not-found]");
  });

  it("-o onto a file the glob matched is refused as an input (exit 2), the file unchanged", async () => {
    copyFileSync(FILE, path.join(dir, "a.csv"));
    const before = readFileSync(path.join(dir, "a.csv"));
    const r = await runCli(["check", "*.csv", "--fail-on", "none", "-o", "a.csv"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hld-women: 拒绝覆盖输入文件 a.csv，请用 -o 指定其他文件\n" });
    expect(readFileSync(path.join(dir, "a.csv")).equals(before)).toBe(true);
  });
});
