/** Where the reading commands get their observations: data files (relative to the command's folder) or the database (--db). */
import path from "node:path";
import type { Context } from "./context.js";
import { CliError } from "./cli-error.js";
import type { Plan } from "../model/plan.js";
import type { Observation } from "../model/observation.js";
import type { Observations } from "../assess/observation-rows.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { translator } from "../i18n/messages.js";
import { readDataMessages } from "./read-data-messages.js";
import { compareDiagnostics } from "../model/diagnostic.js";
import { ingestMessages } from "../ingest/messages.js";
import { DiagnosticSink } from "../ingest/diagnostic-sink.js";
import { expandInputs } from "../ingest/expand-inputs.js";
import { stdinFile } from "./stdin-input.js";
import { levelOf } from "../config/code-levels.js";

/** The data-source options the reading commands share. */
export interface DataSourceOptions {
  db?: string;
  encoding?: string;
  sheet?: string;
  /** Region (code) for tables without a region column. */
  region?: string;
  /** Year for tables without a year column (no completeness check: that is validate's). */
  year?: number;
  onProgress?: (p: { file: string; bytes: number; totalBytes: number; rows: number }) => void;
}

/** Observations with the problems found reading them, and how much was read. */
export interface ReadData<O extends Observations = Observation[]> {
  observations: O;
  diagnostics: Diagnostic[];
  files: number;
  rows: number;
  /** What was read, as the user named it: the files the patterns matched, or the database. */
  sources: string[];
}

/** Read the data a command was given: files and globs, or --db; never both, never neither (exit 2 with a message). */
export async function readData(ctx: Context, plan: Plan, files: readonly string[], o: DataSourceOptions): Promise<ReadData> {
  return readSome(ctx, plan, files, o, false) as Promise<ReadData>;
}

/** readData, the database's values held compactly in an ObservationTable (files still give Observation objects): for `check`, which needs no object per value. */
export async function readDataCompactly(ctx: Context, plan: Plan, files: readonly string[], o: DataSourceOptions): Promise<ReadData<Observations>> {
  return readSome(ctx, plan, files, o, true);
}

async function readSome(ctx: Context, plan: Plan, files: readonly string[], o: DataSourceOptions, compact: boolean): Promise<ReadData<Observations>> {
  const t = translator(readDataMessages, ctx.lang);
  if (o.db !== undefined && files.length > 0) throw new CliError(t("files-and-db"));
  // With no data named, the config file's database is read.
  const db = o.db ?? (files.length === 0 ? ctx.config?.db : undefined);
  if (db === undefined && files.length === 0) throw new CliError(t("no-input"));
  if (db !== undefined) {
    const dbPath = path.resolve(ctx.io.cwd, db);
    const { loadObservationsFromDb, loadObservationTableFromDb } = await import("../ingest/load-observations-from-db.js");
    const r = compact ? await loadObservationTableFromDb(dbPath, plan, { lang: ctx.lang }) : await loadObservationsFromDb(dbPath, plan, { lang: ctx.lang });
    ctx.inputs.push(dbPath);
    return { ...r, files: 0, rows: r.observations.length, sources: [db] };
  }
  const { readObservations } = await import("../ingest/index.js");
  // Globs are expanded here as validate and ingest expand them: quoted patterns work the same in every command.
  const levels = levelOf(ctx.codeLevels);
  const sink = new DiagnosticSink(translator(ingestMessages, ctx.lang), undefined, levels);
  const inputs = await expandInputs(files, ctx.io.cwd, sink, await stdinFile(ctx, files));
  ctx.inputs.push(...inputs.map((i) => i.fullPath));
  const sources = inputs.map((i) => i.file);
  const r = await readObservations(inputs, plan, { lang: ctx.lang, encoding: o.encoding, sheet: o.sheet, region: o.region, year: o.year, completeness: false, onProgress: o.onProgress, cwd: ctx.io.cwd, levelOf: levels });
  return { ...r, diagnostics: [...sink.list, ...r.diagnostics].sort(compareDiagnostics), sources };
}
