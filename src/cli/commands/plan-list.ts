/** `plan list`: the bundled plans and their versions. */
import Table from "cli-table3";
import path from "node:path";
import type { Context } from "../context.js";
import { TABLE_JSON_FORMATS } from "../options.js";
import { emit, pickFormat } from "../context.js";
import { listBundledPlans } from "../../plan/bundled-plans.js";
import { loadPlan } from "../../plan/load-plan.js";
import { EXIT } from "../cli-error.js";

/** List bundled plans (id, version, title, file). */
export async function planList(ctx: Context): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const rows = listBundledPlans().map((b) => {
    const { plan } = loadPlan(b.file, ctx.lang);
    return { id: b.id, version: b.version, title: plan?.title ?? null, file: path.relative(ctx.io.cwd, b.file) || b.file, valid: plan !== undefined };
  });
  if (format === "json") {
    emit(ctx, JSON.stringify({ plans: rows }, null, 2) + "\n");
    return EXIT.ok;
  }
  const table = new Table({ head: [ctx.t("col-plan"), ctx.t("col-version"), ctx.t("col-title"), ctx.t("col-file")], style: { head: ctx.color ? ["cyan"] : [], border: [] } });
  for (const r of rows) table.push([`${r.id}@${r.version}`, r.version, r.title ? r.title[ctx.lang] : "-", r.file]);
  emit(ctx, table.toString() + "\n");
  return EXIT.ok;
}
