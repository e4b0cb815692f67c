/** `check <data files…>`: read the data, assess it against the plan, report; exit 1 on findings at the --fail-on level. */
import { appendFileSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import type { Context } from "../context.js";
import { emit, pickFormat, reportChalk } from "../context.js";
import { EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import type { Report } from "../../model/report.js";
import { countSeverities } from "../../model/diagnostic.js";
import { checkReporters, CHECK_FORMATS } from "../../reporters/assessment/index.js";
import { checkCommandMessages } from "./check-command-messages.js";
import { runAssessment, type AssessFlags } from "../run-assessment.js";
import type { FailOn } from "../options.js";

/** The options of `check` as commander hands them over. */
export type CheckOptions = AssessFlags & { failOn?: FailOn };

/** Whether the report has findings at the --fail-on level (data errors count as red, data warnings as yellow). */
export function hasFindings(report: Report, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  const d = countSeverities(report.diagnostics);
  const w = report.summary.warnings;
  return failOn === "red" ? w.red > 0 || d.errors > 0 : w.red + w.yellow > 0 || d.errors + d.warnings > 0;
}

/** Run `check`. */
export async function check(ctx: Context, files: string[], o: CheckOptions): Promise<number> {
  const m = translator(checkCommandMessages, ctx.lang);
  const format = pickFormat(ctx, CHECK_FORMATS);
  const failOn = o.failOn ?? ctx.config?.failOn ?? "red";
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
