// Issue 10: counts are never capped, odd inputs get their own diagnostics, long values are cut in messages.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";
import { MAX_DIAGNOSTICS_PER_FILE } from "../../src/ingest/diagnostic-sink.js";

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-hostile-in-")));
afterEach(() => cleanup());
const cli = (...args: string[]) => runCli(args, { cwd: dir });
type Flat = { code: string; severity: string; message: string; value?: string };
const json = (stdout: string) => JSON.parse(stdout) as { summary: { errors: number; warnings: number; infos: number }; diagnostics: Flat[] };

/** 5,001 unknown columns (one warning each, past the listing cap), then rows with errors. */
function unknownColumnsThenErrors(): string {
  const extra = Array.from({ length: MAX_DIAGNOSTICS_PER_FILE + 1 }, (_, i) => `x${i}`);
  const rows = [
    ["指标代码", "地区代码", "年份", "数值", ...extra],
    ["no_such_indicator", "211421", "2024", "8.1"],
    ["maternal_mortality_ratio", "211421", "2024", "not a number"],
  ];
  writeFileSync(path.join(dir, "wide.csv"), rows.map((r) => r.join(",")).join("\n") + "\n");
  return "wide.csv";
}

describe("hostile inputs", () => {
  it("validate counts the errors past the listing cap: exit 1, every error in the summary", async () => {
    const file = unknownColumnsThenErrors();
    const r = await cli("validate", file, "--format", "json");
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.summary).toMatchObject({ errors: 2, warnings: MAX_DIAGNOSTICS_PER_FILE + 1 });
    const overflow = report.diagnostics.filter((d) => d.code === "too-many-diagnostics");
    expect(overflow.map((d) => d.severity).sort()).toEqual(["error", "warning"]);
    expect(overflow.find((d) => d.severity === "error")!.message).toContain("另有 2 个错误未列出");
    const table = await cli("validate", file);
    expect(table.stdout).toContain("2 个错误");
  });

  it("ingest refuses a file whose errors are all past the listing cap", async () => {
    const file = unknownColumnsThenErrors();
    const r = await cli("ingest", file, "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ stored: 0, rejected: 1 });
  });

  it("an empty .xlsx is an empty file, not a damaged one", async () => {
    writeFileSync(path.join(dir, "empty.xlsx"), "");
    const r = await cli("validate", "empty.xlsx", "--format", "json");
    expect(r.code).toBe(1);
    expect(json(r.stdout).diagnostics.map((d) => d.code)).toEqual(["empty-file"]);
  });

  it("a named pipe is not called a directory, and reading does not wait on it", async () => {
    execFileSync("mkfifo", [path.join(dir, "pipe.csv")]);
    const r = await cli("validate", "pipe.csv", "--format", "json", "--lang", "en");
    expect(r.code).toBe(1);
    const [d] = json(r.stdout).diagnostics;
    expect(d!.code).toBe("unsupported-file");
    expect(d!.message).toContain("not a regular file");
    expect(d!.message).not.toContain("directory");
  });

  it("a 100,000-character cell is cut to 80 characters in the message and the value", async () => {
    const long = "九".repeat(100_000);
    writeFileSync(path.join(dir, "long.csv"), `指标代码,地区代码,年份,数值\nmaternal_mortality_ratio,211421,2024,${long}\n`);
    const r = await cli("validate", "long.csv", "--format", "json");
    const d = json(r.stdout).diagnostics.find((x) => x.code === "invalid-number")!;
    expect(d.message).toContain(`${"九".repeat(80)}…`);
    expect(d.message).not.toContain("九".repeat(81));
    expect(d.value).toBe(`${"九".repeat(80)}…`);
  });
});
