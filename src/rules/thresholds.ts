/** Every threshold of the assessment as a named default (sources: /work/shared/docs/methodology.md); recorded in Report.thresholds. */

/** The default of every threshold, one line each. */
export const DEFAULT_THRESHOLDS = {
  /** 基本实现 (nearly met): short of the target by at most this share of |T| (methodology "Attainment rate"). */
  nearly_met_band: 0.02,
  /** 左右 without a plan-given band: τ = this share of |T| (methodology "Target kinds"). */
  around_tolerance: 0.03,
  /** Eurostat: R ≥ this is significant progress (on track). */
  eurostat_on_track: 0.95,
  /** Eurostat: R ≥ this is moderate progress. */
  eurostat_moderate: 0.6,
  /** Eurostat: R ≥ this is insufficient progress; below it the indicator moves away. */
  eurostat_insufficient: 0,
  /** SDSN: actual linear rate ≥ this share of the required rate is on track. */
  sdsn_on_track: 1.0,
  /** SDSN: ≥ this share of the required rate is moderately improving; below it stagnating. */
  sdsn_moderate: 0.5,
  /** UNSD Progress Chart: Q ≥ this is on track. */
  unsd_on_track: 0.95,
  /** UNSD: Q ≥ this is "acceleration needed"; below it stagnation (regression when Q < 0). */
  unsd_moderate: 0.1,
  /** Weather: projection misses by less than this share of the remaining distance → on track (sunny). */
  weather_on_track: 0.05,
  /** Weather: misses by at most this share → moderate; beyond it insufficient (right direction) or moving away. */
  weather_moderate: 0.2,
  /** Weather: number of last annual changes averaged for the projection. */
  weather_changes: 5,
  /** Weather: consecutive annual points needed. */
  weather_min_points: 4,
  /** Expected to miss (预计达标困难): yellow when R is below this (the Eurostat moderate cut-off). */
  expected_to_miss_ratio: 0.6,
  /** Expected to miss: yellow when the milestone projection misses by more than this share of the remaining distance. */
  expected_to_miss_shortfall: 0.2,
  /** Expected to miss: red when R is below this (moving away). */
  expected_to_miss_red_ratio: 0,
  /** 序时进度: progress lagging elapsed time by at least this many percentage points is yellow. */
  lag_yellow_points: 10,
  /** 序时进度: lagging by more than this many points is red. */
  lag_red_points: 30,
  /** Direction-only targets: |annual growth| ≥ this share of the level is clear movement (Eurostat ±1%/yr). */
  clear_movement: 0.01,
  /** Hampel test: flag |Δ − median| > k × scale × MAD, this is k. */
  hampel_k: 3,
  /** Hampel test: MAD scale for normal data. */
  mad_scale: 1.4826,
  /** Hampel test: annual changes needed (6+ points). */
  hampel_min_changes: 5,
  /** Hampel test: a flagged change must also stray from the median change by more than this share of the series' mean level (project default: a near-constant series has a tiny MAD, and its wiggles are not fluctuation). */
  hampel_floor_share: 0.02,
  /** Small series: |Δ| above this many units (percentage points) is a jump (project default). */
  jump_points: 5,
  /** Small series: |Δ| above this share of the previous value is a jump (project default). */
  jump_share: 0.2,
  /** Reversals are counted among this many last changes. */
  reversal_window: 4,
  /** This many reversals or more is strong fluctuation. */
  reversal_count: 2,
  /** Stale data: the latest year is more than this many years before as_of. */
  stale_years: 2,
  /** Points needed for an end-point trend. */
  min_points_trend: 2,
  /** Points needed for the Theil–Sen slope. */
  min_points_robust: 4,
  /** Shares (bounds max 100) within this many points of 0 or 100 use the linear form instead of CAGR. */
  share_bound_margin: 10,
  /** Open SDG: a zero base or target is replaced by this small number in CAGR. */
  zero_replacement: 0.001,
  /** Small numbers: a rate resting on fewer events than this is unstable (NCHS/CDC reliability rule: fewer than 20). */
  small_numbers_events: 20,
  /** Small numbers: a share with a denominator below this is unstable (NCHS data presentation standards for proportions: n < 30). */
  small_numbers_denominator: 30,
  /** Small numbers: confidence level of the exact interval (Garwood for rates, Wilson for shares). */
  ci_level: 0.95,
  /** Small numbers: years pooled for the rate of an unstable series (a 3-year pooled rate, as small-area health statistics use). */
  pooling_years: 3,
} as const;

/** The thresholds in force, every key of DEFAULT_THRESHOLDS. */
export type Thresholds = { -readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number };

/** Defaults overridden by the given values. */
export function resolveThresholds(overrides: Partial<Thresholds> = {}): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [k, v] of Object.entries(overrides)) {
    if (k in DEFAULT_THRESHOLDS && typeof v === "number" && Number.isFinite(v)) out[k as keyof Thresholds] = v;
  }
  return out;
}

/** A threshold value that makes no sense: the names involved and the relation it breaks. */
export interface ThresholdProblem {
  names: (keyof Thresholds)[];
  /** The relation that must hold, written with the names, e.g. "lag_yellow_points ≤ lag_red_points". */
  rule: string;
}

type Name = keyof Thresholds;
const SHARES: Name[] = ["nearly_met_band", "around_tolerance", "expected_to_miss_shortfall", "clear_movement", "hampel_floor_share", "jump_share", "weather_on_track", "weather_moderate"];
const NON_NEGATIVE: Name[] = ["lag_yellow_points", "jump_points", "share_bound_margin", "stale_years", "sdsn_moderate"];
const POSITIVE: Name[] = ["hampel_k", "mad_scale", "zero_replacement"];
const COUNTS: [Name, number][] = [["small_numbers_events", 1], ["small_numbers_denominator", 1], ["pooling_years", 1], ["weather_changes", 1], ["weather_min_points", 2], ["hampel_min_changes", 2], ["reversal_window", 2], ["reversal_count", 1], ["stale_years", 0], ["min_points_trend", 2], ["min_points_robust", 2]];
const ORDER: [Name, Name][] = [
  ["eurostat_insufficient", "eurostat_moderate"], ["eurostat_moderate", "eurostat_on_track"],
  ["sdsn_moderate", "sdsn_on_track"], ["unsd_moderate", "unsd_on_track"], ["weather_on_track", "weather_moderate"],
  ["expected_to_miss_red_ratio", "expected_to_miss_ratio"], ["lag_yellow_points", "lag_red_points"],
  ["reversal_count", "reversal_window"], ["min_points_trend", "min_points_robust"],
];

/** Every relation the thresholds in force break (empty when they make sense): shares in [0, 1), counts whole, cut-offs in order. */
export function thresholdProblems(th: Thresholds): ThresholdProblem[] {
  const out: ThresholdProblem[] = [];
  for (const n of SHARES) if (!(th[n] >= 0 && th[n] < 1)) out.push({ names: [n], rule: `0 ≤ ${n} < 1` });
  for (const n of NON_NEGATIVE) if (!(th[n] >= 0)) out.push({ names: [n], rule: `${n} ≥ 0` });
  for (const n of POSITIVE) if (!(th[n] > 0)) out.push({ names: [n], rule: `${n} > 0` });
  for (const [n, min] of COUNTS) if (!(Number.isInteger(th[n]) && th[n] >= min)) out.push({ names: [n], rule: `${n} ∈ {${min}, ${min + 1}, …}` });
  if (!(th.share_bound_margin < 50)) out.push({ names: ["share_bound_margin"], rule: "share_bound_margin < 50" });
  if (!(th.ci_level > 0 && th.ci_level < 1)) out.push({ names: ["ci_level"], rule: "0 < ci_level < 1" });
  for (const [lo, hi] of ORDER) if (!(th[lo] <= th[hi])) out.push({ names: [lo, hi], rule: `${lo} ≤ ${hi}` });
  return out;
}
