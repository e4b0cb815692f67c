/**
 * expected-to-miss (预计达标困难), methodology "Expected to miss": not yet met, and R < 0.60 or the milestone
 * projection misses by more than 20% of the remaining distance; red when R < 0. The 序时进度 comparison adds
 * yellow when progress lags elapsed time by 10–30 points and red beyond 30.
 */
import type { Point, ResultWarning, TargetStatus, WarningLevel } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num, pct } from "../util/format-number.js";
import { atPrecision } from "../trend/precision.js";

/** This rule's messages (zh, en), kept beside it. */
export const expectedToMissMessages = defineMessages(
  {
    "sep": "；",
    "w-expected-to-miss": "预计达标困难（{target}）：{reasons}",
    "w-miss-lag": "目标完成进度 {progress}，时间进度 {time}，落后 {lag} 个百分点（黄色 ≥ {yellow}，红色 > {red}）",
    "w-miss-projection": "按当前趋势 {year} 年预计为 {projection}，与目标值 {threshold} 的差距占剩余距离 {remaining} 的 {share}，超过 {limit}",
    "w-miss-ratio": "实际增速与所需增速之比 R = {ratio}，低于 {limit}",
  },
  {
    "sep": "; ",
    "w-expected-to-miss": "Expected to miss the target ({target}): {reasons}",
    "w-miss-lag": "progress {progress} against elapsed time {time}: {lag} percentage points behind (yellow ≥ {yellow}, red > {red})",
    "w-miss-projection": "on the current trend {year} is projected at {projection}; the shortfall from {threshold} is {share} of the remaining distance {remaining}, over {limit}",
    "w-miss-ratio": "ratio of actual to required growth R = {ratio}, below {limit}",
  },
);

/** The numbers the expected-to-miss rule looks at for one target. */
export interface MissInput {
  status: TargetStatus;
  targetLabel: string;
  /** Eurostat ratio R (±Infinity when the required growth is zero), null when not computable. */
  ratio: number | null;
  projection: number | null;
  /** The level to reach at the horizon and the direction d towards it. */
  threshold: number;
  d: 1 | -1;
  latest: Point;
  horizon: number;
  asOf: number;
  lagPoints: number | null;
  progressShare: number | null;
  timeShare: number | null;
}

/** Warn (yellow or red) with every trigger; null when met, not assessable, final (as_of ≥ horizon) or on course. */
export function expectedToMiss(m: MissInput, th: Thresholds, lang: Lang): ResultWarning | null {
  const t = translator(expectedToMissMessages, lang);
  if (m.status === "met" || m.status === "not_assessable" || m.asOf >= m.horizon) return null;
  const reasons: string[] = [];
  let level: WarningLevel | null = null;
  const raise = (l: WarningLevel): void => { if (level !== "red") level = l; };
  const data: Record<string, number | string | null> = { ratio: m.ratio !== null && Number.isFinite(m.ratio) ? m.ratio : null, projection: m.projection, threshold: m.threshold, horizon: m.horizon, lag_points: m.lagPoints };
  // Compared at the figures' precision: a ratio of 0.6 or a lag of 10 points computed as 0.59999… or 9.99999… is 0.6 or 10.
  const ratio = m.ratio !== null && Number.isFinite(m.ratio) ? atPrecision(m.ratio) : m.ratio;
  if (ratio !== null && ratio < th.expected_to_miss_ratio) {
    raise(ratio < th.expected_to_miss_red_ratio ? "red" : "yellow");
    reasons.push(t("w-miss-ratio", { ratio: Number.isFinite(ratio) ? num(ratio, 3) : ratio > 0 ? "+∞" : "−∞", limit: num(th.expected_to_miss_ratio) }));
  }
  const remaining = Math.abs(m.threshold - m.latest.value);
  if (m.projection !== null && remaining > 0) {
    const share = (m.d * (m.threshold - m.projection)) / remaining;
    data.miss_share = share;
    if (atPrecision(share) > th.expected_to_miss_shortfall) {
      raise("yellow");
      reasons.push(t("w-miss-projection", { year: m.horizon, projection: num(m.projection, 2), threshold: num(m.threshold), remaining: num(remaining), share: pct(share), limit: pct(th.expected_to_miss_shortfall) }));
    }
  }
  const lag = m.lagPoints === null ? null : atPrecision(m.lagPoints);
  if (lag !== null && lag >= th.lag_yellow_points) {
    raise(lag > th.lag_red_points ? "red" : "yellow");
    reasons.push(t("w-miss-lag", { progress: m.progressShare === null ? "-" : pct(m.progressShare), time: m.timeShare === null ? "-" : pct(m.timeShare), lag: num(lag, 1), yellow: th.lag_yellow_points, red: th.lag_red_points }));
  }
  if (level === null) return null;
  return { code: "expected-to-miss", level, message: t("w-expected-to-miss", { target: m.targetLabel, reasons: reasons.join(t("sep")) }), data };
}
