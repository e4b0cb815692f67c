/**
 * small-numbers: a note, not a warning level — the value rests on too few events to carry the early warnings
 * (NCHS/CDC: fewer than 20 events), so none of expected-to-miss, strong-fluctuation or wrong-direction is raised
 * from it; the note gives the events, the exact interval and the pooling window instead.
 */
import type { Basis, ResultWarning } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num } from "../util/format-number.js";

/** This rule's messages (zh, en), kept beside it. */
export const smallNumbersMessages = defineMessages(
  {
    "w-small-numbers": "事件数少，统计上不稳定：{what}{events} 例（分母 {denominator}），{level}置信区间 {low}—{high}{unit}；不据此发出预计达标困难、波动较大或走势相反的预警",
    "pooled": "{from}—{to} 年合并计算，",
    "method-garwood": "精确泊松（Garwood）",
    "method-wilson": "Wilson ",
  },
  {
    "w-small-numbers": "Too few events to be stable: {what}{events} events (denominator {denominator}), {level} interval {low}–{high}{unit}; no expected-to-miss, strong-fluctuation or wrong-direction warning is raised from it",
    "pooled": "pooled {from}–{to}, ",
    "method-garwood": "exact Poisson (Garwood) ",
    "method-wilson": "Wilson ",
  },
);

/** The note for an unstable basis; null when the basis is stable or has no interval. */
export function smallNumbers(basis: Basis, unit: string, lang: Lang): ResultWarning | null {
  if (!basis.unstable || !basis.ci) return null;
  const t = translator(smallNumbersMessages, lang);
  const level = `${t(`method-${basis.ci.method}`)}${num(basis.ci.level * 100)}%`;
  return {
    code: "small-numbers",
    message: t("w-small-numbers", {
      what: basis.pooled ? t("pooled", basis.pooled) : "", events: num(basis.events ?? 0), denominator: num(basis.denominator ?? 0),
      level, low: num(basis.ci.low, 2), high: num(basis.ci.high, 2), unit: unit === "%" ? "%" : ` ${unit}`,
    }),
    data: { events: basis.events ?? null, denominator: basis.denominator ?? null, ci_low: basis.ci.low, ci_high: basis.ci.high, pooled_from: basis.pooled?.from ?? null, pooled_to: basis.pooled?.to ?? null },
  };
}
