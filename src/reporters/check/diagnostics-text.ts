/** The data problems carried from ingest, for the terminal: a heading, then the diagnostics table reporter. */
import type { ChalkInstance } from "chalk";
import type { Report } from "../../model/report.js";
import { countSeverities } from "../../model/diagnostic.js";
import { diagnosticsReporters } from "../diagnostics/index.js";
import type { CheckText } from "./check-text.js";

/** What was read: as given, or counted from the report (files named by diagnostics, points in the series). */
export function inputCounts(report: Report, input?: { files: number; rows: number }): { files: number; rows: number } {
  if (input) return input;
  const files = new Set(report.diagnostics.map((d) => d.source?.file).filter(Boolean)).size;
  return { files, rows: report.results.reduce((n, r) => n + r.series.length, 0) };
}

/** Lines of the data-problems part. */
export function renderDiagnostics(report: Report, text: CheckText, chalk: ChalkInstance, input?: { files: number; rows: number }): string[] {
  const counts = countSeverities(report.diagnostics);
  const heading = counts.errors ? chalk.bold.red(text.t("diagnostics-heading")) : chalk.bold.yellow(text.t("diagnostics-heading"));
  const body = diagnosticsReporters.table({ version: report.version, summary: { ...inputCounts(report, input), ...counts }, diagnostics: report.diagnostics }, { lang: text.lang, chalk });
  return [heading, body.trimEnd()];
}
