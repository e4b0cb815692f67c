/** Render one chart per indicator: vega-lite → SVG (headless vega View) → PNG (resvg, on the thread pool, several at once). */
import * as vega from "vega";
import { compile } from "vega-lite";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import type { Plan } from "../model/plan.js";
import type { IndicatorResult, Report } from "../model/report.js";
import { reportMessages } from "../report-model/report-messages.js";
import type { ChartFonts } from "../report-model/chart-fonts.js";
import { chartData, chartSpec, PALETTE, CITY_WIDTH, COUNTY_WIDTH, type ChartData } from "./chart-spec.js";
import { composeChart, legendSvg, svgParts, type LegendEntry } from "./chart-svg.js";

/** One rendered chart. `png` is absent when only SVG was asked for. */
export interface ChartImage {
  indicator: string;
  title: string;
  svg: string;
  png?: Buffer;
  width: number;
  height: number;
  /** Milliseconds spent on this chart (SVG plus PNG). */
  ms: number;
}

/** All charts of a report, the language their labels are in, and the total time. */
export interface ChartSet {
  charts: ChartImage[];
  labelLang: Lang;
  ms: number;
}

/** How to render: `fonts: null` means no CJK font was found, so PNG labels fall back to English. */
export interface RenderChartsOptions {
  lang: Lang;
  fonts: ChartFonts | null;
  png: boolean;
  zoom?: number;
  concurrency?: number;
}

/** Fonts a browser has; used for the SVG shown in the HTML report. */
export const BROWSER_FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

const runtimes = new Map<string, vega.Runtime>();

function runtime(font: string): vega.Runtime {
  let rt = runtimes.get(font);
  if (!rt) {
    rt = vega.parse(compile(chartSpec(font), { logger: vega.logger(vega.None) }).spec);
    runtimes.set(font, rt);
  }
  return rt;
}

async function vegaSvg(rt: vega.Runtime, data: ChartData): Promise<string> {
  const view = new vega.View(rt, { renderer: "none" });
  view.data("series", data.series).data("targets", data.targets).data("markers", data.markers);
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

function family(f: string | undefined): string {
  return f ? `'${f.replace(/'/g, "")}', ` : "";
}

/** Charts for every indicator with data, in plan order. */
export async function renderCharts(report: Report, plan: Plan, opts: RenderChartsOptions): Promise<ChartSet> {
  const start = performance.now();
  const labelLang: Lang = opts.png && !opts.fonts?.cjk ? "en" : opts.lang;
  const t = translator(reportMessages, labelLang);
  const latin = opts.fonts?.latin?.family, cjk = opts.fonts?.cjk?.family;
  const numberFont = opts.png ? `${family(latin)}${family(cjk)}sans-serif` : BROWSER_FONT;
  const labelFont = opts.png ? (labelLang === "zh" ? `${family(cjk)}${family(latin)}sans-serif` : numberFont) : BROWSER_FONT;
  const files = [opts.fonts?.latin?.file, opts.fonts?.cjk?.file].filter((f): f is string => f !== undefined);
  const resvgOptions = (fontFiles: string[]): ResvgRenderOptions => ({
    fitTo: { mode: "zoom", value: opts.zoom ?? 2 },
    background: "white",
    font: { loadSystemFonts: fontFiles.length === 0, fontFiles, defaultFontFamily: latin ?? cjk ?? "", sansSerifFamily: latin ?? cjk ?? "" },
  });
  // Only the legend has Chinese text; chart pictures load just the Latin font, which parses several times faster.
  const legendResvg = resvgOptions(files);
  const chartResvg = resvgOptions(opts.fonts?.latin ? [opts.fonts.latin.file] : files);
  const rt = runtime(numberFont);
  const byIndicator = new Map<string, IndicatorResult[]>();
  for (const r of report.results) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);

  const legends = new Map<string, Promise<{ markup: string; width: number; height: number }>>();
  const legendFor = (data: ChartData): Promise<{ markup: string; width: number; height: number }> => {
    const slots = [...new Set(data.series.map((s) => s.slot))].sort((a, b) => a - b);
    const dashed = data.series.some((s) => s.dash[0] !== 1);
    const key = `${slots.join(",")}|${dashed}`;
    let legend = legends.get(key);
    if (!legend) {
      const entries: LegendEntry[] = slots.map((s) => {
        const region = plan.regions[s];
        return { label: region ? region.name[labelLang] : String(s), color: PALETTE[s]!, width: region?.level === "county" ? COUNTY_WIDTH : CITY_WIDTH };
      });
      if (dashed) entries.push({ label: t("sex-female"), color: "#777", width: 1.6 }, { label: t("sex-male"), color: "#777", width: 1.6, dashed: true });
      const doc = legendSvg(t("legend-title"), entries, labelFont);
      legend = opts.png
        ? renderAsync(doc.svg, legendResvg).then((img) => ({ markup: `<image width="${doc.width}" height="${doc.height}" xlink:href="data:image/png;base64,${img.asPng().toString("base64")}"/>`, width: doc.width, height: doc.height }))
        : Promise.resolve({ markup: svgParts(doc.svg).inner, width: doc.width, height: doc.height });
      legends.set(key, legend);
    }
    return legend;
  };

  const jobs: Promise<ChartImage>[] = [];
  const inFlight = new Set<Promise<unknown>>();
  for (const ind of plan.indicators) {
    const results = byIndicator.get(ind.id);
    const data = results && chartData(plan, ind, results);
    if (!data) continue;
    const t0 = performance.now();
    const unit = ind.unit[labelLang];
    const title = labelLang === "zh" ? `${ind.name.zh}（${unit}）` : `${ind.name.en} (${unit})`;
    const chart = await vegaSvg(rt, data);
    const job = legendFor(data).then(async (legend) => {
      // In pictures the title is left to the caption beside them: every CJK glyph costs resvg milliseconds (CFF fonts ~4 ms each, every time)
      const composed = composeChart(chart, opts.png ? "" : title, labelFont, legend);
      const png = opts.png ? (await renderAsync(composed.svg, chartResvg)).asPng() : undefined;
      return { indicator: ind.id, title, svg: composed.svg, ...(png ? { png } : {}), width: composed.width, height: composed.height, ms: performance.now() - t0 };
    });
    jobs.push(job);
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job)).catch(() => undefined);
    if (inFlight.size >= (opts.concurrency ?? 4)) await Promise.race(inFlight);
  }
  const charts = await Promise.all(jobs);
  return { charts, labelLang, ms: performance.now() - start };
}
