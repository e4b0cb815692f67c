/** `db history <indicator> --region R [--year Y] [--sex S]`: every revision of a value, oldest first. */
import Table from "cli-table3";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { CliError, EXIT } from "../cli-error.js";
import { VERSION } from "../../version.js";
import { parseSex } from "../../ingest/parse-sex.js";
import { buildIndicatorIndex, resolveIndicator } from "../../ingest/resolve-indicator.js";
import { findRegion } from "../../ingest/region-scope.js";
import { StoreError } from "../../store/store-error.js";
import { dbT, dbYear, openDb } from "./open-db.js";
import { TABLE_JSON_FORMATS, type YearArg } from "../options.js";

/** The options of `db history` as commander hands them over. */
export interface DbHistoryOptions {
  db?: string;
  region: string;
  year?: YearArg;
  sex?: string;
}

/** Run `db history`; returns the exit code (0 also when there is no value: that is an answer, not a finding). */
export async function dbHistory(ctx: Context, indicatorText: string, o: DbHistoryOptions): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const m = dbT(ctx);
  const plan = requirePlan(ctx);
  const found = resolveIndicator(buildIndicatorIndex(plan), indicatorText);
  const match = found ? plan.indicators[found.index] : undefined;
  if (!match) throw new CliError(m("unknown-indicator", { indicator: indicatorText }));
  const region = findRegion(plan, o.region);
  if (!region) throw new StoreError("unknown-region", { region: o.region });
  const year = dbYear(ctx, o.year);
  let sex;
  if (o.sex !== undefined) {
    sex = parseSex(o.sex);
    if (!sex) throw new CliError(m("bad-sex", { value: o.sex }));
  }
  const { store } = await openDb(ctx, o.db);
  let revisions;
  try {
    revisions = await store.history({ indicator: match.id, region: region.code, ...(year !== undefined ? { year } : {}), ...(sex ? { sex } : {}) });
  } finally {
    await store.close();
  }
  const key = [match.id, region.name[ctx.lang], ...(year !== undefined ? [String(year)] : []), ...(sex && sex !== "total" ? [m(`sex-${sex}`)] : [])].join(" · ");
  if (format === "json") {
    emit(ctx, JSON.stringify({ version: VERSION, indicator: match.id, region: region.code, year: year ?? null, revisions }, null, 2) + "\n");
    return EXIT.ok;
  }
  if (revisions.length === 0) {
    emit(ctx, m("history-empty", { key }) + "\n");
    return EXIT.ok;
  }
  const head = ["col-year", "col-sex", "col-revision", "col-value", "col-source", "col-at", "col-current"] as const;
  const table = new Table({ head: head.map((k) => m(k)), style: { head: ctx.color ? ["cyan"] : [], border: [] } });
  for (const r of revisions) {
    const where = r.sheet !== undefined ? m("where-sheet-row", { sheet: r.sheet, row: r.row }) : m("where-row", { row: r.row });
    table.push([r.year, r.sex ? m(`sex-${r.sex}`) : "-", r.revision, r.value, `${r.file} · ${where}`, r.ingestedAt.replace("T", " ").replace(/\.\d+Z$/, "Z"), r.current ? m("current-mark") : ""]);
  }
  emit(ctx, `${m("history-heading", { key })}\n${table.toString()}\n`);
  return EXIT.ok;
}
