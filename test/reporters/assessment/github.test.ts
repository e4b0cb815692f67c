import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentGithubReporter } from "../../../src/reporters/assessment/github.js";
import { bundledPlan, fixtureReport } from "./fixture-report.js";

const plan = bundledPlan();
const chalk = new Chalk({ level: 2 });

describe("check github reporter", () => {
  const out = assessmentGithubReporter(fixtureReport(), plan, { lang: "zh", chalk });
  const lines = out.trimEnd().split("\n");

  it("starts with the summary as a notice (% escaped)", () => {
    expect(lines[0]).toBe("::notice title=hld-women::达标率 50%25（可评估 6 项，达标 3，基本达标 0，未达标 3）；红色预警 3 项，黄色预警 1 项");
  });

  it("gives red warnings as errors first, then yellow as warnings, then data problems, then notes", () => {
    const kinds = lines.map((l) => /^::(\w+) /.exec(l)?.[1]);
    expect(kinds).toEqual(["notice", "error", "error", "error", "warning", "error", "warning", "notice"]);
    expect(lines[1]).toBe("::error title=孕产妇系统管理率 · 龙港区：有年份未达到::红色预警 · 每年须保持的目标（≥ 90%25 (每年)）在以下年份未达到：2022 年（88.64）");
    expect(lines[4]).toMatch(/^::warning title=孕产妇死亡率 · 南票区：波动较大::黄色预警 · 波动较大/);
    expect(lines[5]).toBe("::error file=data.csv,line=12,col=6,title=bad-value::数值 (F): 数值“约45”不是数字");
    expect(lines[7]).toMatch(/^::notice title=妇女人均预期寿命 · 葫芦岛市：数据不足::提示 · /);
  });

  it("escapes newlines in messages and : , in properties", () => {
    const report = fixtureReport();
    report.results[3]!.warnings[0]!.message = "line1\nline2 100%";
    report.results[3]!.region = "a,b:c";
    const text = assessmentGithubReporter(report, plan, { lang: "zh", chalk });
    expect(text).toContain("::error title=适龄妇女宫颈癌人群筛查率 · a%2Cb%3Ac：预计达标困难::红色预警 · line1%0Aline2 100%25");
  });
});
