#!/usr/bin/env node
// Time and peak memory of the full Excel report for the bundled sample (7 regions × all indicators × 5 years):
// read → assess → charts (SVG → PNG) → workbook, each step timed, plus the HTML report.
// Usage: node bench/report-bench.mjs [--json] [--runs N]   (needs `npm run build`; --json ends with one JSON line)
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false }, runs: { type: "string", default: "3" } } });
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
if (!existsSync(path.join(root, "dist/xlsx/build-report-workbook.js"))) {
  process.stderr.write("dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}
const sample = path.join(root, "fixtures/sample/huludao-2020-2024.csv");
const { loadPlan } = await import("../dist/plan/load-plan.js");
const { readObservations } = await import("../dist/ingest/index.js");
const { assess } = await import("../dist/assess/index.js");
const { findFonts } = await import("../dist/charts/find-fonts.js");
const { renderCharts } = await import("../dist/charts/render-charts.js");
const { buildReportWorkbook } = await import("../dist/xlsx/build-report-workbook.js");
const { buildReportHtml } = await import("../dist/html/build-report-html.js");

const lap = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
};

const { plan } = loadPlan(undefined, "zh");
const started = performance.now();
const [read, readMs] = await lap(() => readObservations([sample], plan, { lang: "zh" }));
const [report, assessMs] = await lap(() => assess(plan, read.observations, { lang: "zh", diagnostics: read.diagnostics }));
const [fonts, fontMs] = await lap(() => findFonts());
const meta = { lang: "zh", generatedAt: "bench", inputs: [{ file: sample, sha256: "-", rows: read.rows }], fonts };
const [buf, workbookMs] = await lap(() => buildReportWorkbook(report, plan, read.observations, meta));
const firstTotal = performance.now() - started;

// Later runs in the same process (modules loaded, fonts found): the steady state.
const runs = [];
for (let i = 0; i < Number(values.runs); i++) {
  const [set, chartsMs] = await lap(() => renderCharts(report, plan, { lang: "zh", fonts, png: true }));
  const [, wbMs] = await lap(() => buildReportWorkbook(report, plan, read.observations, meta));
  runs.push({ chartsMs, wbMs, perChart: set.charts.map((c) => c.ms), count: set.charts.length });
}
const [html, htmlMs] = await lap(() => buildReportHtml(report, plan, meta));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const last = runs[runs.length - 1];
const figures = {
  kind: "report",
  observations: read.observations.length,
  results: report.results.length,
  charts: last?.count ?? 0,
  cjk_font: fonts.cjk?.file ?? null,
  seconds: firstTotal / 1000,
  steps_ms: { read: readMs, assess: assessMs, fonts: fontMs, workbook_with_charts: workbookMs },
  steady_ms: { charts: median(runs.map((r) => r.chartsMs)), workbook_with_charts: median(runs.map((r) => r.wbMs)), html: htmlMs },
  chart_ms: { median: median(last?.perChart ?? []), max: Math.max(0, ...(last?.perChart ?? [])) },
  xlsx_bytes: buf.length,
  html_bytes: Buffer.byteLength(html),
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
};

const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`report for ${figures.observations} observations, ${figures.results} results, ${figures.charts} charts (CJK font: ${figures.cjk_font ?? "none, English labels"})`);
console.log(`  first run (cold): ${f(firstTotal)} = read ${f(readMs)} + assess ${f(assessMs)} + fonts ${f(fontMs)} + workbook with charts ${f(workbookMs)}`);
console.log(`  steady state:     charts ${f(figures.steady_ms.charts)}, workbook with charts ${f(figures.steady_ms.workbook_with_charts)}, HTML ${f(htmlMs)}`);
console.log(`  per chart (SVG+PNG, with ${4} in flight): median ${figures.chart_ms.median.toFixed(0)} ms, max ${figures.chart_ms.max.toFixed(0)} ms`);
console.log(`  output: ${(buf.length / 1e6).toFixed(1)} MB xlsx, ${(figures.html_bytes / 1e6).toFixed(1)} MB html; peak RSS ${figures.peak_rss_mb.toFixed(0)} MB`);
if (values.json) console.log(JSON.stringify(figures));
