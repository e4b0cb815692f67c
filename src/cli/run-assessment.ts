/** The shared runner of check, explain and report: load the plan, check the options, read the data, assess it. */
import type { Context } from "./context.js";
import { requirePlan } from "./context.js";
import { CliError } from "./cli-error.js";
import { translator, type Translate } from "../i18n/messages.js";
import { AREA_IDS, type AreaId, type Plan } from "../model/plan.js";
import type { MethodId, Report } from "../model/report.js";
import type { Observation } from "../model/observation.js";
import { checkCommandMessages, type CheckCommandMessageKey } from "./commands/check-command-messages.js";
import { buildRegionIndex, resolveRegion } from "../ingest/resolve-region.js";
import { buildIndicatorIndex, resolveIndicator } from "../ingest/resolve-indicator.js";
import { readData, readDataCompactly, type ReadData } from "./read-data.js";
import type { Observations } from "../assess/observation-rows.js";
import { printDiagnostics } from "./print-diagnostics.js";
import { progressLine } from "./progress-line.js";
import { resolveThresholds, thresholdProblems, type Thresholds } from "../assess/index.js";
import { assessLazily, wholeReport, type LazyReport } from "../assess/assess.js";
import { optionMessages } from "./option-messages.js";
import { yearWithin, type YearArg } from "./options.js";
import { MIN_YEAR } from "../ingest/parse-year.js";
import { ingestMessages } from "../ingest/messages.js";
import { applyCodeLevels } from "../config/code-levels.js";

/** The options `check` and `explain` share, as commander hands them over. */
export interface AssessFlags {
  asOf?: YearArg;
  /** --year: the year of tables without a year column, as in validate and ingest. */
  year?: YearArg;
  region?: string;
  area?: string;
  indicator?: string;
  method?: MethodId;
  sheet?: string;
  encoding?: string;
  /** Read from the monitoring database instead of files. */
  db?: string;
  /** Threshold overrides (--threshold name=value). */
  threshold?: Partial<Thresholds>;
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
  /** What was read, as the user named it: the files the data arguments matched, or the database. */
  sources: string[];
}

/** An assessment run prepared, its results computed only as they are read (see assessLazily): for writing them one by one. */
export interface LazyAssessment<O extends Observations = Observation[]> extends Omit<Assessment, "report" | "observations"> {
  report: LazyReport;
  /** Every usable observation read: Observation objects, or (prepared `compact`) the database's values in a table. */
  observations: O;
}

/** What prepareAssessment needs besides the flags: a plan given, the indicator named by an argument, no progress line, the database's values kept compactly. */
export interface PrepareExtra {
  plan?: Plan;
  indicator?: string;
  quiet?: boolean;
  compact?: boolean;
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

function areaOption(plan: Plan, value: string | undefined, m: Translate<CheckCommandMessageKey>): AreaId | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  const area = plan.areas.find((a) => a.id === v || a.name.zh === value.trim() || a.name.en.toLowerCase() === v);
  if (!area) throw new CliError(m("unknown-area", { value, choices: AREA_IDS.join(", ") }));
  return area.id;
}

/** Load the plan, check the options, read the data and assess it (shared by check and explain). */
export async function runAssessment(ctx: Context, files: string[], o: AssessFlags, extra?: PrepareExtra & { compact?: false }): Promise<Assessment>;
/** runAssessment with the database's values held in an ObservationTable (for a caller that does not use the observations). */
export async function runAssessment(ctx: Context, files: string[], o: AssessFlags, extra: PrepareExtra & { compact: true }): Promise<Omit<Assessment, "observations"> & { observations: Observations }>;
export async function runAssessment(ctx: Context, files: string[], o: AssessFlags, extra: PrepareExtra = {}): Promise<Omit<Assessment, "observations"> & { observations: Observations }> {
  const a = extra.compact ? await prepareAssessment(ctx, files, o, { ...extra, compact: true }) : await prepareAssessment(ctx, files, o, { ...extra, compact: false });
  return { ...a, report: wholeReport(a.report, a.plan) };
}

/** runAssessment up to the results: the data read, the series grouped and selected; each result is computed when it is read. */
export async function prepareAssessment(ctx: Context, files: string[], o: AssessFlags, extra?: PrepareExtra & { compact?: false }): Promise<LazyAssessment>;
/** prepareAssessment with the database's values held in an ObservationTable (no object per value). */
export async function prepareAssessment(ctx: Context, files: string[], o: AssessFlags, extra: PrepareExtra & { compact: true }): Promise<LazyAssessment<Observations>>;
export async function prepareAssessment(ctx: Context, files: string[], o: AssessFlags, extra: PrepareExtra = {}): Promise<LazyAssessment<Observations>> {
  const m = translator(checkCommandMessages, ctx.lang);
  const plan = extra.plan ?? requirePlan(ctx);
  const asOfArg = o.asOf;
  const asOf = asOfArg && yearWithin(asOfArg, plan.base_year, plan.period.end, () => translator(optionMessages, ctx.lang)("bad-as-of", { value: asOfArg.text, min: plan.base_year, max: plan.period.end }));
  const yearArg = o.year;
  const year = yearArg && yearWithin(yearArg, MIN_YEAR, plan.period.end, () => translator(ingestMessages, ctx.lang)("bad-year", { year: yearArg.text, min: MIN_YEAR, max: plan.period.end }));
  // Config thresholds first, each --threshold over the one it names.
  const thresholds = { ...ctx.config?.thresholds, ...o.threshold };
  const problems = thresholdProblems(resolveThresholds(thresholds));
  if (problems.length > 0) throw new CliError(translator(optionMessages, ctx.lang)("bad-threshold-values", { rules: problems.map((p) => p.rule).join(ctx.lang === "zh" ? "；" : "; ") }));
  const region = regionOption(plan, o.region, m);
  const area = areaOption(plan, o.area, m);
  const indicator = extra.indicator ?? (o.indicator !== undefined ? indicatorOption(plan, o.indicator, m) : undefined);
  // The same progress line as validate: only on a terminal, after a slow second, never for machine formats or in CI.
  const progress = progressLine(ctx, !(extra.quiet ?? false));
  let read: ReadData<Observations>;
  try {
    const options = { db: o.db, encoding: o.encoding, sheet: o.sheet, region, year, onProgress: progress.onProgress };
    read = extra.compact ? await readDataCompactly(ctx, plan, files, options) : await readData(ctx, plan, files, options);
  } finally {
    progress.clear();
  }
  const input = { files: read.files, rows: read.rows };
  // The one place check, report and explain apply the code levels (config and --code) to the problems of reading.
  read.diagnostics = applyCodeLevels(read.diagnostics, ctx.codeLevels);
  if (read.observations.length === 0) {
    printDiagnostics(ctx, read.diagnostics, input);
    throw new CliError(m("no-data"));
  }
  // A filtered view carries the data problems of what it shows, and those that name no indicator or region (a whole file, a header).
  const areaOf = new Map(plan.indicators.map((i) => [i.id, i.area]));
  const diagnostics = read.diagnostics.filter(
    (d) => (!region || !d.region || d.region === region) && (!indicator || !d.indicator || d.indicator === indicator) && (!area || !d.indicator || areaOf.get(d.indicator) === area),
  );
  const lazy = assessLazily(plan, read.observations, { asOf, method: o.method ?? ctx.config?.method ?? "eurostat", region, area, indicator, lang: ctx.lang, diagnostics, thresholds });
  // The consistency checks assess makes (rates against counts, city against counties) get the same levels.
  const report: LazyReport = { ...lazy, diagnostics: applyCodeLevels(lazy.diagnostics, ctx.codeLevels) };
  if (report.keys.length === 0) {
    printDiagnostics(ctx, read.diagnostics, input);
    const filter = [o.region && `--region ${o.region}`, o.area && `--area ${o.area}`, (extra.indicator ?? o.indicator) && `--indicator ${extra.indicator ?? o.indicator}`].filter(Boolean).join(" ");
    throw new CliError(m("no-results", { filter: filter || m("filter-none") }));
  }
  return { plan, report, observations: read.observations, input, sources: read.sources, ...(region ? { region } : {}) };
}
