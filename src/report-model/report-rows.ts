/** The report flattened into localised rows (one per indicator × region), shared by the workbook, HTML, CSV and Markdown. */
import type { Lang } from "../i18n/lang.js";
import { translator, type Translate } from "../i18n/messages.js";
import type { Plan, Indicator } from "../model/plan.js";
import type { IndicatorResult, ProgressCategory, Report, TargetStatus, WarningLevel } from "../model/report.js";
import { describeTarget } from "../plan/describe-target.js";
import { num as fmtNum } from "../util/format-number.js";
import { reportMessages, type ReportMessageKey } from "./report-messages.js";
import { sparkline } from "../util/sparkline.js";
import { trendArrow } from "../util/trend-arrow.js";
import { resultSentences } from "./result-sentences.js";

/** One row of an area sheet. Texts are raw: each output neutralises or escapes them. */
export interface ResultRow {
  area: string;
  areaName: string;
  indicator: string;
  indicatorName: string;
  region: string;
  regionName: string;
  unit: string;
  latestYear: number | null;
  latest: number | null;
  baseline: number | null;
  target: string;
  threshold: number | null;
  gap: number | null;
  progress: number | null;
  timeShare: number | null;
  /** The combined status; "no_data" when the plan expects a value and there is none, "none" without targets. */
  statusCode: TargetStatus | "none" | "no_data";
  status: string;
  categoryCode: ProgressCategory | null;
  category: string;
  trend: string;
  trendGood: boolean | null;
  spark: string;
  series: string;
  /** Warning labels with their level ("预计达标困难（红色）"). */
  warnings: string;
  /** The verdicts and warnings in plain sentences, one a line (warnings marked with their level). */
  words: string;
  level: WarningLevel | null;
}

/** One warning with its reason. */
export interface WarningRow {
  level: WarningLevel | null;
  levelName: string;
  areaName: string;
  indicator: string;
  indicatorName: string;
  regionName: string;
  warning: string;
  /** The warning as a plain sentence (never the formula message). */
  reason: string;
}

/** Lookups and the translator the row builders share. */
export interface RowContext {
  plan: Plan;
  lang: Lang;
  t: Translate<ReportMessageKey>;
  indicators: Map<string, Indicator>;
  regionName: (code: string) => string;
  areaName: (id: string) => string;
}

/** Bind the plan and language once. */
export function rowContext(plan: Plan, lang: Lang): RowContext {
  const regions = new Map(plan.regions.map((r) => [r.code, r.name[lang]]));
  const areas = new Map(plan.areas.map((a) => [a.id as string, a.name[lang]]));
  return {
    plan,
    lang,
    t: translator(reportMessages, lang),
    indicators: new Map(plan.indicators.map((i) => [i.id, i])),
    regionName: (code) => regions.get(code) ?? code,
    areaName: (id) => areas.get(id) ?? id,
  };
}

/** Results in plan order: area, indicator, then region as the plan lists them. */
export function orderedResults(report: Report, plan: Plan): IndicatorResult[] {
  const ind = new Map(plan.indicators.map((i, n) => [i.id, n]));
  const reg = new Map(plan.regions.map((r, n) => [r.code, n]));
  const area = new Map(plan.areas.map((a, n) => [a.id as string, n]));
  const key = (r: IndicatorResult): number[] => [area.get(r.area) ?? 99, ind.get(r.indicator) ?? 9999, reg.get(r.region) ?? 999, r.sex === "female" ? 0 : r.sex === "male" ? 1 : 2];
  return [...report.results].sort((a, b) => {
    const ka = key(a), kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
}

const LEVEL_RANK: Record<string, number> = { red: 0, yellow: 1 };

function worstLevel(r: IndicatorResult): WarningLevel | null {
  let best: WarningLevel | null = null;
  for (const w of r.warnings) if (w.level === "red" || (w.level === "yellow" && best === null)) best = w.level;
  return best;
}

/** The region's name, with the sex when the result is split by sex. */
export function resultRegionName(c: RowContext, r: IndicatorResult): string {
  return r.sex && r.sex !== "total" ? `${c.regionName(r.region)}（${c.t(`sex-${r.sex}`)}）` : c.regionName(r.region);
}

/** "2020–2024: 79.65, 79.86, 80.05" for consecutive years, "2020: 1; 2022: 2" when years are missing. */
export function seriesText(sorted: readonly { year: number; value: number }[]): string {
  if (sorted.length === 0) return "";
  const first = sorted[0]!.year, last = sorted[sorted.length - 1]!.year;
  if (last - first + 1 === sorted.length) return `${first}${sorted.length > 1 ? `–${last}` : ""}: ${sorted.map((p) => fmtNum(p.value, 2)).join(", ")}`;
  return sorted.map((p) => `${p.year}: ${fmtNum(p.value, 2)}`).join("; ");
}

/** A share of progress as readers take it: only between 0 and 100% (beyond, "progress" means nothing; the sentences say what happened). */
export function shownShare(share: number | null | undefined): number | null {
  return share === null || share === undefined || !Number.isFinite(share) || share < 0 || share > 1 ? null : share;
}

/** The verdict and warning sentences of a result, one a line; warnings carry their level ("【红色预警】…"). */
export function resultWords(c: RowContext, r: IndicatorResult, asOf: number): string {
  const s = resultSentences(r, { plan: c.plan, asOf, lang: c.lang });
  const mark = (level: string | undefined): string => (level === "red" || level === "yellow" ? (c.lang === "zh" ? `【${c.t(`level-${level}`)}预警】` : `[${c.t(`level-${level}`)} warning] `) : "");
  return [...s.verdicts, ...s.warnings.map((w) => `${mark(w.level)}${w.text}`)].join("\n");
}

/** One row per result: the current target's figures, every target in words. */
export function resultRows(c: RowContext, report: Report): ResultRow[] {
  const { t, lang } = c;
  const rows: ResultRow[] = [];
  for (const r of orderedResults(report, c.plan)) {
    const ind = c.indicators.get(r.indicator);
    const arrow = trendArrow(r.trend, ind?.higher_is_better ?? true);
    const sorted = [...r.series].sort((a, b) => a.year - b.year);
    const base = {
      area: r.area,
      areaName: c.areaName(r.area),
      indicator: r.indicator,
      indicatorName: ind ? ind.name[lang] : r.indicator,
      region: r.region,
      regionName: resultRegionName(c, r),
      unit: ind ? ind.unit[lang] : "",
      latestYear: r.latest?.year ?? null,
      latest: r.latest?.value ?? null,
      baseline: r.baseline?.value ?? null,
      trend: arrow.symbol,
      trendGood: arrow.tone === "neutral" ? null : arrow.tone === "good",
      spark: sparkline(sorted),
      series: seriesText(sorted),
      warnings: r.warnings.map((w) => (w.level ? `${t(`w-${w.code}`)}（${t(`level-${w.level}`)}）` : t(`w-${w.code}`))).join(lang === "zh" ? "；" : "; "),
      words: resultWords(c, r, report.as_of),
      level: worstLevel(r),
    };
    if (r.reason === "no-data") {
      rows.push({ ...base, target: ind ? ind.targets.map((p) => describeTarget(p, ind, c.plan, lang)).join(lang === "zh" ? "；" : "; ") : "", threshold: null, gap: null, progress: null, timeShare: null, statusCode: "no_data", status: t("status-no_data"), categoryCode: null, category: "" });
      continue;
    }
    if (r.targets.length === 0) {
      rows.push({ ...base, target: "", threshold: null, gap: null, progress: null, timeShare: null, statusCode: "none", status: t("status-no-target"), categoryCode: null, category: "" });
      continue;
    }
    // the figures shown are those of the target the summary counts (the current one), all targets are listed in words
    const head = r.targets.find((x) => x.current) ?? r.targets[0]!;
    const words = ind ? ind.targets.map((p) => describeTarget(p, ind, c.plan, lang)) : r.targets.map((x) => `${x.kind} ${x.year ?? ""}`.trim());
    const status = r.status ?? head.status;
    const category = r.category ?? head.category ?? null;
    rows.push({
      ...base,
      target: words.join(lang === "zh" ? "；" : "; "),
      threshold: head.threshold ?? head.value ?? null,
      // An indeterminate verdict shows no gap or progress: they would be of the pooled value, not the latest one beside them.
      gap: status === "indeterminate" ? null : head.gap?.absolute ?? null,
      progress: status === "indeterminate" ? null : shownShare(head.progress?.share),
      timeShare: status === "indeterminate" ? null : head.progress?.time_share ?? null,
      statusCode: status,
      status: t(`status-${status}`),
      categoryCode: category,
      category: category ? t(`cat-${category}`) : "",
    });
  }
  return rows;
}

/** Every warning, red first, then yellow, then the rest; plan order within a level. */
export function warningRows(c: RowContext, report: Report): WarningRow[] {
  const rows: WarningRow[] = [];
  for (const r of orderedResults(report, c.plan)) {
    const ind = c.indicators.get(r.indicator);
    const sentences = resultSentences(r, { plan: c.plan, asOf: report.as_of, lang: c.lang }).warnings;
    for (const [k, w] of r.warnings.entries()) {
      rows.push({
        level: w.level ?? null,
        levelName: c.t(w.level ? `level-${w.level}` : "level-none"),
        areaName: c.areaName(r.area),
        indicator: r.indicator,
        indicatorName: ind ? ind.name[c.lang] : r.indicator,
        regionName: resultRegionName(c, r),
        warning: c.t(`w-${w.code}`),
        reason: sentences[k]?.text ?? c.t(`w-${w.code}`),
      });
    }
  }
  return rows.map((row, i) => ({ row, i })).sort((a, b) => (LEVEL_RANK[a.row.level ?? ""] ?? 2) - (LEVEL_RANK[b.row.level ?? ""] ?? 2) || a.i - b.i).map((x) => x.row);
}
