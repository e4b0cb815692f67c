#!/usr/bin/env node
// One measurement in a fresh process, so peak RSS belongs to it alone. Prints one JSON line: rows, seconds
// (in-process, without node's start-up), rows/s, peak RSS, the whole process's CPU seconds (user + sys)
// and the CPU seconds of the measured part alone (in_process_cpu_s).
// Usage: node bench/measure.js csv-parse|exceljs|validate|plan FILE [PLAN]
import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";

const [kind, file, plan] = process.argv.slice(2);
const started = performance.now();
const cpuStarted = process.cpuUsage();
let rows = 0;

if (kind === "csv-parse") {
  const { parse } = await import("csv-parse");
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }));
  for await (const _record of parser) rows++;
  rows -= 1; // the header
} else if (kind === "exceljs") {
  const { default: ExcelJS } = await import("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { entries: "emit", sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore" });
  for await (const sheet of reader) for await (const _row of sheet) rows++;
  rows -= 1;
} else if (kind === "validate") {
  const { run } = await import("../dist/cli/run.js");
  let out = "";
  const sink = { write: (s) => ((out += s), true), isTTY: false };
  const code = await run(["validate", file, "--plan", plan, "-f", "json", "--max-errors", "20"], { stdout: sink, stderr: { write: () => true, isTTY: false }, env: { NO_COLOR: "1" }, cwd: process.cwd() });
  const report = JSON.parse(out);
  rows = report.summary.rows;
  if (code === 2) throw new Error(`validate could not run: ${out}`);
  if (report.summary.errors > 0) process.stderr.write(`note: ${report.summary.errors} errors in benchmark data: ${JSON.stringify(report.diagnostics.slice(0, 3))}\n`);
} else if (kind === "plan") {
  const { loadPlan } = await import("../dist/plan/load-plan.js");
  const { plan } = loadPlan(file, "zh");
  rows = plan?.regions.length ?? 0;
} else {
  process.stderr.write(`unknown measurement ${kind}\n`);
  process.exit(2);
}

const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpu_s = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const inProcess = process.cpuUsage(cpuStarted);
const in_process_cpu_s = (inProcess.user + inProcess.system) / 1e6;
process.stdout.write(JSON.stringify({ kind, rows, seconds, rows_per_s: rows / seconds, peak_rss_mb: usage.maxRSS / 1024, cpu_s, in_process_cpu_s }) + "\n");
