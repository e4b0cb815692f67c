/** The chart of one indicator as data for one fixed vega-lite spec: a line per region, the target as a dashed line and a diamond at its year. */
import type { TopLevelSpec } from "vega-lite";
import type { Indicator, Plan } from "../model/plan.js";
import type { IndicatorResult } from "../model/report.js";
import { num as fmtNum } from "../util/format-number.js";

/** Colours by region slot (the plan's region order), so a region has the same colour in every chart. */
export const PALETTE = ["#1f3b73", "#e15759", "#f28e2b", "#59a14f", "#76b7b2", "#b07aa1", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"];

/** Plot area in px (axes and legend come on top). */
export const PLOT_WIDTH = 430;
/** Line widths: the city stands out from the counties. */
export const CITY_WIDTH = 3.2;
/** Line width of a county. */
export const COUNTY_WIDTH = 1.6;
/** Plot height in px. */
export const PLOT_HEIGHT = 210;

/** The rows the spec's three named data sets receive. */
export interface ChartData {
  series: { year: number; value: number; slot: number; line: string; width: number; dash: number[] }[];
  /** Every-year targets are labelled at the right edge, dated ones above their diamond. */
  targets: { value: number; label: string; dated: boolean }[];
  markers: { year: number; value: number; label: string }[];
}

const OPS: Record<string, string> = { at_most: "≤", at_least: "≥", around: "≈", relative: "≥", compare: "≥" };

/** Chart data for an indicator from its results; undefined when no result has a point. */
export function chartData(plan: Plan, indicator: Indicator, results: readonly IndicatorResult[]): ChartData | undefined {
  const slots = new Map(plan.regions.map((r, i) => [r.code, i]));
  const cityCodes = new Set(plan.regions.filter((r) => r.level !== "county").map((r) => r.code));
  const series: ChartData["series"] = [];
  for (const r of results) {
    const slot = slots.get(r.region) ?? plan.regions.length;
    for (const p of r.series) {
      if (!Number.isFinite(p.value)) continue;
      series.push({ year: p.year, value: p.value, slot: slot % PALETTE.length, line: `${r.region}|${r.sex ?? ""}`, width: cityCodes.has(r.region) ? CITY_WIDTH : COUNTY_WIDTH, dash: r.sex === "male" ? [5, 3] : [1, 0] });
    }
  }
  if (series.length === 0) return undefined;
  const targets: ChartData["targets"] = [];
  const markers: ChartData["markers"] = [];
  const city = results.find((r) => cityCodes.has(r.region)) ?? results[0];
  indicator.targets.forEach((tg, i) => {
    // relative and compare targets have a threshold only once assessed; the city's is drawn
    const assessed = city?.targets.find((x) => x.kind === tg.kind && x.year === tg.year) ?? city?.targets[i];
    const value = tg.kind === "relative" || tg.kind === "compare" ? assessed?.threshold : tg.value;
    if (value === undefined || !Number.isFinite(value) || OPS[tg.kind] === undefined) return;
    const label = `${OPS[tg.kind]} ${fmtNum(value, 2)}`;
    targets.push({ value, label, dated: tg.year !== null });
    if (tg.year !== null) markers.push({ year: tg.year, value, label });
  });
  return { series, targets, markers };
}

/** The one vega-lite spec every chart shares (compiled and parsed once; only the data changes). */
export function chartSpec(font: string): TopLevelSpec {
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    background: "white",
    padding: { left: 4, right: 12, top: 8, bottom: 4 },
    config: { font, axis: { labelFontSize: 11, gridColor: "#e6e6e6", domainColor: "#999", tickColor: "#999" }, view: { stroke: "#d0d0d0" } },
    layer: [
      {
        data: { name: "targets" },
        mark: { type: "rule", color: "#c00000", strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y: { field: "value", type: "quantitative" } },
      },
      {
        data: { name: "targets" },
        transform: [{ filter: "!datum.dated" }],
        mark: { type: "text", color: "#c00000", align: "right", baseline: "bottom", dy: -2, fontSize: 11 },
        encoding: { y: { field: "value", type: "quantitative" }, x: { value: PLOT_WIDTH - 2 }, text: { field: "label" } },
      },
      {
        data: { name: "series" },
        mark: { type: "line", point: { filled: true, size: 30 } },
        encoding: {
          x: { field: "year", type: "quantitative", scale: { zero: false, nice: false, padding: 14 }, axis: { format: "d", tickMinStep: 1, title: null, labelAngle: 0 } },
          y: { field: "value", type: "quantitative", scale: { zero: false, nice: true }, axis: { title: null, tickCount: 6 } },
          detail: { field: "line" },
          color: { field: "slot", type: "ordinal", scale: { domain: PALETTE.map((_, i) => i), range: PALETTE }, legend: null },
          strokeWidth: { field: "width", type: "quantitative", scale: null, legend: null },
          strokeDash: { field: "dash", type: "nominal", scale: null, legend: null },
        },
      },
      {
        data: { name: "markers" },
        mark: { type: "point", shape: "diamond", filled: true, size: 110, color: "#c00000", opacity: 1 },
        encoding: { x: { field: "year", type: "quantitative" }, y: { field: "value", type: "quantitative" } },
      },
      {
        data: { name: "markers" },
        mark: { type: "text", color: "#c00000", align: "right", baseline: "bottom", dx: -6, dy: -5, fontSize: 11 },
        encoding: { x: { field: "year", type: "quantitative" }, y: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
    ],
    resolve: { scale: { x: "shared", y: "shared" } },
  };
}
