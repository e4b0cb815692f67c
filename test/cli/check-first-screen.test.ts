// `check` on a terminal: the first screen is the summary and the red warnings; a narrow terminal says which columns it left out.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

const SAMPLE = path.resolve("fixtures/sample/huludao-2020-2024.csv");

describe("check's first screen (the demo's data)", () => {
  it("opens with the summary and all red warnings within 40 lines, then the area tables", async () => {
    const r = await runCli(["check", SAMPLE, "--fail-on", "none"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const first = lines.slice(0, 40).join("\n");
    expect(lines[3]).toBe("达标情况");
    expect(first).toContain("预警：红色 6 项 · 黄色 20 项");
    expect(first).toContain("红色预警（6 项）");
    expect(lines.slice(0, 40).filter((l) => /^ {2}\S.* · \S+：/.test(l))).toHaveLength(6);
    expect(lines.indexOf("一、妇女与健康")).toBeGreaterThan(lines.indexOf("红色预警（6 项）"));
    expect(lines.indexOf("一、妇女与健康")).toBeLessThan(40);
  });

  it("at 80 columns names the columns it left out; wider, keeps them", async () => {
    const narrow = await runCli(["check", SAMPLE, "--fail-on", "none"], { env: { COLUMNS: "80" } });
    expect(narrow.stdout).toContain("\n（终端宽 80 列，已省略：差距、进度；用 -f markdown/csv/json 或加宽终端查看）\n");
    expect(narrow.stdout).not.toMatch(/ 差距 +进度 /);
    const en = await runCli(["check", SAMPLE, "--fail-on", "none", "--lang", "en"], { env: { COLUMNS: "80" } });
    expect(en.stdout.replace(/\s+/g, " ").includes("(the terminal is 80 columns wide, so these columns are left out: Gap, Progress; see them with -f markdown/csv/json or a wider terminal)")).toBe(true);
    const wide = await runCli(["check", SAMPLE, "--fail-on", "none"], { env: { COLUMNS: "120" } });
    expect(wide.stdout).toMatch(/ 差距 +进度 /);
    expect(wide.stdout).not.toContain("已省略");
  });

  it("at 80 columns no line is wider than 80 (the summary, the area table's headings in two lines, the data problems), in zh and en", async () => {
    const { default: stringWidth } = await import("string-width");
    for (const lang of ["zh", "en"]) {
      const r = await runCli(["check", SAMPLE, "--fail-on", "none", "--lang", lang], { env: { COLUMNS: "80" } });
      const over = r.stdout.split("\n").filter((l) => stringWidth(l) > 80);
      expect(over).toEqual([]);
    }
    const narrow = (await runCli(["check", SAMPLE, "--fail-on", "none"], { env: { COLUMNS: "80" } })).stdout.split("\n");
    const head = narrow.findIndex((l) => l.startsWith("  领域"));
    expect(narrow[head]).toMatch(/基本 +未达标 +统计上 +红色 +黄色$/);
    expect(narrow[head + 1]).toMatch(/^ +达标 +无法判定 +预警 +预警$/);
    // 120 columns: the headings stay on one line.
    const wide = (await runCli(["check", SAMPLE, "--fail-on", "none"], { env: { COLUMNS: "120" } })).stdout;
    expect(wide).toMatch(/ 基本达标 +未达标 +统计上无法判定 +红色预警 +黄色预警\n/);
  });
});

describe("foldHeading", () => {
  it("splits Chinese headings between characters and English ones at the middle space", async () => {
    const { foldHeading } = await import("../../src/reporters/assessment/summary-text.js");
    expect(foldHeading("统计上无法判定")).toBe("统计上\n无法判定");
    expect(foldHeading("基本达标")).toBe("基本\n达标");
    expect(foldHeading("达标率")).toBe("达标率");
    expect(foldHeading("Not assessable")).toBe("Not\nassessable");
    expect(foldHeading("Statistically indeterminate cases")).toBe("Statistically\nindeterminate cases");
    expect(foldHeading("Met")).toBe("Met");
  });
});
