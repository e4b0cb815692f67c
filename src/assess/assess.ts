/** assess(plan, observations, options) → Report: the pure core of `check`. */
import type { Indicator, Plan } from "../model/plan.js";
import type { Observation, Sex } from "../model/observation.js";
import type { IndicatorResult, Report } from "../model/report.js";
import { VERSION } from "../version.js";
import type { AssessOptions } from "./assess-options.js";
import type { Lang } from "../i18n/lang.js";
import { assessResult } from "./assess-result.js";
import { seriesKey, seriesTable, type SeriesSlice, type SeriesTable } from "./series-table.js";
import { observationRows, type ObservationRows, type Observations } from "./observation-rows.js";
import { summarize, SummaryCounter } from "./summarize.js";
import { countedIndicators, derivedCounts } from "../ingest/derive-counts.js";
import type { CountLookup } from "./small-numbers.js";
import { expectedKeys, missingResult } from "./missing-results.js";
import { resolveThresholds } from "../rules/thresholds.js";

const SEX_ORDER: Record<string, number> = { "": 0, total: 1, female: 2, male: 3 };

/** A one-or-many option as a list (empty = no filter). */
function list<T extends string>(v: T | readonly T[] | undefined): readonly T[] {
  return v === undefined ? [] : typeof v === "string" ? [v as T] : (v as readonly T[]);
}

/** Region codes matching the filter (code, zh/en name or alias); undefined = all. */
function regionFilter(plan: Plan, filter: readonly string[]): Set<string> | undefined {
  if (filter.length === 0 || filter.some((f) => f.toLowerCase() === "all")) return undefined;
  const wanted = new Set(filter.map((f) => f.trim().toLowerCase()));
  const out = new Set<string>(filter.map((f) => f.trim()));
  for (const r of plan.regions) {
    const names = [r.code, r.name.zh, r.name.en, ...(r.aliases ?? [])].map((n) => n.toLowerCase());
    if (names.some((n) => wanted.has(n))) out.add(r.code);
  }
  return out;
}

/** What one result will be about: its indicator (and area), region and sex. */
export interface ResultKey {
  indicator: string;
  area: string;
  region: string;
  sex?: Sex;
}

/**
 * A report whose results are computed on demand, one at a time (the same results assess() lists): a caller can
 * write a million results without holding them. `keys` are the results' subjects in the report's order.
 */
export interface LazyReport extends Omit<Report, "summary" | "results"> {
  keys: readonly ResultKey[];
  /** The result of keys[i], computed anew on each call. */
  result(i: number): IndicatorResult;
}

/** Every result of a lazy report, computed as it is read, in the order given (default: the report's). */
export function* lazyResults(report: LazyReport, order?: Iterable<number>): Generator<IndicatorResult> {
  if (order) for (const i of order) yield report.result(i);
  else for (let i = 0; i < report.keys.length; i++) yield report.result(i);
}

/** assess() without computing the results yet: the series are grouped, selected and ordered; each result is computed when asked for. */
export function assessLazily(plan: Plan, observations: Observations, options: AssessOptions = {}): LazyReport {
  const th = resolveThresholds(options.thresholds);
  const method = options.method ?? "eurostat";
  const lang = options.lang ?? "zh";
  const known = new Map(plan.indicators.map((i, n) => [i.id, n]));
  const { derived, latest, seen, series: grouped } = readRows(plan, known, observations, lang, options.asOf);
  const asOf = options.asOf ?? latest;
  const asOfYear = Number.isFinite(asOf) ? asOf : plan.base_year;
  const table = grouped(asOfYear);
  const groups = table.groups;
  const regions = regionFilter(plan, list(options.region));
  const areas = list(options.area), indicators = list(options.indicator);
  const regionRank = new Map(plan.regions.map((r, n) => [r.code, n]));
  // The counts behind a rate (a formula's numerator and denominator, with no target of their own) are its inputs, not results — unless asked for by name.
  const inputs = new Set(plan.indicators.flatMap((i) => (i.formula ? [i.formula.numerator, i.formula.denominator] : [])));
  const wanted = (ind: Indicator): boolean => (areas.length === 0 || areas.includes(ind.area))
    && (indicators.length === 0 ? !(inputs.has(ind.id) && ind.targets.length === 0) : indicators.includes(ind.id));
  const selected: SeriesSlice[] = [...groups.values()].filter((g) => {
    const ind = plan.indicators[known.get(g.indicator) as number];
    return ind !== undefined && g.length > 0 && (!regions || regions.has(g.region)) && wanted(ind);
  });
  // The regions in scope: those named by --region, else every region the data speaks of.
  const inScope = regions ? plan.regions.map((r) => r.code).filter((c) => regions.has(c)) : [...seen];
  for (const { indicator, region } of expectedKeys(plan, inScope, wanted)) {
    if (!groups.get(seriesKey(indicator.id, region, undefined))?.length) selected.push({ indicator: indicator.id, region, start: 0, length: 0 });
  }
  selected.sort((a, b) =>
    (known.get(a.indicator) as number) - (known.get(b.indicator) as number)
    || (regionRank.get(a.region) ?? Infinity) - (regionRank.get(b.region) ?? Infinity)
    || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0)
    || (SEX_ORDER[a.sex ?? ""] ?? 9) - (SEX_ORDER[b.sex ?? ""] ?? 9));
  const partnerSeries = (ref: string, region: string, sex: Sex | undefined) => {
    const g = groups.get(seriesKey(ref, region, sex));
    return g && table.points(g);
  };
  const counts = countLookup(table);
  const indicatorOf = (g: SeriesSlice): Indicator => plan.indicators[known.get(g.indicator) as number]!;
  return {
    version: VERSION,
    plan: { id: plan.id, version: plan.version },
    as_of: asOfYear,
    method,
    thresholds: { ...th },
    keys: selected.map((g) => ({ indicator: g.indicator, area: indicatorOf(g).area, region: g.region, ...(g.sex !== undefined ? { sex: g.sex } : {}) })),
    result: (i) => {
      const g = selected[i]!;
      return g.length === 0 ? missingResult(indicatorOf(g), g.region, asOfYear) : assessResult({
        plan, indicator: indicatorOf(g), region: g.region, ...(g.sex !== undefined ? { sex: g.sex } : {}),
        series: table.points(g), partnerOf: (ref) => partnerSeries(ref, g.region, g.sex),
        asOf: asOfYear, baseYear: options.baseYear ?? plan.base_year, method, th, lang, counts,
      });
    },
    diagnostics: [...(options.diagnostics ?? []), ...derived.diagnostics],
  };
}

/**
 * The observations of plan indicators, then those derived from them, read row by row and never copied: the derived
 * ones and their findings, the latest year, the regions in order of appearance, and the series up to a year.
 * (Apart from assessLazily so that its results do not keep the observations.)
 */
function readRows(plan: Plan, known: ReadonlyMap<string, number>, observations: Observations, lang: Lang, asOf: number | undefined) {
  const rows = observationRows(observations);
  const counted = countedIndicators(plan);
  const derived = derivedCounts(plan, eachRow(rows, (i) => counted.has(rows.indicatorOf(i)) && known.has(rows.indicatorOf(i))), lang);
  const usable = [rows, observationRows(derived.added)];
  const isKnown = (i: number, r: ObservationRows): boolean => known.has(r.indicatorOf(i));
  let latest = -Infinity;
  const seen = new Set<string>();
  // With as_of given, the latest year is not needed; the regions are.
  for (const r of usable) {
    for (let i = 0; i < r.length; i++) {
      if (!isKnown(i, r)) continue;
      if (asOf === undefined) latest = Math.max(latest, r.yearOf(i));
      seen.add(r.regionOf(i));
    }
  }
  return { derived, latest, seen, series: (asOfYear: number) => seriesTable(usable, asOfYear, isKnown) };
}

/** The rows `keep` accepts, as Observations, in order. */
function* eachRow(rows: ObservationRows, keep: (i: number) => boolean): Generator<Observation> {
  for (let i = 0; i < rows.length; i++) if (keep(i)) yield rows.at(i);
}

/** The summary of a lazy report, counted by computing each result once and letting it go. */
export function lazySummary(report: LazyReport, plan: Plan): Report["summary"] {
  const c = new SummaryCounter();
  for (const r of lazyResults(report)) c.add(r);
  return c.summary(plan.areas.map((a) => a.id));
}

/** A lazy report's results computed and kept, with their summary: the Report assess() returns. */
export function wholeReport(lazy: LazyReport, plan: Plan): Report {
  const results = [...lazyResults(lazy)];
  return {
    version: lazy.version,
    plan: lazy.plan,
    as_of: lazy.as_of,
    method: lazy.method,
    thresholds: lazy.thresholds,
    summary: summarize(results, plan.areas.map((a) => a.id)),
    results,
    diagnostics: lazy.diagnostics,
  };
}

/** Assess every indicator × region (× sex) that has observations, and list the expected ones without (no data); results in plan order, region order, sex order. */
export function assess(plan: Plan, observations: readonly Observation[], options: AssessOptions = {}): Report {
  return wholeReport(assessLazily(plan, observations, options), plan);
}

/** Headline values by indicator, region and year, from the grouped series (submitted or derived). */
function countLookup(table: SeriesTable): CountLookup {
  return (indicator, region, year) => table.valueIn(table.groups.get(seriesKey(indicator, region, undefined)), year);
}
