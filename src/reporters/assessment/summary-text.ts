/** The attainment summary opening the terminal report (rate, counts by status and category, warnings, one line per area), and the legend closing it. */
import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import type { Plan } from "../../model/plan.js";
import type { Report } from "../../model/report.js";
import type { ResultText } from "../../report-model/result-text.js";
import { wrapText } from "../../util/display-width.js";
import { categoryList, summaryAreaIds, summaryRateLine } from "../../report-model/summary-words.js";

const BORDERLESS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "  ", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  ",
};

function areaTable(report: Report, plan: Plan, text: ResultText, chalk: ChalkInstance): string {
  const ids = summaryAreaIds(report.summary, plan);
  // A column of zeros only costs width (it matters on an 80-column terminal).
  const showNa = report.summary.not_assessable > 0;
  const showInd = (report.summary.indeterminate ?? 0) > 0;
  const keys = (["col-area", "col-rate", "status-met", "status-nearly_met", "status-not_met", "status-indeterminate", "status-not_assessable", "col-red", "col-yellow"] as const)
    .filter((k) => (showNa || k !== "status-not_assessable") && (showInd || k !== "status-indeterminate"));
  const table = new Table({ chars: BORDERLESS, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 }, colAligns: keys.map((_k, i) => (i === 0 ? "left" : "right")) });
  table.push(keys.map((k) => chalk.dim(text.t(k))));
  for (const id of ids) {
    const s = report.summary.areas[id]!;
    const red = s.warnings.red ? chalk.red(String(s.warnings.red)) : "0";
    const yellow = s.warnings.yellow ? chalk.yellow(String(s.warnings.yellow)) : "0";
    const cells = [text.areaName(id), chalk.bold(text.pct(s.attainment_rate) || text.t("rate-none")), s.met, s.nearly_met, s.not_met, ...(showInd ? [s.indeterminate ?? 0] : []), ...(showNa ? [s.not_assessable] : []), red, yellow];
    table.push(cells.map(String));
  }
  return table.toString().split("\n").map((l) => l.trimEnd()).join("\n");
}

/** Lines of the summary. */
export function renderSummary(report: Report, plan: Plan, text: ResultText, chalk: ChalkInstance, width: number): string[] {
  const s = report.summary;
  const room = Math.max(40, width - 2);
  const out = [chalk.bold.cyan(text.t("summary-heading")), ...wrapText(summaryRateLine(s, text), room).map((l) => `  ${chalk.bold(l)}`)];
  const cats = categoryList(s, text);
  if (cats) out.push(`  ${text.t("summary-categories", { list: cats })}`);
  const w = text.t("summary-warnings", { red: s.warnings.red, yellow: s.warnings.yellow, other: s.warnings.other });
  out.push(`  ${s.warnings.red ? chalk.red(w) : s.warnings.yellow ? chalk.yellow(w) : chalk.green(w)}`);
  if (Object.keys(s.areas).length) out.push("", areaTable(report, plan, text, chalk));
  return out;
}

/** Lines of the legend under the tables: what gap, sparkline and arrows mean, and where cut warnings are whole (`cut`). */
export function renderLegend(text: ResultText, chalk: ChalkInstance, width: number, cut: boolean): string[] {
  const room = Math.max(40, width - 2);
  const legend = cut ? `${text.t("gap-legend")}${text.lang === "zh" ? "。" : ". "}${text.t("cut-legend")}` : text.t("gap-legend");
  return wrapText(legend, room).map((l) => chalk.dim(l));
}
