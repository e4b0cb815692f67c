#!/usr/bin/env node
// Deterministic benchmark data: DIR/plan.yaml (the bundled plan plus enough synthetic county-level
// regions for N distinct observations), DIR/data.csv (N valid long-layout rows) and DIR/data.xlsx
// (min(N, 100,000) rows). With --regions R (and optionally --indicators I) the shape is given instead of
// the row count: R county-level regions × I indicators × 10 years, e.g. the national outline
// 2,850 × 120 × 10 = 3.42M rows; indicators beyond the plan's county-level ones are synthetic copies.
// Usage: npm run bench:data -- --rows N --out DIR   or   npm run bench:data -- --regions R --indicators I --out DIR
import { mkdirSync, readFileSync, createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import ExcelJS from "exceljs";

const XLSX_MAX_ROWS = 100_000;
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const HEADER = "指标代码,指标名称,地区代码,地区,年份,数值,单位,备注";

/** mulberry32: a small seeded PRNG, so every run writes the same bytes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A smooth, plausible series inside the indicator's bounds (no implausible year-on-year jumps). */
function seriesFor(ind, r) {
  const min = ind.bounds?.min ?? 0;
  const max = ind.bounds?.max ?? (ind.unit.zh === "%" ? 100 : min + 100);
  const base = min + (max - min) * (0.4 + 0.4 * r());
  const slope = (max - min) * (r() - 0.4) * 0.004;
  return YEARS.map((_, i) => Math.round(Math.min(max, Math.max(min, base + slope * i + (max - min) * (r() - 0.5) * 0.004)) * 100) / 100);
}

/**
 * Add synthetic copies of plain indicators (no formula, no aliases) to their goals until the plan has
 * `wanted` county-level ones; returns the county-level indicators.
 */
function widenIndicators(plan, wanted) {
  const goals = plan.areas.flatMap((a) => a.goals);
  const county = (i) => !i.levels || i.levels.includes("county");
  const indicators = goals.flatMap((g) => g.indicators).filter(county);
  const plain = goals.flatMap((g) => g.indicators.filter((i) => county(i) && !i.formula && i.aggregate !== "formula").map((i) => [g, i]));
  for (let k = 0; indicators.length < wanted; k++) {
    const [goal, ind] = plain[k % plain.length];
    const copy = Math.floor(k / plain.length) + 1;
    const { aliases: _aliases, baseline: _baseline, ...rest } = ind;
    const clone = { ...rest, id: `${ind.id}_syn${copy}`, name: { zh: `${ind.name.zh}（合成${copy}）`, en: `${ind.name.en} (synthetic ${copy})` } };
    goal.indicators.push(clone);
    indicators.push(clone);
  }
  return indicators;
}

/**
 * Write DIR/plan.yaml, DIR/data.csv and DIR/data.xlsx for `rows` observations, or, with `shape.regions`,
 * for exactly regions × indicators × 10 years (shape.indicators defaults to the plan's county-level ones).
 */
export async function makeData(rows, out, shape = {}) {
  mkdirSync(out, { recursive: true });
  const planPath = new URL("../plan/huludao-women/v1.yaml", import.meta.url);
  const plan = parse(readFileSync(planPath, "utf8"));
  const indicators = widenIndicators(plan, shape.indicators ?? 0);
  const perRegion = indicators.length * YEARS.length;
  if (shape.regions) rows = shape.regions * perRegion;
  const synthetic = Math.max(0, Math.ceil(rows / perRegion) - 6);
  for (let i = 0; i < synthetic; i++) {
    const code = String(300000 + i);
    plan.regions.push({ code, name: { zh: `合成县${i + 1}`, en: `Synthetic County ${i + 1}` }, level: "county", parent: "211400" });
  }
  const counties = plan.regions.filter((r) => r.level === "county");
  writeFileSync(path.join(out, "plan.yaml"), `# Benchmark plan: the bundled plan with ${synthetic} synthetic counties and ${indicators.length} county-level indicators.\n` + stringify(plan, { lineWidth: 0 }));

  const r = rng(20211030);
  const csv = createWriteStream(path.join(out, "data.csv"));
  csv.write("\uFEFF" + HEADER + "\r\n");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(out, "data.xlsx"), useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("监测数据");
  ws.addRow(HEADER.split(",")).commit();
  let n = 0;
  outer: for (const region of counties)
    for (const ind of indicators) {
      const series = seriesFor(ind, r);
      for (const [yi, year] of YEARS.entries()) {
        if (n >= rows) break outer;
        const v = series[yi];
        const line = `${ind.id},${ind.name.zh.includes(",") ? `"${ind.name.zh}"` : ind.name.zh},${region.code},${region.name.zh},${year},${v},${ind.unit.zh},\r\n`;
        if (!csv.write(line)) await once(csv, "drain");
        if (n < XLSX_MAX_ROWS) ws.addRow([ind.id, ind.name.zh, region.code, region.name.zh, year, v, ind.unit.zh, null]).commit();
        n++;
      }
    }
  csv.end();
  await once(csv, "finish");
  ws.commit();
  await wb.commit();
  return { rows: n, xlsxRows: Math.min(n, XLSX_MAX_ROWS), regions: counties.length, indicators: indicators.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, regions: { type: "string" }, indicators: { type: "string" }, out: { type: "string", default: "bench/out" } } });
  const whole = (name, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      process.stderr.write(`--${name} must be a positive whole number\n`);
      process.exit(2);
    }
    return n;
  };
  const rows = whole("rows", values.rows);
  const shape = { regions: values.regions === undefined ? undefined : whole("regions", values.regions), indicators: values.indicators === undefined ? undefined : whole("indicators", values.indicators) };
  const info = await makeData(rows, values.out, shape);
  process.stdout.write(`wrote ${info.rows} rows (${info.xlsxRows} in XLSX) for ${info.regions} counties × ${info.indicators} indicators × ${YEARS.length} years to ${values.out}\n`);
}
