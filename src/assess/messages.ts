/** User-facing texts of the assessment: statuses, categories, reasons, baseline sources. */
import { defineMessages, type Translate } from "../i18n/messages.js";
import { verdictLabels } from "../i18n/verdict-labels.js";

/** The assessment catalog (zh, en). */
export const assessMessages = defineMessages(
  {
    ...verdictLabels.zh,
    "reason-no-data": "没有数据",
    "reason-no-target-value": "规划未给出目标值",
    "reason-no-baseline-year": "缺少相对目标的基准年份数据",
    "reason-partner-missing": "对比指标在同一年份没有数据",
    "reason-insufficient-data": "数据点不足，无法判断趋势",
    "reason-slight-movement": "方向正确但变动不明显",
    "reason-at-bound": "已达到取值上限（下限），保持即为达标",
    "reason-last-change-reversed": "总体趋势正确，但最近一年反向变动",
    "reason-small-numbers": "事件数少，置信区间跨越目标值，统计上无法判定",
    "reason-not-corroborated": "两端点方向正确，但多数年份间的变动方向相反",
    "reason-wrong-direction": "走势方向相反",
    "reason-no-movement": "没有变化",
    "bs-observed": "基期 {year} 年的观测值",
    "bs-pooled": "事件数少，取 {year} 年止的多年合并率为起点",
    "bs-plan": "规划文本给出的 {year} 年基期值",
    "bs-first-after": "基期 {base} 年无数据，取其后第一个观测年 {year} 年",
    "bs-last-before": "基期 {base} 年及以后无数据，取此前最近的 {year} 年",
  },
  {
    ...verdictLabels.en,
    "reason-no-data": "no data",
    "reason-no-target-value": "the plan gives no target value",
    "reason-no-baseline-year": "no value for the relative target's baseline year",
    "reason-partner-missing": "the compared indicator has no value for the same year",
    "reason-insufficient-data": "too few data points to judge a trend",
    "reason-slight-movement": "the right direction, but no clear movement",
    "reason-at-bound": "already at the bound; holding it meets the target",
    "reason-last-change-reversed": "the trend is right, but the last annual change went the other way",
    "reason-small-numbers": "too few events: the interval straddles the target, so it cannot be judged",
    "reason-not-corroborated": "the end points move the right way, but most year-to-year moves go the other way",
    "reason-wrong-direction": "moving the wrong way",
    "reason-no-movement": "no change",
    "bs-observed": "the observation of the base year {year}",
    "bs-pooled": "too few events: the pooled rate of the years to {year} is the starting point",
    "bs-plan": "the plan's stated {year} baseline",
    "bs-first-after": "no value for the base year {base}; the first later observation, {year}",
    "bs-last-before": "no value for {base} or later; the nearest earlier observation, {year}",
  },
);

/** A key of the assessment catalog. */
export type AssessMessageKey = keyof (typeof assessMessages)["zh"];

/** A translator of the assessment catalog. */
export type AssessTranslate = Translate<AssessMessageKey>;
