/** Judging a value against a level (以上/以下/左右, 《民法典》第1259条: the number itself is included). */
import type { Point, Step, TargetStatus } from "../model/report.js";
import { num, paren, pct } from "../util/format-number.js";
import { atPrecision } from "../trend/precision.js";
import type { LevelSpec, RuleInput, TargetJudgement } from "./rule-types.js";

// Rounding keeps float noise (|46.35 − 45| = 1.3500000000000014) from breaking a value exactly at the threshold.
const clean = atPrecision;

/** Distance to the level with the methodology's sign: positive = short of the target, ≤ 0 = met. */
export function levelGap(value: number, spec: LevelSpec): number {
  if (spec.op === "ge") return clean(spec.threshold - value);
  if (spec.op === "le") return clean(value - spec.threshold);
  return clean(Math.abs(value - spec.threshold) - (spec.tolerance ?? 0));
}

/** The condition as a formula with numbers: "88.5 ≥ 90", "|46 − 45| ≤ 1.35". */
export function levelFormula(value: number, spec: LevelSpec): string {
  if (spec.op === "ge") return `${num(value)} ≥ ${num(spec.threshold)}`;
  if (spec.op === "le") return `${num(value)} ≤ ${num(spec.threshold)}`;
  return `|${num(value)} − ${paren(spec.threshold)}| ≤ ${num(spec.tolerance ?? 0)}`;
}

function gapFormula(value: number, spec: LevelSpec): string {
  if (spec.op === "ge") return `T − y = ${num(spec.threshold)} − ${paren(value)}`;
  if (spec.op === "le") return `y − T = ${num(value)} − ${paren(spec.threshold)}`;
  return `|y − T| − τ = |${num(value)} − ${paren(spec.threshold)}| − ${num(spec.tolerance ?? 0)}`;
}

/** Status and gap of one value: met when gap ≤ 0, nearly met when gap ≤ band × |T|, else not met. */
export function judgeLevel(value: number, spec: LevelSpec, nearlyBand: number): { status: TargetStatus; gap: { absolute: number; relative: number | null }; steps: Step[] } {
  const g = levelGap(value, spec);
  const scale = Math.abs(spec.threshold);
  const relative = scale > 0 ? g / scale : null;
  const steps: Step[] = [
    { label: "gap", formula: gapFormula(value, spec), value: g },
    ...(relative !== null ? [{ label: "gap-relative", formula: `${num(g)} / ${num(scale)}`, value: relative }] : []),
  ];
  let status: TargetStatus;
  if (g <= 0) {
    status = "met";
    steps.push({ label: "rule-met", formula: levelFormula(value, spec), value: status });
  } else if (g <= clean(nearlyBand * scale)) {
    status = "nearly_met";
    steps.push({ label: "rule-nearly", formula: `${num(g)} ≤ ${pct(nearlyBand)} × ${num(scale)} = ${num(nearlyBand * scale)}`, value: status });
  } else {
    status = "not_met";
    steps.push({ label: "rule-not-met", formula: `${num(g)} > ${pct(nearlyBand)} × ${num(scale)} = ${num(nearlyBand * scale)}`, value: status });
  }
  return { status, gap: { absolute: g, relative }, steps };
}

/** The observation a target is judged on: the target year's when present, else the latest up to as_of. */
export function evaluationPoint(series: readonly Point[], targetYear: number | null): Point | null {
  if (targetYear !== null) {
    const at = series.find((p) => p.year === targetYear);
    if (at) return at;
  }
  return series[series.length - 1] ?? null;
}

/** Judge a level target: status at the evaluated year and, for every-year targets, each year that broke it. */
export function judgeLevelTarget(input: RuleInput, spec: LevelSpec, extraSteps: Step[] = []): TargetJudgement {
  const ev = evaluationPoint(input.series, input.target.year);
  if (!ev) return { status: "not_assessable", reason: "no-data", threshold: spec.threshold, steps: extraSteps };
  const j = judgeLevel(ev.value, spec, input.thresholds.nearly_met_band);
  const out: TargetJudgement = {
    status: j.status,
    threshold: spec.threshold,
    gap: j.gap,
    evaluated: ev,
    level: spec,
    steps: [...extraSteps, { label: "evaluated", formula: `y(${ev.year})`, value: ev.value }, ...j.steps],
  };
  if (spec.tolerance !== undefined) out.tolerance = spec.tolerance;
  if (input.target.year === null) out.breaches = input.series.filter((p) => levelGap(p.value, spec) > 0);
  return out;
}

/** A judgement that could not be made, with its reason code. */
export function notAssessable(reason: string, steps: Step[] = []): TargetJudgement {
  return { status: "not_assessable", reason, steps };
}
