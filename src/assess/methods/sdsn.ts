/** SDSN Sustainable Development Report (linear): on track if the actual rate ≥ the required one, moderate ≥ 50%, stagnating ≥ 0, else decreasing. */
import { linearChange, projectLinear } from "../../trend/index.js";
import type { Thresholds } from "../../rules/thresholds.js";
import { num, paren } from "../../util/format-number.js";
import { categorize, finite, insufficientOutcome, ratio, type MethodOutcome, type ProgressBasis } from "./method-types.js";

/** Classify progress by d·(actual linear rate) / |required linear rate|. */
export function sdsn(b: ProgressBasis, th: Thresholds): MethodOutcome {
  const a = linearChange(b.base, b.latest);
  const yearsT = b.horizon - b.base.year;
  if (a === null || !(yearsT > 0)) return insufficientOutcome();
  const r = (b.target - b.base.value) / yearsT;
  const x = ratio(b.d * a, r);
  const projection = projectLinear(b.latest.value, a, b.horizon - b.latest.year);
  const category = categorize(x, th.sdsn_on_track, th.sdsn_moderate, 0);
  return {
    category,
    score: finite(x),
    raw: x,
    projection,
    steps: [
      { label: "linear-actual", formula: `(${num(b.latest.value)} − ${paren(b.base.value)}) / (${b.latest.year} − ${b.base.year})`, value: a },
      { label: "linear-required", formula: `(${num(b.target)} − ${paren(b.base.value)}) / (${b.horizon} − ${b.base.year})`, value: r },
      { label: "ratio-sdsn", formula: `${b.d > 0 ? "" : "−"}${num(a, 6)} / |${num(r, 6)}|`, value: finite(x) ?? (x > 0 ? "+∞" : "−∞") },
      { label: "projection-linear", formula: `${num(b.latest.value)} + ${paren(a)} × ${b.horizon - b.latest.year}`, value: projection },
      { label: "category-sdsn", formula: `${num(th.sdsn_on_track)} / ${num(th.sdsn_moderate)} / 0`, value: category },
    ],
  };
}
