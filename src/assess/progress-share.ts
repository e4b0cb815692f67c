/**
 * 序时进度 (methodology "Expected to miss"): progress share P = (y_t − y_0)/(T − y_0) against time share
 * (t − t_0)/(T_year − t_0). P is taken as d·(y_t − y_0)/|T − y_0| so that a base already inside the target
 * followed by a move the wrong way counts as negative progress, not as progress "towards" the threshold.
 */
import type { Step, TargetResult } from "../model/report.js";
import { num, paren, pct } from "../util/format-number.js";
import type { ProgressBasis } from "./methods/method-types.js";

/** Progress share, time share (capped at 1) and the lag in percentage points (positive = behind), with steps. */
export function progressShare(b: ProgressBasis): { progress: NonNullable<TargetResult["progress"]>; steps: Step[] } | null {
  const span = b.horizon - b.base.year;
  if (!(span > 0)) return null;
  const distance = b.target - b.base.value;
  const share = distance !== 0 ? (b.d * (b.latest.value - b.base.value)) / Math.abs(distance) : null;
  const time = Math.min(1, (b.latest.year - b.base.year) / span);
  const lag = share !== null ? (time - share) * 100 : null;
  const steps: Step[] = [
    { label: "progress-share", formula: `${b.d > 0 ? "" : "−"}(${num(b.latest.value)} − ${paren(b.base.value)}) / |${num(b.target)} − ${paren(b.base.value)}|`, value: share },
    { label: "time-share", formula: `(${b.latest.year} − ${b.base.year}) / (${b.horizon} − ${b.base.year})`, value: time },
  ];
  if (lag !== null && share !== null) steps.push({ label: "lag", formula: `(${pct(time)} − ${pct(share)}) × 100`, value: lag });
  return { progress: { share, time_share: time, lag_points: lag }, steps };
}
