/** `db log`: what was ingested or imported when, from which file (sha256 short), how many rows, with what outcome. */
import Table from "cli-table3";
import type { Context } from "../context.js";
import { TABLE_JSON_FORMATS } from "../options.js";
import { emit, pickFormat } from "../context.js";
import { EXIT } from "../cli-error.js";
import { VERSION } from "../../version.js";
import { dbName, dbT, openDb } from "./open-db.js";

/** Run `db log`; returns the exit code. */
export async function dbLog(ctx: Context, o: { db?: string }): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const m = dbT(ctx);
  const { store } = await openDb(ctx, o.db);
  let log;
  try {
    log = await store.log();
  } finally {
    await store.close();
  }
  const db = dbName(ctx, o.db);
  if (format === "json") {
    emit(ctx, JSON.stringify({ version: VERSION, db, files: log }, null, 2) + "\n");
    return EXIT.ok;
  }
  if (log.length === 0) {
    emit(ctx, m("log-empty", { db }) + "\n");
    return EXIT.ok;
  }
  const head = ["col-id", "col-at", "col-file", "col-sha", "col-region", "col-kind", "col-rows", "col-inserted", "col-revised", "col-unchanged", "col-conflicts", "col-status"] as const;
  const table = new Table({ head: head.map((k) => m(k)), style: { head: ctx.color ? ["cyan"] : [], border: [] } });
  for (const f of log) {
    const status = m(`status-${f.status}`);
    table.push([
      f.id, f.ingestedAt.replace("T", " ").replace(/\.\d+Z$/, "Z"), f.name, f.sha256.slice(0, 12), f.region ?? "-", m(`kind-${f.kind}`),
      f.rows, f.inserted, f.revised, f.unchanged, f.conflicts,
      f.status === "complete" ? status : f.status === "conflicts" ? ctx.chalk.yellow(status) : ctx.chalk.red(status),
    ]);
  }
  emit(ctx, table.toString() + "\n");
  return EXIT.ok;
}
