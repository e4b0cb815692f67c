/** readObservations: files in, usable observations and sorted diagnostics out (what `check` builds on). */
import path from "node:path";
import type { Plan } from "../model/plan.js";
import type { Observation, Sex } from "../model/observation.js";
import { compareDiagnostics } from "../model/diagnostic.js";
import type { IngestOptions, IngestResult } from "./ingest-types.js";
import { ingestFiles } from "./ingest-files.js";
import type { ObservationBuffer } from "./observation-buffer.js";
import { YEAR_SPAN } from "./parse-year.js";
import type { InputFile } from "./expand-inputs.js";

const SEXES: readonly (Sex | undefined)[] = [undefined, "total", "female", "male"];

/** The buffer's observations as Observation objects, in reading order, made one at a time (nothing is held); `indicators`: only these (positions in the plan). */
export function* eachObservation(buffer: ObservationBuffer, plan: Plan, indicators?: ReadonlySet<number>): Generator<Observation> {
  // The indicator is the key's leading part: skipping needs no full split.
  const perIndicator = buffer.regionCount * 3 * YEAR_SPAN;
  for (const [key, slot] of buffer.entries()) {
    if (indicators && !indicators.has(Math.floor(key / perIndicator))) continue;
    const { indicator, region, year } = buffer.parts(key);
    const place = buffer.place(slot);
    const src = buffer.sources[place.source]!;
    const o: Observation = {
      indicator: plan.indicators[indicator]!.id,
      region: plan.regions[region]!.code,
      year,
      value: buffer.value(slot),
      source: { file: src.file, row: place.row, column: src.labels[place.col] },
    };
    if (src.sheet !== undefined) o.source.sheet = src.sheet;
    const sex = SEXES[buffer.sex(slot)];
    if (sex) o.sex = sex;
    const note = buffer.note(slot);
    if (note !== undefined) o.note = note;
    yield o;
  }
}

/** Turn the compact buffer into Observation objects, in reading order; `indicators`: only these (positions in the plan). */
export function materialize(buffer: ObservationBuffer, plan: Plan, indicators?: ReadonlySet<number>): Observation[] {
  return Array.from(eachObservation(buffer, plan, indicators));
}

/** Read files (paths, not globs; relative ones against the working directory; or inputs already resolved) into observations. */
export async function readObservations(inputs: readonly (string | InputFile)[], plan: Plan, options: IngestOptions & { cwd?: string }): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const files = inputs.map((file) => (typeof file === "string" ? { file, fullPath: path.resolve(cwd, file) } : file));
  const { run, rows } = await ingestFiles(files, plan, options);
  return { observations: materialize(run.buffer, plan), diagnostics: run.sink.list.sort(compareDiagnostics), files: files.length, rows };
}
