/** stale-data: the latest value is more than `stale_years` (default 2) years before as_of. */
import type { ResultWarning } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";

/** This rule's messages (zh, en), kept beside it. */
export const staleDataMessages = defineMessages(
  {
    "w-stale-data": "数据陈旧：最新数据为 {latest} 年，比评估年份 {asOf} 早 {years} 年（超过 {limit} 年）",
  },
  {
    "w-stale-data": "Stale data: the latest value is from {latest}, {years} years before the assessment year {asOf} (more than {limit})",
  },
);

/** Warn when as_of − latest year > stale_years. */
export function staleData(latestYear: number, asOf: number, th: Thresholds, lang: Lang): ResultWarning | null {
  const t = translator(staleDataMessages, lang);
  const years = asOf - latestYear;
  if (years <= th.stale_years) return null;
  const data = { latest: latestYear, as_of: asOf, years, limit: th.stale_years };
  return { code: "stale-data", message: t("w-stale-data", { latest: latestYear, asOf, years, limit: th.stale_years }), data };
}
