/** A target in plain words, e.g. "≤ 10.5/10万 (2025)" or "≈ 45% ± 1.35 (每年)". */
import type { Indicator, Plan, Target } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { planMessages } from "./messages.js";
import { num } from "../util/format-number.js";


function withUnit(v: number, unit: string): string {
  return unit === "%" || unit === "‰" ? `${num(v)}${unit}` : `${num(v)} ${unit}`;
}

/** Describe one target of an indicator in the user's language. */
export function describeTarget(target: Target, indicator: Indicator, plan: Plan | undefined, lang: Lang): string {
  const t = translator(planMessages, lang);
  const unit = indicator.unit[lang];
  const when = target.year === null ? t("t-every-year") : t("t-by-year", { year: target.year });
  let what: string;
  switch (target.kind) {
    case "at_most":
      what = `≤ ${withUnit(target.value ?? NaN, unit)}`;
      break;
    case "at_least":
      what = `≥ ${withUnit(target.value ?? NaN, unit)}`;
      break;
    case "around":
      what = target.tolerance !== undefined ? `≈ ${withUnit(target.value ?? NaN, unit)} ± ${num(target.tolerance)}` : `${withUnit(target.value ?? NaN, unit)}${lang === "zh" ? t("t-around-default") : ` (${t("t-around-default")})`}`;
      if (target.side === "lower" || target.side === "upper") what += t(target.side === "lower" ? "t-side-lower" : "t-side-upper");
      break;
    case "increase":
      what = t("t-increase");
      break;
    case "decrease":
      what = t("t-decrease");
      break;
    case "relative":
      what = t("t-relative", { baseline: target.baseline_year, factor: num(1 + (target.pct ?? 0) / 100) });
      break;
    case "compare": {
      const ref = plan?.indicators.find((i) => i.id === target.ref);
      const refName = ref ? ref.name[lang] : target.ref;
      const op = target.op ?? "ge";
      what = t(op === "ge" ? "t-compare-ge" : op === "le" ? "t-compare-le" : "t-compare-approx", { ref: refName });
      if (op === "approx" && target.tolerance !== undefined) what += ` ± ${num(target.tolerance)}`;
      break;
    }
  }
  return `${what} (${when})`;
}
