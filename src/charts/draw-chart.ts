/** The chart of one indicator drawn as SVG: axes, the target rules and diamonds, the band and the region lines (the layout vega drew from the one fixed spec). */
import { escapeXml } from "../report-model/escape-xml.js";
import { BAND_COLORS, BAND_OPACITY, PLOT_HEIGHT, PLOT_WIDTH, type ChartData } from "./chart-data.js";
import { textWidth } from "./chart-svg.js";
import { linearTicks, niceDomain, tickFormat, tickStep } from "./chart-scale.js";
import { groupBy } from "../util/group-by.js";

/** Room around the plot and its axes, in px. */
export const CHART_PADDING = { left: 4, right: 12, top: 8, bottom: 4 } as const;
/** Empty room inside the plot before the first and after the last year, in px. */
export const YEAR_PAD = 14;
/** About this many ticks on the value axis. */
export const VALUE_TICKS = 6;
/** Size of axis labels and target labels in px. */
export const LABEL_SIZE = 11;
/** Marker sizes as areas of their square box in px² (a circle's diameter and a diamond's diagonal are √size). */
export const POINT_SIZE = 30;
/** Size of a dated target's diamond. */
export const DIAMOND_SIZE = 110;
/** Colour of targets (rules, diamonds and their labels). */
export const TARGET_COLOR = "#c00000";

const TICK = 5, LABEL_GAP = 2;
/** At most this many year ticks (one per 40 px), and the room a year label needs beside its neighbour. */
const MAX_YEAR_TICKS = Math.ceil(PLOT_WIDTH / 40), YEAR_LABEL_GAP = 4;

/** A number for a coordinate: at most 2 decimals, no "-0". */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** The x scale: years lo..hi onto the plot with YEAR_PAD px inside both ends; a single year sits in the middle. */
export function yearScale(lo: number, hi: number): (year: number) => number {
  if (lo === hi) return () => PLOT_WIDTH / 2;
  return (year) => YEAR_PAD + ((year - lo) / (hi - lo)) * (PLOT_WIDTH - 2 * YEAR_PAD);
}

/**
 * Year ticks for the data years lo..hi: whole years only (a minimum step of 1), at most one per 40 px, steps of 1, 2, 5,
 * 10 … years over the padded domain; then thinned to the next such step while the labels would touch.
 */
export function yearTicks(lo: number, hi: number): number[] {
  if (lo === hi) return [lo];
  const half = ((hi - lo) / 2) * (PLOT_WIDTH / (PLOT_WIDTH - 2 * YEAR_PAD));
  const start = (lo + hi) / 2 - half, stop = (lo + hi) / 2 + half;
  let count = Math.min(MAX_YEAR_TICKS, Math.floor(stop - start) + 1);
  while (count > 1 && tickStep(start, stop, count) < 1) --count;
  let step = tickStep(start, stop, count);
  const x = yearScale(lo, hi);
  const label = Math.max(textWidth(String(lo), LABEL_SIZE), textWidth(String(hi), LABEL_SIZE));
  while (x(lo + step) - x(lo) < label + YEAR_LABEL_GAP) step = nextStep(step);
  const out: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= stop; t += step) out.push(t);
  return out;
}

/** The next step in the series 1, 2, 5, 10, 20, 50 … */
function nextStep(step: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(step)));
  const m = Math.round(step / power);
  return (m === 1 ? 2 : m === 2 ? 5 : 10) * power;
}

/** The value axis: the nice domain over lo..hi (a single value widened by a tenth of it, or to 0..1 for 0), its ticks and labels. */
export function valueAxis(lo: number, hi: number): { domain: [number, number]; ticks: number[]; label: (v: number) => string } {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 10;
    [lo, hi] = [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
  }
  const domain = niceDomain(lo, hi);
  return { domain, ticks: linearTicks(domain[0], domain[1], VALUE_TICKS), label: tickFormat(domain[0], domain[1], VALUE_TICKS) };
}

/** A text's box relative to the plot's top left corner, to size the margins around the plot. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The chart as a standalone SVG document (width and height in px on the root), numbers and labels in `font`. */
export function drawChart(data: ChartData, font: string): string {
  const years = [...data.series.map((s) => s.year), ...data.band.map((b) => b.year), ...data.markers.map((m) => m.year)];
  const values = [
    ...data.series.map((s) => s.value),
    ...data.band.flatMap((b) => [b.min, b.p25, b.p75, b.max]),
    ...data.targets.map((t) => t.value),
    ...data.markers.map((m) => m.value),
  ];
  const y0 = Math.min(...years), y1 = Math.max(...years);
  const x = yearScale(y0, y1);
  const axis = valueAxis(Math.min(...values), Math.max(...values));
  const [d0, d1] = axis.domain;
  const y = (v: number) => PLOT_HEIGHT - ((v - d0) / (d1 - d0)) * PLOT_HEIGHT;
  const crisp = (v: number) => Math.round(v) + 0.5;
  const boxes: Box[] = [];
  const text = (tx: number, ty: number, s: string, anchor: "start" | "middle" | "end", fill?: string): string =>
    `<text x="${n(tx)}" y="${n(ty)}"${anchor === "start" ? "" : ` text-anchor="${anchor}"`}${fill ? ` fill="${fill}"` : ""}>${escapeXml(s)}</text>`;

  // Axes and grid, under the marks.
  const xTicks = yearTicks(y0, y1);
  const xLabels = xTicks.map((t) => {
    const w = textWidth(String(t), LABEL_SIZE);
    boxes.push({ left: x(t) - w / 2, right: x(t) + w / 2, top: PLOT_HEIGHT + TICK + LABEL_GAP, bottom: PLOT_HEIGHT + TICK + LABEL_GAP + LABEL_SIZE });
    return text(crisp(x(t)), PLOT_HEIGHT + 16.5, String(t), "middle");
  });
  const yLabels = axis.ticks.map((v) => {
    const s = axis.label(v), w = textWidth(s, LABEL_SIZE);
    boxes.push({ left: -TICK - LABEL_GAP - w, right: 0, top: y(v) - LABEL_SIZE / 2, bottom: y(v) + LABEL_SIZE / 2 });
    return text(-TICK - LABEL_GAP, crisp(y(v)) + 3, s, "end");
  });
  const grid =
    `<path d="${xTicks.map((t) => `M${n(crisp(x(t)))},0V${PLOT_HEIGHT}`).join("")}${axis.ticks.map((v) => `M0,${n(crisp(y(v)))}H${PLOT_WIDTH}`).join("")}" stroke="#e6e6e6"/>`;
  const ticks =
    `<path d="${xTicks.map((t) => `M${n(crisp(x(t)))},${PLOT_HEIGHT + 0.5}v${TICK}`).join("")}${axis.ticks.map((v) => `M0,${n(crisp(y(v)))}h-${TICK}`).join("")}" stroke="#999"/>` +
    `<path d="M0,${PLOT_HEIGHT + 0.5}H${PLOT_WIDTH}M0.5,0V${PLOT_HEIGHT}" stroke="#999"/>`;

  // Target rules across the plot; every-year targets labelled at the right edge above their rule.
  const rules = data.targets.map((t) => `<line aria-label="value: ${t.value}" x1="${PLOT_WIDTH}" y1="${n(y(t.value))}" x2="0" y2="${n(y(t.value))}" stroke="${TARGET_COLOR}" stroke-width="1.5" stroke-dasharray="6,4"/>`);
  const ruleLabels = data.targets
    .filter((t) => !t.dated)
    .map((t) => {
      const bottom = y(t.value) - 2, right = PLOT_WIDTH - 2;
      boxes.push({ left: right - textWidth(t.label, LABEL_SIZE), right, top: bottom - LABEL_SIZE, bottom });
      return text(right, bottom - 2, t.label, "end", TARGET_COLOR);
    });

  // The band: min–max, then p25–p75 over it.
  const area = (rows: typeof data.band, lo: "min" | "p25", hi: "max" | "p75", opacity: number): string => {
    if (rows.length === 0) return "";
    const d = [...rows.map((b) => `${n(x(b.year))},${n(y(b[lo]))}`), ...[...rows].reverse().map((b) => `${n(x(b.year))},${n(y(b[hi]))}`)];
    const first = rows[0]!;
    return `<path aria-label="year: ${first.year}; ${lo}: ${first[lo]}; ${hi}: ${first[hi]}" d="M${d.join("L")}Z" fill="${BAND_COLORS.fill}" opacity="${opacity}"/>`;
  };
  const band = [...data.band].sort((a, b) => a.year - b.year);

  // One path per line (in the order lines first appear), then every point over all lines.
  const lines = groupBy(data.series, (s) => s.line);
  const r = Math.sqrt(POINT_SIZE) / 2;
  const paths: string[] = [], points: string[] = [];
  for (const rows of lines.values()) {
    const sorted = [...rows].sort((a, b) => a.year - b.year);
    const s = sorted[0]!;
    const dash = s.dash.length > 0 && !(s.dash[0] === 1 && s.dash[1] === 0) ? ` stroke-dasharray="${s.dash.join(",")}"` : "";
    paths.push(`<path aria-label="${escapeXml(s.name)}" d="M${sorted.map((p) => `${n(x(p.year))},${n(y(p.value))}`).join("L")}" stroke="${s.color}" stroke-width="${s.width}"${dash}/>`);
    for (const p of sorted) {
      points.push(`<circle cx="${n(x(p.year))}" cy="${n(y(p.value))}" r="${n(r)}" fill="${p.color}"/>`);
      boxes.push({ left: x(p.year) - r, right: x(p.year) + r, top: y(p.value) - r, bottom: y(p.value) + r });
    }
  }

  // Dated targets: a diamond at the target's year, its label up and to the left.
  const h = Math.sqrt(DIAMOND_SIZE) / 2;
  const diamonds = data.markers.map((m) => {
    const mx = x(m.year), my = y(m.value);
    boxes.push({ left: mx - h, right: mx + h, top: my - h, bottom: my + h });
    return `<path aria-label="year: ${m.year}; value: ${m.value}" d="M${n(mx - h)},${n(my)}L${n(mx)},${n(my - h)}L${n(mx + h)},${n(my)}L${n(mx)},${n(my + h)}Z" fill="${TARGET_COLOR}"/>`;
  });
  const markerLabels = data.markers.map((m) => {
    const right = x(m.year) - 6, bottom = y(m.value) - 5;
    boxes.push({ left: right - textWidth(m.label, LABEL_SIZE), right, top: bottom - LABEL_SIZE, bottom });
    return text(right, bottom - 2, m.label, "end", TARGET_COLOR);
  });

  // The margins hold the axes and every label that reaches out of the plot (vega's autosize "pad").
  const out = (f: (b: Box) => number) => Math.ceil(Math.max(0, ...boxes.map(f)));
  const left = CHART_PADDING.left + out((b) => -b.left);
  const top = CHART_PADDING.top + out((b) => -b.top);
  const right = CHART_PADDING.right + out((b) => b.right - PLOT_WIDTH);
  const bottom = CHART_PADDING.bottom + out((b) => b.bottom - PLOT_HEIGHT);
  const width = left + PLOT_WIDTH + right, height = top + PLOT_HEIGHT + bottom;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="white"/>` +
    `<g transform="translate(${left},${top})" fill="none" font-family="${escapeXml(font)}" font-size="${LABEL_SIZE}">` +
    `<path d="M0.5,0.5h${PLOT_WIDTH}v${PLOT_HEIGHT}h-${PLOT_WIDTH}Z" stroke="#d0d0d0"/>` +
    grid +
    ticks +
    `<g fill="#000">${xLabels.join("")}${yLabels.join("")}</g>` +
    rules.join("") +
    ruleLabels.join("") +
    area(band, "min", "max", BAND_OPACITY.range) +
    area(band, "p25", "p75", BAND_OPACITY.iqr) +
    paths.join("") +
    points.join("") +
    diamonds.join("") +
    markerLabels.join("") +
    `</g></svg>`
  );
}
