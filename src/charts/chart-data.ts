/** The chart of one indicator as data for drawChart: a line per region (or, past LINE_LIMIT regions, the top region over the others' band), the target as a dashed line and a diamond at its year. */
import type { Indicator, Plan } from "../model/plan.js";
import type { IndicatorResult } from "../model/report.js";
import { num as fmtNum } from "../util/format-number.js";
import type { Lang } from "../i18n/lang.js";
import { groupBy } from "../util/group-by.js";

/** Ten distinct line colours; the first (navy) is the top region's (city or province). */
export const PALETTE = ["#1f3b73", "#e15759", "#f28e2b", "#59a14f", "#76b7b2", "#b07aa1", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"];

/** Up to this many regions a chart draws one line per region; past it, the spread of the others as a band. */
export const LINE_LIMIT = PALETTE.length;

/** Colours of the band design: the top region's line, the highest and the lowest region's lines, the band fill. */
export const BAND_COLORS = { top: "#1f3b73", high: "#e15759", low: "#59a14f", fill: "#1f3b73" } as const;
/** Fill opacity of the p25–p75 band and of the min–max band. */
export const BAND_OPACITY = { iqr: 0.28, range: 0.12 } as const;

/** Plot area in px (axes and legend come on top). */
export const PLOT_WIDTH = 430;
/** Line widths: the city stands out from the counties. */
export const CITY_WIDTH = 3.2;
/** Line width of a county. */
export const COUNTY_WIDTH = 1.6;
/** Plot height in px. */
export const PLOT_HEIGHT = 210;

/** How a chart shows its regions: a line each (at most LINE_LIMIT), or the top region's line over the others' band. */
export type ChartDesign = "lines" | "band";

/** One year of the band: the other regions' minimum, quartiles (p25, p75, linear interpolation) and maximum. */
export interface BandRow {
  year: number;
  min: number;
  p25: number;
  p75: number;
  max: number;
}

/** What a named line stands for in the band design (the legend says it). */
export type LineRole = "region" | "top" | "highest" | "lowest";

/** One drawn line's legend key: the region's name, its colour and width, and in the band design its role and the year it was picked at. */
export interface ChartLine {
  name: string;
  color: string;
  width: number;
  role: LineRole;
  year?: number;
}

/** What drawChart draws (series, band, targets, markers) and the lines the legend lists. */
export interface ChartData {
  design: ChartDesign;
  /** Every point of every drawn line; `color` is the colour its region's name maps to in `colors`. */
  series: { year: number; value: number; name: string; color: string; line: string; width: number; dash: number[] }[];
  /** The band of the regions not drawn as lines (empty in the lines design). */
  band: BandRow[];
  /** The colour scale: region name → colour, explicit domain and range in legend order (the legend is built from it). */
  colors: { domain: string[]; range: string[] };
  /** The legend's lines, in the order of `colors.domain`. */
  lines: ChartLine[];
  /** Every-year targets are labelled at the right edge, dated ones above their diamond. */
  targets: { value: number; label: string; dated: boolean }[];
  markers: { year: number; value: number; label: string }[];
  /** How many regions the chart covers (lines or band). */
  regions: number;
}

const OPS: Record<string, string> = { at_most: "≤", at_least: "≥", around: "≈", relative: "≥", compare: "≥" };

/**
 * The q-quantile of ascending numbers by linear interpolation between closest ranks (R type 7, numpy's default):
 * h = (n − 1)·q, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!, b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

/** The band per year over the given series rows: min, p25, p75, max of the values that year. */
export function bandRows(rows: readonly { year: number; value: number }[]): BandRow[] {
  return [...groupBy(rows, (r) => r.year, (r) => r.value).entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, values]) => {
      const v = [...values].sort((a, b) => a - b);
      return { year, min: v[0]!, p25: quantile(v, 0.25), p75: quantile(v, 0.75), max: v[v.length - 1]! };
    });
}

/**
 * Line colours for regions drawn as lines: the i-th region in plan order gets PALETTE[i], so with the same set of
 * regions a region has the same colour in every chart. Undefined past LINE_LIMIT regions (those charts are bands).
 */
export function regionColors(plan: Plan, codes: Iterable<string>): Map<string, string> | undefined {
  const wanted = new Set(codes);
  const ordered = plan.regions.filter((r) => wanted.has(r.code)).map((r) => r.code);
  for (const c of wanted) if (!ordered.includes(c)) ordered.push(c);
  if (ordered.length > LINE_LIMIT) return undefined;
  return new Map(ordered.map((c, i) => [c, PALETTE[i]!]));
}

/** Options of chartData: the language of region names, and colours fixed for the whole report (see regionColors). */
export interface ChartDataOptions {
  lang?: Lang;
  colors?: Map<string, string>;
}

/** Chart data for an indicator from its results; undefined when no result has a point. */
export function chartData(plan: Plan, indicator: Indicator, results: readonly IndicatorResult[], opts: ChartDataOptions = {}): ChartData | undefined {
  const lang = opts.lang ?? "zh";
  const regionOf = new Map(plan.regions.map((r) => [r.code, r]));
  const nameOf = (code: string): string => regionOf.get(code)?.name[lang] ?? code;
  const topCodes = new Set(plan.regions.filter((r) => r.level !== "county").map((r) => r.code));
  const points = (r: IndicatorResult) => r.series.filter((p) => Number.isFinite(p.value));
  const drawn = results.filter((r) => points(r).length > 0);
  if (drawn.length === 0) return undefined;
  const codes = [...new Set(drawn.map((r) => r.region))];
  const dash = (r: IndicatorResult): number[] => (r.sex === "male" ? [5, 3] : [1, 0]);

  const series: ChartData["series"] = [];
  const lines: ChartLine[] = [];
  const line = (r: IndicatorResult, l: ChartLine): void => {
    for (const p of points(r)) series.push({ year: p.year, value: p.value, name: l.name, color: l.color, line: `${r.region}|${r.sex ?? ""}`, width: l.width, dash: dash(r) });
  };
  let band: BandRow[] = [];
  let design: ChartDesign = "lines";
  const own = opts.colors && codes.every((c) => opts.colors!.has(c)) ? opts.colors : regionColors(plan, codes);
  if (own) {
    const ordered = [...own.keys()].filter((c) => codes.includes(c));
    for (const code of ordered) lines.push({ name: nameOf(code), color: own.get(code)!, width: topCodes.has(code) ? CITY_WIDTH : COUNTY_WIDTH, role: "region" });
    for (const r of drawn) line(r, lines.find((l) => l.name === nameOf(r.region))!);
  } else {
    design = "band";
    // The top region: the first in plan order that is not a county (the province or the city); the others form the band.
    const top = plan.regions.find((r) => r.level !== "county" && codes.includes(r.code))?.code;
    const others = drawn.filter((r) => r.region !== top && r.sex !== "male");
    const rows = others.flatMap((r) => points(r).map((p) => ({ year: p.year, value: p.value, region: r.region })));
    band = bandRows(rows);
    if (top !== undefined) {
      const l: ChartLine = { name: nameOf(top), color: BAND_COLORS.top, width: CITY_WIDTH, role: "top" };
      lines.push(l);
      for (const r of drawn.filter((x) => x.region === top)) line(r, l);
    }
    // The highest and lowest region in the latest year of the band (ties: the first in plan order).
    const year = band[band.length - 1]?.year;
    const rank = new Map(plan.regions.map((r, i) => [r.code, i]));
    const last = rows.filter((r) => r.year === year).sort((a, b) => (rank.get(a.region) ?? Infinity) - (rank.get(b.region) ?? Infinity));
    const pick = (better: (a: number, b: number) => boolean) => last.reduce((m, r) => (better(r.value, m.value) ? r : m), last[0]!);
    if (last.length > 0 && year !== undefined) {
      const high = pick((a, b) => a > b), low = pick((a, b) => a < b);
      for (const [code, role, color] of [[high.region, "highest", BAND_COLORS.high], [low.region, "lowest", BAND_COLORS.low]] as const) {
        const l: ChartLine = { name: nameOf(code), color, width: COUNTY_WIDTH, role, year };
        lines.push(l);
        for (const r of others.filter((x) => x.region === code)) line(r, l);
      }
    }
  }
  const colors = { domain: lines.map((l) => l.name), range: lines.map((l) => l.color) };
  const targets: ChartData["targets"] = [];
  const markers: ChartData["markers"] = [];
  const city = results.find((r) => topCodes.has(r.region)) ?? results[0];
  indicator.targets.forEach((tg, i) => {
    // relative and compare targets have a threshold only once assessed; the city's is drawn
    const assessed = city?.targets.find((x) => x.kind === tg.kind && x.year === tg.year) ?? city?.targets[i];
    const value = tg.kind === "relative" || tg.kind === "compare" ? assessed?.threshold : tg.value;
    if (value === undefined || !Number.isFinite(value) || OPS[tg.kind] === undefined) return;
    const label = `${OPS[tg.kind]} ${fmtNum(value, 2)}`;
    targets.push({ value, label, dated: tg.year !== null });
    if (tg.year !== null) markers.push({ year: tg.year, value, label });
  });
  return { design, series, band, colors, lines, targets, markers, regions: codes.length };
}
