/**
 * German sustainability strategy ("weather", dns-indikatoren.de): project with the mean of the last 5 annual changes;
 * met or missed by < 5% of the remaining distance → on track, 5–20% → moderate, > 20% the right way → insufficient,
 * the wrong way → moving away. Needs 4+ consecutive annual points.
 */
import { projectLinear, weatherChange } from "../../trend/index.js";
import type { Thresholds } from "../../rules/thresholds.js";
import { num, paren, pct } from "../../util/format-number.js";
import { finite, insufficientOutcome, type MethodOutcome, type ProgressBasis } from "./method-types.js";
import type { ProgressCategory } from "../../model/report.js";

/** Classify progress by the share of the remaining distance the weather projection misses by. */
export function weather(b: ProgressBasis, th: Thresholds): MethodOutcome {
  const wc = weatherChange(b.points, th.weather_changes, th.weather_min_points);
  if (!wc) return insufficientOutcome("weather-run");
  const ahead = b.horizon - b.latest.year;
  const vhat = projectLinear(b.latest.value, wc.mean, ahead);
  const remaining = Math.abs(b.target - b.latest.value);
  const missBy = b.d * (b.target - vhat);
  const share = remaining > 0 ? missBy / remaining : missBy > 0 ? Infinity : 0;
  let category: ProgressCategory;
  if (share < th.weather_on_track) category = "on_track";
  else if (share <= th.weather_moderate) category = "moderate";
  else category = b.d * wc.mean > 0 ? "insufficient" : "moving_away";
  return {
    category,
    score: finite(share),
    raw: share,
    projection: vhat,
    steps: [
      { label: "weather-mean", formula: `(${wc.changes.map((c) => paren(c)).join(" + ")}) / ${wc.changes.length} (${wc.from}–${wc.to})`, value: wc.mean },
      { label: "projection-weather", formula: `${num(b.latest.value)} + ${paren(wc.mean)} × ${ahead}`, value: vhat },
      { label: "weather-shortfall", formula: `${b.d > 0 ? "" : "−"}(${num(b.target)} − ${paren(vhat)}) / |${num(b.target)} − ${paren(b.latest.value)}|`, value: finite(share) ?? "+∞" },
      { label: "category-weather", formula: `${pct(th.weather_on_track)} / ${pct(th.weather_moderate)}`, value: category },
    ],
  };
}
