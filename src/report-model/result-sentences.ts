/**
 * Words for readers (issue 13): every verdict and warning of a result as a plain sentence built from its numbers —
 * what the value is, against which target, what it means, and for warnings how far off and by when. Formulas,
 * method names and thresholds stay in `explain` and the notes sheet; a share of progress outside 0–100% is never shown.
 */
import type { Indicator, Plan, Target } from "../model/plan.js";
import type { IndicatorResult, ResultWarning, TargetResult } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator, type Translate } from "../i18n/messages.js";
import { num } from "../util/format-number.js";

/** The sentence catalog (zh, en). */
export const sentenceMessages = defineMessages(
  {
    "subject": "{region}{indicator}",
    "value": "{year}年为{value}",
    "when-year": "{year}年目标",
    "when-every": "“每年保持”的目标",
    "t-at_most": "{value}以下",
    "t-at_least": "{value}以上",
    "t-around": "{value}左右",
    "t-around-lower": "{value}左右，不低于{edge}",
    "t-around-upper": "{value}左右，不高于{edge}",
    "t-increase": "逐步提高",
    "t-decrease": "逐步降低",
    "t-relative": "比{base}年提高{pct}%，即{value}",
    "t-compare-ge": "不低于{ref}，即{value}",
    "t-compare-le": "不高于{ref}，即{value}",
    "t-compare-approx": "与{ref}相适应，即{value}左右",
    "met": "{subject}{value}，达到{when}（{target}）。",
    "nearly_met": "{subject}{value}，基本达到{when}（{target}），相差{gap}。",
    "not_met-le": "{subject}{value}，高于{when}（{target}），超出{gap}。",
    "not_met-ge": "{subject}{value}，低于{when}（{target}），还差{gap}。",
    "not_met-band": "{subject}{value}，偏离{when}（{target}），超出允许范围{gap}。",
    "indeterminate": "{subject}所依据的事件很少（{span}共{events}例），合并计算为{value}，95%置信区间为{low}至{high}，统计上无法判定是否达到{when}（{target}）。",
    "no-data": "{subject}截至{year}年没有数据，无法评估。",
    "not_assessable": "{subject}暂无法评估：{reason}。",
    "dir-met": "{subject}由{from}年的{v0}{moved}{to}年的{v1}，{change}，达到“{target}”的要求。",
    "dir-nearly": "{subject}由{from}年的{v0}{moved}{to}年的{v1}，{change}，方向正确但变化尚不明显。",
    "dir-reversed": "{subject}由{from}年的{v0}{moved}{to}年的{v1}，总体方向正确，但最近一年出现反向变化。",
    "dir-not-met": "{subject}由{from}年的{v0}{moved}{to}年的{v1}，与“{target}”的要求相反。",
    "dir-flat": "{subject}{from}年至{to}年保持在{v1}，没有变化，未体现“{target}”。",
    "dir-bound": "{subject}{value}，已达到最高（最低）水平，保持即达到“{target}”的要求。",
    "moved-up": "升至",
    "moved-down": "降至",
    "change-up": "年均增长{rate}",
    "change-down": "年均下降{rate}",
    "points": "{value}个百分点",
    "gap-ahead": "（{group}）",
    "provisional": "（{year}年数据缺失，暂按{evaluated}年数据评估）",
    "w-expected-to-miss": "按目前趋势，{horizon}年预计为{projection}，难以按期实现{when}（{target}）。",
    "w-expected-to-miss-lag": "完成进度落后于时间进度{lag}个百分点，难以按期实现{when}（{target}）。",
    "w-expected-to-miss-plain": "按目前趋势难以按期实现{when}（{target}）。",
    "w-strong-fluctuation": "{years}年波动较大（{changes}），请核实数据或说明原因。",
    "w-fluctuation-change": "{from}年{v0}→{to}年{v1}",
    "w-strong-fluctuation-reversals": "近几年升降反复，走势不稳定。",
    "w-wrong-direction": "近年来{direction}（{change}），与“{target}”的方向相反。",
    "w-target-breached": "{years}年未达到“每年保持”的目标（{target}）。",
    "w-insufficient-data": "数据年份较少，尚不能判断变化趋势。",
    "w-stale-data": "最新数据为{latest}年，已有{years}年未更新。",
    "w-small-numbers": "所依据的事件很少（{events}例），年度间自然波动大，不宜据此判断升降。",
    "direction-up": "呈上升趋势",
    "direction-down": "呈下降趋势",
    "sep": "、",
  },
  {
    "subject": "{indicator} in {region}",
    "value": " was {value} in {year}",
    "when-year": "the {year} target",
    "when-every": "the every-year target",
    "t-at_most": "at most {value}",
    "t-at_least": "at least {value}",
    "t-around": "around {value}",
    "t-around-lower": "around {value}, not below {edge}",
    "t-around-upper": "around {value}, not above {edge}",
    "t-increase": "a steady rise",
    "t-decrease": "a steady fall",
    "t-relative": "{pct}% above its {base} level, i.e. {value}",
    "t-compare-ge": "at least {ref} ({value})",
    "t-compare-le": "at most {ref} ({value})",
    "t-compare-approx": "in line with {ref} ({value})",
    "met": "{subject}{value}, meeting {when} ({target}).",
    "nearly_met": "{subject}{value}, nearly meeting {when} ({target}); {gap} short.",
    "not_met-le": "{subject}{value}, above {when} ({target}) by {gap}.",
    "not_met-ge": "{subject}{value}, below {when} ({target}) by {gap}.",
    "not_met-band": "{subject}{value}, outside the band of {when} ({target}) by {gap}.",
    "indeterminate": "{subject} rests on very few events ({events} in {span}): pooled, it is {value}, with a 95% interval of {low} to {high}, so whether it meets {when} ({target}) cannot be told statistically.",
    "no-data": "{subject} has no data up to {year} and cannot be assessed.",
    "not_assessable": "{subject} cannot be assessed yet: {reason}.",
    "dir-met": "{subject} {moved} from {v0} in {from} to {v1} in {to} ({change}), meeting the aim of {target}.",
    "dir-nearly": "{subject} {moved} from {v0} in {from} to {v1} in {to} ({change}): the right way, but not yet clearly.",
    "dir-reversed": "{subject} {moved} from {v0} in {from} to {v1} in {to}: the right way overall, but the last year went the other way.",
    "dir-not-met": "{subject} {moved} from {v0} in {from} to {v1} in {to}, against the aim of {target}.",
    "dir-flat": "{subject} stayed at {v1} from {from} to {to}: no sign of {target}.",
    "dir-bound": "{subject}{value}, already at its bound: holding it meets the aim of {target}.",
    "moved-up": "rose",
    "moved-down": "fell",
    "change-up": "up {rate} a year",
    "change-down": "down {rate} a year",
    "points": "{value} percentage points",
    "gap-ahead": " ({group})",
    "provisional": " (no {year} figure yet: judged provisionally on {evaluated})",
    "w-expected-to-miss": "On the current trend it would be {projection} in {horizon}, so {when} ({target}) is unlikely to be met in time.",
    "w-expected-to-miss-lag": "Progress lags elapsed time by {lag} percentage points, so {when} ({target}) is unlikely to be met in time.",
    "w-expected-to-miss-plain": "On the current trend {when} ({target}) is unlikely to be met in time.",
    "w-strong-fluctuation": "It fluctuated strongly in {years} ({changes}); please check the figures or explain the change.",
    "w-fluctuation-change": "{v0} in {from} → {v1} in {to}",
    "w-strong-fluctuation-reversals": "It has gone up and down in recent years: no steady trend.",
    "w-wrong-direction": "In recent years it has been {direction} ({change}), against the aim of {target}.",
    "w-target-breached": "It missed the every-year target ({target}) in {years}.",
    "w-insufficient-data": "There are too few years of data to tell a trend.",
    "w-stale-data": "The latest figure is from {latest}, {years} years old.",
    "w-small-numbers": "It rests on very few events ({events}): such rates swing from year to year by chance, so no rise or fall can be read from them.",
    "direction-up": "rising",
    "direction-down": "falling",
    "sep": ", ",
  },
);

type T = Translate<keyof (typeof sentenceMessages)["zh"]>;

/** A figure with its unit as a reader writes it: 40.88/10万, 94.31%, 80.44岁 · 40.88 per 100,000, 94.31%, 80.44 years. */
export function withUnit(value: number, indicator: Pick<Indicator, "unit">, lang: Lang, digits = 2): string {
  const unit = indicator.unit[lang];
  const v = num(value, digits);
  if (unit === "%" || unit === "‰") return `${v}${unit}`;
  return lang === "zh" ? `${v}${unit}` : `${v} ${unit}`;
}

/** A difference as a reader says it: percentage points for shares (还差24.8个百分点), the unit otherwise. */
export function gapWords(value: number, indicator: Pick<Indicator, "unit">, lang: Lang): string {
  const t = translator(sentenceMessages, lang);
  return indicator.unit.en === "%" ? t("points", { value: num(value, 2) }) : withUnit(value, indicator, lang);
}

/** A target as a reader says it: "10.5/10万以下", "逐步提高", "不低于党员总数中女性比例（30.48%）". */
export function targetPhrase(target: Target, result: TargetResult | undefined, indicator: Indicator, plan: Plan, lang: Lang): string {
  const t = translator(sentenceMessages, lang);
  const u = (v: number): string => withUnit(v, indicator, lang);
  switch (target.kind) {
    case "at_most":
    case "at_least":
      return t(`t-${target.kind}`, { value: u(target.value ?? NaN) });
    case "around": {
      if (target.side === "lower" || target.side === "upper") {
        const tol = result?.tolerance ?? 0;
        const edge = (target.value ?? NaN) + (target.side === "lower" ? -tol : tol);
        return t(target.side === "lower" ? "t-around-lower" : "t-around-upper", { value: u(target.value ?? NaN), edge: u(edge) });
      }
      return t("t-around", { value: u(target.value ?? NaN) });
    }
    case "increase":
    case "decrease":
      return t(`t-${target.kind}`);
    case "relative":
      return t("t-relative", { base: target.baseline_year, pct: num(target.pct ?? 0), value: result?.threshold !== undefined ? u(result.threshold) : "—" });
    case "compare": {
      const name = plan.indicators.find((i) => i.id === target.ref)?.name[lang] ?? target.ref ?? "";
      // In English the partner's name runs on inside a sentence: "at least the share of women among …".
      const ref = lang === "en" && /^[A-Z][a-z]/.test(name) ? `the ${name[0]!.toLowerCase()}${name.slice(1)}` : name;
      const op = target.op ?? "ge";
      return t(`t-compare-${op}`, { ref, value: result?.threshold !== undefined ? u(result.threshold) : "—" });
    }
  }
}

/** The context a result's sentences need: the plan's names and the assessment year. */
export interface SentenceContext {
  plan: Plan;
  asOf: number;
  lang: Lang;
}

/** The sentences of one result: one per current target (or the no-data sentence), then one per warning. */
export function resultSentences(result: IndicatorResult, c: SentenceContext): { verdicts: string[]; warnings: { code: string; level?: string; text: string }[] } {
  const t = translator(sentenceMessages, c.lang);
  const indicator = c.plan.indicators.find((i) => i.id === result.indicator);
  const region = c.plan.regions.find((r) => r.code === result.region)?.name[c.lang] ?? result.region;
  if (!indicator) return { verdicts: [], warnings: [] };
  const subject = t("subject", { region, indicator: indicator.name[c.lang] });
  if (result.reason === "no-data") return { verdicts: [t("no-data", { subject, year: c.asOf })], warnings: [] };
  const current = result.targets.map((r, i) => ({ r, target: indicator.targets[i] })).filter((x) => x.r.current && x.target);
  const verdicts = current.map(({ r, target }) => verdictSentence(r, target as Target, result, indicator, subject, c, t));
  const all = result.targets.map((r, i) => ({ r, target: indicator.targets[i] })).filter((x) => x.target);
  const horizonTarget = (year: number | undefined) => all.find((x) => x.r.horizon === year && x.r.current) ?? all.find((x) => x.r.horizon === year) ?? current[0];
  const warnings = result.warnings.map((w) => ({ code: w.code, ...(w.level ? { level: w.level } : {}), text: warningSentence(w, result, indicator, c, t, horizonTarget) }));
  return { verdicts, warnings };
}

function verdictSentence(r: TargetResult, target: Target, result: IndicatorResult, indicator: Indicator, subject: string, c: SentenceContext, t: T): string {
  const u = (v: number): string => withUnit(v, indicator, c.lang);
  const when = target.year === null ? t("when-every") : t("when-year", { year: target.year });
  const phrase = targetPhrase(target, r, indicator, c.plan, c.lang);
  const ahead = result.gap_ahead && indicator.signed_gap ? t("gap-ahead", { group: indicator.signed_gap[result.gap_ahead][c.lang] }) : "";
  const ev = r.evaluated ?? result.latest;
  const value = ev ? `${t("value", { year: ev.year, value: u(ev.value) })}${ahead}` : "";
  const provisional = r.provisional && ev && target.year !== null ? t("provisional", { year: target.year, evaluated: ev.year }) : "";
  if (r.status === "indeterminate" && result.basis?.ci) {
    const b = result.basis;
    const span = b.pooled ? `${b.pooled.from}—${b.pooled.to}${c.lang === "zh" ? "年" : ""}` : String(ev?.year ?? "");
    return t("indeterminate", { subject, span: c.lang === "zh" ? span : span.replace("—", "–"), events: num(b.events ?? 0), value: u(b.value ?? NaN), low: u(b.ci!.low), high: u(b.ci!.high), when, target: phrase });
  }
  if (r.status === "not_assessable") return t("not_assessable", { subject, reason: reasonWords(r.reason, c.lang) });
  if (target.kind === "increase" || target.kind === "decrease") return directionSentence(r, result, indicator, subject, phrase, value, c, t) + provisional;
  const gap = r.gap ? gapWords(Math.abs(r.gap.absolute), indicator, c.lang) : "";
  if (r.status === "met") return t("met", { subject, value, when, target: phrase }).replace(/[。.]$/, `${provisional}$&`);
  if (r.status === "nearly_met") return t("nearly_met", { subject, value, when, target: phrase, gap }).replace(/[。.]$/, `${provisional}$&`);
  const op = target.kind === "at_most" || (target.kind === "around" && target.side === "upper") || (target.kind === "compare" && target.op === "le") ? "le"
    : target.kind === "around" && target.side !== "lower" || (target.kind === "compare" && target.op === "approx") ? "band" : "ge";
  return t(`not_met-${op}`, { subject, value, when, target: phrase, gap }).replace(/[。.]$/, `${provisional}$&`);
}

function directionSentence(r: TargetResult, result: IndicatorResult, indicator: Indicator, subject: string, phrase: string, value: string, c: SentenceContext, t: T): string {
  const u = (v: number): string => withUnit(v, indicator, c.lang);
  if (r.reason === "at-bound") return t("dir-bound", { subject, value, target: phrase });
  const base = result.baseline, last = r.evaluated ?? result.latest;
  if (!base || !last || last.year <= base.year) return t("not_assessable", { subject, reason: reasonWords("insufficient-data", c.lang) });
  const args = { subject, from: base.year, to: last.year, v0: u(base.value), v1: u(last.value), target: phrase, moved: t(last.value >= base.value ? "moved-up" : "moved-down") };
  const change = t(last.value >= base.value ? "change-up" : "change-down", { rate: rateWords(r.score ?? null, indicator, c.lang) });
  if (r.reason === "no-movement" || last.value === base.value) return t("dir-flat", args);
  if (r.status === "met") return t("dir-met", { ...args, change });
  if (r.reason === "last-change-reversed") return t("dir-reversed", args);
  if (r.status === "nearly_met") return t("dir-nearly", { ...args, change });
  return t("dir-not-met", args);
}

function rateWords(score: number | null, indicator: Indicator, lang: Lang): string {
  if (score === null) return "—";
  // A direction score is the signed movement towards the target: a share of the level a year, or units a year.
  return indicator.clear_movement !== undefined ? withUnit(Math.abs(score), indicator, lang) : `${num(Math.abs(score) * 100, 1)}%`;
}

function warningSentence(w: ResultWarning, result: IndicatorResult, indicator: Indicator, c: SentenceContext, t: T, targetAt: (year: number | undefined) => { r: TargetResult; target: Target | undefined } | undefined): string {
  const u = (v: number): string => withUnit(v, indicator, c.lang);
  const d = w.data ?? {};
  const hit = targetAt(typeof d.horizon === "number" ? d.horizon : undefined);
  const target = hit?.target;
  const when = !target ? "" : target.year === null ? t("when-every") : t("when-year", { year: target.year });
  const phrase = target ? targetPhrase(target, hit?.r, indicator, c.plan, c.lang) : "";
  switch (w.code) {
    case "expected-to-miss": {
      // A compare target projects the difference A − B, which is no figure to show a reader.
      const compare = target?.kind === "compare";
      if (!compare && typeof d.projection === "number" && typeof d.horizon === "number") return t("w-expected-to-miss", { horizon: d.horizon, projection: u(d.projection), when, target: phrase });
      if (typeof d.lag_points === "number" && d.lag_points > 0) return t("w-expected-to-miss-lag", { lag: num(d.lag_points, 1), when, target: phrase });
      return t("w-expected-to-miss-plain", { when, target: phrase });
    }
    case "strong-fluctuation": {
      const years = String(d.flagged ?? "").split(",").filter(Boolean).map(Number);
      if (years.length === 0) return t("w-strong-fluctuation-reversals");
      const changes = years.map((y) => {
        const i = result.series.findIndex((p) => p.year === y);
        const prev = result.series[i - 1], cur = result.series[i];
        return prev && cur ? t("w-fluctuation-change", { from: prev.year, v0: u(prev.value), to: cur.year, v1: u(cur.value) }) : String(y);
      });
      return t("w-strong-fluctuation", { years: years.join(t("sep")), changes: changes.join(t("sep")) });
    }
    case "wrong-direction": {
      const rate = typeof d.rate === "number" ? d.rate : 0;
      const change = t(rate > 0 ? "change-up" : "change-down", { rate: d.form === "absolute" ? withUnit(Math.abs(rate), indicator, c.lang) : `${num(Math.abs(rate) * 100, 1)}%` });
      const aim = result.targets.map((r, i) => ({ r, tg: indicator.targets[i] })).find((x) => x.tg);
      return t("w-wrong-direction", { direction: t(rate > 0 ? "direction-up" : "direction-down"), change, target: aim?.tg ? targetPhrase(aim.tg, aim.r, indicator, c.plan, c.lang) : "" });
    }
    case "target-breached": {
      const every = result.targets.map((r, i) => ({ r, tg: indicator.targets[i] })).find((x) => x.tg?.year === null);
      return t("w-target-breached", { years: String(d.years ?? "").split(",").join(t("sep")), target: every?.tg ? targetPhrase(every.tg, every.r, indicator, c.plan, c.lang) : "" });
    }
    case "stale-data":
      return t("w-stale-data", { latest: result.latest?.year ?? "—", years: result.latest ? c.asOf - result.latest.year : "—" });
    case "small-numbers":
      return t("w-small-numbers", { events: num(typeof d.events === "number" ? d.events : 0) });
    case "insufficient-data":
      return t("w-insufficient-data");
  }
}

const REASONS: Record<Lang, Record<string, string>> = {
  zh: { "no-data": "没有数据", "no-baseline-year": "缺少比较基准年份的数据", "partner-missing": "对比指标同年没有数据", "insufficient-data": "数据年份太少", "no-target-value": "规划未给出目标值" },
  en: { "no-data": "no data", "no-baseline-year": "no figure for the baseline year", "partner-missing": "no figure for the compared indicator in the same year", "insufficient-data": "too few years of data", "no-target-value": "the plan gives no target value" },
};

function reasonWords(reason: string | undefined, lang: Lang): string {
  return REASONS[lang][reason ?? "no-data"] ?? REASONS[lang]["no-data"] as string;
}
