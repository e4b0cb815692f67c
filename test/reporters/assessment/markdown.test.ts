import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentMarkdownReporter } from "../../../src/reporters/assessment/markdown.js";
import { bundledPlan, fixtureReport } from "./fixture-report.js";

const plan = bundledPlan();
const chalk = new Chalk({ level: 2 });

describe("check markdown reporter", () => {
  const md = assessmentMarkdownReporter(fixtureReport(), plan, { lang: "zh", chalk, input: { files: 1, rows: 40 } });
  const lines = md.split("\n");

  it("opens with the title, the summary and the per-area table", () => {
    expect(lines[0]).toBe("## 葫芦岛市妇女发展规划（2021—2030年） · 年度监测（截至 2024 年）");
    expect(lines[2]).toBe("规划 huludao-women@1 · Eurostat 方法 · 地区：全部（5 个）");
    expect(md).toContain("**总体达标率 50%：可评估 6 项，其中达标 3 项、基本达标 0 项；未达标 3 项；无法评估 1 项**");
    expect(md).toContain("| 领域 | 达标率 | 达标 | 基本达标 | 未达标 | 无法评估 | 红色预警 | 黄色预警 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n| 妇女与健康 | 50% | 2 | 0 | 2 | 1 | 2 | 1 |");
  });

  it("has one table per area, one row per target, bold for a missed target", () => {
    expect(lines.filter((l) => l.startsWith("#### "))).toEqual(["#### 一、妇女与健康", "#### 二、妇女与教育", "#### 七、妇女与环境"]);
    expect(md).toContain("| 适龄妇女宫颈癌人群筛查率（%） | 建昌县 | 45.2 (2024) | ≥ 70% (2030年) | +24.8 | **未达标** | 进展不足 | ▁▅▂█▅ ↑ | 红色预警 · 预计达标困难 |");
    expect(md).toContain("|  |  |  | ≤ 10 /10万 (2030年) | -3.3 | 达标 | 已实现 |  |  |");
  });

  it("lists every warning in full, and the data problems", () => {
    expect(md).toContain("### 预警明细");
    expect(md).toContain("- **红色预警 · 有年份未达到** — 孕产妇系统管理率 · 龙港区: 每年须保持的目标（≥ 90% (每年)）在以下年份未达到：2022 年（88.64）");
    expect(md).toContain("### 数据问题");
    expect(md).toContain("1 个文件，40 行：1 个错误，1 个警告，0 个提示");
    expect(md).toMatch(/\| 错误 \| `bad-value` \| data\.csv · 第 12 行 · 列 数值 \(F\) \| 数值“约45”不是数字 \|/);
    expect(md).not.toMatch(/\u001b\[/);
  });

  it("escapes pipes and line breaks from the data", () => {
    const report = fixtureReport();
    report.results[3]!.warnings[0]!.message = "a | b\nc";
    expect(assessmentMarkdownReporter(report, plan, { lang: "zh", chalk })).toContain("a \\| b c");
  });

  it("speaks English with --lang en", () => {
    const en = assessmentMarkdownReporter(fixtureReport(), plan, { lang: "en", chalk });
    expect(en.split("\n")[0]).toBe("## Huludao City Women's Development Plan (2021–2030) · annual monitoring (as of 2024)");
    expect(en).toContain("#### 1. Women and Health");
    expect(en).toContain("### Warnings in detail");
  });
});
