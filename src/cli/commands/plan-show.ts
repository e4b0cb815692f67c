/** `plan show [--area A]`: the plan for a person (grouped by area, Chinese text, targets in words) or as the JSON contract. */
import type { Context } from "../context.js";
import { TABLE_JSON_FORMATS } from "../options.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { EXIT } from "../cli-error.js";
import { AREA_IDS, type AreaId, type Plan } from "../../model/plan.js";
import { describeTarget } from "../../plan/describe-target.js";
import { num as fmtNum } from "../../util/format-number.js";
import { planToJson } from "../../plan/plan-json.js";

const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function renderText(ctx: Context, plan: Plan, areas: AreaId[]): string {
  const { chalk, lang, t } = ctx;
  const out: string[] = [];
  out.push(chalk.bold(t("show-header", { title: plan.title[lang], id: plan.id, version: plan.version, start: plan.period.start, end: plan.period.end, base: plan.base_year })));
  out.push(t("show-regions", { regions: plan.regions.map((r) => `${r.name[lang]} ${r.code}`).join(lang === "zh" ? "、" : ", ") }), "");
  for (const area of plan.areas.filter((a) => areas.includes(a.id))) {
    const goals = plan.goals.filter((g) => g.area === area.id);
    const inds = plan.indicators.filter((i) => i.area === area.id);
    const num = lang === "zh" ? (CN_NUM[area.number - 1] ?? String(area.number)) : String(area.number);
    out.push(chalk.bold.cyan(t("show-area-heading", { num, name: area.name[lang], goals: goals.length, measurable: goals.filter((g) => g.measurable).length, indicators: inds.length })));
    for (const g of goals) {
      out.push(`  ${g.number}. ${g.text}`);
      if (!g.measurable) out.push(chalk.dim(`     ${t("show-not-measurable")}`));
      for (const id of g.indicators) {
        const ind = plan.indicators.find((i) => i.id === id)!;
        const targets = ind.targets.map((tg) => describeTarget(tg, ind, plan, lang)).join(lang === "zh" ? "；" : "; ");
        const baseline = ind.baseline ? chalk.dim(`  ${t("show-baseline", { value: `${fmtNum(ind.baseline.value)}${ind.unit[lang]}`, year: ind.baseline.year })}`) : "";
        const name = lang === "zh" ? ind.name.zh : ind.name.en;
        out.push(`     · ${chalk.bold(name)} ${chalk.dim(`[${ind.id}]`)}${targets ? ` — ${chalk.green(targets)}` : ""}${baseline}`);
      }
    }
    out.push("");
  }
  return out.join("\n");
}

/** Show the plan, optionally one area. */
export async function planShow(ctx: Context, opts: { area?: AreaId }): Promise<number> {
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const plan = requirePlan(ctx);
  const areas: AreaId[] = opts.area !== undefined ? [opts.area] : [...AREA_IDS];
  emit(ctx, format === "json" ? JSON.stringify(planToJson(plan, areas), null, 2) + "\n" : renderText(ctx, plan, areas));
  return EXIT.ok;
}
