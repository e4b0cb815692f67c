#!/usr/bin/env node
// `npm run bench`: for each data size, validate (against csv-parse and exceljs alone on the same files),
// ingest into a fresh database, check --db as JSON and as an 80-column table; then report (XLSX + HTML)
// for a 100-region database and for the bundled sample, and the start-up cost of a small validate. Every
// figure is the median of --runs runs taken round-robin over the commands (A B C A B C …), each run a fresh
// process: CPU s = user + sys and peak RSS from the process itself, wall s from here. Printed beside the
// review's figures (issue 11) and the aims, then one JSON line with every figure.
// Options: --sizes 10k,100k,1M (default) · --big (adds 3.42M: 2,850 regions × 120 indicators × 10 years)
//          --runs 3 · --timeout 300 (seconds per run; a slower run prints "> N s" and is not repeated)
//          --only validate,ingest,check,report,startup · --out bench/out (data cache) · --rows N (one size)
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeData } from "./make-data.js";
import { runChild } from "./run-child.js";
import { aimsFor, baselineFor, median, parseSize } from "./review-figures.js";

const GROUPS = ["validate", "ingest", "check", "report", "startup"];
const XLSX_MAX_ROWS = 100_000;
const NATIONAL = { label: "3.42M", shape: { regions: 2850, indicators: 120 } };

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10k,100k,1M" },
    big: { type: "boolean", default: false },
    rows: { type: "string" },
    runs: { type: "string", default: "3" },
    timeout: { type: "string", default: "300" },
    only: { type: "string", default: GROUPS.join(",") },
    out: { type: "string", default: "bench/out" },
  },
});
const fail = (msg) => {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
};
const runs = Number(values.runs), timeoutS = Number(values.timeout);
if (!Number.isInteger(runs) || runs < 1) fail("--runs must be a positive whole number");
if (!(timeoutS > 0)) fail("--timeout must be a positive number of seconds");
const only = new Set(values.only.split(",").map((s) => s.trim()));
for (const g of only) if (!GROUPS.includes(g)) fail(`--only: unknown group ${g} (${GROUPS.join(", ")})`);

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..");
const bin = path.join(root, "bin/hld-women.js");
const sample = path.join(root, "fixtures/sample/huludao-2020-2024.csv");
if (!existsSync(path.join(root, "dist/cli/run.js"))) fail("dist/ is missing: run `npm run build` first");
const out = path.resolve(values.out);
const tmp = path.join(out, `tmp-${process.pid}`);
mkdirSync(tmp, { recursive: true });
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));

const labels = values.rows !== undefined ? [values.rows] : values.sizes.split(",").map((s) => s.trim()).filter(Boolean);
if (values.big && !labels.includes(NATIONAL.label)) labels.push(NATIONAL.label);
let sizes;
try {
  sizes = labels.map((label) => ({ label, shape: label === NATIONAL.label ? NATIONAL.shape : { rows: parseSize(label) } }));
} catch (e) {
  fail(e.message);
}

/** The data of one shape under OUT/<name>: generated once and kept while the shape is the same. */
async function dataFor(name, shape) {
  const dir = path.join(out, name);
  const stamp = path.join(dir, "shape.json");
  const want = JSON.stringify(shape);
  if (existsSync(stamp)) {
    const had = JSON.parse(readFileSync(stamp, "utf8"));
    if (JSON.stringify(had.shape) === want) return { dir, ...had.info };
  }
  process.stderr.write(`generating ${name} (${want}) in ${dir} …\n`);
  rmSync(dir, { recursive: true, force: true });
  const info = await makeData(shape.rows ?? 1, dir, shape);
  writeFileSync(stamp, JSON.stringify({ shape, info }));
  return { dir, ...info };
}

const removeDb = (db) => ["", "-wal", "-shm", "-journal"].forEach((s) => rmSync(db + s, { force: true }));

/** An untimed ingest that builds a database for check and report when no timed ingest does. */
async function prepareDb(data) {
  const db = path.join(data.dir, "bench.db");
  removeDb(db);
  process.stderr.write(`ingesting ${data.dir} into ${db} (untimed) …\n`);
  const r = await runChild([bin, "ingest", path.join(data.dir, "data.csv"), "--db", db, "--plan", path.join(data.dir, "plan.yaml"), "-f", "json", "-o", path.join(tmp, "prep.json")], { cwd: root, timeoutS: timeoutS * 4, rusageFile: path.join(tmp, "rusage.json") });
  if (r.failed || r.timed_out) process.stderr.write(`  could not prepare ${db}: ${r.failed ?? "timed out"}\n`);
}

// The figures: each a command at a size, with how to run it once.
const figures = [];
const add = (command, size, rows, spec) => figures.push({ command, size, rows, spec, samples: [], timed_out: false, failed: null });
if (!["validate", "ingest", "check"].some((g) => only.has(g))) sizes = [];
for (const size of sizes) {
  const data = await dataFor(size.label, size.shape);
  size.data = data;
  const csv = path.join(data.dir, "data.csv"), xlsx = path.join(data.dir, "data.xlsx"), plan = path.join(data.dir, "plan.yaml");
  const db = path.join(data.dir, "bench.db");
  const measure = (kind, file, extra = []) => ({ measure: true, args: () => [path.join(here, "measure.js"), kind, file, ...extra] });
  if (only.has("validate")) {
    add("csv-parse", size.label, data.rows, measure("csv-parse", csv));
    add("validate", size.label, data.rows, measure("validate", csv, [plan]));
    add("plan-load", size.label, null, measure("plan", plan));
    if (data.rows <= XLSX_MAX_ROWS) {
      add("exceljs", size.label, data.xlsxRows, measure("exceljs", xlsx));
      add("validate-xlsx", size.label, data.xlsxRows, measure("validate", xlsx, [plan]));
    }
  }
  if (only.has("ingest")) {
    removeDb(db); // the first timed ingest builds it, so check never reads a stale one
    add("ingest", size.label, data.rows, {
      args: (r) => [bin, "ingest", csv, "--db", path.join(tmp, `ingest-${r}.db`), "--plan", plan, "-f", "json", "-o", path.join(tmp, "ingest.json")],
      after: (r, result) => {
        const fresh = path.join(tmp, `ingest-${r}.db`);
        if (!existsSync(db) && !result.failed && !result.timed_out) renameSync(fresh, db);
        removeDb(fresh);
      },
    });
  }
  if (only.has("check")) {
    if (!only.has("ingest")) await prepareDb(data);
    const needs = { needsDb: db };
    add("check-json", size.label, data.rows, { ...needs, args: () => [bin, "check", "--db", db, "--plan", plan, "-f", "json", "-o", path.join(tmp, "check.json")] });
    add("check-table", size.label, data.rows, { ...needs, args: () => [bin, "check", "--db", db, "--plan", plan, "-f", "table", "-o", path.join(tmp, "check.txt")] });
  }
}
if (only.has("report")) {
  const r100 = await dataFor("r100", { regions: 100 });
  await prepareDb(r100);
  const db = path.join(r100.dir, "bench.db");
  add("report-100", "100 regions", r100.rows, { needsDb: db, args: () => [bin, "report", "--db", db, "--plan", path.join(r100.dir, "plan.yaml"), "-o", path.join(tmp, "r100.xlsx"), "--html", path.join(tmp, "r100.html")] });
  add("report-sample", "sample", null, { args: () => [bin, "report", sample, "-o", path.join(tmp, "sample.xlsx"), "--html", path.join(tmp, "sample.html")] });
}
if (only.has("startup")) {
  add("node-bare", "-", null, { args: () => ["-e", "0"] });
  add("validate-sample", "sample", null, { args: () => [bin, "validate", sample, "-f", "json"] });
}

// Round-robin: run r of every figure before run r + 1 of any.
for (let r = 0; r < runs; r++)
  for (const fig of figures) {
    if (fig.timed_out || fig.failed) continue;
    if (fig.spec.needsDb && !existsSync(fig.spec.needsDb)) {
      fig.failed = "no database (the ingest failed)";
      continue;
    }
    const result = await runChild(fig.spec.args(r), { cwd: root, timeoutS, rusageFile: path.join(tmp, "rusage.json") });
    fig.spec.after?.(r, result);
    if (fig.spec.measure && !result.failed && !result.timed_out) {
      try {
        const m = JSON.parse(result.stdout.trim().split("\n").pop());
        Object.assign(result, { rows: m.rows, in_process_s: m.seconds, in_process_cpu_s: m.in_process_cpu_s, rows_per_s: m.rows_per_s });
      } catch {
        result.failed = "no figures printed";
      }
    }
    delete result.stdout;
    if (result.timed_out) fig.timed_out = true;
    else if (result.failed) fig.failed = result.failed;
    else fig.samples.push(result);
    const shown = result.timed_out ? `> ${timeoutS} s` : result.failed ? `failed: ${result.failed}` : `${result.wall_s.toFixed(2)} s wall, ${result.cpu_s?.toFixed(2)} s CPU, ${result.rss_mb?.toFixed(0)} MB`;
    process.stderr.write(`[${r + 1}/${runs}] ${fig.command} ${fig.size}: ${shown}\n`);
  }

// Medians, then aims (some compare with another figure's median).
for (const f of figures) {
  const m = (k) => median(f.samples.map((s) => s[k]));
  f.cpu_s = m("cpu_s");
  f.wall_s = m("wall_s");
  f.rss_mb = m("rss_mb");
  f.in_process_s = f.spec.measure ? m("in_process_s") : null;
  f.in_process_cpu_s = f.spec.measure ? m("in_process_cpu_s") : null;
  const throughput = f.command === "ingest" || f.command.startsWith("check-");
  f.rows_per_s = f.command === "plan-load" ? null : f.spec.measure ? m("rows_per_s") : throughput && f.wall_s ? f.rows / f.wall_s : null;
}
const get = (command, size) => figures.find((f) => f.command === command && f.size === size) ?? null;
for (const f of figures) {
  f.baseline = baselineFor(f.command, f.size);
  f.aims = aimsFor(f, get);
  f.met = f.aims.length === 0 ? null : f.aims.some((a) => a.met === false) ? false : f.aims.some((a) => a.met === null) ? null : true;
}

const NAMES = {
  "csv-parse": "csv-parse alone (baseline)",
  validate: "validate CSV",
  "plan-load": "  of which loading the plan",
  exceljs: "exceljs reader alone (baseline)",
  "validate-xlsx": "validate XLSX",
  ingest: "ingest (fresh DB)",
  "check-json": "check --db -f json",
  "check-table": "check --db table (80 col)",
  "report-100": "report --db xlsx+html",
  "report-sample": "report sample xlsx+html",
  "node-bare": "node -e 0 (baseline)",
  "validate-sample": "validate sample (2.4k rows)",
};
const fmt = (n, d = 0) => (n === null || n === undefined ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }));
const review = (b) => (!b ? "" : b.note ?? `${b.cpu_s} s / ${b.rss_mb >= 1000 ? `${fmt(b.rss_mb / 1000, 1)} GB` : `${b.rss_mb} MB`}`);
const cols = [
  ["command", 31, (f) => NAMES[f.command] ?? f.command, "padEnd"],
  ["size", 11, (f) => f.size, "padEnd"],
  ["rows", 10, (f) => fmt(f.rows)],
  ["CPU s", 8, (f) => (f.timed_out || f.failed ? "—" : fmt(f.cpu_s, 2))],
  ["wall s", 9, (f) => (f.timed_out ? `> ${timeoutS}` : f.failed ? "failed" : fmt(f.wall_s, 2))],
  ["peak MB", 8, (f) => (f.timed_out || f.failed ? "—" : fmt(f.rss_mb))],
  ["rows/s", 10, (f) => (f.timed_out || f.failed ? "" : fmt(f.rows_per_s ?? undefined).replace("—", ""))],
  ["review (CPU/RSS)", 25, (f) => review(f.baseline), "padEnd"],
  ["aim", 0, (f) => f.aims.map((a) => `${a.text}: ${a.met === true ? "met" : a.met === false ? "NOT met" : "not measurable"}`).join("; "), "padEnd"],
];
const row = (cells) => cells.map((c, i) => (cols[i][3] === "padEnd" ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join("  ").trimEnd();
console.log(`${runs === 1 ? "one run" : `medians of ${runs} interleaved runs`}, timeout ${timeoutS} s per run; review = the issue-11 review's figures (2-core machine, CPU s / peak RSS)`);
console.log(row(cols.map((c) => c[0])));
for (const f of figures) {
  console.log(row(cols.map((c) => c[2](f))));
  if (f.failed) console.log(`${"".padEnd(33)}failed: ${f.failed}`);
}

// Ratios: validate against the raw readers on the same file (in-process times, without node's start-up).
const ratios = {};
for (const size of sizes) {
  const csvBase = get("csv-parse", size.label), csvVal = get("validate", size.label), plan = get("plan-load", size.label);
  const xBase = get("exceljs", size.label), xVal = get("validate-xlsx", size.label);
  const r = {};
  if (csvBase?.rows_per_s && csvVal?.rows_per_s) {
    r.csv = csvVal.rows_per_s / csvBase.rows_per_s;
    r.csv_cpu = csvVal.rows / csvVal.in_process_cpu_s / (csvBase.rows / csvBase.in_process_cpu_s);
    if (plan?.in_process_s && csvVal.in_process_s > plan.in_process_s) r.csv_read_phase = csvVal.rows / (csvVal.in_process_s - plan.in_process_s) / csvBase.rows_per_s;
  }
  if (xBase?.rows_per_s && xVal?.rows_per_s) {
    r.xlsx = xVal.rows_per_s / xBase.rows_per_s;
    r.xlsx_cpu = xVal.rows / xVal.in_process_cpu_s / (xBase.rows / xBase.in_process_cpu_s);
  }
  if (Object.keys(r).length) {
    ratios[size.label] = r;
    const pc = (x) => (x === undefined || !Number.isFinite(x) ? "—" : `${fmt(100 * x)}%`);
    const csvText = r.csv === undefined ? "" : `CSV ${pc(r.csv_cpu)} of csv-parse's speed by CPU, ${pc(r.csv)} by wall (read phase only, without the plan load: ${pc(r.csv_read_phase)})`;
    const xlsxText = r.xlsx === undefined ? "" : `XLSX ${pc(r.xlsx_cpu)} of exceljs's by CPU, ${pc(r.xlsx)} by wall`;
    console.log(`validate at ${size.label}: ${[csvText, xlsxText].filter(Boolean).join("; ")}`);
  }
}
const bare = get("node-bare", "-"), small = get("validate-sample", "sample");
if (bare?.wall_s && small?.wall_s) console.log(`validate of the sample: +${fmt((small.wall_s - bare.wall_s) * 1000)} ms over bare node`);
if ((only.has("ingest") || only.has("check")) && !sizes.some((s) => s.label === NATIONAL.label)) console.log(`not measured: the aims at 3.42M (ingest ≥ 150k rows/s and ≤ 400 MB, check --db -f json ≤ 1 GB): run with --big`);

// The report's steps (read, assess, fonts, workbook with charts, HTML) for the sample, once, in-process.
let reportSteps = null;
if (only.has("report")) {
  const r = await runChild([path.join(here, "report-bench.mjs"), "--json", "--runs", "1"], { cwd: root, timeoutS, rusageFile: path.join(tmp, "rusage.json") });
  if (!r.failed && !r.timed_out) {
    const lines = r.stdout.trim().split("\n");
    reportSteps = JSON.parse(lines.pop());
    console.log(lines.join("\n"));
  } else process.stderr.write(`report steps: ${r.failed ?? "timed out"}\n`);
}

const counts = { met: 0, not_met: 0, not_measurable: 0 };
for (const f of figures) for (const a of f.aims) counts[a.met === true ? "met" : a.met === false ? "not_met" : "not_measurable"]++;
console.log(`aims: ${counts.met} met, ${counts.not_met} NOT met, ${counts.not_measurable} not measurable`);
const round = (x, d) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
console.log(
  JSON.stringify({
    node: process.version,
    runs,
    timeout_s: timeoutS,
    sizes: sizes.map((s) => ({ size: s.label, rows: s.data.rows, regions: s.data.regions, indicators: s.data.indicators })),
    figures: figures.map((f) => ({
      command: f.command,
      size: f.size,
      rows: f.rows,
      runs: f.samples.length,
      cpu_s: round(f.cpu_s, 3),
      wall_s: round(f.wall_s, 3),
      rss_mb: round(f.rss_mb, 1),
      rows_per_s: round(f.rows_per_s, 0),
      in_process_s: round(f.in_process_s, 3),
      in_process_cpu_s: round(f.in_process_cpu_s, 3),
      timed_out: f.timed_out,
      failed: f.failed,
      baseline: f.baseline,
      aim: f.aims.length ? f.aims.map((a) => a.text).join("; ") : null,
      met: f.met,
      samples: f.samples.map((s) => ({ cpu_s: round(s.cpu_s, 3), wall_s: round(s.wall_s, 3), rss_mb: round(s.rss_mb, 1) })),
    })),
    ratios,
    report_steps: reportSteps,
    aims: counts,
  }),
);
