/**
 * UNSD SDG Progress Chart: v̂ = y_t·(1 + CAGR_a)^(T_year − t), Q = (v̂ − y_0)/(T − y_0); on track ≥ 0.95,
 * acceleration needed ≥ 0.10, stagnation below, regression (moving away) when Q < 0. Q is taken as
 * d·(v̂ − y_0)/|T − y_0| so a base already past the target cannot flip its sign (as Open SDG's d does for R).
 */
import type { Thresholds } from "../../rules/thresholds.js";
import { num, paren } from "../../util/format-number.js";
import { actualGrowth } from "./growth.js";
import { categorize, finite, insufficientOutcome, ratio, type MethodOutcome, type ProgressBasis } from "./method-types.js";

/** Classify progress by the UNSD ratio Q. */
export function unsd(b: ProgressBasis, th: Thresholds): MethodOutcome {
  const g = actualGrowth(b, th.zero_replacement);
  if (!g || !(b.horizon - b.base.year > 0)) return insufficientOutcome();
  const vhat = g.project(b.horizon);
  const q = ratio(b.d * (vhat - b.base.value), b.target - b.base.value);
  const ahead = b.horizon - b.latest.year;
  const category = categorize(q, th.unsd_on_track, th.unsd_moderate, 0);
  return {
    category,
    score: finite(q),
    raw: q,
    projection: vhat,
    steps: [
      g.step,
      { label: g.form === "compound" ? "projection-compound" : "projection-linear", formula: g.form === "compound" ? `${num(b.latest.value)} × (1 + ${num(g.rate, 6)})^${ahead}` : `${num(b.latest.value)} + ${paren(g.rate)} × ${ahead}`, value: vhat },
      { label: "ratio-unsd", formula: `${b.d > 0 ? "" : "−"}(${num(vhat)} − ${paren(b.base.value)}) / |${num(b.target)} − ${paren(b.base.value)}|`, value: finite(q) ?? (q > 0 ? "+∞" : "−∞") },
      { label: "category-unsd", formula: `${num(th.unsd_on_track)} / ${num(th.unsd_moderate)} / 0`, value: category },
    ],
  };
}
