/** The reading loop shared by readObservations and validateFiles: options checked, files read into one buffer. */
import type { Plan } from "../model/plan.js";
import { translator } from "../i18n/messages.js";
import { ingestMessages } from "./messages.js";
import { IngestOptionError, type IngestOptions } from "./ingest-types.js";
import { DiagnosticSink, MAX_DIAGNOSTICS_PER_FILE } from "./diagnostic-sink.js";
import { buildPlanLookup } from "./plan-lookup.js";
import { ObservationBuffer } from "./observation-buffer.js";
import type { RunContext } from "./mapping-context.js";
import { encodingFromLabel, ENCODING_LABELS, type TextEncodingName } from "./detect-encoding.js";
import { resolveRegion } from "./resolve-region.js";
import { MIN_YEAR } from "./parse-year.js";
import { readFile } from "./read-file.js";
import type { InputFile } from "./expand-inputs.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "./implausible-change.js";
import { checkImplausibleChanges, checkMissingObservations } from "./cross-checks.js";

/** A finished run: the buffer and diagnostics, with counts. */
export interface IngestRun {
  run: RunContext;
  files: number;
  rows: number;
}

/** Check the options against the plan; throws IngestOptionError (the caller cannot run). */
export function resolveRunOptions(plan: Plan, options: IngestOptions): { encoding?: TextEncodingName; region?: number; year?: number } {
  const t = translator(ingestMessages, options.lang);
  let encoding: TextEncodingName | undefined;
  if (options.encoding !== undefined) {
    encoding = encodingFromLabel(options.encoding);
    if (!encoding) throw new IngestOptionError(t("bad-encoding", { encoding: options.encoding, choices: ENCODING_LABELS.join(", ") }));
  }
  let region: number | undefined;
  if (options.region !== undefined) {
    const lookup = buildPlanLookup(plan);
    region = resolveRegion(lookup.regions, options.region);
    if (region < 0) throw new IngestOptionError(t("bad-region", { region: options.region, choices: plan.regions.map((r) => `${r.code} ${r.name.zh}`).join(", ") }));
  }
  const year = options.year;
  if (year !== undefined && (!Number.isInteger(year) || year < MIN_YEAR || year > plan.period.end))
    throw new IngestOptionError(t("bad-year", { year, min: MIN_YEAR, max: plan.period.end }));
  const th = options.implausibleChange;
  if (th) {
    for (const [option, value] of [["points", th.points], ["relative", th.relative]] as const)
      if (!(value > 0) || !Number.isFinite(value)) throw new IngestOptionError(t("bad-threshold", { option, value }));
  }
  return { encoding, region, year };
}

/** Read every input into one buffer, then run the cross-file checks. */
export async function ingestFiles(inputs: readonly InputFile[], plan: Plan, options: IngestOptions, sink?: DiagnosticSink): Promise<IngestRun> {
  const resolved = resolveRunOptions(plan, options);
  const t = translator(ingestMessages, options.lang);
  const lookup = buildPlanLookup(plan);
  const run: RunContext = {
    lookup,
    buffer: new ObservationBuffer(plan.regions.length),
    sink: sink ?? new DiagnosticSink(t, options.maxDiagnosticsPerFile ?? MAX_DIAGNOSTICS_PER_FILE, options.levelOf),
    t,
    lang: options.lang,
    year: resolved.year,
    region: resolved.region,
  };
  let rows = 0;
  for (const input of inputs) {
    rows += await readFile(input.file, input.fullPath, run, { encoding: resolved.encoding, sheet: options.sheet, onProgress: options.onProgress });
  }
  checkImplausibleChanges(run, options.implausibleChange ?? DEFAULT_IMPLAUSIBLE_CHANGE);
  if (resolved.year !== undefined && options.completeness !== false) {
    const file = inputs.length === 1 ? inputs[0]!.file : t("all-files");
    checkMissingObservations(run, resolved.year, file);
  }
  return { run, files: inputs.length, rows };
}
