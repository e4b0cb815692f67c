/** `explain <indicator> [data files…]`: why an indicator got its verdict in one region — series, rule, formulas with the numbers, warnings. */
import type { Context } from "../context.js";
import { TABLE_JSON_FORMATS } from "../options.js";
import { emit, pickFormat, reportChalk, requirePlan } from "../context.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { Indicator, Plan } from "../../model/plan.js";
import type { IndicatorResult, Report, TargetStatus } from "../../model/report.js";
import { explainResult, explainMessages } from "../../assess/index.js";
import { describeTarget } from "../../plan/describe-target.js";
import { resultText } from "../../report-model/result-text.js";
import { checkCommandMessages, type CheckCommandMessageKey } from "./check-command-messages.js";
import { assessmentJsonReporter } from "../../reporters/assessment/json.js";
import { sparkline } from "../../util/sparkline.js";
import { wrapText } from "../../util/display-width.js";
import { statusPaint, warningPaint } from "../../reporters/assessment/table-rows.js";
import { trendArrow } from "../../util/trend-arrow.js";
import { renderDiagnostics } from "../../reporters/assessment/diagnostics-text.js";
import { indicatorOption, regionOption, runAssessment, type AssessFlags } from "../run-assessment.js";

const prefixOf = (template: string): string => template.slice(0, template.indexOf("{"));

function about(ind: Indicator, plan: Plan, ctx: Context, m: Translate<CheckCommandMessageKey>): string {
  const text = resultText(plan, ctx.lang);
  return ctx.chalk.dim(`${ind.id} · ${m("ex-about", { area: text.areaHeading(ind.area), goal: ind.goal, unit: ind.unit[ctx.lang], direction: m(ind.higher_is_better ? "ex-higher" : "ex-lower") })}`);
}

/** The explanation of one result: explainResult's lines, styled by kind, with the sparkline and the plan's own words added. */
function renderResult(r: IndicatorResult, ind: Indicator, plan: Plan, report: Report, ctx: Context, m: Translate<CheckCommandMessageKey>): string[] {
  const { chalk, lang } = ctx;
  const x = explainMessages[lang];
  const lines = explainResult(r, plan, report, lang);
  const width = ctx.io.stdout.columns || Number(ctx.io.env.COLUMNS) || 120;
  const out: string[] = [];
  let target = -1;
  let warning = -1;
  lines.forEach((line, i) => {
    if (i === 0) return out.push(chalk.bold(line), about(ind, plan, ctx, m));
    if (line.startsWith(prefixOf(x.series))) {
      const arrow = trendArrow(r.trend, ind.higher_is_better);
      const paint = arrow.tone === "good" ? chalk.green : arrow.tone === "bad" ? chalk.red : chalk.gray;
      return out.push(line, `  ${m("ex-trend", { spark: chalk.cyan(sparkline(r.series)), arrow: paint(arrow.symbol) })}`);
    }
    if (line.startsWith(prefixOf(x.target))) {
      const tr = r.targets[++target];
      const planTarget = ind.targets[target];
      out.push("", tr?.current === false ? chalk.bold.gray(line) : chalk.bold(line));
      if (planTarget?.quote) out.push(chalk.dim(`  ${m("ex-quote", { quote: planTarget.quote })}`));
      if (planTarget?.note) out.push(chalk.dim(`  ${m("ex-note", { note: planTarget.note })}`));
      return;
    }
    if (line.startsWith(prefixOf(x.verdict))) {
      const status: TargetStatus = r.targets[target]?.status ?? "not_assessable";
      return out.push(chalk.bold(statusPaint(chalk, status)(line)));
    }
    if (line === x.warnings || line === x["no-warnings"]) return out.push("", chalk.bold(line));
    if (warning >= 0 || (i > 0 && lines[i - 1] === x.warnings)) {
      const w = r.warnings[++warning];
      // Warnings carry every number that triggered them; wrapped with a hanging indent they stay readable.
      const wrapped = wrapText(line.trim(), width - 4).map((l, n) => (n === 0 ? `  ${l}` : `    ${l}`));
      return out.push(...wrapped.map((l) => (w ? warningPaint(chalk, w)(l) : l)));
    }
    out.push(line);
  });
  return out;
}

function ruleOnly(ind: Indicator, plan: Plan, ctx: Context, m: Translate<CheckCommandMessageKey>): string {
  const { chalk } = ctx;
  const out = [chalk.bold(ind.name[ctx.lang]), about(ind, plan, ctx, m)];
  if (ind.note) out.push(chalk.dim(m("ex-note", { note: ind.note })));
  ind.targets.forEach((tg, n) => {
    out.push("", chalk.bold(m("ex-target", { n: n + 1, text: describeTarget(tg, ind, plan, ctx.lang) })));
    if (tg.quote) out.push(chalk.dim(`  ${m("ex-quote", { quote: tg.quote })}`));
    if (tg.note) out.push(chalk.dim(`  ${m("ex-note", { note: tg.note })}`));
  });
  out.push("", m("ex-rule-only", { id: ind.id }));
  return out.join("\n") + "\n";
}

/** Pick the results to explain: the asked region, else the city, else the first region with data. */
function pick(report: Report, plan: Plan, asked: string | undefined, ctx: Context, m: Translate<CheckCommandMessageKey>, indicatorName: string): IndicatorResult[] {
  const text = resultText(plan, ctx.lang);
  const regions = [...new Set(report.results.map((r) => r.region))];
  const names = text.list(regions.map((c) => text.regionName(c)));
  if (asked) {
    const found = report.results.filter((r) => r.region === asked);
    if (!found.length) throw new CliError(m("ex-no-result", { indicator: indicatorName, region: text.regionName(asked), regions: names }));
    return found;
  }
  const city = plan.regions.find((r) => r.level === "city" && regions.includes(r.code))?.code ?? regions[0]!;
  if (regions.length > 1) ctx.io.stderr.write(m("ex-picked-region", { region: text.regionName(city), regions: names }) + "\n");
  return report.results.filter((r) => r.region === city);
}

/** Run `explain`. */
export async function explain(context: Context, indicatorArg: string, files: string[], o: AssessFlags): Promise<number> {
  const ctx = { ...context, chalk: reportChalk(context) };
  const m = translator(checkCommandMessages, ctx.lang);
  const format = pickFormat(ctx, TABLE_JSON_FORMATS);
  const plan = requirePlan(ctx);
  const id = indicatorOption(plan, indicatorArg, m);
  const ind = plan.indicators.find((i) => i.id === id)!;
  if (files.length === 0 && o.db === undefined) {
    emit(ctx, format === "json" ? JSON.stringify({ indicator: ind.id, name: ind.name, unit: ind.unit, higher_is_better: ind.higher_is_better, targets: ind.targets }, null, 2) + "\n" : ruleOnly(ind, plan, ctx, m));
    return EXIT.ok;
  }
  const asked = regionOption(plan, o.region, m);
  // Every region is assessed so that a region without data can be answered with the regions that have some.
  const { report, input } = await runAssessment(ctx, files, { ...o, region: undefined }, { plan, indicator: id, quiet: format !== "table" });
  const chosen = pick(report, plan, asked, ctx, m, ind.name[ctx.lang]);
  if (format === "json") {
    const doc = JSON.parse(assessmentJsonReporter({ ...report, results: chosen }, plan, { lang: ctx.lang, chalk: ctx.chalk, input })) as { results: Record<string, unknown>[] };
    doc.results.forEach((r, i) => (r.explanation = explainResult(chosen[i]!, plan, report, ctx.lang)));
    emit(ctx, JSON.stringify(doc, null, 2) + "\n", files);
    return EXIT.ok;
  }
  const blocks = chosen.map((r) => renderResult(r, ind, plan, report, ctx, m).join("\n"));
  const own = report.diagnostics.filter((d) => d.indicator === id);
  if (own.length) blocks.push(renderDiagnostics({ ...report, diagnostics: own }, resultText(plan, ctx.lang), ctx.chalk, input).join("\n"));
  emit(ctx, blocks.join("\n\n") + "\n", files);
  return EXIT.ok;
}
