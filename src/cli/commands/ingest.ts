/** `ingest <files…>`: validate each file like `validate`, then store it in one transaction (shared with `db import`). */
import path from "node:path";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { ingestMessages } from "../../ingest/messages.js";
import { eachObservation, readObservations } from "../../ingest/read-observations.js";
import { ingestFiles, resolveRunOptions } from "../../ingest/ingest-files.js";
import { expandInputs, type InputFile } from "../../ingest/expand-inputs.js";
import { stdinFile } from "../stdin-input.js";
import { DiagnosticSink } from "../../ingest/diagnostic-sink.js";
import { type IngestOptions } from "../../ingest/ingest-types.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "../../ingest/implausible-change.js";
import { diagnosticsReporters, flatDiagnostic } from "../../reporters/diagnostics/index.js";
import { compareDiagnostics, countSeverities, severityRank, type Diagnostic, type Severity } from "../../model/diagnostic.js";
import type { Plan } from "../../model/plan.js";
import type { Observation } from "../../model/observation.js";
import { VERSION } from "../../version.js";
import type { FileOrigin, MergePolicy, ObservationStore } from "../../store/observation-store.js";
import { storeFile } from "../../store/store-file.js";
import { fileDigest } from "../../store/file-digest.js";
import { noteFromImport } from "../../store/note-guard.js";
import { findRegion } from "../../ingest/region-scope.js";
import { describeFileReports, fileReportJson, type FileReport } from "./file-report.js";
import { dbName, dbT, dbYear, openDb } from "./open-db.js";
import type { ReadOptions } from "./read-options.js";
import { TABLE_JSON_FORMATS, type Prefer } from "../options.js";
import { levelOf } from "../../config/code-levels.js";

/** Options of `ingest` and `db import` as commander hands them over. */
export interface MergeCliOptions extends ReadOptions {
  db?: string;
  region?: string;
  dryRun?: boolean;
  /** `db import` only. */
  prefer?: Prefer;
}

/** Revised or conflicting keys listed per file in the table format. */
const MAX_LINES = 20;

function readOptions(ctx: Context, plan: Plan, o: MergeCliOptions): IngestOptions & { cwd: string } {
  const options: IngestOptions & { cwd: string } = {
    lang: ctx.lang,
    cwd: ctx.io.cwd,
    region: o.region,
    sheet: o.sheet,
    encoding: o.encoding,
    year: dbYear(ctx, o.year),
    implausibleChange: { points: o.maxChangePoints ?? DEFAULT_IMPLAUSIBLE_CHANGE.points, relative: o.maxChangeRelative ?? DEFAULT_IMPLAUSIBLE_CHANGE.relative },
    // Code levels (config and --code) as each file is read: a file's rejection counts what is left.
    levelOf: levelOf(ctx.codeLevels),
  };
  resolveRunOptions(plan, options);
  return options;
}

async function mergeOne(store: ObservationStore, plan: Plan, input: InputFile, kind: FileOrigin, policy: MergePolicy, failSeverity: Severity, options: IngestOptions & { cwd: string }, diagnostics: Diagnostic[]): Promise<FileReport> {
  const { file } = input;
  let digest;
  try {
    digest = await fileDigest(input.fullPath);
  } catch {
    // The ingest layer words a missing or unreadable file the way `validate` does.
    diagnostics.push(...(await readObservations([input], plan, options)).diagnostics);
    return { file, status: "unreadable" };
  }
  const previous = await store.fileAlreadyIngested(digest.sha256);
  if (previous) return { file, status: "skipped", sha256: digest.sha256, previous };
  // The file is read into the compact buffer only; observations are made from it a batch at a time while storing.
  const { run, rows } = await ingestFiles([input], plan, options);
  const found = run.sink.list.sort(compareDiagnostics);
  diagnostics.push(...found);
  const regions = run.buffer.regions();
  const region = options.region !== undefined ? findRegion(plan, options.region)?.code : regions.size === 1 ? plan.regions[[...regions][0]!]!.code : undefined;
  const meta = { name: path.basename(file), sha256: digest.sha256, size: digest.size, kind, ...(region !== undefined ? { region } : {}) };
  const failing = found.filter((d) => severityRank(d.severity) >= severityRank(failSeverity)).length;
  if (failing > 0) {
    await store.recordRejectedFile(meta, rows);
    return { file, status: "rejected", sha256: digest.sha256, rows, failing };
  }
  return { file, status: "stored", kind, outcome: await storeFile(store, meta, unguardedNotes(eachObservation(run.buffer, plan)), policy, { rows }) };
}

/** A note the export guarded against formula injection is stored as it was before the guard. */
function* unguardedNotes(observations: Iterable<Observation>): Generator<Observation> {
  for (const o of observations) {
    if (o.note !== undefined) o.note = noteFromImport(o.note);
    yield o;
  }
}

/** Validate and store files one transaction each; the shared body of `ingest` and `db import`. Returns the exit code. */
export async function mergeFiles(ctx: Context, patterns: string[], o: MergeCliOptions, kind: FileOrigin, policy: MergePolicy): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const m = dbT(ctx);
  const failSeverity = o.failSeverity ?? "error";
  const plan = requirePlan(ctx);
  const options = readOptions(ctx, plan, o);
  const sink = new DiagnosticSink(translator(ingestMessages, ctx.lang), undefined, options.levelOf);
  const inputs = await expandInputs(patterns, ctx.io.cwd, sink, await stdinFile(ctx, patterns));
  ctx.inputs.push(...inputs.map((i) => i.fullPath));
  const dryRun = o.dryRun === true;
  const diagnostics: Diagnostic[] = [...sink.list];
  const reports: FileReport[] = [];
  // Patterns that matched nothing are no reason to create a database.
  if (inputs.length > 0) {
    const { store } = await openDb(ctx, o.db, dryRun ? "scratch" : "write");
    try {
      for (const input of inputs) reports.push(await mergeOne(store, plan, input, kind, policy, failSeverity, options, diagnostics));
    } finally {
      await store.close();
    }
  }
  diagnostics.sort(compareDiagnostics);
  const n = (s: FileReport["status"]): number => reports.filter((r) => r.status === s).length;
  const stored = reports.flatMap((r) => (r.status === "stored" ? [r.outcome] : []));
  const total = (k: "inserted" | "revised" | "unchanged" | "conflicts"): number => stored.reduce((a, x) => a + x.counts[k], 0);
  const keptConflicts = policy === "keep-current" ? total("conflicts") : 0;
  const db = dbName(ctx, o.db);
  const summary = { files: inputs.length, stored: n("stored"), skipped: n("skipped"), rejected: n("rejected") + n("unreadable"), inserted: total("inserted"), revised: total("revised"), unchanged: total("unchanged"), conflicts: total("conflicts") };
  if (format === "json") {
    emit(ctx, JSON.stringify({ version: VERSION, db, dryRun, summary, files: reports.map(fileReportJson), diagnostics: diagnostics.map(flatDiagnostic) }, null, 2) + "\n");
  } else {
    const out: string[] = [];
    const rows = reports.reduce((a, r) => a + (r.status === "stored" ? r.outcome.counts.rows : r.status === "rejected" ? r.rows : 0), 0);
    if (diagnostics.length) out.push(diagnosticsReporters.table({ version: VERSION, summary: { files: inputs.length, rows, ...countSeverities(diagnostics) }, diagnostics }, ctx));
    out.push(...describeFileReports(reports, { lang: ctx.lang, plan, dryRun, failSeverity, maxLines: MAX_LINES }));
    out.push(m("summary", { ...summary, db }));
    if (keptConflicts > 0) out.push(ctx.chalk.yellow(m("conflicts-hint")));
    if (dryRun) out.push(m("summary-dry"));
    emit(ctx, out.join("\n") + "\n");
  }
  const failed = summary.rejected > 0 || diagnostics.some((d) => d.code === "no-match" && severityRank(d.severity) >= severityRank(failSeverity));
  return failed || keptConflicts > 0 ? EXIT.findings : EXIT.ok;
}

/** Run `ingest`; returns the exit code. */
export async function ingest(ctx: Context, patterns: string[], o: MergeCliOptions): Promise<number> {
  return mergeFiles(ctx, patterns, o, "ingest", "revise");
}
