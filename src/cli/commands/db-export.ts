/** `db export -o file.xlsx|.csv [--region R] [--since Y]`: current values as a long table the level above ingests unchanged. */
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan, writeOutput } from "../context.js";
import { CliError, EXIT } from "../cli-error.js";
import { VERSION } from "../../version.js";
import { exportTable } from "../../store/export-table.js";
import { exportFormatOf, renderExport } from "../../reporters/export/render-export.js";
import { findRegion, regionAndDescendants } from "../../ingest/region-scope.js";
import { StoreError } from "../../store/store-error.js";
import { dbT, dbYear, openDb } from "./open-db.js";
import { TABLE_JSON_FORMATS, type YearArg } from "../options.js";

/** The options of `db export` as commander hands them over. */
export interface DbExportOptions {
  db?: string;
  region?: string;
  since?: YearArg;
}

/** Run `db export`; returns the exit code. */
export async function dbExport(ctx: Context, o: DbExportOptions): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const m = dbT(ctx);
  if (!ctx.output) throw new CliError(m("export-need-output"));
  const fileFormat = exportFormatOf(ctx.output);
  if (!fileFormat) throw new CliError(m("export-bad-ext", { file: ctx.output }));
  const plan = requirePlan(ctx);
  const since = dbYear(ctx, o.since);
  let regions: string[] | undefined;
  if (o.region !== undefined) {
    const r = findRegion(plan, o.region);
    if (!r) throw new StoreError("unknown-region", { region: o.region });
    regions = regionAndDescendants(plan, r.code);
  }
  const { store, file: dbFile } = await openDb(ctx, o.db);
  let observations;
  try {
    observations = await store.currentObservations({ regions, sinceYear: since });
  } finally {
    await store.close();
  }
  const table = exportTable(observations, plan);
  const bytes = await renderExport(table, fileFormat, new Date());
  writeOutput(ctx, ctx.output, bytes, [dbFile]);
  const summary = { file: ctx.output, format: fileFormat, rows: table.rows.length, regions: new Set(observations.map((x) => x.region)).size, indicators: new Set(observations.map((x) => x.indicator)).size };
  // The report goes to stdout: -o names the export itself here.
  const report = format === "json" ? JSON.stringify({ version: VERSION, ...summary }, null, 2) : [m("exported", summary), ...(table.rows.length ? [] : [m("export-empty")])].join("\n");
  emit({ ...ctx, output: undefined }, report + "\n");
  return EXIT.ok;
}
