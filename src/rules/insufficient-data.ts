/** insufficient-data: say plainly what is missing instead of guessing (methodology "Data sufficiency"). */
import type { ResultWarning } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";

/** This rule's messages (zh, en), kept beside it. */
export const insufficientDataMessages = defineMessages(
  {
    "w-insufficient-baseline-year": "数据不足：缺少 {year} 年的值，无法计算相对目标（{target}）",
    "w-insufficient-partner": "数据不足：对比指标 {ref} 在 {year} 年没有数据，无法判断（{target}）",
    "w-insufficient-trend": "数据不足：只有 {points} 个数据点（含基期），判断趋势至少需要 {needed} 个；仅给出状态和差距",
    "w-insufficient-weather": "数据不足：“天气”方法需要末段至少 {needed} 个连续年份，目前只有 {points} 个",
  },
  {
    "w-insufficient-baseline-year": "Insufficient data: no value for {year}, so the relative target ({target}) cannot be judged",
    "w-insufficient-partner": "Insufficient data: the compared indicator {ref} has no value for {year} ({target})",
    "w-insufficient-trend": "Insufficient data: {points} data point(s) including the baseline; a trend needs at least {needed}; status and gap only",
    "w-insufficient-weather": "Insufficient data: the weather method needs at least {needed} consecutive years at the end of the series; there are {points}",
  },
);

/** What was missing: too few points for a trend, a relative target's baseline year, a compare partner's value, a weather run. */
export type InsufficiencyReason =
  | { reason: "trend"; points: number; needed: number }
  | { reason: "no-baseline-year"; year: number; target: string }
  | { reason: "partner-missing"; ref: string; year: number; target: string }
  | { reason: "weather"; points: number; needed: number };

/** The insufficient-data warning for one reason. */
export function insufficientData(r: InsufficiencyReason, lang: Lang): ResultWarning {
  const t = translator(insufficientDataMessages, lang);
  switch (r.reason) {
    case "trend":
      return { code: "insufficient-data", message: t("w-insufficient-trend", r), data: { ...r } };
    case "no-baseline-year":
      return { code: "insufficient-data", message: t("w-insufficient-baseline-year", r), data: { ...r } };
    case "partner-missing":
      return { code: "insufficient-data", message: t("w-insufficient-partner", r), data: { ...r } };
    case "weather":
      return { code: "insufficient-data", message: t("w-insufficient-weather", r), data: { ...r } };
  }
}
