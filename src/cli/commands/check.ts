/** `check <data files…>`: read the data, assess it against the plan, report; exit 1 on findings at the --fail-on level. */
import { appendFileSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import type { Context } from "../context.js";
import { emit, emitPieces, pickFormat, reportChalk } from "../context.js";
import { EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import type { Report } from "../../model/report.js";
import { countSeverities } from "../../model/diagnostic.js";
import { checkReporters, CHECK_FORMATS } from "../../reporters/assessment/index.js";
import { checkCommandMessages } from "./check-command-messages.js";
import { prepareAssessment, runAssessment, type AssessFlags } from "../run-assessment.js";
import { lazyResults } from "../../assess/assess.js";
import type { IndicatorResult } from "../../model/report.js";
import { JsonText } from "../../util/json-pieces.js";
import { spoolPieces } from "../spool-file.js";
import { SummaryCounter } from "../../assess/summarize.js";
import { assessmentJsonPieces, assessmentJsonResultsPieces } from "../../reporters/assessment/json.js";
import { assessmentCsvPieces } from "../../reporters/assessment/csv.js";
import { compareResultKeys } from "../../report-model/group-results.js";
import type { FailOn } from "../options.js";

/** The options of `check` as commander hands them over. */
export type CheckOptions = AssessFlags & { failOn?: FailOn };

/** Whether the report has findings at the --fail-on level (data errors count as red, data warnings as yellow). */
export function hasFindings(report: Pick<Report, "summary" | "diagnostics">, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  const d = countSeverities(report.diagnostics);
  const w = report.summary.warnings;
  return failOn === "red" ? w.red > 0 || d.errors > 0 : w.red + w.yellow > 0 || d.errors + d.warnings > 0;
}

/** The results as they are read, each counted in the summary. */
function* counted(results: Iterable<IndicatorResult>, counter: SummaryCounter): Generator<IndicatorResult> {
  for (const r of results) {
    counter.add(r);
    yield r;
  }
}

/**
 * JSON and CSV are written result by result, each result computed once and none kept. JSON's summary comes before
 * its results: the results are written to a temp file while the summary is counted, then copied in after it.
 * Whether there are findings at the --fail-on level.
 */
async function writeStreamed(ctx: Context, files: string[], o: CheckOptions, format: "json" | "csv", failOn: FailOn): Promise<boolean> {
  // The database's values are held compactly: only the series are made into objects.
  const { plan, report, input } = await prepareAssessment(ctx, files, o, { quiet: true, compact: true });
  const counter = new SummaryCounter();
  const areas = plan.areas.map((a) => a.id);
  if (format === "json") {
    const spool = spoolPieces(assessmentJsonResultsPieces(counted(lazyResults(report), counter), plan, { lang: ctx.lang }));
    try {
      const doc = { ...report, summary: counter.summary(areas), results: new JsonText(spool.bytes()) };
      await emitPieces(ctx, assessmentJsonPieces(doc, plan, { lang: ctx.lang, input }), files);
    } finally {
      spool.dispose();
    }
  } else {
    const byKey = compareResultKeys(plan);
    const order = report.keys.map((_, i) => i).sort((a, b) => byKey(report.keys[a]!, report.keys[b]!));
    await emitPieces(ctx, assessmentCsvPieces(counted(lazyResults(report, order), counter), plan, { lang: ctx.lang }), files);
  }
  return hasFindings({ summary: counter.summary(areas), diagnostics: report.diagnostics }, failOn);
}

/** Run `check`. */
export async function check(ctx: Context, files: string[], o: CheckOptions): Promise<number> {
  const m = translator(checkCommandMessages, ctx.lang);
  const format = pickFormat(ctx, CHECK_FORMATS);
  const failOn = o.failOn ?? ctx.config?.failOn ?? "red";
  if (format === "json" || format === "csv") return (await writeStreamed(ctx, files, o, format, failOn)) ? EXIT.findings : EXIT.ok;
  const { plan, report, input } = await runAssessment(ctx, files, o, { quiet: format !== "table", compact: true });
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
