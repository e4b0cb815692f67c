/** wrong-direction: the trend moves against the target's direction by more than the clear-movement threshold (±1%/yr, Eurostat). */
import type { ResultWarning } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { AssessTranslate } from "../assess/messages.js";
import { num, pct } from "../util/format-number.js";
import type { DirectionSlope } from "./direction.js";

/** Warn (yellow: moving away is an early warning, 预警) when d·rate ≤ −clear_movement (or, at a zero level, when the slope has the wrong sign). */
export function wrongDirection(d: 1 | -1, ds: DirectionSlope, targetLabel: string, th: Thresholds, t: AssessTranslate): ResultWarning | null {
  const want = t(d > 0 ? "dir-up" : "dir-down");
  const basis = t(ds.basis === "theil-sen" ? "basis-theil-sen" : "basis-end-point");
  const data = { d, slope: ds.slope, rate: ds.rate, basis: ds.basis, limit: th.clear_movement };
  if (ds.rate === null) {
    if (d * ds.slope >= 0) return null;
    return { code: "wrong-direction", level: "yellow", message: t("w-wrong-direction-abs", { target: targetLabel, want, basis, slope: num(ds.slope) }), data };
  }
  if (d * ds.rate > -th.clear_movement) return null;
  return {
    code: "wrong-direction",
    level: "yellow",
    message: t("w-wrong-direction", { target: targetLabel, want, basis, slope: num(ds.slope), rate: pct(ds.rate), limit: pct(th.clear_movement) }),
    data,
  };
}
