/** A target in plain words, e.g. "≤ 10.5/10万 (2025)" or "≈ 45% ± 1.35 (每年)". */
import type { Indicator, Plan, Target } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { planMessages } from "./messages.js";

/** Format a number without float noise (0.1+0.2 → 0.3). */
export function fmtNum(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toFixed(digits)));
}

function withUnit(v: number, unit: string): string {
  return unit === "%" || unit === "‰" ? `${fmtNum(v)}${unit}` : `${fmtNum(v)} ${unit}`;
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
      what = target.tolerance !== undefined ? `≈ ${withUnit(target.value ?? NaN, unit)} ± ${fmtNum(target.tolerance)}` : `${withUnit(target.value ?? NaN, unit)}${lang === "zh" ? t("t-around-default") : ` (${t("t-around-default")})`}`;
      break;
    case "increase":
      what = t("t-increase");
      break;
    case "decrease":
      what = t("t-decrease");
      break;
    case "relative":
      what = t("t-relative", { baseline: target.baseline_year, factor: fmtNum(1 + (target.pct ?? 0) / 100) });
      break;
    case "compare": {
      const ref = plan?.indicators.find((i) => i.id === target.ref);
      const refName = ref ? ref.name[lang] : target.ref;
      const op = target.op ?? "ge";
      what = t(op === "ge" ? "t-compare-ge" : op === "le" ? "t-compare-le" : "t-compare-approx", { ref: refName });
      if (op === "approx" && target.tolerance !== undefined) what += ` ± ${fmtNum(target.tolerance)}`;
      break;
    }
  }
  return `${what} (${when})`;
}
