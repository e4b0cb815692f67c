/**
 * Small numbers (methodology "Small numbers"): a rate resting on fewer than 20 events (NCHS/CDC) or a share of
 * fewer than 30 (NCHS proportions standard) is unstable. Its exact interval is Garwood's (Poisson) for rates and
 * Wilson's for shares; an unstable series is judged on pooled multi-year rates (Σ numerators / Σ denominators
 * over a window of `pooling_years`), and a target inside the interval cannot be judged met or missed.
 */
import type { Indicator, IndicatorFormula } from "../model/plan.js";
import type { Basis, Point } from "../model/report.js";
import type { Thresholds } from "../rules/thresholds.js";
import { poissonInterval, wilsonInterval } from "../trend/intervals.js";

/** The headline value of an indicator in a region and year (submitted or derived), if any. */
export type CountLookup = (indicator: string, region: string, year: number) => number | undefined;

/** Events and denominator of a formula indicator in one year: the numerator given, or inferred from the rate × denominator. */
function countsAt(f: IndicatorFormula, rateId: string, region: string, year: number, lookup: CountLookup): { events: number; denominator: number } | null {
  const d = lookup(f.denominator, region, year);
  if (d === undefined || !(d > 0)) return null;
  const n = lookup(f.numerator, region, year);
  if (n !== undefined) return { events: n, denominator: d };
  const rate = lookup(rateId, region, year);
  return rate === undefined ? null : { events: Math.round((rate * d) / f.factor), denominator: d };
}

/** A share (factor 100, numerator within the denominator) takes Wilson's interval; anything else is an event rate. */
function isShare(f: IndicatorFormula, events: number, denominator: number): boolean {
  return f.factor === 100 && events <= denominator;
}

/** The basis of the value over these years (one year, or a pooling window): events, denominator, stability, interval in the indicator's unit. */
export function basisOver(indicator: Indicator, region: string, years: readonly number[], lookup: CountLookup, th: Thresholds): Basis | null {
  const f = indicator.formula;
  if (!f || years.length === 0) return null;
  let events = 0, denominator = 0;
  for (const y of years) {
    const c = countsAt(f, indicator.id, region, y, lookup);
    if (!c) return null;
    events += c.events;
    denominator += c.denominator;
  }
  const share = isShare(f, events, denominator);
  const ci = share ? wilsonInterval(events, denominator, th.ci_level) : poissonInterval(events, th.ci_level);
  const scale = share ? f.factor : f.factor / denominator;
  const basis: Basis = {
    events,
    denominator,
    unstable: share ? denominator < th.small_numbers_denominator : events < th.small_numbers_events,
    value: (events / denominator) * f.factor,
    ci: { low: ci.low * scale, high: ci.high * scale, level: ci.level, method: ci.method },
  };
  if (years.length > 1) basis.pooled = { from: Math.min(...years), to: Math.max(...years) };
  return basis;
}

/** The pooled series: at each year whose whole window of `pooling_years` has counts, Σ numerators / Σ denominators × factor. */
export function pooledSeries(indicator: Indicator, region: string, series: readonly Point[], lookup: CountLookup, th: Thresholds): { points: Point[]; bases: Map<number, Basis> } {
  const points: Point[] = [];
  const bases = new Map<number, Basis>();
  for (const p of series) {
    const window = Array.from({ length: th.pooling_years }, (_, i) => p.year - th.pooling_years + 1 + i);
    const b = basisOver(indicator, region, window, lookup, th);
    if (!b || b.value === undefined) continue;
    points.push({ year: p.year, value: b.value });
    bases.set(p.year, b);
  }
  return { points, bases };
}

/** Where an interval lies against a level: wholly meeting it, wholly missing it, or straddling it (indeterminate). */
export function intervalVerdict(ci: NonNullable<Basis["ci"]>, op: "ge" | "le" | "band", threshold: number, tolerance = 0): "met" | "not_met" | "indeterminate" {
  if (op === "le") return ci.high <= threshold ? "met" : ci.low > threshold ? "not_met" : "indeterminate";
  if (op === "ge") return ci.low >= threshold ? "met" : ci.high < threshold ? "not_met" : "indeterminate";
  const lo = threshold - tolerance, hi = threshold + tolerance;
  if (ci.low >= lo && ci.high <= hi) return "met";
  return ci.high < lo || ci.low > hi ? "not_met" : "indeterminate";
}

/** How a formula indicator's series is judged: on its own values or pooled, with the basis of each judged year and of the latest. */
export interface SmallNumberView {
  /** The series verdicts rest on: pooled rates when the latest single year is unstable and a full window exists. */
  series: Point[];
  pooled: boolean;
  /** The basis of each year of `series`. */
  bases: Map<number, Basis>;
  /** The basis of the latest judged value. */
  latest: Basis;
}

/** The small-number view of a series with counts behind it; null when the indicator has no formula or the latest year no counts. */
export function smallNumberView(indicator: Indicator, region: string, series: readonly Point[], lookup: CountLookup, th: Thresholds): SmallNumberView | null {
  const last = series[series.length - 1];
  if (!indicator.formula || !last) return null;
  const single = basisOver(indicator, region, [last.year], lookup, th);
  if (!single) return null;
  if (single.unstable) {
    const pooled = pooledSeries(indicator, region, series, lookup, th);
    const latest = pooled.bases.get(last.year);
    if (latest) return { series: pooled.points, pooled: true, bases: pooled.bases, latest };
  }
  const bases = new Map<number, Basis>();
  for (const p of series) {
    const b = basisOver(indicator, region, [p.year], lookup, th);
    if (b) bases.set(p.year, b);
  }
  return { series: [...series], pooled: false, bases, latest: single };
}
