// Commander's help and refusals follow --lang / HLD_WOMEN_LANG: no English chrome in Chinese help, our own words for every usage error, exit 2.
import { describe, expect, it } from "vitest";
import { Command, CommanderError } from "commander";
import { runCli } from "../helpers/run-cli.js";
import { describeUsageError } from "../../src/cli/usage-error.js";
import { localizePlaceholders } from "../../src/cli/localized-help.js";

const COMMANDS = [[], ["check"], ["explain"], ["report"], ["template"], ["validate"], ["ingest"], ["db"], ["db", "export"], ["db", "import"], ["db", "log"], ["db", "history"], ["db", "migrate"], ["plan"], ["plan", "validate"], ["plan", "show"], ["plan", "list"], ["plan", "diff"]];
// Words commander writes itself, and placeholders still in English (<year>, [files...]).
const COMMANDER_ENGLISH = /Usage|Options|Arguments|Commands|display help|output the version|choices|default:|\[options\]|\[command\]|<[a-z][a-z=]*(\.\.\.)?>|\[[a-z]+(\.\.\.)?\]/;

describe("help in the user's language", () => {
  it.each(COMMANDS.map((c) => [c.join(" ") || "(program)", c]))("zh help of %s has none of commander's English", async (_name, cmd) => {
    const r = await runCli([...cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^用法： hld-women/);
    expect(r.stdout).toContain("选项：");
    expect(r.stdout).toContain("-h, --help");
    expect(r.stdout).not.toMatch(COMMANDER_ENGLISH);
  });

  it("check's zh help: titles, placeholders, choices and the help option in Chinese", async () => {
    const r = await runCli(["check", "--help"]);
    const flat = r.stdout.replace(/\s+/g, " ");
    expect(r.stdout.split("\n").slice(0, 3)).toEqual(["用法： hld-women check [选项] [文件...]", "", "对照规划目标检查统计数据：现状、差距、进度、预警与达标率"]);
    expect(flat).toContain("参数： 文件 数据文件（CSV 或 XLSX，可多个）");
    expect(flat).toContain("--as-of <年份>");
    expect(flat).toContain("（可选：red、warning、none）");
    expect(flat).toContain("-f, --format <格式> 输出格式（可选：table、json、csv、markdown、github）");
    expect(flat).toContain("-h, --help 显示帮助");
  });

  it("the program's zh help lists the version option and the help command in Chinese", async () => {
    const flat = (await runCli(["--help"])).stdout.replace(/\s+/g, " ");
    expect(flat).toContain("-V, --version 显示版本号");
    expect(flat).toContain("命令： plan [选项]");
    expect(flat).toContain("help [命令] 显示某个命令的帮助");
  });

  it("keeps commander's English words in English help, by --lang and by HLD_WOMEN_LANG", async () => {
    for (const r of [await runCli(["--lang", "en", "check", "--help"]), await runCli(["check", "--help"], { env: { HLD_WOMEN_LANG: "en" } })]) {
      expect(r.code).toBe(0);
      const flat = r.stdout.replace(/\s+/g, " ");
      expect(r.stdout).toMatch(/^Usage: hld-women check \[options\] \[files\.\.\.\]\n/);
      expect(flat).toContain('Arguments: files data files (CSV or XLSX, one or more)');
      expect(flat).toContain('Options: --as-of <year>');
      expect(flat).toContain('(choices: "red", "warning", "none")');
      expect(flat).toContain("-h, --help display help for command");
    }
  });

  it("wraps Chinese descriptions within 80 columns at CJK boundaries", async () => {
    const r = await runCli(["--help"]);
    const { displayWidth } = await import("../../src/util/display-width.js");
    for (const line of r.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});

describe("usage errors in the user's language, exit 2", () => {
  it.each([
    [["check", "--as-o", "2024"], "未知选项 --as-o。是否想用 --as-of？\n用“hld-women check --help”查看用法。", "unknown option --as-o. Did you mean --as-of?\nSee \"hld-women check --help\"."],
    [["check", "--bogus"], "未知选项 --bogus\n用“hld-women check --help”查看用法。", "unknown option --bogus\nSee \"hld-women check --help\"."],
    [["chek"], "未知命令 chek。是否想用 check？\n用“hld-women --help”查看用法。", "unknown command chek. Did you mean check?\nSee \"hld-women --help\"."],
    [["db", "exprt"], "未知命令 exprt。是否想用 export？\n用“hld-women db --help”查看用法。", "unknown command exprt. Did you mean export?\nSee \"hld-women db --help\"."],
    [["explain"], "缺少参数 <指标>\n用“hld-women explain --help”查看用法。", "missing required argument <indicator>\nSee \"hld-women explain --help\"."],
    [["check", "--as-of"], "选项 --as-of <年份> 需要一个值\n用“hld-women check --help”查看用法。", "option --as-of <year> needs a value\nSee \"hld-women check --help\"."],
    [["template", "-o", "t.xlsx"], "必须给出选项 --year <年份>\n用“hld-women template --help”查看用法。", "required option --year <year> not given\nSee \"hld-women template --help\"."],
    [["plan", "list", "extra", "more"], "多余的参数：extra more（hld-women plan list 不接受参数）\n用“hld-women plan list --help”查看用法。", "too many arguments: extra more (hld-women plan list takes none)\nSee \"hld-women plan list --help\"."],
  ])("%j", async (args, zh, en) => {
    const z = await runCli(args);
    expect([z.code, z.stdout, z.stderr]).toEqual([2, "", `hld-women: ${zh}\n`]);
    const e = await runCli(["--lang", "en", ...args]);
    expect([e.code, e.stdout, e.stderr]).toEqual([2, "", `hld-women: ${en}\n`]);
    const env = await runCli(args, { env: { HLD_WOMEN_LANG: "en" } });
    expect(env.stderr).toBe(`hld-women: ${en}\n`);
  });

  // Errors our commands never raise today (every choice option parses its own value), read from commander's wording all the same.
  const cmd = new Command("hld-women").command("check").argument("<n>");
  cmd.args = ["1", "2", "3"];
  it.each([
    ["commander.invalidArgument", "error: option '--side <side>' argument 'up' is invalid. Allowed choices are left, right.", "--side <一方> 的值“up”无效；可选：left, right", 'value "up" of --side <side> is invalid; allowed: left, right'],
    ["commander.invalidArgument", "error: command-argument value 'x' is invalid for argument 'year'.", "<年份> 的值“x”无效", 'value "x" of <year> is invalid'],
    ["commander.conflictingOption", "error: option '--a' cannot be used with option '--b <file>'", "选项 --a 不能与 --b <文件> 同时使用", "option --a cannot be used with --b <file>"],
    ["commander.excessArguments", "error: too many arguments for 'check'. Expected 1 argument but got 3.", "多余的参数：2 3（hld-women check 最多接受 1 个参数）", "too many arguments: 2 3 (hld-women check takes at most 1)"],
    ["commander.somethingNew", "error: a new complaint", "命令行有误：a new complaint", "bad command line: a new complaint"],
  ])("%s: %s", (code, message, zh, en) => {
    const err = new CommanderError(2, code, message);
    expect(describeUsageError(err, cmd, "zh")).toBe(`${zh}\n用“hld-women check --help”查看用法。`);
    expect(describeUsageError(err, cmd, "en")).toBe(`${en}\nSee "hld-women check --help".`);
  });

  it("leaves placeholders alone in English and translates known ones in Chinese", () => {
    expect(localizePlaceholders("--region <regions...> [files...] <unknown>", "zh")).toBe("--region <地区...> [文件...] <unknown>");
    expect(localizePlaceholders("--region <regions...>", "en")).toBe("--region <regions...>");
  });
});
