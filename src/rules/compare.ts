/** compare (不低于/相适应 another indicator): A ≥ B, A ≤ B or |A − B| ≤ τ in the same region, year (and sex); gap = B − A for ge. */
import type { Point, Step } from "../model/report.js";
import type { Target } from "../model/plan.js";
import type { Thresholds } from "./thresholds.js";
import { num, pct } from "../util/format-number.js";
import { evaluationPoint, judgeLevel, levelGap, notAssessable } from "./level-target.js";
import type { LevelSpec, RuleInput, TargetJudgement } from "./rule-types.js";

/** The level condition against the partner's value B: ge/le compare with B, approx allows τ (plan band or 3% of B). */
export function compareSpec(target: Target, partnerValue: number, th: Thresholds): LevelSpec {
  const op = target.op ?? "ge";
  if (op === "approx") return { op: "band", threshold: partnerValue, tolerance: target.tolerance ?? th.around_tolerance * Math.abs(partnerValue) };
  return { op, threshold: partnerValue };
}

/** Judge a compare target; not assessable (reason partner-missing) when the partner has no value in the evaluated year. */
export function compare(input: RuleInput): TargetJudgement {
  const partner = input.partner ?? [];
  const byYear = new Map(partner.map((p) => [p.year, p.value]));
  const ev = evaluationPoint(input.series, input.target.year);
  if (!ev) return notAssessable("no-data");
  const breaches: Point[] = [];
  if (input.target.year === null) {
    for (const p of input.series) {
      const b = byYear.get(p.year);
      if (b !== undefined && levelGap(p.value, compareSpec(input.target, b, input.thresholds)) > 0) breaches.push(p);
    }
  }
  const b = byYear.get(ev.year);
  if (b === undefined) {
    const out = notAssessable("partner-missing", [{ label: "partner-missing", formula: `${input.target.ref ?? "?"}(${ev.year})`, value: null }]);
    out.evaluated = ev;
    if (input.target.year === null) out.breaches = breaches;
    return out;
  }
  const spec = compareSpec(input.target, b, input.thresholds);
  const steps: Step[] = [
    { label: "evaluated", formula: `A = y(${ev.year})`, value: ev.value },
    { label: "partner-value", formula: `B = ${input.target.ref ?? "?"}(${ev.year})`, value: b },
  ];
  if (spec.op === "band") {
    steps.push(input.target.tolerance !== undefined
      ? { label: "tolerance-plan", formula: `τ = ${num(input.target.tolerance)}`, value: input.target.tolerance }
      : { label: "tolerance-default", formula: `τ = ${pct(input.thresholds.around_tolerance)} × ${num(Math.abs(b))}`, value: spec.tolerance ?? null });
  }
  const j = judgeLevel(ev.value, spec, input.thresholds.nearly_met_band);
  const out: TargetJudgement = { status: j.status, threshold: b, gap: j.gap, evaluated: ev, level: spec, steps: [...steps, ...j.steps] };
  if (spec.tolerance !== undefined) out.tolerance = spec.tolerance;
  if (input.target.year === null) out.breaches = breaches;
  return out;
}

/** The series of differences A − B over the years both indicators have, for trends of a compare target. */
export function differenceSeries(series: readonly Point[], partner: readonly Point[]): Point[] {
  const byYear = new Map(partner.map((p) => [p.year, p.value]));
  const out: Point[] = [];
  for (const p of series) {
    const b = byYear.get(p.year);
    if (b !== undefined) out.push({ year: p.year, value: p.value - b });
  }
  return out;
}
