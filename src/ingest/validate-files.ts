/** validateFiles: the validate command's core — expand globs, read everything, return a ValidationReport. */
import type { Plan } from "../model/plan.js";
import type { ValidationReport } from "../model/validation.js";
import { compareDiagnostics, countSeverities, severityRank } from "../model/diagnostic.js";
import { translator } from "../i18n/messages.js";
import { VERSION } from "../version.js";
import { ingestMessages } from "./messages.js";
import type { IngestOptions } from "./ingest-types.js";
import { DiagnosticSink, MAX_DIAGNOSTICS_PER_FILE } from "./diagnostic-sink.js";
import { expandInputs } from "./expand-inputs.js";
import { ingestFiles, resolveRunOptions } from "./ingest-files.js";
import { countedIndicators, deriveCounts } from "./derive-counts.js";
import { materialize } from "./read-observations.js";

/** Options of validateFiles. */
export interface ValidateOptions extends IngestOptions {
  /** Directory relative paths and globs are taken from (default: the process's). */
  cwd?: string;
  /** Cut the listed diagnostics to this many (the summary still counts all). */
  maxErrors?: number;
  /** Standard input's copy: `-` among the patterns reads it, named <stdin>. */
  stdinPath?: string;
}

/** Validate the files and globs in `patterns` against the plan; `inputs` are the files actually read. */
export async function validateFiles(patterns: readonly string[], plan: Plan, options: ValidateOptions): Promise<ValidationReport & { inputs: string[] }> {
  resolveRunOptions(plan, options);
  const sink = new DiagnosticSink(translator(ingestMessages, options.lang), options.maxDiagnosticsPerFile ?? MAX_DIAGNOSTICS_PER_FILE, options.levelOf);
  const inputs = await expandInputs(patterns, options.cwd ?? process.cwd(), sink, options.stdinPath);
  const { rows, run } = await ingestFiles(inputs, plan, options, sink);
  // Rates against their own counts, city values against their counties (the same check `check` makes before judging).
  // Only the observations that check looks at are made into objects.
  const counted = countedIndicators(plan);
  const only = new Set(plan.indicators.flatMap((ind, i) => (counted.has(ind.id) ? [i] : [])));
  sink.list.push(...deriveCounts(plan, materialize(run.buffer, plan, only), options.lang).diagnostics);
  const all = sink.list.sort(compareDiagnostics);
  const report = { version: VERSION, summary: { files: inputs.length, rows, ...countSeverities(all) }, diagnostics: all, inputs: inputs.map((i) => i.fullPath) };
  return options.maxErrors === undefined ? report : { ...truncateReport(report, options.maxErrors), inputs: report.inputs };
}

/** The report with its diagnostics cut to `max` (the summary still counts all), marked as truncated. */
export function truncateReport(report: ValidationReport, max: number): ValidationReport {
  if (report.diagnostics.length <= max) return report;
  // Keep the most severe findings (errors before warnings before infos), shown in their usual order.
  const kept = new Set(
    report.diagnostics
      .map((d, i) => ({ i, rank: severityRank(d.severity) }))
      .sort((a, b) => b.rank - a.rank || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return { ...report, diagnostics: report.diagnostics.filter((_, i) => kept.has(i)), truncated: { shown: max, total: report.diagnostics.length } };
}
