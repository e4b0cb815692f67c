/**
 * strong-fluctuation (波动较大), methodology "Strong fluctuation": with 5+ annual changes the Hampel test
 * |Δ − median| > 3 × 1.4826 × MAD; with fewer the project default |Δ| > max(5 points, 20% of the previous value);
 * and two or more reversals of direction in the last four changes.
 */
import type { Point, ResultWarning } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num, pct, signed } from "../util/format-number.js";
import { annualChanges, countReversals, hampel, smallSeriesJumps } from "../trend/index.js";

/** This rule's messages (zh, en), kept beside it. */
export const strongFluctuationMessages = defineMessages(
  {
    "sep": "；",
    "w-fluct-hampel": "{from}—{year} 年年均变动 {change}，偏离变动中位数 {median} 达 {deviation}，超过 {k} × {scale} × MAD（{mad}）= {limit}",
    "w-fluct-jump": "{from}—{year} 年年均变动 {change}，超过 max({points}, {share} × {previous}) = {limit}（数据点不足 {min} 个变动，采用本工具的默认阈值，并非公开标准）",
    "w-fluct-reversals": "最近 {window} 次变动中方向反转 {count} 次（≥ {limit} 次）",
    "w-fluctuation": "波动较大：{reasons}",
  },
  {
    "sep": "; ",
    "w-fluct-hampel": "the annual change {from}–{year} of {change} is {deviation} from the median change {median}, over {k} × {scale} × MAD ({mad}) = {limit}",
    "w-fluct-jump": "the annual change {from}–{year} of {change} exceeds max({points}, {share} × {previous}) = {limit} (fewer than {min} changes: the tool's default threshold, not a published one)",
    "w-fluct-reversals": "{count} reversals of direction in the last {window} changes (≥ {limit})",
    "w-fluctuation": "Strong fluctuation: {reasons}",
  },
);

/**
 * Warn with every change and reversal count that triggered; null when the series is steady or too short.
 * The small-series floor of `jump_points` applies only to values in percentage points (`inPoints`): 5 "points" mean nothing for years or 万人.
 */
export function strongFluctuation(series: readonly Point[], th: Thresholds, lang: Lang, inPoints = true): ResultWarning | null {
  const t = translator(strongFluctuationMessages, lang);
  const changes = annualChanges(series);
  if (changes.length === 0) return null;
  const reasons: string[] = [];
  const flagged: number[] = [];
  let rule: "hampel" | "small-series";
  let limit: number | null = null;
  const h = hampel(changes.map((c) => c.change), th.hampel_k, th.mad_scale, th.hampel_min_changes);
  if (h) {
    rule = "hampel";
    limit = h.limit;
    const floor = th.hampel_floor_share * (series.reduce((s, p) => s + Math.abs(p.value), 0) / series.length);
    for (const i of h.outliers) {
      const c = changes[i];
      if (!c || Math.abs(c.change - h.median) <= floor) continue;
      flagged.push(c.year);
      reasons.push(t("w-fluct-hampel", { from: c.from, year: c.year, change: signed(c.change), median: signed(h.median), deviation: num(Math.abs(c.change - h.median)), k: th.hampel_k, scale: th.mad_scale, mad: num(h.mad), limit: num(h.limit) }));
    }
  } else {
    rule = "small-series";
    const floor = inPoints ? th.jump_points : 0;
    for (const j of smallSeriesJumps(changes, floor, th.jump_share)) {
      flagged.push(j.change.year);
      limit = Math.max(limit ?? 0, j.limit);
      reasons.push(t("w-fluct-jump", { from: j.change.from, year: j.change.year, change: signed(j.change.change), points: num(floor), share: pct(th.jump_share), previous: num(j.change.previous), limit: num(j.limit), min: th.hampel_min_changes }));
    }
  }
  const reversals = countReversals(changes, th.reversal_window, th.clear_movement);
  if (reversals >= th.reversal_count) reasons.push(t("w-fluct-reversals", { window: th.reversal_window, count: reversals, limit: th.reversal_count }));
  if (reasons.length === 0) return null;
  // A material jump is the plan's 波动较大 early warning (yellow); direction reversals alone are a note.
  return {
    code: "strong-fluctuation",
    ...(flagged.length > 0 ? { level: "yellow" as const } : {}),
    message: t("w-fluctuation", { reasons: reasons.join(t("sep")) }),
    data: { rule, flagged: flagged.join(","), limit, reversals },
  };
}
