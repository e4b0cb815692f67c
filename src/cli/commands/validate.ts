/** `validate <files or globs…>`: read submissions, report every problem, exit 1 on findings at/above --fail-severity. */
import { appendFileSync } from "node:fs";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { ingestMessages } from "../../ingest/messages.js";
import { validateFiles, truncateReport } from "../../ingest/validate-files.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "../../ingest/implausible-change.js";
import { MIN_YEAR } from "../../ingest/parse-year.js";
import { diagnosticsReporters, DIAGNOSTIC_FORMATS } from "../../reporters/diagnostics/index.js";
import { progressLine } from "../progress-line.js";
import { stdinFile } from "../stdin-input.js";
import { countSeverities, severityRank } from "../../model/diagnostic.js";
import { applyCodeLevels, levelOf } from "../../config/code-levels.js";
import { yearWithin } from "../options.js";
import type { ReadOptions } from "./read-options.js";

/** The options of `validate` as commander hands them over. */
export interface ValidateFlags extends ReadOptions {
  region?: string;
  maxErrors?: number;
  /** List errors only; the summary and the exit code still count everything. */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
}

/** Run `validate`; returns the exit code. */
export async function validate(ctx: Context, patterns: string[], o: ValidateFlags): Promise<number> {
  const format = pickFormat(ctx, DIAGNOSTIC_FORMATS);
  const t = translator(ingestMessages, ctx.lang);
  const implausibleChange = { points: o.maxChangePoints ?? DEFAULT_IMPLAUSIBLE_CHANGE.points, relative: o.maxChangeRelative ?? DEFAULT_IMPLAUSIBLE_CHANGE.relative };
  const plan = requirePlan(ctx);
  const yearArg = o.year;
  const year = yearArg && yearWithin(yearArg, MIN_YEAR, plan.period.end, () => t("bad-year", { year: yearArg.text, min: MIN_YEAR, max: plan.period.end }));
  const progress = progressLine(ctx, format === "table");
  let full;
  try {
    full = await validateFiles(patterns, plan, { lang: ctx.lang, cwd: ctx.io.cwd, stdinPath: await stdinFile(ctx, patterns), year, region: o.region, sheet: o.sheet, encoding: o.encoding, implausibleChange, onProgress: progress.onProgress, levelOf: levelOf(ctx.codeLevels) });
  } finally {
    progress.clear();
  }
  const { inputs, ...read } = full;
  // The readers applied the code levels as they read (so a file's list and overflow counts see them); the cross-file
  // consistency checks did not: applied once more over everything, the summary and the exit code count what is left.
  const levelled = applyCodeLevels(read.diagnostics, ctx.codeLevels);
  const complete = ctx.codeLevels.size === 0 ? read : { ...read, diagnostics: levelled, summary: { ...read.summary, ...countSeverities(levelled) } };
  const listed = o.quiet ? { ...complete, diagnostics: complete.diagnostics.filter((d) => d.severity === "error") } : complete;
  const report = o.maxErrors === undefined ? listed : truncateReport(listed, o.maxErrors);
  const width = ctx.io.stdout.columns || Number(ctx.io.env.COLUMNS) || undefined;
  emit(ctx, diagnosticsReporters[format](report, { lang: ctx.lang, chalk: ctx.chalk, width }), inputs);
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  // Annotations show only 10 errors and 10 warnings per step; the step summary gets the whole list.
  if (format === "github" && summaryFile) {
    try {
      appendFileSync(summaryFile, diagnosticsReporters.markdown(listed, ctx));
    } catch (err) {
      ctx.io.stderr.write(`hld-women: ${ctx.t("output-io", { file: summaryFile, detail: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    }
  }
  const threshold = severityRank(o.failSeverity ?? "error");
  if (o.maxWarnings !== undefined && complete.summary.warnings > o.maxWarnings) return EXIT.findings;
  return complete.diagnostics.some((d) => severityRank(d.severity) >= threshold) ? EXIT.findings : EXIT.ok;
}
