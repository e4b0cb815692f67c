/** The assessment report: what `check` computes from a plan and observations. */
import type { Diagnostic } from "./diagnostic.js";
import type { AreaId, TargetKind } from "./plan.js";
import type { Sex } from "./observation.js";

export type TargetStatus = "met" | "nearly_met" | "not_met" | "indeterminate" | "not_assessable";
export type ProgressCategory = "achieved" | "on_track" | "moderate" | "insufficient" | "moving_away" | "insufficient_data";
export type MethodId = "eurostat" | "sdsn" | "unsd" | "weather";
export type WarningCode = "expected-to-miss" | "strong-fluctuation" | "wrong-direction" | "target-breached" | "insufficient-data" | "stale-data" | "small-numbers";
export type WarningLevel = "red" | "yellow";

/** One point of a series. */
export interface Point {
  year: number;
  value: number;
}

/** One computed step of a verdict: a stable label key, the formula with the actual numbers, and the result. */
export interface Step {
  label: string;
  formula: string;
  value: number | string | null;
}

/** Where a result's baseline came from: the base year's observation, the plan's stated baseline, or the nearest observation. */
export type BaselineSource = "observed" | "plan" | "first-after" | "last-before" | "pooled";

/** The counts a rate rests on (small numbers): events, denominator, whether it is unstable, its exact interval, the pooling window. */
export interface Basis {
  events?: number;
  denominator?: number;
  unstable: boolean;
  /** The rate over the basis's years (pooled where `pooled` is given). */
  value?: number;
  /** The interval in the indicator's unit: Garwood (exact Poisson) for rates, Wilson for shares. */
  ci?: { low: number; high: number; level: number; method: "garwood" | "wilson" };
  /** The years pooled (Σ numerators / Σ denominators). */
  pooled?: { from: number; to: number };
}

/** How one target stands. */
export interface TargetResult {
  year: number | null;
  kind: TargetKind;
  value?: number;
  /** The threshold actually applied (e.g. relative: (1+pct)·baseline; compare: the partner's value). */
  threshold?: number;
  tolerance?: number;
  ref?: string;
  status: TargetStatus;
  /** Why the status was given (a stable reason code, e.g. "no-baseline-year", "partner-missing"). */
  reason?: string;
  gap?: { absolute: number; relative: number | null };
  /** Share of the distance from the baseline covered, against the share of time elapsed (序时进度). */
  progress?: { share: number | null; time_share: number; lag_points: number | null };
  category?: ProgressCategory;
  /** Ratio/score the method computed (Eurostat R, UNSD Q, SDSN ratio, weather shortfall share). */
  score?: number | null;
  projection?: number | null;
  /** Every-year targets: the years that broke it. */
  breaches?: Point[];
  /** The observation the status was judged on. */
  evaluated?: Point;
  /** The year progress and projection aim at: the target year, or for every-year targets the current milestone. */
  horizon?: number;
  /** Counted in the summary (every-year targets and the nearest milestone at or after as_of). */
  current?: boolean;
  /** Small numbers: the counts the evaluated value rests on. */
  basis?: Basis;
  /** Judged on a value before the target year because the target year's own value is missing (as_of ≥ target year). */
  provisional?: true;
  /** Compare targets: the difference A − B at the evaluated year and its projection to the horizon (threshold holds B). */
  difference?: { value: number; projection: number | null };
  /** What was computed, in order, so the verdict can be explained. */
  steps?: Step[];
}

/** A warning on one result. */
export interface ResultWarning {
  code: WarningCode;
  level?: WarningLevel;
  message: string;
  /** The numbers that triggered it. */
  data?: Record<string, number | string | null>;
}

/** Trend numbers of one series. */
export interface Trend {
  points: number;
  /** Compound annual growth from the base point (null when not valid). */
  cagr: number | null;
  /** Linear annual change (units per year) from the base point. */
  linear: number | null;
  /** Theil–Sen slope (units per year), 4+ points. */
  robust_slope: number | null;
  last_change: number | null;
  direction: "up" | "down" | "flat" | null;
  projection: Record<string, number | null>;
}

/** Assessment of one indicator × region (× sex). */
export interface IndicatorResult {
  indicator: string;
  area: AreaId;
  goal: number;
  region: string;
  sex?: Sex;
  latest: Point | null;
  baseline: Point | null;
  baseline_source?: BaselineSource;
  series: Point[];
  trend: Trend;
  targets: TargetResult[];
  warnings: ResultWarning[];
  /** Combined status of the current targets, as counted in the summary (absent without targets). */
  status?: TargetStatus;
  /** Least favourable category among the current targets. */
  category?: ProgressCategory;
  /** A current target was judged on an earlier value than its own year's (see TargetResult.provisional). */
  provisional?: true;
  /** Small numbers: the counts the latest value rests on (pooled when the single year is unstable). */
  basis?: Basis;
  /** Why the whole result could not be assessed: "no-data" when the plan expects it and no value exists up to as_of. */
  reason?: "no-data";
  /** Signed gap indicators: which group the latest value puts ahead (the plan's label for that sign). */
  gap_ahead?: "positive" | "negative";
}

/** Counts by status and category, and the attainment rate (达标率). */
export interface SummaryBlock {
  results: number;
  assessable: number;
  met: number;
  nearly_met: number;
  not_met: number;
  not_assessable: number;
  /** Results statistically indeterminate (the target lies inside the value's confidence interval); not in `assessable`. */
  indeterminate: number;
  /** Results the plan expects with no value up to as_of (part of not_assessable). */
  missing: number;
  /** (met + nearly_met) / assessable, null when nothing is assessable. */
  attainment_rate: number | null;
  categories: Record<ProgressCategory, number>;
  warnings: { red: number; yellow: number; other: number };
}

/** The whole report. */
export interface Report {
  version: string;
  plan: { id: string; version: string };
  as_of: number;
  method: MethodId;
  thresholds: Record<string, number>;
  summary: SummaryBlock & { areas: Record<string, SummaryBlock> };
  results: IndicatorResult[];
  diagnostics: Diagnostic[];
}
