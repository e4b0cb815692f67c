/** Reduce a level target to a ProgressBasis: the level to reach, the direction d towards it, the points. */
import type { Point } from "../model/report.js";
import type { LevelSpec } from "../rules/rule-types.js";
import type { ProgressBasis } from "./methods/method-types.js";

/**
 * ge → reach T rising (d = +1); le → reach T falling (d = −1); band (左右) → the nearer edge of T ± τ
 * on the side the latest value is on (inside the band: T itself, towards it).
 */
export function levelBasis(spec: LevelSpec, points: readonly Point[], horizon: number, linear: boolean): ProgressBasis | null {
  const base = points[0], latest = points[points.length - 1];
  if (!base || !latest) return null;
  let d: 1 | -1, target: number;
  if (spec.op === "ge") [d, target] = [1, spec.threshold];
  else if (spec.op === "le") [d, target] = [-1, spec.threshold];
  else {
    const tol = spec.tolerance ?? 0;
    if (latest.value < spec.threshold - tol) [d, target] = [1, spec.threshold - tol];
    else if (latest.value > spec.threshold + tol) [d, target] = [-1, spec.threshold + tol];
    else [d, target] = [latest.value <= spec.threshold ? 1 : -1, spec.threshold];
  }
  return { d, target, horizon, base, latest, points: [...points], linear };
}
