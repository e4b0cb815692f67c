/** `plan diff <a> <b>`: what changed between two plan versions. */
import Table from "cli-table3";
import type { Context } from "../context.js";
import { PLAN_DIFF_FORMATS } from "../options.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { EXIT } from "../cli-error.js";
import { diffPlans, type PlanChange } from "../../plan/plan-diff.js";
import { describeTarget } from "../../plan/describe-target.js";
import type { Indicator, Plan, Target } from "../../model/plan.js";

function describe(ctx: Context, c: PlanChange, side: "before" | "after", plan: Plan): string {
  const v = c[side];
  if (v === undefined) return "";
  if (c.entity === "target") {
    const ind = plan.indicators.find((i) => i.id === c.indicator) as Indicator;
    return describeTarget(v as Target, ind, plan, ctx.lang);
  }
  if (c.entity === "indicator") {
    const ind = v as Indicator;
    return c.fields ? c.fields.map((f) => `${f}: ${JSON.stringify(ind[f as keyof Indicator])}`).join("; ") : ind.name[ctx.lang];
  }
  if (c.entity === "goal") return (v as { text: string }).text;
  return (v as { name: { zh: string; en: string } }).name[ctx.lang];
}

/** Compare plan a with plan b. Exit 0 either way: a difference is information, not a failure. */
export async function planDiff(ctx: Context, a: string, b: string): Promise<number> {
  const format = pickFormat(ctx, PLAN_DIFF_FORMATS);
  const pa = requirePlan(ctx, a), pb = requirePlan(ctx, b);
  const changes = diffPlans(pa, pb);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.change]++;
  const label = (p: Plan): string => `${p.id}@${p.version}`;
  if (format === "json") {
    emit(ctx, JSON.stringify({ a: { id: pa.id, version: pa.version }, b: { id: pb.id, version: pb.version }, summary: counts, changes }, null, 2) + "\n");
    return EXIT.ok;
  }
  const rows = changes.map((c) => [ctx.t(`change-${c.change}`), ctx.t(`entity-${c.entity}`), c.key, describe(ctx, c, "before", pa), describe(ctx, c, "after", pb)]);
  const summary = ctx.t("diff-summary", { a: label(pa), b: label(pb), ...counts });
  if (format === "markdown") {
    const head = [ctx.t("col-change"), ctx.t("col-entity"), ctx.t("col-key"), ctx.t("col-before"), ctx.t("col-after")];
    const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
    const lines = [`## ${summary}`, "", `| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
    emit(ctx, lines.join("\n") + "\n");
    return EXIT.ok;
  }
  if (changes.length === 0) {
    emit(ctx, ctx.t("diff-none") + "\n");
    return EXIT.ok;
  }
  const table = new Table({ head: [ctx.t("col-change"), ctx.t("col-entity"), ctx.t("col-key"), ctx.t("col-before"), ctx.t("col-after")], style: { head: ctx.color ? ["cyan"] : [], border: [] }, wordWrap: true, colWidths: [8, 10, 48, 34, 34] });
  const colour = (c: PlanChange, s: string): string => (c.change === "added" ? ctx.chalk.green(s) : c.change === "removed" ? ctx.chalk.red(s) : ctx.chalk.yellow(s));
  rows.forEach((r, i) => table.push(r.map((s) => colour(changes[i]!, s))));
  emit(ctx, table.toString() + "\n" + ctx.chalk.bold(summary) + "\n");
  return EXIT.ok;
}
