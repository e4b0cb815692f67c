/** Series held compactly: every indicator × region × sex series' years and values in two shared typed arrays, their points made only when a series is assessed. */
import type { Sex } from "../model/observation.js";
import type { Point } from "../model/report.js";
import { headlineSex } from "../ingest/headline-sex.js";
import type { ObservationRows } from "./observation-rows.js";

/** One series: its key, and where its points are in the table (ascending years, one point a year). */
export interface SeriesSlice {
  readonly indicator: string;
  readonly region: string;
  readonly sex?: Sex;
  readonly start: number;
  readonly length: number;
}

/** Series by key (seriesKey), in the order their first observation came, and their points. */
export interface SeriesTable {
  readonly groups: ReadonlyMap<string, SeriesSlice>;
  /** A series' points, made anew on each call (none for no series). */
  points(slice: SeriesSlice | undefined): Point[];
  /** A series' value in a year, if it has one. */
  valueIn(slice: SeriesSlice | undefined, year: number): number | undefined;
}

/** The map key of an indicator × region × sex. */
export function seriesKey(indicator: string, region: string, sex: Sex | undefined): string {
  return `${indicator}\u0000${region}\u0000${headlineSex(sex) ?? ""}`;
}

/** A slice being filled: start is first its place in the list, length counts its rows; then start is its first point and length counts the points placed. */
interface Building {
  indicator: string;
  region: string;
  sex?: Sex;
  start: number;
  length: number;
}

const SEX_SLOT: Record<string, number> = { female: 1, male: 2 };

/**
 * Group the rows of several sources (read one after another) that `keep` accepts, with a finite value and an
 * integer year ≤ as_of, into series: ascending by year, the first of a duplicate year kept (ingest reports them).
 */
export function seriesTable(sources: readonly ObservationRows[], asOf: number, keep?: (row: number, rows: ObservationRows) => boolean): SeriesTable {
  const groups = new Map<string, Building>();
  const list: Building[] = [];
  const total = sources.reduce((n, r) => n + r.length, 0);
  // Which series each row goes to (-1: none), then each series' rows placed together in row order.
  const seriesOf = new Int32Array(total).fill(-1);
  // Rows of one indicator and region usually come together: their series by sex are kept at hand.
  let lastIndicator: string | undefined, lastRegion: string | undefined;
  let near = [-1, -1, -1];
  let base = 0;
  for (const rows of sources) {
    for (let i = 0; i < rows.length; i++) {
      const year = rows.yearOf(i), value = rows.valueOf(i);
      if (year > asOf || !Number.isFinite(value) || !Number.isInteger(year)) continue;
      if (keep && !keep(i, rows)) continue;
      const indicator = rows.indicatorOf(i), region = rows.regionOf(i), sex = headlineSex(rows.sexOf(i));
      if (indicator !== lastIndicator || region !== lastRegion) {
        lastIndicator = indicator;
        lastRegion = region;
        near = [-1, -1, -1];
      }
      const slot = sex === undefined ? 0 : SEX_SLOT[sex]!;
      let k = near[slot]!;
      if (k < 0) {
        const key = seriesKey(indicator, region, sex);
        let g = groups.get(key);
        if (!g) {
          g = sex !== undefined ? { indicator, region, sex, start: list.length, length: 0 } : { indicator, region, start: list.length, length: 0 };
          groups.set(key, g);
          list.push(g);
        }
        k = near[slot] = g.start;
      }
      seriesOf[base + i] = k;
      list[k]!.length++;
    }
    base += rows.length;
  }
  let at = 0;
  for (const g of list) {
    g.start = at;
    at += g.length;
    g.length = 0;
  }
  const years = new Float64Array(at), values = new Float64Array(at);
  base = 0;
  for (const rows of sources) {
    for (let i = 0; i < rows.length; i++) {
      const k = seriesOf[base + i]!;
      if (k < 0) continue;
      const g = list[k]!;
      const p = g.start + g.length++;
      years[p] = rows.yearOf(i);
      values[p] = rows.valueOf(i);
    }
    base += rows.length;
  }
  for (const g of list) g.length = ascendingFirstOfYear(years, values, g.start, g.length);
  return {
    groups,
    points(slice) {
      const out: Point[] = [];
      if (slice) for (let p = slice.start; p < slice.start + slice.length; p++) out.push({ year: years[p]!, value: values[p]! });
      return out;
    },
    valueIn(slice, year) {
      if (slice) for (let p = slice.start; p < slice.start + slice.length; p++) if (years[p] === year) return values[p];
      return undefined;
    },
  };
}

/** Sort a slice by year keeping the order of a year's points (stable), drop all but the first of each year; its new length. */
function ascendingFirstOfYear(years: Float64Array, values: Float64Array, start: number, length: number): number {
  const end = start + length;
  if (length > 32) {
    const order = Array.from({ length }, (_, n) => start + n).sort((a, b) => years[a]! - years[b]! || a - b);
    const y = order.map((p) => years[p]!), v = order.map((p) => values[p]!);
    years.set(y, start);
    values.set(v, start);
  } else {
    for (let p = start + 1; p < end; p++) {
      const y = years[p]!, v = values[p]!;
      let q = p - 1;
      for (; q >= start && years[q]! > y; q--) {
        years[q + 1] = years[q]!;
        values[q + 1] = values[q]!;
      }
      years[q + 1] = y;
      values[q + 1] = v;
    }
  }
  let n = 0;
  for (let p = start; p < end; p++) {
    if (n > 0 && years[p] === years[start + n - 1]) continue;
    years[start + n] = years[p]!;
    values[start + n] = values[p]!;
    n++;
  }
  return n;
}
