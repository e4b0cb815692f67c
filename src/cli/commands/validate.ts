/** `validate <files or globs…>`: read submissions, report every problem, exit 1 on findings at/above --fail-severity. */
import { appendFileSync } from "node:fs";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { ingestMessages } from "../../ingest/messages.js";
import { validateFiles, truncateReport } from "../../ingest/validate-files.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "../../ingest/implausible-change.js";
import { MIN_YEAR } from "../../ingest/parse-year.js";
import { diagnosticsReporters, DIAGNOSTIC_FORMATS } from "../../reporters/diagnostics/index.js";
import { progressLine } from "../progress-line.js";
import { severityRank, type Severity } from "../../model/diagnostic.js";

function positive(value: string | undefined, option: string, t: ReturnType<typeof translator<keyof typeof ingestMessages.zh>>): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new CliError(t("bad-threshold", { option, value }));
  return n;
}

/** Run `validate`; returns the exit code. */
export async function validate(ctx: Context, patterns: string[], o: Record<string, string | undefined>): Promise<number> {
  const format = pickFormat(ctx, DIAGNOSTIC_FORMATS);
  const t = translator(ingestMessages, ctx.lang);
  const failSeverity = (o.failSeverity ?? "error") as Severity;
  if (failSeverity !== "error" && failSeverity !== "warning") throw new CliError(t("bad-fail-severity", { value: o.failSeverity }));
  let maxErrors: number | undefined;
  if (o.maxErrors !== undefined) {
    maxErrors = Number(o.maxErrors);
    if (!Number.isInteger(maxErrors) || maxErrors < 1) throw new CliError(t("bad-max-errors", { value: o.maxErrors }));
  }
  const implausibleChange = {
    points: positive(o.maxChangePoints, "--max-change-points", t) ?? DEFAULT_IMPLAUSIBLE_CHANGE.points,
    relative: positive(o.maxChangeRelative, "--max-change-relative", t) ?? DEFAULT_IMPLAUSIBLE_CHANGE.relative,
  };
  const plan = requirePlan(ctx);
  let year: number | undefined;
  if (o.year !== undefined) {
    year = Number(o.year.normalize("NFKC").replace(/年度?$/, ""));
    if (!Number.isInteger(year)) throw new CliError(t("bad-year", { year: o.year, min: MIN_YEAR, max: plan.period.end }));
  }
  const progress = progressLine(ctx, format === "table");
  let full;
  try {
    full = await validateFiles(patterns, plan, { lang: ctx.lang, cwd: ctx.io.cwd, year, region: o.region, sheet: o.sheet, encoding: o.encoding, implausibleChange, onProgress: progress.onProgress });
  } finally {
    progress.clear();
  }
  const { inputs, ...complete } = full;
  const report = maxErrors === undefined ? complete : truncateReport(complete, maxErrors);
  emit(ctx, diagnosticsReporters[format](report, ctx), inputs);
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  // Annotations show only 10 errors and 10 warnings per step; the step summary gets the whole list.
  if (format === "github" && summaryFile) {
    try {
      appendFileSync(summaryFile, diagnosticsReporters.markdown(complete, ctx));
    } catch (err) {
      ctx.io.stderr.write(`hld-women: ${ctx.t("output-io", { file: summaryFile, detail: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    }
  }
  const threshold = severityRank(failSeverity);
  return complete.diagnostics.some((d) => severityRank(d.severity) >= threshold) ? EXIT.findings : EXIT.ok;
}
