/**
 * Eurostat / Statistics Canada (Open SDG) progress towards a dated target (methodology "Progress toward a dated target"):
 * R = d·CAGR_a / |CAGR_r|, on track ≥ 0.95, moderate ≥ 0.60, insufficient ≥ 0, moving away < 0; the linear form
 * r = (y_t − y_0)/(t − t_0) against (T − y_0)/(T_year − t_0) for shares near bounds, differences and invalid CAGR.
 */
import { cagr } from "../../trend/index.js";
import type { Thresholds } from "../../rules/thresholds.js";
import { num, paren } from "../../util/format-number.js";
import { actualGrowth, shownBase } from "./growth.js";
import { categorize, finite, insufficientOutcome, ratio, type MethodOutcome, type ProgressBasis } from "./method-types.js";

/** Classify progress by the Eurostat ratio R. */
export function eurostat(b: ProgressBasis, th: Thresholds): MethodOutcome {
  const yearsT = b.horizon - b.base.year;
  const g = actualGrowth(b, th.zero_replacement);
  if (!g || !(yearsT > 0)) return insufficientOutcome();
  const y0 = b.base.value, T = b.target;
  const compoundRequired = g.form === "compound" ? cagr(y0, T, yearsT, th.zero_replacement) : null;
  const growth = g.form === "compound" && compoundRequired === null ? actualGrowth(b, th.zero_replacement, true) ?? g : g;
  let required: number;
  let d = b.d;
  const steps = [growth.step];
  if (growth.form === "compound" && compoundRequired !== null) {
    required = compoundRequired;
    // Open SDG: for negative values the ratio grows with the magnitude, so the desired direction flips.
    if (y0 < 0) d = (-d) as 1 | -1;
    steps.push({ label: "cagr-required", formula: `(${shownBase(T, th.zero_replacement, y0)} / ${shownBase(y0, th.zero_replacement, T)})^(1/${yearsT}) − 1`, value: required });
  } else {
    required = (T - y0) / yearsT;
    steps.push({ label: "linear-required", formula: `(${num(T)} − ${paren(y0)}) / (${b.horizon} − ${b.base.year})`, value: required });
  }
  const R = ratio(d * growth.rate, required);
  steps.push({ label: "ratio-eurostat", formula: `${d > 0 ? "" : "−"}${num(growth.rate, 6)} / |${num(required, 6)}|`, value: finite(R) ?? (R > 0 ? "+∞" : "−∞") });
  const projection = growth.project(b.horizon);
  steps.push({ label: growth.form === "compound" ? "projection-compound" : "projection-linear", formula: growth.form === "compound" ? `${num(b.latest.value)} × (1 + ${num(growth.rate, 6)})^${b.horizon - b.latest.year}` : `${num(b.latest.value)} + ${paren(growth.rate)} × ${b.horizon - b.latest.year}`, value: projection });
  const category = categorize(R, th.eurostat_on_track, th.eurostat_moderate, th.eurostat_insufficient);
  steps.push({ label: "category-eurostat", formula: `R = ${finite(R) === null ? (R > 0 ? "+∞" : "−∞") : num(R, 3)}; ${num(th.eurostat_on_track)} / ${num(th.eurostat_moderate)} / ${num(th.eurostat_insufficient)}`, value: category });
  return { category, score: finite(R), raw: R, projection, steps };
}
