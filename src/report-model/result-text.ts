/** Plain words for the parts of a report (names, statuses, targets, numbers) in one language, shared by the terminal, Markdown, CSV, JSON and GitHub outputs and explain. */
import type { Lang } from "../i18n/lang.js";
import { translator, type Translate } from "../i18n/messages.js";
import type { Indicator, Plan, Target } from "../model/plan.js";
import type { IndicatorResult, MethodId, ProgressCategory, ResultWarning, TargetResult, TargetStatus, WarningCode } from "../model/report.js";
import { describeTarget } from "../plan/describe-target.js";
import { num as fmtNum } from "../util/format-number.js";
import { resultMessages, type ResultMessageKey } from "./result-messages.js";
import { assessMessages } from "../assess/messages.js";

const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Words for one plan and language. */
export interface ResultText {
  lang: Lang;
  t: Translate<ResultMessageKey>;
  indicator(id: string): Indicator | undefined;
  indicatorName(id: string): string;
  unit(id: string): string;
  /** "孕产妇死亡率（/10万）" / "Maternal mortality ratio (per 100,000)". */
  nameWithUnit(id: string): string;
  regionName(code: string): string;
  areaName(id: string): string;
  /** "一、妇女与健康" / "1. Women and Health". */
  areaHeading(id: string): string;
  /** Region, with the sex when the result is disaggregated: "南票区 · 女性". */
  subject(r: IndicatorResult): string;
  num(v: number | null | undefined, digits?: number): string;
  pct(v: number | null | undefined): string;
  status(s: TargetStatus): string;
  /** The status word of one target of a result as every output shows it: 无数据 for a missing result, (暂评) after a provisional one. */
  verdict(r: IndicatorResult, tr: TargetResult): string;
  category(c: ProgressCategory | undefined): string;
  warning(code: WarningCode): string;
  /** Why a target got its status, from the assessment's reason code (the code itself when unknown). */
  reason(code: string | undefined): string;
  level(w: ResultWarning): string;
  method(m: MethodId): string;
  stage(asOf: number, milestones: readonly number[]): string;
  /** The target in plain words, from the plan's own target when it can be found. */
  target(tr: TargetResult, indicatorId: string): string;
  /** Signed gap ("+7.7", "-3.4", "0"), "" when there is none. */
  gap(tr: TargetResult): string;
  list(items: string[]): string;
  /** The regions a report covers: their names when few, else "全部（7 个）". */
  regions(codes: readonly string[]): string;
}

function planTarget(ind: Indicator, tr: TargetResult): Target {
  const same = ind.targets.filter((t) => t.kind === tr.kind && t.year === tr.year);
  const exact = same.find((t) => t.value === tr.value && t.ref === tr.ref) ?? same[0];
  return exact ?? { kind: tr.kind, year: tr.year, value: tr.value, tolerance: tr.tolerance, ref: tr.ref };
}

/** Bind the words to a plan and a language. */
export function resultText(plan: Plan, lang: Lang): ResultText {
  const t = translator(resultMessages, lang);
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const regions = new Map(plan.regions.map((r) => [r.code, r]));
  const areas = new Map(plan.areas.map((a) => [a.id as string, a]));
  const num = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined || !Number.isFinite(v) ? "" : fmtNum(v, digits));
  return {
    lang,
    t,
    indicator: (id) => indicators.get(id),
    indicatorName: (id) => indicators.get(id)?.name[lang] ?? id,
    unit: (id) => indicators.get(id)?.unit[lang] ?? "",
    nameWithUnit(id) {
      const name = indicators.get(id)?.name[lang] ?? id;
      const unit = indicators.get(id)?.unit[lang];
      return unit ? (lang === "zh" ? `${name}（${unit}）` : `${name} (${unit})`) : name;
    },
    regionName: (code) => regions.get(code)?.name[lang] ?? code,
    areaName: (id) => areas.get(id)?.name[lang] ?? id,
    areaHeading(id) {
      const a = areas.get(id);
      if (!a) return id;
      return lang === "zh" ? `${CN_NUM[a.number - 1] ?? a.number}、${a.name.zh}` : `${a.number}. ${a.name.en}`;
    },
    subject(r) {
      const name = regions.get(r.region)?.name[lang] ?? r.region;
      return r.sex ? `${name} · ${t(`sex-${r.sex}`)}` : name;
    },
    num,
    pct: (v) => (v === null || v === undefined || !Number.isFinite(v) ? "" : `${fmtNum(v * 100, 1)}%`),
    status: (s) => t(`status-${s}`),
    verdict: (r, tr) => (r.reason === "no-data" ? t("status-no_data") : `${t(`status-${tr.status}`)}${tr.provisional ? t("provisional") : ""}`),
    category: (c) => (c ? t(`cat-${c}`) : ""),
    warning: (code) => t(`warn-${code}`),
    reason(code) {
      if (!code) return "";
      const table = assessMessages[lang] as Record<string, string>;
      return table[`reason-${code}`] ?? code;
    },
    level: (w) => t(w.level ? `level-${w.level}` : "level-none"),
    method: (m) => t(`method-${m}`),
    stage(asOf, milestones) {
      const last = milestones[milestones.length - 1];
      if (milestones.includes(asOf)) return t(asOf === last ? "stage-final" : "stage-midterm", { year: asOf });
      return t("stage-annual", { year: asOf });
    },
    target(tr, indicatorId) {
      const ind = indicators.get(indicatorId);
      if (!ind) return `${tr.kind} ${num(tr.value)} (${tr.year ?? "*"})`;
      return describeTarget(planTarget(ind, tr), ind, plan, lang);
    },
    gap(tr) {
      const g = tr.gap?.absolute;
      // An indeterminate verdict has no gap to show: the pooled value it rests on is not the latest one shown beside it.
      if (g === undefined || !Number.isFinite(g) || tr.status === "indeterminate") return "";
      const s = num(g);
      return g > 0 ? `+${s}` : s === "-0" ? "0" : s;
    },
    list: (items) => items.join(lang === "zh" ? "、" : ", "),
    regions(codes) {
      const unique = [...new Set(codes)];
      return unique.length > 3 ? t("all-regions", { count: unique.length }) : unique.map((c) => regions.get(c)?.name[lang] ?? c).join(lang === "zh" ? "、" : ", ");
    },
  };
}
