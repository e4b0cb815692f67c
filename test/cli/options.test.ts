// The option module: one year parser for every year option, choices declared once and refused by commander's .choices().
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { runCli } from "../helpers/run-cli.js";
import { CliError } from "../../src/cli/cli-error.js";
import { choiceOption, parseYearArg, yearWithin } from "../../src/cli/options.js";
import { METHOD_IDS } from "../../src/assess/index.js";
import { CHECK_FORMATS } from "../../src/reporters/assessment/index.js";

const SAMPLE = path.resolve("fixtures/sample/huludao-2020-2024.csv");
const CLEAN = path.resolve("fixtures/ingest/clean-long.csv");

describe("parseYearArg and yearWithin", () => {
  it.each([
    ["2024", 2024],
    ["2024年", 2024],
    ["2024年度", 2024],
    ["２０２４", 2024],
    ["２０２４年", 2024],
    [" 2024 ", 2024],
    ["abc", undefined],
    ["24", undefined],
    ["20245", undefined],
  ])("reads %j as %j", (text, year) => expect(parseYearArg(text)).toEqual({ text, year }));

  it("keeps a year inside the range and words one outside it", () => {
    expect(yearWithin(parseYearArg("2025年"), 2020, 2030, () => "bad")).toBe(2025);
    for (const text of ["2019", "2031", "abc"]) {
      expect(() => yearWithin(parseYearArg(text), 2020, 2030, () => `bad ${text}`)).toThrow(new CliError(`bad ${text}`));
    }
  });
});

describe("choiceOption", () => {
  const parse = async (argv: string[], lenient = false): Promise<unknown> => {
    const cmd = new Command("x").exitOverride().configureOutput({ writeErr: () => {} });
    cmd.addOption(choiceOption("--side <side>", "side", ["left", "right"] as const, (v) => `no side ${v}`, lenient));
    await cmd.parseAsync(argv, { from: "user" });
    return cmd.opts().side;
  };
  it("accepts a choice, lists the choices for --help, refuses anything else in the user's words", async () => {
    expect(await parse(["--side", "left"])).toBe("left");
    await expect(parse(["--side", "LEFT"])).rejects.toThrow(new CliError("no side LEFT"));
    expect(await parse(["--side", " LEFT "], true)).toBe("left");
    await expect(parse(["--side", "up"], true)).rejects.toThrow(new CliError("no side up"));
    expect(choiceOption("--side <side>", "side", ["left", "right"], () => "").argChoices).toEqual(["left", "right"]);
  });
});

describe("year options accept 2024, 2024年 and full-width digits on every command", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "hld-options-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("check --as-of", async () => {
    const plain = await runCli(["check", SAMPLE, "-f", "json", "--fail-on", "none", "--region", "211400", "--as-of", "2022"]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).as_of).toBe(2022);
    for (const year of ["2022年", "２０２２", "２０２２年"]) {
      const r = await runCli(["check", SAMPLE, "-f", "json", "--fail-on", "none", "--region", "211400", "--as-of", year]);
      expect(r.code, year).toBe(0);
      expect(r.stdout, year).toBe(plain.stdout);
    }
  });

  it("report --as-of", async () => {
    const plain = await runCli(["report", SAMPLE, "-f", "json", "--region", "211400", "--as-of", "2023"]);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).as_of).toBe(2023);
    for (const year of ["2023年", "２０２３"]) {
      const r = await runCli(["report", SAMPLE, "-f", "json", "--region", "211400", "--as-of", year]);
      expect(r.code, year).toBe(0);
      expect(r.stdout, year).toBe(plain.stdout);
    }
  });

  it("template --year", async () => {
    for (const [year, file] of [["2025年", "a.xlsx"], ["２０２５", "b.xlsx"]] as const) {
      const r = await runCli(["template", "--year", year, "-o", file], { cwd: dir });
      expect(r.code, year).toBe(0);
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    const bad = await runCli(["template", "--year", "２０３５", "-o", "c.xlsx"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--year 应为 2020—2030 之间的年份，收到“２０３５”");
  });

  it("explain --as-of", async () => {
    const args = ["explain", "female_life_expectancy", SAMPLE, "-f", "json", "--region", "211400", "--as-of"];
    const plain = await runCli([...args, "2022"]);
    expect(plain.code).toBe(0);
    for (const year of ["2022年", "２０２２"]) expect((await runCli([...args, year])).stdout, year).toBe(plain.stdout);
  });

  it("db export --since and db history --year", async () => {
    writeFileSync(
      path.join(dir, "county.csv"),
      "\uFEFF指标代码,地区代码,年份,数值\r\nfemale_life_expectancy,211421,2022,79.9\r\nfemale_life_expectancy,211421,2023,80.07\r\n",
    );
    expect((await runCli(["ingest", "county.csv", "--db", "y.db"], { cwd: dir })).code).toBe(0);
    for (const since of ["2023", "2023年", "２０２３"]) {
      const r = await runCli(["db", "export", "--db", "y.db", "--since", since, "-o", "since.csv", "-f", "json"], { cwd: dir });
      expect(r.code, since).toBe(0);
      expect(JSON.parse(r.stdout).rows, since).toBe(1);
    }
    for (const year of ["2022", "2022年", "２０２２"]) {
      const r = await runCli(["db", "history", "female_life_expectancy", "--region", "211421", "--db", "y.db", "--year", year, "-f", "json"], { cwd: dir });
      expect(r.code, year).toBe(0);
      expect(JSON.parse(r.stdout).revisions.map((x: { value: number }) => x.value), year).toEqual([79.9]);
    }
    const bad = await runCli(["db", "export", "--db", "y.db", "--since", "20２x", "-o", "since.csv"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("hld-women: 年份无效：20２x\n");
  });

  it("validate --year", async () => {
    const plain = await runCli(["validate", CLEAN, "-f", "json", "--year", "2024"]);
    expect(plain.code).not.toBe(2);
    for (const year of ["2024年", "２０２４"]) {
      const r = await runCli(["validate", CLEAN, "-f", "json", "--year", year]);
      expect(r.code, year).toBe(plain.code);
      expect(r.stdout, year).toBe(plain.stdout);
    }
  });
});

describe("-f is refused by the command's .choices() (exit 2, the allowed values named)", () => {
  it.each([
    [["check", SAMPLE, "-f", "xml"], "不支持的输出格式 xml；可用：table, json, csv, markdown, github"],
    [["validate", CLEAN, "--format", "xml"], "不支持的输出格式 xml；可用：table, json, csv, markdown, github, junit, sarif"],
    [["plan", "list", "-f", "csv"], "不支持的输出格式 csv；可用：table, json"],
    [["template", "--year", "2025", "-f", "json", "-o", "t.xlsx"], "不支持的输出格式 json；可用：xlsx"],
    [["-f", "xml", "plan", "list"], "不支持的输出格式 xml；可用：table, json"],
    [["check", SAMPLE, "-f", "xml", "--lang", "en"], "Unsupported output format xml; available: table, json, csv, markdown, github"],
  ])("%j", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`hld-women: ${message}\n`);
  });

  it("lists the choices in --help, --method's from the assessment's own list", async () => {
    const help = (await runCli(["--lang", "en", "check", "--help"])).stdout.replace(/\s+/g, " ");
    const choices = (flag: string): string[] => JSON.parse(`[${new RegExp(`${flag} <\\w+> .*?\\(choices: ([^)]*)\\)`).exec(help)![1]}]`);
    expect(choices("--method")).toEqual([...METHOD_IDS]);
    expect(choices("--format")).toEqual([...CHECK_FORMATS]);
    expect(choices("--fail-on")).toEqual(["red", "warning", "none"]);
  });
});
