// Issue 10, finding 5: data never reaches a terminal or CI log raw — no escape sequences, no HTML, no forged workflow commands.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { visibleText } from "../../src/util/visible-text.js";

const dir = mkdtempSync(path.join(tmpdir(), "hld-sanitise-"));
const header = "指标代码,地区代码,年份,数值,备注\n";
const hostile = path.join(dir, "hostile.csv");
// an OSC title + clipboard write, a cell with CR LF and a forged command, raw HTML
writeFileSync(hostile, `${header}female_life_expectancy,211400,2024,"\u001b]0;owned\u0007\u001b]52;c;ZXZpbA==\u0007",\nfemale_life_expectancy,211402,2024,"1\r\n::error file=x::forged",\nfemale_life_expectancy,211403,2024,<script>alert(1)</script>,\n`);
const forgedName = path.join(dir, "a\n::warning::forged.csv");
writeFileSync(forgedName, `${header}female_life_expectancy,211400,2024,abc,\n`);

const lines = (s: string): string[] => s.split(/\r?\n|\r/);
const noWorkflowCommand = (out: string): void => {
  for (const l of lines(out)) expect(l, JSON.stringify(l)).not.toMatch(/^\s*::[a-z-]+/i);
  expect(out).not.toContain("##[");
};

describe("data in terminal and CI output", () => {
  it("makes escape sequences visible in the terminal table", async () => {
    const r = await runCli(["validate", hostile]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(r.stdout).toContain("␛]0;owned␇");
  });
  it.each(["table", "csv", "junit", "markdown"])("-f %s on stdout cannot start a workflow command", async (format) => {
    const r = await runCli(["validate", hostile, "-f", format]);
    noWorkflowCommand(r.stdout);
    expect(r.stdout).not.toMatch(/\r(?!\n)/);
  });
  it("-f markdown escapes raw HTML and lone CRs", async () => {
    const r = await runCli(["validate", hostile, "-f", "markdown"]);
    expect(r.stdout).not.toContain("<script>");
    expect(r.stdout).toContain("&lt;script&gt;");
  });
  it("a file name with a newline cannot forge a command either", async () => {
    for (const format of ["table", "csv", "junit", "markdown", "github"]) noWorkflowCommand((await runCli(["validate", forgedName, "-f", format])).stdout.replace(/^::(error|warning|notice) /gm, "OK "));
  });
  it("JSON keeps the data exact (it escapes control characters itself)", async () => {
    const r = await runCli(["validate", hostile, "-f", "json"]);
    const j = JSON.parse(r.stdout) as { diagnostics: { value?: string }[] };
    expect(j.diagnostics.some((d) => d.value?.includes("\u001b]0;owned"))).toBe(true);
  });
});

describe("visibleText", () => {
  it("shows C0, DEL, C1 and bidi controls and breaks workflow-command starts", () => {
    expect(visibleText("a\u001b[31mb\u007f")).toBe("a␛[31mb␡");
    expect(visibleText("x\ny\rz\tw")).toBe("x␊y␍z␉w");
    expect(visibleText("\u009b31m")).toBe("<U+009B>31m");
    expect(visibleText("abc\u202edef")).toBe("abc<U+202E>def");
    expect(visibleText("::error::x")).toBe(": :error::x");
    expect(visibleText("  ::set-output")).toBe("  : :set-output");
    expect(visibleText("a ##[group]b")).toBe("a # #[group]b");
    expect(visibleText("plain 中文 1:2")).toBe("plain 中文 1:2");
  });
});
