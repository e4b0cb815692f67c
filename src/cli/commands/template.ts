/** `template --year Y [--region R…] [--data files…] -o 报送模板.xlsx`: the fill-in workbook for the regions. */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Context } from "../context.js";
import { emit, pickFormat, requirePlan } from "../context.js";
import { optionMessages } from "../option-messages.js";
import { TEMPLATE_FORMATS, yearWithin, type YearArg } from "../options.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { countSeverities } from "../../model/diagnostic.js";
import type { Observation } from "../../model/observation.js";
import { checkCommandMessages } from "./check-command-messages.js";
import { regionOption } from "../run-assessment.js";
import { readData } from "../read-data.js";
import { reportCommandMessages } from "./report-command-messages.js";
import { buildTemplateWorkbook } from "../../template/build-template-workbook.js";

/** The options of `template` as commander hands them over. */
export interface TemplateCmdOptions {
  year: YearArg;
  region?: string[];
  data?: string[];
  sheet?: string;
  encoding?: string;
  db?: string;
}

/** Run `template`. */
export async function template(ctx: Context, o: TemplateCmdOptions): Promise<number> {
  const m = translator(reportCommandMessages, ctx.lang);
  const cm = translator(checkCommandMessages, ctx.lang);
  pickFormat(ctx, TEMPLATE_FORMATS);
  if (!ctx.output) throw new CliError(m("needs-output", { format: "XLSX", example: ctx.lang === "zh" ? "报送模板.xlsx" : "template.xlsx" }));
  const plan = requirePlan(ctx);
  const year = yearWithin(o.year, plan.base_year, plan.period.end, () => translator(optionMessages, ctx.lang)("bad-template-year", { value: o.year.text, min: plan.base_year, max: plan.period.end }));
  const regions = (o.region ?? []).flatMap((r) => r.split(/[,，、]/)).filter((r) => r.trim() !== "").map((r) => regionOption(plan, r, cm)).filter((r): r is string => r !== undefined);
  let data: Observation[] = [];
  const inputs = o.data ?? [];
  // The first year's routine makes the templates before anything is ingested: a database not made yet only means nothing to pre-fill.
  const noDbYet = o.db !== undefined && inputs.length === 0 && !existsSync(path.resolve(ctx.io.cwd, o.db));
  if (noDbYet) ctx.io.stderr.write(`hld-women: ${m("template-no-db", { file: o.db })}\n`);
  if (!noDbYet && (inputs.length > 0 || o.db !== undefined)) {
    const read = await readData(ctx, plan, inputs, { db: o.db, encoding: o.encoding, sheet: o.sheet });
    data = read.observations;
    const counts = countSeverities(read.diagnostics);
    if (counts.errors + counts.warnings > 0) ctx.io.stderr.write(`hld-women: ${m("data-problems", { errors: counts.errors, warnings: counts.warnings })}\n`);
  }
  const buf = await buildTemplateWorkbook(plan, { year, regions, data, lang: ctx.lang });
  emit(ctx, buf, inputs);
  return EXIT.ok;
}
