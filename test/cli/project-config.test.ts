// CLI scenarios of the project config file (hld-women.config.yaml), --config/--no-config and --code levels.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => path.join(ROOT, "fixtures/ingest", name);

/** A project: root with .git and the config, the command run two folders down (a/b). */
function project(config?: string): { root: string; cwd: string; file: (name: string, text: string) => string } {
  const root = mkdtempSync(path.join(tmpdir(), "hld-project-config-"));
  mkdirSync(path.join(root, ".git"));
  const cwd = path.join(root, "a/b");
  mkdirSync(cwd, { recursive: true });
  if (config !== undefined) writeFileSync(path.join(root, "hld-women.config.yaml"), config);
  return { root, cwd, file: (name, text) => (writeFileSync(path.join(root, name), text), path.join(root, name)) };
}

// Maternal systematic management rate ≥ 90% every year; 88.5 in 2024 is short by 1.5, a relative gap of 1.5 / 90 = 0.0167.
const SHORT_BY_1_5 = "指标代码,地区代码,年份,数值\nmaternal_system_management_rate,211400,2022,87\nmaternal_system_management_rate,211400,2023,88\nmaternal_system_management_rate,211400,2024,88.5\n";
// The same target met every year (no warning), and one row whose value is not a number (invalid-number, an error).
const MET_WITH_BAD_CELL = "指标代码,地区代码,年份,数值\nmaternal_system_management_rate,211400,2022,95\nmaternal_system_management_rate,211400,2023,96\nmaternal_system_management_rate,211400,2024,96.5\nmaternal_system_management_rate,211421,2024,约96\n";

const statusOf = (stdout: string): string => (JSON.parse(stdout) as { results: { indicator: string; region: string; targets: { status: string }[] }[] }).results.find((r) => r.indicator === "maternal_system_management_rate" && r.region === "211400")!.targets[0]!.status;

describe("the project config file", () => {
  it("is found two folders up: its lang applies (en), without it the default zh", async () => {
    const p = project("lang: en\n");
    const r = await runCli(["validate", fixture("clean-long.csv")], { cwd: p.cwd });
    expect(r).toEqual({ code: 0, stdout: "1 file(s), 7 row(s): 0 error(s), 0 warning(s), 0 info(s) · No problems found\n", stderr: "" });
    const none = await runCli(["validate", fixture("clean-long.csv")], { cwd: project().cwd });
    expect(none).toEqual({ code: 0, stdout: "1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n", stderr: "" });
  });

  it("loses to the flag and to HLD_WOMEN_LANG, and beats LANG", async () => {
    const p = project("lang: en\n");
    expect((await runCli(["validate", fixture("clean-long.csv"), "--lang", "zh"], { cwd: p.cwd })).stdout).toBe("1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n");
    expect((await runCli(["validate", fixture("clean-long.csv")], { cwd: p.cwd, env: { HLD_WOMEN_LANG: "zh" } })).stdout).toBe("1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n");
    const zh = project("lang: zh\n");
    expect((await runCli(["validate", fixture("clean-long.csv")], { cwd: zh.cwd, env: { LANG: "en_US.UTF-8" } })).stdout).toBe("1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n");
  });

  it("is ignored with --no-config and replaced with --config <file>", async () => {
    const p = project("lang: en\nmethd: sdsn\n");
    expect(await runCli(["validate", fixture("clean-long.csv"), "--no-config"], { cwd: p.cwd })).toEqual({ code: 0, stdout: "1 个文件，7 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n", stderr: "" });
    const other = p.file("other.yaml", "lang: en\n");
    expect((await runCli(["validate", fixture("clean-long.csv"), "--config", other], { cwd: p.cwd })).stdout).toBe("1 file(s), 7 row(s): 0 error(s), 0 warning(s), 0 info(s) · No problems found\n");
    const missing = await runCli(["validate", fixture("clean-long.csv"), "--config", "nope.yaml", "--lang", "en"], { cwd: p.cwd });
    expect([missing.code, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toContain(`config file not found: ${path.join(p.cwd, "nope.yaml")} [config-file-not-found]`);
  });

  it("a threshold from the config changes a verdict; --threshold beats it", async () => {
    // Relative gap 1.5 / 90 = 0.0167: within the default nearly-met band 0.02 (基本实现), outside a band of 0.01 (not met).
    const p = project("thresholds:\n  nearly_met_band: 0.01\n");
    const data = p.file("short.csv", SHORT_BY_1_5);
    expect(statusOf((await runCli(["check", data, "-f", "json", "--no-config"], { cwd: p.cwd })).stdout)).toBe("nearly_met");
    const configured = await runCli(["check", data, "-f", "json"], { cwd: p.cwd });
    expect(statusOf(configured.stdout)).toBe("not_met");
    expect((JSON.parse(configured.stdout) as { thresholds: Record<string, number> }).thresholds.nearly_met_band).toBe(0.01);
    expect(statusOf((await runCli(["check", data, "-f", "json", "--threshold", "nearly_met_band=0.02"], { cwd: p.cwd })).stdout)).toBe("nearly_met");
  });

  it("fail_on and method from the config; the flags beat them", async () => {
    // The 2022–2024 values broke the every-year target: a red warning, exit 1 under the default --fail-on red.
    const p = project("fail_on: none\nmethod: sdsn\n");
    const data = p.file("short.csv", SHORT_BY_1_5);
    const r = await runCli(["check", data, "-f", "json"], { cwd: p.cwd });
    expect([r.code, (JSON.parse(r.stdout) as { method: string }).method]).toEqual([0, "sdsn"]);
    const flags = await runCli(["check", data, "-f", "json", "--fail-on", "red", "--method", "unsd"], { cwd: p.cwd });
    expect([flags.code, (JSON.parse(flags.stdout) as { method: string }).method]).toEqual([1, "unsd"]);
  });

  it("a code turned off disappears and changes validate's exit code 1 → 0 (zh and en)", async () => {
    expect((await runCli(["validate", fixture("invalid-number.csv")], { cwd: project().cwd })).code).toBe(1);
    const p = project("codes:\n  invalid-number: off\n");
    expect(await runCli(["validate", fixture("invalid-number.csv")], { cwd: p.cwd })).toEqual({ code: 0, stdout: "1 个文件，2 行：0 个错误，0 个警告，0 个提示 · 未发现问题\n", stderr: "" });
    expect(await runCli(["validate", fixture("invalid-number.csv"), "--lang", "en"], { cwd: p.cwd })).toEqual({ code: 0, stdout: "1 file(s), 2 row(s): 0 error(s), 0 warning(s), 0 info(s) · No problems found\n", stderr: "" });
  });

  it("a code turned off uses none of a file's list of 5,000: 5,010 bad cells, exit 0, no overflow entry", async () => {
    const p = project("codes:\n  invalid-number: off\n");
    const rows = Array.from({ length: 5010 }, (_, i) => `maternal_system_management_rate,211400,${1950 + (i % 70)},约${i}`);
    const data = p.file("many.csv", ["指标代码,地区代码,年份,数值", ...rows].join("\n") + "\n");
    const before = await runCli(["validate", data, "-f", "json", "--no-config"], { cwd: p.cwd });
    expect([before.code, (JSON.parse(before.stdout) as { summary: { errors: number } }).summary.errors]).toEqual([1, 5010]);
    const r = await runCli(["validate", data, "-f", "json"], { cwd: p.cwd });
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; diagnostics: unknown[] };
    expect([r.code, report.summary.errors, report.diagnostics]).toEqual([0, 0, []]);
  });

  it("a code turned off changes check's exit code 1 → 0", async () => {
    const p = project("codes:\n  invalid-number: off\n");
    const data = p.file("bad-cell.csv", MET_WITH_BAD_CELL);
    const before = await runCli(["check", data, "-f", "json", "--no-config"], { cwd: p.cwd });
    expect([before.code, (JSON.parse(before.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)]).toEqual([1, ["invalid-number"]]);
    const after = await runCli(["check", data, "-f", "json"], { cwd: p.cwd });
    expect([after.code, (JSON.parse(after.stdout) as { diagnostics: unknown[] }).diagnostics]).toEqual([0, []]);
    // report and explain read through the same step: the cell's diagnostic is gone from their JSON too.
    const report = await runCli(["report", data, "-f", "json"], { cwd: p.cwd });
    expect([report.code, (JSON.parse(report.stdout) as { diagnostics: unknown[] }).diagnostics]).toEqual([0, []]);
    const levelled = await runCli(["report", data, "-f", "json", "--code", "invalid-number=warning"], { cwd: p.cwd });
    expect((JSON.parse(levelled.stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics.map((d) => [d.code, d.severity])).toEqual([["invalid-number", "warning"]]);
  });

  it("a warning re-levelled to error makes validate exit 1; --code beats the config", async () => {
    expect((await runCli(["validate", fixture("blank-header.csv")], { cwd: project().cwd })).code).toBe(0);
    const p = project("codes:\n  blank-header: error\n");
    const r = await runCli(["validate", fixture("blank-header.csv"), "--lang", "en", "-f", "json"], { cwd: p.cwd });
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; diagnostics: { code: string; severity: string }[] };
    expect([r.code, report.summary.errors, report.summary.warnings, report.diagnostics.map((d) => [d.code, d.severity])]).toEqual([1, 1, 0, [["blank-header", "error"]]]);
    const zh = await runCli(["validate", fixture("blank-header.csv")], { cwd: p.cwd });
    expect([zh.code, zh.stdout]).toEqual([1, expect.stringContaining("错误  表头为空的列")]);
    expect((await runCli(["validate", fixture("blank-header.csv"), "--code", "blank-header=warning"], { cwd: p.cwd })).code).toBe(0);
  });

  it("a re-levelled code rejects a file in ingest (exit 1), and the config's database is used", async () => {
    const p = project("db: store/monitor.db\ncodes:\n  blank-header: error\n");
    mkdirSync(path.join(p.root, "store"));
    const r = await runCli(["ingest", fixture("blank-header.csv"), "-f", "json"], { cwd: p.cwd });
    const out = JSON.parse(r.stdout) as { db: string; files: { status: string }[] };
    expect([r.code, out.db, out.files.map((f) => f.status)]).toEqual([1, path.join(p.root, "store/monitor.db"), ["rejected"]]);
    expect(existsSync(path.join(p.root, "store/monitor.db"))).toBe(true);
    const stored = await runCli(["ingest", fixture("clean-long.csv"), "-f", "json"], { cwd: p.cwd });
    expect([stored.code, (JSON.parse(stored.stdout) as { files: { status: string }[] }).files.map((f) => f.status)]).toEqual([0, ["stored"]]);
    // check with no data file reads the config's database.
    const checked = await runCli(["check", "-f", "json", "--fail-on", "none"], { cwd: p.cwd });
    expect([checked.code, statusOf(checked.stdout)]).toEqual([0, "met"]);
  });

  it("a plan path in the config is taken from the config's folder; --plan beats it", async () => {
    const p = project("plan: plans/mini.yaml\n");
    mkdirSync(path.join(p.root, "plans"));
    p.file("plans/mini.yaml", readFileSync(path.join(ROOT, "fixtures/plans/mini-v1.yaml"), "utf8"));
    const mini = path.join(p.root, "plans/mini.yaml");
    expect(await runCli(["plan", "validate", "--lang", "en"], { cwd: p.cwd })).toEqual({ code: 0, stdout: `${mini}: plan mini-women@1 is valid (3 goals, 3 indicators, 4 targets)\n`, stderr: "" });
    expect((await runCli(["plan", "validate", "--plan", "huludao-women@1", "--lang", "en"], { cwd: p.cwd })).stdout).toContain("plan huludao-women@1 is valid");
  });

  it("--code refuses an unknown code with the nearest names, and a bad level (exit 2)", async () => {
    const cwd = project().cwd;
    expect(await runCli(["validate", fixture("clean-long.csv"), "--code", "unknown-colum=off", "--lang", "en"], { cwd })).toEqual({ code: 2, stdout: "", stderr: "hld-women: --code: unknown diagnostic code unknown-colum. Did you mean: unknown-column?\n" });
    expect(await runCli(["validate", fixture("clean-long.csv"), "--code", "unknown-column=loud"], { cwd })).toEqual({ code: 2, stdout: "", stderr: "hld-women: --code：unknown-column=loud 应写成 代码=级别（级别：off、info、warning、error）\n" });
  });
});

describe("a bad config file", () => {
  const bad = async (config: string, lang: "zh" | "en") => {
    const p = project(config);
    const r = await runCli(["validate", fixture("clean-long.csv"), "--lang", lang], { cwd: p.cwd });
    return { ...r, file: path.join(p.root, "hld-women.config.yaml") };
  };

  it("unknown key: exit 2, located, in zh and en", async () => {
    const zh = await bad("lang: en\nmethd: sdsn\n", "zh");
    expect([zh.code, zh.stdout]).toEqual([2, ""]);
    expect(zh.stderr).toBe(`${zh.file}\n  2:1  错误  未知字段 methd（可用：plan, db, lang, method, fail_on, thresholds, codes） (methd) [config-unknown-field]\n\n1 个文件，0 行：1 个错误，0 个警告，0 个提示\nhld-women: 配置文件 ${zh.file} 有误，无法运行\n`);
    const en = await bad("lang: en\nmethd: sdsn\n", "en");
    expect(en.stderr).toContain("  2:1  error    unknown field methd (known: plan, db, lang, method, fail_on, thresholds, codes) (methd)");
    expect(en.stderr).toContain(`hld-women: the config file ${en.file} has errors; cannot run\n`);
  });

  it("bad level, unknown code with a suggestion, YAML syntax error: exit 2 with line:column", async () => {
    const level = await bad("codes:\n  blank-header: loud\n", "en");
    expect([level.code, level.stderr]).toEqual([2, expect.stringContaining("2:17  error    invalid value: one of: off, info, warning, error (codes.blank-header) [config-invalid-value]")]);
    const code = await bad("codes:\n  unknown-colum: off\n", "zh");
    expect([code.code, code.stderr]).toEqual([2, expect.stringContaining("2:3  错误  未知诊断代码 unknown-colum。您是否指：unknown-column？ (codes.unknown-colum) [config-unknown-code]")]);
    const syntax = await bad("lang: en\nmethod: sdsn: x\n", "en");
    expect([syntax.code, syntax.stdout, syntax.stderr]).toEqual([2, "", expect.stringContaining("2:9  error    YAML syntax error: Nested mappings are not allowed in compact mappings [config-yaml-error]")]);
    expect(syntax.stderr).not.toMatch(/\n\s+at /);
  });
});
