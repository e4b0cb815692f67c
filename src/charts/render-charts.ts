/** Render one chart per indicator: SVG (drawn directly, main thread) → PNG (resvg, on a pool of worker threads). */
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { reportMessages } from "../report-model/report-messages.js";
import type { ChartFonts } from "../report-model/chart-fonts.js";
import { chartData, regionColors, BAND_COLORS, BAND_OPACITY, type ChartData, type ChartLine } from "./chart-data.js";
import { composeChart, legendSvg, svgParts, type LegendEntry } from "./chart-svg.js";
import { PngPool, poolSize } from "./png-pool.js";
import { chartMessages } from "./chart-messages.js";
import { drawChart } from "./draw-chart.js";
import { groupBy } from "../util/group-by.js";

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

/** All charts of a report, the language their labels are in, the total time, and a `chart-failed` warning per chart left out. */
export interface ChartSet {
  charts: ChartImage[];
  labelLang: Lang;
  ms: number;
  diagnostics: Diagnostic[];
}

/** How to render: `fonts: null` means no CJK font was found, so PNG labels fall back to English. */
export interface RenderChartsOptions {
  lang: Lang;
  fonts: ChartFonts | null;
  png: boolean;
  zoom?: number;
  /** PNG worker threads; default and upper bound: os.availableParallelism(). */
  concurrency?: number;
}

/** Fonts a browser has; used for the SVG shown in the HTML report. */
export const BROWSER_FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

/** The legend of one chart, from its colour scale: each drawn line's name in its colour, then the band swatches and the sexes' dashes. */
export function legendEntries(data: ChartData, lang: Lang): LegendEntry[] {
  const t = translator(reportMessages, lang), c = translator(chartMessages, lang);
  const label = (l: ChartLine): string => (l.role === "highest" || l.role === "lowest" ? c(`legend-${l.role}`, { year: l.year, name: l.name }) : l.name);
  const entries: LegendEntry[] = data.lines.map((l) => ({ label: label(l), color: l.color, width: l.width }));
  if (data.design === "band") {
    const count = data.regions - data.lines.filter((l) => l.role === "top").length;
    entries.push({ label: c("legend-iqr", { count }), color: BAND_COLORS.fill, width: 0, fill: BAND_OPACITY.iqr }, { label: c("legend-range", { count }), color: BAND_COLORS.fill, width: 0, fill: BAND_OPACITY.range });
  }
  if (data.series.some((s) => s.dash[0] !== 1)) entries.push({ label: t("sex-female"), color: "#777", width: 1.6 }, { label: t("sex-male"), color: "#777", width: 1.6, dashed: true });
  return entries;
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
  const byIndicator = groupBy(report.results, (r) => r.indicator);
  // With at most LINE_LIMIT regions in the whole report, a region keeps its colour from chart to chart.
  const colors = regionColors(plan, report.results.map((r) => r.region));

  const pool = opts.png ? new PngPool(poolSize(opts.concurrency)) : undefined;
  const legends = new Map<string, Promise<{ markup: string; width: number; height: number }>>();
  const legendFor = (data: ChartData): Promise<{ markup: string; width: number; height: number }> => {
    const entries = legendEntries(data, labelLang);
    const key = JSON.stringify(entries);
    let legend = legends.get(key);
    if (!legend) {
      const doc = legendSvg(t("legend-title"), entries, labelFont);
      legend = pool
        ? pool.render(doc.svg, legendResvg).then((png) => ({ markup: `<image width="${doc.width}" height="${doc.height}" xlink:href="data:image/png;base64,${png.toString("base64")}"/>`, width: doc.width, height: doc.height }))
        : Promise.resolve({ markup: svgParts(doc.svg).inner, width: doc.width, height: doc.height });
      legends.set(key, legend);
    }
    return legend;
  };

  const m = translator(chartMessages, opts.lang);
  const jobs: Promise<ChartImage | Diagnostic>[] = [];
  try {
    for (const ind of plan.indicators) {
      const results = byIndicator.get(ind.id);
      const data = results && chartData(plan, ind, results, { lang: labelLang, ...(colors ? { colors } : {}) });
      if (!data) continue;
      const t0 = performance.now();
      const unit = ind.unit[labelLang];
      const title = labelLang === "zh" ? `${ind.name.zh}（${unit}）` : `${ind.name.en} (${unit})`;
      const chart = drawChart(data, numberFont);
      const job = legendFor(data).then(async (legend) => {
        // In pictures the title is left to the caption beside them: every CJK glyph costs resvg milliseconds (CFF fonts ~4 ms each, every time)
        const composed = composeChart(chart, opts.png ? "" : title, labelFont, legend);
        const png = pool ? await pool.render(composed.svg, chartResvg) : undefined;
        return { indicator: ind.id, title, svg: composed.svg, ...(png ? { png } : {}), width: composed.width, height: composed.height, ms: performance.now() - t0 };
      });
      // A chart resvg refuses is left out with a warning; the other charts and the report go on.
      jobs.push(
        job.catch((e: unknown) => {
          const reason = e instanceof Error ? e.message : String(e);
          return { code: "chart-failed", severity: "warning", message: m("chart-failed", { indicator: ind.id, reason }), indicator: ind.id } satisfies Diagnostic;
        }),
      );
    }
    // Both lists keep the plan's order, whichever worker finished first.
    const done = await Promise.all(jobs);
    const charts = done.filter((c): c is ChartImage => "svg" in c);
    const diagnostics = done.filter((c): c is Diagnostic => !("svg" in c));
    return { charts, labelLang, ms: performance.now() - start, diagnostics };
  } finally {
    await pool?.close();
  }
}
