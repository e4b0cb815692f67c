import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentTableReporter } from "../../../src/reporters/assessment/table.js";
import { displayWidth } from "../../../src/util/display-width.js";
import { bundledPlan, fixtureReport, singleRegionReport } from "./fixture-report.js";

const plan = bundledPlan();
const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 2 });
const ANSI = /\u001b\[[0-9;]*m/;
const render = (width = 120, lang: "zh" | "en" = "zh", report = fixtureReport()) => assessmentTableReporter(report, plan, { lang, chalk: plain, width, input: { files: 1, rows: 40 } });
const lines = (s: string) => s.split("\n");
const row = (s: string, start: string) => lines(s).find((l) => l.trimStart().startsWith(start))?.trim() ?? "";

describe("check table reporter", () => {
  const zh = render();

  it("opens with the plan title, the stage and the method", () => {
    expect(lines(zh)[0]).toBe("葫芦岛市妇女发展规划（2021—2030年） · 年度监测（截至 2024 年）");
    expect(lines(zh)[1]).toBe("规划 huludao-women@1 · Eurostat 方法 · 地区：全部（5 个）");
  });

  it("groups by area in plan order, with the areas' Chinese headings and one column header each", () => {
    const headings = lines(zh).filter((l) => /^[一二三四五六七八]、/.test(l));
    expect(headings).toEqual(["一、妇女与健康", "二、妇女与教育", "七、妇女与环境"]);
    expect(lines(zh).filter((l) => /^ {2}地区 +最新值 +状态 +差距 +进度 +目标 +走势 +趋势$/.test(l))).toHaveLength(3);
  });

  it("puts regions under each indicator heading with its unit, the sex where disaggregated", () => {
    const i = lines(zh).indexOf("  孕产妇死亡率（/10万）");
    expect(i).toBeGreaterThan(0);
    expect(lines(zh)[i + 1]).toMatch(/^ {4}葫芦岛市 +6\.7 \(2024\) +达标 +-3\.8 +已实现 +≤ 10\.5 \/10万 \(2025年\) +▅█▁▅▂ +↓$/);
    expect(lines(zh)[i + 2]).toMatch(/^ +达标 +-3\.3 +已实现 +≤ 10 \/10万 \(2030年\)$/);
    expect(row(zh, "葫芦岛市 · 女性")).toMatch(/98\.6 \(2024\) +达标 +-1\.6 +已实现 +≥ 97% \(每年\) +▁▃▄▆█ +↑/);
  });

  it("shows plain status words, signed gaps, categories and the plan's target in words", () => {
    expect(row(zh, "建昌县")).toMatch(/45\.2 \(2024\) +未达标 +\+24\.8 +进展不足 +≥ 70% \(2030年\) +▁▅▂█▅ +↑/);
    expect(row(zh, "绥中县")).toMatch(/未达标 +\+2\.8 +偏离目标 +≥ 88% \(2025年\) +█▇▅▃▁ +↓/);
    expect(row(zh, "葫芦岛市  ")).not.toBe("");
    expect(zh).toContain("无法评估");
    expect(zh).toContain("提高 (2030年)");
    expect(zh).not.toMatch(/[✓✗△]/);
  });

  it("prints each warning under its row with the level word", () => {
    const i = lines(zh).findIndex((l) => l.startsWith("    建昌县"));
    expect(lines(zh)[i + 1]).toMatch(/^ {6}红色预警：预计达标困难（≥ 70% \(2030年\)）：目标完成进度 3\.5%/);
    expect(zh).toContain("      黄色预警：波动较大：2022—2023 年年均变动 17.92");
    expect(zh).toContain("      提示：数据不足：只有 1 个数据点");
  });

  it("opens with the attainment summary, per area, before the area tables", () => {
    expect(lines(zh)[3]).toBe("达标情况");
    expect(zh.indexOf("达标情况")).toBeLessThan(zh.indexOf("一、妇女与健康"));
    expect(zh).toContain("达标情况\n  总体达标率 50%：可评估 6 项，其中达标 3 项、基本达标 0 项；未达标 3 项；无法评估 1 项");
    expect(zh).toContain("  进度类别：已实现 3 · 进展不足 1 · 偏离目标 1 · 数据不足 1");
    expect(zh).toContain("  预警：红色 3 项 · 黄色 1 项 · 其他提示 1 项");
    expect(row(zh, "领域")).toMatch(/领域 +达标率 +达标 +基本达标 +未达标 +无法评估 +红色预警 +黄色预警/);
    expect(row(zh, "妇女与健康 ")).toMatch(/妇女与健康 +50% +2 +0 +2 +1 +2 +1$/);
    expect(row(zh, "妇女与教育 ")).toMatch(/100% +1 +0 +0 +0 +0 +0$/);
  });

  it("lists the red warnings after the summary and before the tables, each still under its row", () => {
    const red = lines(zh).indexOf("红色预警（3 项）");
    expect(red).toBeGreaterThan(lines(zh).indexOf("达标情况"));
    expect(red).toBeLessThan(lines(zh).indexOf("一、妇女与健康"));
    const listed = lines(zh).slice(red + 1, lines(zh).indexOf("一、妇女与健康") - 1);
    expect(listed.filter((l) => l.startsWith("  ") && !l.startsWith("    ")).map((l) => l.slice(2, l.indexOf("："))))
      .toEqual(["孕产妇系统管理率 · 龙港区", "适龄妇女宫颈癌人群筛查率 · 建昌县", "农村自来水普及率 · 绥中县"]);
    expect(listed.find((l) => l.includes("建昌县"))).toMatch(/^ {2}适龄妇女宫颈癌人群筛查率 · 建昌县：预计达标困难（≥ 70% \(2030年\)）：目标完成进度 3\.5%/);
    expect(lines(zh).filter((l) => l.startsWith("      红色预警："))).toHaveLength(3);
    expect(render(120, "en")).toContain("Red warnings (3)\n  Maternal systematic management rate · Longgang District: ");
    expect(render(120, "zh", singleRegionReport("211400"))).not.toContain("红色预警（");
  });

  it("lists at most eight red warnings at the top and counts the rest", () => {
    const report = fixtureReport();
    const r = report.results.find((x) => x.warnings.some((w) => w.level === "red"))!;
    const w = r.warnings.find((x) => x.level === "red")!;
    r.warnings.push(...Array.from({ length: 9 }, (_, i) => ({ ...w, message: `第 ${i} 条` })));
    const out = render(120, "zh", report);
    expect(out).toContain("红色预警（12 项）");
    expect(out).toContain("  ……另有 4 项红色预警，见下方各领域表格\n");
  });

  it("shows the ingest diagnostics after the summary", () => {
    const tail = zh.slice(zh.indexOf("数据问题"));
    expect(tail).toContain("data.csv");
    expect(tail).toMatch(/第 12 行 · 数值 \(F\) +错误 +数值“约45”不是数字/);
    expect(tail).toContain("1 个文件，40 行：1 个错误，1 个警告，0 个提示");
  });

  it("has no colour codes when colour is off, and colours statuses, arrows and warnings when on", () => {
    expect(zh).not.toMatch(ANSI);
    const c = assessmentTableReporter(fixtureReport(), plan, { lang: "zh", chalk: coloured, width: 120 });
    expect(c).toContain(coloured.red("未达标"));
    expect(c).toContain(coloured.green("达标"));
    expect(c).toContain(coloured.gray("无法评估"));
    // Maternal mortality falling is good (green), rising in 南票区 is bad (red); rural tap water falling is bad.
    const mm = lines(c).find((l) => l.includes("6.7 (2024)"))!;
    expect(mm).toContain(coloured.green("↓"));
    expect(lines(c).find((l) => l.includes("9.84 (2024)"))).toContain(coloured.red("↑"));
    expect(lines(c).find((l) => l.includes("85.2 (2024)"))).toContain(coloured.red("↓"));
    expect(c).toContain("\u001b[31m红色预警：每年须保持的目标");
    expect(c).toContain("\u001b[33m黄色预警：波动较大");
    expect(c).toContain("\u001b[90m提示：数据不足");
  });

  it("shows a later milestone without alarm colours", () => {
    const c = assessmentTableReporter(fixtureReport(), plan, { lang: "zh", chalk: coloured, width: 120 });
    const later = lines(c).find((l) => l.includes("≥ 90% (2030年)"))!;
    expect(later).toContain(coloured.gray("未达标"));
    expect(later).not.toContain(coloured.red("未达标"));
  });

  it("speaks English with --lang en", () => {
    const en = render(120, "en");
    expect(lines(en)[0]).toBe("Huludao City Women's Development Plan (2021–2030) · annual monitoring (as of 2024)");
    expect(en).toContain("1. Women and Health");
    expect(en).toContain("  Maternal mortality ratio (per 100,000)");
    expect(row(en, "Jianchang County")).toMatch(/not met +\+24\.8 +insufficient +≥ 70% \(2030\)/);
    expect(en).toContain("red warning: ");
    expect(en).toContain("Attainment rate 50%: 6 assessable, 3 met and 0 nearly met; 3 not met; 1 not assessable");
    // Only the fixture's own warning and diagnostic texts are Chinese; none of the reporter's words are.
    for (const word of ["达标情况", "总体达标率", "红色预警", "一、", "地区：", "未达标", "数据问题"]) expect(en).not.toContain(word);
    expect(en).toContain("Data problems (skipped; the rest of the data was assessed)");
  });

  it.each([120, 100, 80])("keeps every table line within %i columns", (width) => {
    const out = render(width);
    const body = out.slice(0, out.indexOf("数据问题"));
    for (const l of lines(body)) expect(displayWidth(l), l).toBeLessThanOrEqual(width);
  });

  it("drops the progress column, then the gap, on a narrow terminal", () => {
    expect(row(render(100), "地区")).toMatch(/地区 +最新值 +状态 +差距 +进度 +目标 +走势 +趋势/);
    const narrow = render(70);
    expect(row(narrow, "地区")).toMatch(/^地区 +最新值 +状态 +目标 +走势 +趋势$/);
    expect(narrow.replace(/\n/g, "")).toContain("（终端宽 70 列，已省略：差距、进度；用 -f markdown/csv/json 或加宽终端查看）");
    expect(narrow.indexOf("（终端宽 70 列")).toBeLessThan(narrow.indexOf("一、妇女与健康"));
    expect(render(120)).not.toContain("已省略");
    expect(render(120, "en", fixtureReport())).not.toContain("left out");
    expect(row(narrow, "建昌县")).toMatch(/45\.2 \(2024\) +未达标 +≥ 70% \(2030年\) +▁▅▂█▅ +↑/);
  });

  it("cuts long warnings to two lines and says where to read them whole", () => {
    const report = fixtureReport();
    const long = "波动较大：" + Array.from({ length: 8 }, (_, i) => `${2016 + i}—${2017 + i} 年年均变动 +18.52，超过 max(5, 20.00% × 0) = 5`).join("；");
    report.results[1]!.warnings[0]!.message = long;
    const out = render(100, "zh", report);
    const i = lines(out).findIndex((l) => l.startsWith("      黄色预警：波动较大："));
    expect(lines(out)[i + 1]).toMatch(/^ {6}\S.*…$/);
    expect(lines(out)[i + 2]).not.toMatch(/^ {6}\S/);
    expect(out.replace(/\s+/g, "")).toContain("过长的预警以…截断，完整内容见hld-womenexplain<指标>--region<地区>或-fmarkdown");
    expect(render(120)).not.toContain("hld-women explain");
  });

  it("lists one region's indicators as rows, with the unit, when the report covers one region", () => {
    const one = render(120, "zh", singleRegionReport("211422"));
    expect(lines(one)[1]).toContain("地区：建昌县");
    expect(row(one, "指标")).toMatch(/^指标 +最新值 +状态 +差距 +进度 +目标 +走势 +趋势$/);
    expect(row(one, "适龄妇女宫颈癌人群筛查率（%）")).toMatch(/45\.2 \(2024\) +未达标 +\+24\.8 +进展不足/);
    expect(one).not.toContain("  地区 ");
  });

  it("says so when there is nothing to show", () => {
    const empty = render(120, "zh", { ...fixtureReport(), results: [], diagnostics: [] });
    expect(empty).toContain("没有可显示的结果");
    expect(empty).not.toContain("数据问题");
  });
});
