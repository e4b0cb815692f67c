/** Inputs and outputs shared by the target rules (one file per target kind in src/rules). */
import type { Indicator, Target } from "../model/plan.js";
import type { Point, Step, TargetStatus } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";

/** What a target rule sees: the target, its indicator, the series up to as_of and, for compare, the partner's series. */
export interface RuleInput {
  target: Target;
  indicator: Indicator;
  /** Observations up to as_of, ascending by year. */
  series: Point[];
  /** The baseline followed by the observations after it: what trends are computed on. */
  trendPoints: Point[];
  asOf: number;
  thresholds: Thresholds;
  /** Compare targets: the partner indicator's series in the same region (and sex). */
  partner?: Point[];
}

/** A level condition: ge (以上/不低于), le (以下/控制在), band (左右/相适应, |y − T| ≤ τ). */
export interface LevelSpec {
  op: "ge" | "le" | "band";
  threshold: number;
  tolerance?: number;
}

/** What a target rule decided and how. */
export interface TargetJudgement {
  status: TargetStatus;
  reason?: string;
  threshold?: number;
  tolerance?: number;
  gap?: { absolute: number; relative: number | null };
  breaches?: Point[];
  evaluated?: Point;
  /** The level condition at the evaluated year, for progress and projection. */
  level?: LevelSpec;
  /** Direction targets: the signed annual growth rate d·slope/|y_0| the status rests on. */
  score?: number | null;
  steps: Step[];
}
