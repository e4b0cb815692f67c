/** Builders for rule tests: an indicator, a target and a RuleInput from inline numbers. */
import type { Indicator, Target } from "../../src/model/plan.js";
import type { Point } from "../../src/model/report.js";
import type { RuleInput } from "../../src/rules/rule-types.js";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";

/** A plain indicator (higher is better unless told). */
export function indicator(targets: Target[] = [], extra: Partial<Indicator> = {}): Indicator {
  return { id: "x", area: "health", goal: 1, name: { zh: "指标", en: "Indicator" }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets, ...extra };
}

/** Points from a year → value record. */
export function series(values: Record<number, number>): Point[] {
  return Object.entries(values).map(([y, value]) => ({ year: Number(y), value })).sort((a, b) => a.year - b.year);
}

/** A RuleInput for one target over a series (trend points = the series). */
export function input(target: Target, values: Record<number, number>, partner?: Record<number, number>): RuleInput {
  const s = series(values);
  return { target, indicator: indicator([target]), series: s, trendPoints: s, asOf: s[s.length - 1]?.year ?? 2024, thresholds: { ...DEFAULT_THRESHOLDS }, ...(partner ? { partner: series(partner) } : {}) };
}
