#!/usr/bin/env node
// `npm run bench`: validate throughput and peak memory side by side with the raw baselines on the
// same files (csv-parse alone, exceljs's streaming reader alone), the start-up cost of a small
// validate against a bare `node -e 0`, and the full Excel report. Ends with one JSON line of every figure.
// Options: --rows N (default 1,000,000), --out DIR (default bench/out), --runs K for the small-file timing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { makeData } from "./make-data.js";

const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" }, out: { type: "string", default: "bench/out" }, runs: { type: "string", default: "7" } } });
const rows = Number(values.rows), out = values.out, runs = Number(values.runs);
const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..");

if (!existsSync(path.join(root, "dist/cli/run.js"))) {
  process.stderr.write("dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}

const stamp = path.join(out, "rows.txt");
if (!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== String(rows)) {
  process.stderr.write(`generating ${rows} rows in ${out} …\n`);
  await makeData(rows, out);
  (await import("node:fs")).writeFileSync(stamp, String(rows));
}
const plan = path.join(out, "plan.yaml"), csv = path.join(out, "data.csv"), xlsx = path.join(out, "data.xlsx");

function measure(kind, file, extra = []) {
  const r = spawnSync(process.execPath, [path.join(here, "measure.js"), kind, file, ...extra], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  if (r.stderr) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    try {
      execFileSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    } catch (e) {
      if (e.status === 2) throw new Error(`${args.join(" ")} could not run`);
    }
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

const csvBase = measure("csv-parse", csv);
const csvVal = measure("validate", csv, [plan]);
const xlsxBase = measure("exceljs", xlsx);
const xlsxVal = measure("validate", xlsx, [plan]);
const planLoad = measure("plan", plan);
const small = path.join(root, "fixtures/sample/huludao-2020-2024.csv");
const bare = wall(["-e", "0"]);
const smallValidate = wall([path.join(root, "bin/hld-women.js"), "validate", small, "-f", "json"]);

let report = null;
if (existsSync(path.join(here, "report-bench.mjs"))) {
  const r = spawnSync(process.execPath, [path.join(here, "report-bench.mjs"), "--json"], { cwd: root, encoding: "utf8" });
  if (r.status === 0) report = JSON.parse(r.stdout.trim().split("\n").pop());
  else process.stderr.write(`report bench failed: ${r.stderr}\n`);
}

const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (name, m, base) =>
  `${name.padEnd(34)} ${fmt(m.rows).padStart(10)} ${fmt(m.seconds, 2).padStart(8)} ${fmt(m.rows_per_s).padStart(12)} ${fmt(m.peak_rss_mb).padStart(9)}${base ? `   ${fmt((100 * m.rows_per_s) / base.rows_per_s)}% of baseline` : ""}`;
console.log(`${"measurement".padEnd(34)} ${"rows".padStart(10)} ${"s".padStart(8)} ${"rows/s".padStart(12)} ${"peak MB".padStart(9)}`);
console.log(line("csv-parse alone (baseline)", csvBase));
console.log(line("hld-women validate CSV", csvVal, csvBase));
console.log(line("exceljs streaming alone (baseline)", xlsxBase));
console.log(line("hld-women validate XLSX", xlsxVal, xlsxBase));
console.log(`${`  of which loading the plan (${fmt(planLoad.rows)} regions)`.padEnd(34)} ${"".padStart(10)} ${fmt(planLoad.seconds, 2).padStart(8)}   read phase only: CSV ${fmt((100 * rows) / (csvVal.seconds - planLoad.seconds) / csvBase.rows_per_s)}%, XLSX ${fmt((100 * xlsxVal.rows) / (xlsxVal.seconds - planLoad.seconds) / xlsxBase.rows_per_s)}% of baseline`);
console.log(`${"node -e 0 (baseline)".padEnd(34)} ${"".padStart(10)} ${fmt(bare, 3).padStart(8)}`);
console.log(`${"hld-women validate sample (2.4k rows)".padEnd(34)} ${"".padStart(10)} ${fmt(smallValidate, 3).padStart(8)}   +${fmt((smallValidate - bare) * 1000)} ms over bare node`);
if (report) console.log(`${"hld-women report (sample → xlsx)".padEnd(34)} ${"".padStart(10)} ${fmt(report.seconds, 2).padStart(8)} ${"".padStart(12)} ${fmt(report.peak_rss_mb).padStart(9)}`);
const aims = {
  csv_ratio: csvVal.rows_per_s / csvBase.rows_per_s,
  csv_peak_rss_mb: csvVal.peak_rss_mb,
  xlsx_ratio: xlsxVal.rows_per_s / xlsxBase.rows_per_s,
  small_validate_s: smallValidate,
};
console.log(`aims: CSV ≥ 70% of csv-parse: ${aims.csv_ratio >= 0.7 ? "met" : "NOT met"} · peak RSS ≤ 250 MB: ${aims.csv_peak_rss_mb <= 250 ? "met" : "NOT met"} · XLSX ≥ 80% of exceljs: ${aims.xlsx_ratio >= 0.8 ? "met" : "NOT met"} · small file < 0.5 s: ${smallValidate < 0.5 ? "met" : "NOT met"}`);
console.log(JSON.stringify({ rows, csv: { baseline: csvBase, validate: csvVal }, xlsx: { baseline: xlsxBase, validate: xlsxVal }, plan_load: planLoad, startup: { node_bare_s: bare, validate_small_s: smallValidate }, report, aims }));
