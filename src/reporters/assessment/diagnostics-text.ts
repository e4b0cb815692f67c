/** The data problems carried from ingest, for the terminal: a heading, then the diagnostics table reporter. */
import type { ChalkInstance } from "chalk";
import type { Report } from "../../model/report.js";
import { countSeverities } from "../../model/diagnostic.js";
import { diagnosticsReporters } from "../diagnostics/index.js";
import type { ResultText } from "../../report-model/result-text.js";
import { inputCounts } from "../../report-model/input-counts.js";

/** Lines of the data-problems part. */
export function renderDiagnostics(report: Report, text: ResultText, chalk: ChalkInstance, input?: { files: number; rows: number }, width?: number): string[] {
  const counts = countSeverities(report.diagnostics);
  const heading = counts.errors ? chalk.bold.red(text.t("diagnostics-heading")) : chalk.bold.yellow(text.t("diagnostics-heading"));
  const body = diagnosticsReporters.table({ version: report.version, summary: { ...inputCounts(report, input), ...counts }, diagnostics: report.diagnostics }, { lang: text.lang, chalk, ...(width !== undefined ? { width } : {}) });
  return [heading, body.trimEnd()];
}
