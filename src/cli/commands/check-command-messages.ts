/** Texts of the `check` and `explain` commands: what they cannot find in the plan or the data, the explanation's additions. */
import { defineMessages } from "../../i18n/messages.js";

/** The catalog of the check and explain commands. */
export const checkCommandMessages = defineMessages(
  {
    "unknown-region": "规划中没有地区“{value}”；可用：{choices}",
    "unknown-indicator": "规划中没有指标“{value}”（可用指标代码、中文或英文名称；运行 hld-women plan show 查看全部指标）",
    "unknown-area": "未知领域“{value}”；可用：{choices}",
    "no-data": "没有可用的数据，无法评估（原因见上方的数据问题）",
    "no-results": "数据中没有符合条件的结果（{filter}），无法评估",
    "filter-none": "无筛选条件",
    "step-summary-failed": "无法写入 GITHUB_STEP_SUMMARY（{detail}），已跳过",
    "ex-no-result": "数据中没有指标“{indicator}”在{region}的数值；有数据的地区：{regions}",
    "ex-picked-region": "未指定 --region，解释的是{region}（可用 --region 选择：{regions}）",
    "ex-about": "{area} · 主要目标 {goal} · 单位 {unit} · {direction}",
    "ex-higher": "数值越高越好",
    "ex-lower": "数值越低越好",
    "ex-trend": "走势 {spark} {arrow}",
    "ex-target": "目标 {n}：{text}",
    "ex-quote": "规划原文：{quote}",
    "ex-note": "说明：{note}",
    "ex-rule-only": "没有提供数据文件，只列出规则。提供数据即可看到代入实际数字的计算过程：hld-women explain {id} 数据.csv",
  },
  {
    "unknown-region": "The plan has no region \"{value}\"; available: {choices}",
    "unknown-indicator": "The plan has no indicator \"{value}\" (use its id, Chinese or English name; run hld-women plan show to list them)",
    "unknown-area": "Unknown area \"{value}\"; available: {choices}",
    "no-data": "No usable data, nothing to assess (see the data problems above)",
    "no-results": "The data has no results matching the selection ({filter}); nothing to assess",
    "filter-none": "no filter",
    "step-summary-failed": "Could not write GITHUB_STEP_SUMMARY ({detail}); skipped",
    "ex-no-result": "The data has no values of \"{indicator}\" for {region}; regions with data: {regions}",
    "ex-picked-region": "No --region given: explaining {region} (choose with --region: {regions})",
    "ex-about": "{area} · goal {goal} · unit {unit} · {direction}",
    "ex-higher": "higher is better",
    "ex-lower": "lower is better",
    "ex-trend": "shape {spark} {arrow}",
    "ex-target": "Target {n}: {text}",
    "ex-quote": "Plan text: {quote}",
    "ex-note": "Note: {note}",
    "ex-rule-only": "No data files given, so only the rule is shown. Give data to see the computation with the actual numbers: hld-women explain {id} data.csv",
  },
);

export type CheckCommandMessageKey = keyof (typeof checkCommandMessages)["zh"];
