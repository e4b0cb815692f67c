/** `check <data files…>`: read the data, assess it against the plan, report; exit 1 on findings at the --fail-on level. */
import { appendFileSync } from "node:fs";
import path from "node:path";
import { Chalk, type ChalkInstance } from "chalk";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator, type Translate } from "../../i18n/messages.js";
import { AREA_IDS, type AreaId, type Plan } from "../../model/plan.js";
import type { MethodId, Report } from "../../model/report.js";
import { countSeverities, type Diagnostic } from "../../model/diagnostic.js";
import { diagnosticsReporters } from "../../reporters/diagnostics/index.js";
import { checkReporters, CHECK_FORMATS } from "../../reporters/assessment/index.js";
import { checkCommandMessages, type CheckCommandMessageKey } from "../../reporters/check/command-messages.js";
import { buildRegionIndex, resolveRegion } from "../../ingest/resolve-region.js";
import { buildIndicatorIndex, resolveIndicator } from "../../ingest/resolve-indicator.js";
import { readData, type ReadData } from "../read-data.js";
import type { Observation } from "../../model/observation.js";
import { progressLine } from "./validate.js";
import { assess, DEFAULT_THRESHOLDS, type Thresholds } from "../../assess/index.js";
import { VERSION } from "../../version.js";

/** The --method choices (a test keeps them equal to the assessment's METHOD_IDS). */
export const METHODS = ["eurostat", "sdsn", "unsd", "weather"] as const satisfies readonly MethodId[];
/** The --fail-on choices, the default first. */
export const FAIL_ON = ["red", "warning", "none"] as const;
/** When `check` exits 1. */
export type FailOn = (typeof FAIL_ON)[number];

/** The options `check` and `explain` share, as commander hands them over. */
export interface AssessFlags {
  asOf?: string;
  region?: string;
  area?: string;
  indicator?: string;
  method?: string;
  sheet?: string;
  encoding?: string;
  /** Read from the monitoring database instead of files. */
  db?: string;
  /** Threshold overrides, "name=value". */
  threshold?: string[];
}

/** Parse --threshold name=value overrides against the known thresholds. */
export function thresholdOptions(values: readonly string[] | undefined, m: Translate<CheckCommandMessageKey>): Partial<Thresholds> {
  const out: Partial<Thresholds> = {};
  const names = Object.keys(DEFAULT_THRESHOLDS);
  for (const v of values ?? []) {
    const match = /^\s*([a-z_]+)\s*=\s*(-?[0-9.]+(?:e-?\d+)?)\s*$/i.exec(v);
    const name = match?.[1];
    const num = Number(match?.[2]);
    if (!name || !names.includes(name) || !Number.isFinite(num)) throw new CliError(m("bad-threshold", { value: v, choices: names.join(", ") }));
    (out as Record<string, number>)[name] = num;
  }
  return out;
}

/** What an assessment run produced. */
export interface Assessment {
  plan: Plan;
  report: Report;
  /** Every usable observation read (the report's time series sheet needs them). */
  observations: Observation[];
  /** The region code --region named, when it named one. */
  region?: string;
  input: { files: number; rows: number };
}

/** The colours for the report: none when it goes to a file, whatever the terminal is. */
export function reportChalk(ctx: Context): ChalkInstance {
  return ctx.output ? new Chalk({ level: 0 }) : ctx.chalk;
}

/** Diagnostics that stop a command, on stderr. */
export function printDiagnostics(ctx: Context, ds: Diagnostic[], input = { files: 1, rows: 0 }): void {
  if (ds.length) ctx.io.stderr.write(diagnosticsReporters.table({ version: VERSION, summary: { ...input, ...countSeverities(ds) }, diagnostics: ds }, ctx));
}

function oneOf<T extends string>(value: string | undefined, choices: readonly T[], fallback: T, error: () => CliError): T {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (!(choices as readonly string[]).includes(v)) throw error();
  return v as T;
}

/** The plan region a --region value names (code, name or alias), undefined for "all" or none. */
export function regionOption(plan: Plan, value: string | undefined, m: Translate<CheckCommandMessageKey>): string | undefined {
  if (value === undefined || value.trim().toLowerCase() === "all") return undefined;
  const i = resolveRegion(buildRegionIndex(plan), value);
  const choices = plan.regions.map((r) => `${r.code} ${r.name.zh}`).join(", ");
  if (i < 0) throw new CliError(m("unknown-region", { value, choices }));
  return plan.regions[i]!.code;
}

/** The plan indicator id an option or argument names (id, name or alias). */
export function indicatorOption(plan: Plan, value: string, m: Translate<CheckCommandMessageKey>): string {
  const hit = resolveIndicator(buildIndicatorIndex(plan), value);
  if (!hit) throw new CliError(m("unknown-indicator", { value }));
  return plan.indicators[hit.index]!.id;
}

function asOfOption(plan: Plan, value: string | undefined, m: Translate<CheckCommandMessageKey>): number | undefined {
  if (value === undefined) return undefined;
  const min = plan.base_year, max = plan.period.end;
  const y = /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  if (!(y >= min && y <= max)) throw new CliError(m("bad-as-of", { value, min, max }));
  return y;
}

function areaOption(plan: Plan, value: string | undefined, m: Translate<CheckCommandMessageKey>): AreaId | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  const area = plan.areas.find((a) => a.id === v || a.name.zh === value.trim() || a.name.en.toLowerCase() === v);
  if (!area) throw new CliError(m("unknown-area", { value, choices: AREA_IDS.join(", ") }));
  return area.id;
}

/** Load the plan, check the options, read the data and assess it (shared by check and explain). */
export async function runAssessment(ctx: Context, files: string[], o: AssessFlags, extra: { plan?: Plan; indicator?: string; quiet?: boolean } = {}): Promise<Assessment> {
  const m = translator(checkCommandMessages, ctx.lang);
  const method = oneOf(o.method, METHODS, "eurostat", () => new CliError(m("bad-method", { value: o.method, choices: METHODS.join(", ") })));
  const plan = extra.plan ?? requirePlan(ctx, (ds) => printDiagnostics(ctx, ds));
  const asOf = asOfOption(plan, o.asOf, m);
  const region = regionOption(plan, o.region, m);
  const area = areaOption(plan, o.area, m);
  const indicator = extra.indicator ?? (o.indicator !== undefined ? indicatorOption(plan, o.indicator, m) : undefined);
  // The same progress line as validate: only on a terminal, after a slow second, never for machine formats or in CI.
  const progress = progressLine(ctx, !(extra.quiet ?? false));
  let read: ReadData;
  try {
    read = await readData(ctx, plan, files, { db: o.db, encoding: o.encoding, sheet: o.sheet, region, onProgress: progress.onProgress });
  } finally {
    progress.clear();
  }
  const input = { files: read.files, rows: read.rows };
  if (read.observations.length === 0) {
    printDiagnostics(ctx, read.diagnostics, input);
    throw new CliError(m("no-data"));
  }
  // A filtered view carries the data problems of what it shows, and those that name no indicator or region (a whole file, a header).
  const areaOf = new Map(plan.indicators.map((i) => [i.id, i.area]));
  const diagnostics = read.diagnostics.filter(
    (d) => (!region || !d.region || d.region === region) && (!indicator || !d.indicator || d.indicator === indicator) && (!area || !d.indicator || areaOf.get(d.indicator) === area),
  );
  const thresholds = thresholdOptions(o.threshold, m);
  const report = assess(plan, read.observations, { asOf, method, region, area, indicator, lang: ctx.lang, diagnostics, thresholds });
  if (report.results.length === 0) {
    printDiagnostics(ctx, read.diagnostics, input);
    const filter = [o.region && `--region ${o.region}`, o.area && `--area ${o.area}`, (extra.indicator ?? o.indicator) && `--indicator ${extra.indicator ?? o.indicator}`].filter(Boolean).join(" ");
    throw new CliError(m("no-results", { filter: filter || m("filter-none") }));
  }
  return { plan, report, observations: read.observations, input, ...(region ? { region } : {}) };
}

/** Whether the report has findings at the --fail-on level (data errors count as red, data warnings as yellow). */
export function hasFindings(report: Report, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  const d = countSeverities(report.diagnostics);
  const w = report.summary.warnings;
  return failOn === "red" ? w.red > 0 || d.errors > 0 : w.red + w.yellow > 0 || d.errors + d.warnings > 0;
}

/** Run `check`. */
export async function check(ctx: Context, files: string[], o: AssessFlags & { failOn?: string }): Promise<number> {
  const m = translator(checkCommandMessages, ctx.lang);
  const format = pickFormat(ctx, CHECK_FORMATS);
  const failOn = oneOf(o.failOn, FAIL_ON, "red", () => new CliError(m("bad-fail-on", { value: o.failOn, choices: FAIL_ON.join(", ") })));
  const { plan, report, input } = await runAssessment(ctx, files, o, { quiet: format !== "table" });
  const chalk = reportChalk(ctx);
  const width = ctx.io.stdout.columns || Number(ctx.io.env.COLUMNS) || 120;
  emit(ctx, checkReporters[format](report, plan, { lang: ctx.lang, chalk, width, input }), files);
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  if (format === "github" && summaryFile) {
    try {
      appendFileSync(path.resolve(ctx.io.cwd, summaryFile), checkReporters.markdown(report, plan, { lang: ctx.lang, chalk: new Chalk({ level: 0 }), input }) + "\n");
    } catch (err) {
      ctx.io.stderr.write(`hld-women: ${m("step-summary-failed", { detail: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    }
  }
  return hasFindings(report, failOn) ? EXIT.findings : EXIT.ok;
}
