/** target-breached: an every-year target (保持/稳定在) broken in some year of the series. */
import type { Point, ResultWarning } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num } from "../util/format-number.js";

/** This rule's messages (zh, en), kept beside it. */
export const targetBreachedMessages = defineMessages(
  {
    "breach-item": "{year} 年（{value}）",
    "sep": "；",
    "w-target-breached": "每年须保持的目标（{target}）在以下年份未达到：{years}",
  },
  {
    "breach-item": "{year} ({value})",
    "sep": "; ",
    "w-target-breached": "The every-year target ({target}) was not met in: {years}",
  },
);

/** Warn with the years (and values) that broke the target — red when the latest year is among them, else yellow; null when none did. */
export function targetBreached(breaches: readonly Point[], targetLabel: string, threshold: number | undefined, lang: Lang, latestYear?: number): ResultWarning | null {
  const t = translator(targetBreachedMessages, lang);
  if (breaches.length === 0) return null;
  const level = latestYear !== undefined && breaches.some((b) => b.year === latestYear) ? "red" : "yellow";
  const years = breaches.map((b) => t("breach-item", { year: b.year, value: num(b.value) })).join(t("sep"));
  return {
    code: "target-breached",
    level,
    message: t("w-target-breached", { target: targetLabel, years }),
    data: { years: breaches.map((b) => b.year).join(","), values: breaches.map((b) => num(b.value)).join(","), count: breaches.length, threshold: threshold ?? null },
  };
}
