// Issue 12: without -f, the -o file's extension names the format (report.xml is JUnit, not a terminal table).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "hld-ext-"));
const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";

describe("-o's extension picks the format", () => {
  it.each([
    ["validate", "v.xml", (s: string) => s.startsWith("<?xml")],
    ["validate", "v.json", (s: string) => typeof JSON.parse(s).summary === "object"],
    ["validate", "v.sarif", (s: string) => JSON.parse(s).version === "2.1.0"],
    ["validate", "v.csv", (s: string) => s.startsWith("\uFEFF")],
    ["check", "c.md", (s: string) => s.startsWith("#")],
    ["check", "c.json", (s: string) => Array.isArray(JSON.parse(s).results)],
  ] as const)("%s -o %s", async (command, name, looksRight) => {
    const file = path.join(dir, name);
    const r = await runCli([command, SAMPLE, "-o", file, ...(command === "check" ? ["--fail-on", "none"] : [])]);
    expect(r.code).toBe(0);
    expect(looksRight(readFileSync(file, "utf8"))).toBe(true);
  });
  it("an explicit -f wins, and an unknown extension keeps the default", async () => {
    const f1 = path.join(dir, "explicit.xml");
    await runCli(["validate", SAMPLE, "-f", "json", "-o", f1]);
    expect(() => JSON.parse(readFileSync(f1, "utf8"))).not.toThrow();
    const f2 = path.join(dir, "plain.txt");
    await runCli(["validate", SAMPLE, "-o", f2]);
    expect(readFileSync(f2, "utf8")).toMatch(/1 个文件，2587 行/);
  });
  it("report -o x.html writes the HTML report alone (it was a workbook under an .html name)", async () => {
    const file = path.join(dir, "报告.html");
    const r = await runCli(["report", SAMPLE, "-o", file, "--no-charts"]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text).toContain("葫芦岛市");
    // With -f xlsx the name is the user's choice: a workbook it is.
    const forced = path.join(dir, "forced.html");
    expect((await runCli(["report", SAMPLE, "-f", "xlsx", "-o", forced, "--no-charts"])).code).toBe(0);
    expect(readFileSync(forced).subarray(0, 2).toString()).toBe("PK");
  });
});
