import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { displayWidth } from "../../src/util/display-width.js";

const F = "fixtures/officer";
// Exit 0 with one warning (the title and the file name disagree on the year) and two infos.
const WARNED = `${F}/绥中县2023年报.csv`;

describe("validate in CI: --quiet, --max-warnings, terminal width", () => {
  it("--quiet lists errors only and keeps the counts", async () => {
    const r = await runCli(["validate", WARNED, "--quiet"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe("1 个文件，3 行：0 个错误，1 个警告，2 个提示\n");
    const errors = await runCli(["validate", `${F}/typos-and-units.csv`, "--quiet", "-f", "json"]);
    const j = JSON.parse(errors.stdout) as { summary: Record<string, number>; diagnostics: { severity: string }[] };
    expect(errors.code).toBe(1);
    expect(j.diagnostics.map((d) => d.severity)).toEqual(["error", "error"]);
    expect(j.summary).toMatchObject({ errors: 2, warnings: 1 });
  });

  it("--max-warnings n exits 1 only when the warnings exceed n", async () => {
    expect((await runCli(["validate", WARNED, "--max-warnings", "0"])).code).toBe(1);
    expect((await runCli(["validate", WARNED, "--max-warnings", "1"])).code).toBe(0);
    const bad = await runCli(["validate", WARNED, "--max-warnings", "-1"]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, "", "hld-women: --max-warnings：-1 不是大于等于 0 的整数\n"]);
  });

  it("wraps the table to COLUMNS=80 at word and CJK boundaries, never inside an ASCII word", async () => {
    const r = await runCli(["validate", `${F}/title-only-2024.csv`, "--lang", "en"], { env: { COLUMNS: "80" } });
    const lines = r.stdout.split("\n");
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
    expect(r.stdout).toContain("The plan has no indicator 宫颈癌患者早珍率; did you\n");
    // A word cut in two would leave pieces that are not words of any message.
    const j = await runCli(["validate", `${F}/title-only-2024.csv`, "--lang", "en", "-f", "json"]);
    const words = new Set(j.stdout.match(/[A-Za-z0-9_]+/g));
    const own = new Set(["row", "error", "warning", "info", "file", "s"]);
    expect(r.stdout.match(/[A-Za-z0-9_]+/g)!.filter((w) => !words.has(w) && !own.has(w))).toEqual([]);
  });
});

describe("validate in CI: JUnit and SARIF", () => {
  it("JUnit: one test case per file and code; warnings are output, not failures", async () => {
    const r = await runCli(["validate", WARNED, "-f", "junit"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain('<testsuites name="hld-women" tests="3" failures="0">');
    expect(r.stdout).not.toContain("<failure");
    expect(r.stdout).toContain(`<testcase classname="${WARNED}" name="conflicting-year">\n      <system-out>警告 conflicting-year ${WARNED} · 第 2 行: 年份来源不一致：标题为 2024，文件名为 2023；使用 2024</system-out>\n    </testcase>`);
    const bad = await runCli(["validate", WARNED, `${F}/typos-and-units.csv`, "-f", "junit"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('<testsuites name="hld-women" tests="6" failures="2">');
  });

  it("SARIF 2.1.0: rules from the codes, levels, file and line of each result", async () => {
    const r = await runCli(["validate", WARNED, `${F}/typos-and-units.csv`, "-f", "sarif"]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Record<string, any>[] }[] };
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe("hld-women");
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(["conflicting-year", "inferred-region", "inferred-year", "unit-mismatch", "unknown-column", "unknown-region"]);
    const region = run.results.find((x) => x.ruleId === "unknown-region")!;
    expect(region).toMatchObject({
      level: "error",
      ruleIndex: 5,
      message: { text: "地区: 规划中没有地区 绥中具；是否是：绥中县？" },
      locations: [{ physicalLocation: { artifactLocation: { uri: `${F}/typos-and-units.csv` }, region: { startLine: 2, startColumn: 2 } } }],
      properties: { expected: "绥中县", value: "绥中具" },
    });
    expect(run.results.map((x) => x.level).sort()).toEqual(["error", "error", "note", "note", "warning", "warning"]);
    const conflict = run.results.find((x) => x.ruleId === "conflicting-year")!;
    expect(conflict.locations[0].physicalLocation.artifactLocation.uri).toBe(`${F}/${encodeURIComponent("绥中县2023年报.csv")}`);
  });
});
