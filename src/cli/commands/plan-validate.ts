/** `plan validate [files…]`: every diagnostic of every plan file; exit 1 when any plan is invalid. */
import type { Context } from "../context.js";
import { emit, pickFormat } from "../context.js";
import { loadPlan } from "../../plan/load-plan.js";
import { translator } from "../../i18n/messages.js";
import { planMessages } from "../../plan/messages.js";
import { diagnosticsReporters, DIAGNOSTIC_FORMATS } from "../../reporters/diagnostics/index.js";
import { countSeverities, compareDiagnostics, type Diagnostic } from "../../model/diagnostic.js";
import { VERSION } from "../../version.js";
import { EXIT } from "../cli-error.js";

/** Validate the named plan files (or the plan in use) and report. */
export async function planValidate(ctx: Context, files: string[]): Promise<number> {
  const format = pickFormat(ctx, DIAGNOSTIC_FORMATS);
  const specs = files.length ? files : [ctx.planSpec];
  const t = translator(planMessages, ctx.lang);
  const all: Diagnostic[] = [];
  const lines: string[] = [];
  for (const spec of specs) {
    const { plan, diagnostics } = loadPlan(spec, ctx.lang);
    const read = plan?.file ?? spec;
    if (read !== undefined) ctx.inputs.push(read);
    all.push(...diagnostics);
    const file = plan?.file ?? diagnostics[0]?.source?.file ?? String(spec);
    if (plan) {
      const targets = plan.indicators.reduce((n, i) => n + i.targets.length, 0);
      lines.push(t("valid", { file, id: plan.id, version: plan.version, goals: plan.goals.length, indicators: plan.indicators.length, targets }));
    } else lines.push(t("invalid", { file, errors: countSeverities(diagnostics).errors }));
  }
  all.sort(compareDiagnostics);
  const counts = countSeverities(all);
  const report = { version: VERSION, summary: { files: specs.length, rows: 0, ...counts }, diagnostics: all };
  if (format === "table") {
    const body = all.length ? diagnosticsReporters.table(report, ctx) : "";
    emit(ctx, body + lines.map((l) => (counts.errors ? ctx.chalk.red(l) : ctx.chalk.green(l))).join("\n") + "\n");
  } else emit(ctx, diagnosticsReporters[format](report, ctx));
  return counts.errors > 0 ? EXIT.findings : EXIT.ok;
}
