/** The attainment summary opening the terminal report (rate, counts by status and category, warnings, one line per area), and the legend closing it. */
import Table from "cli-table3";
import type { ChalkInstance } from "chalk";
import type { Plan } from "../../model/plan.js";
import type { Report } from "../../model/report.js";
import type { ResultText } from "../../report-model/result-text.js";
import { displayWidth, wrapText } from "../../util/display-width.js";
import { categoryList, summaryAreaIds, summaryRateLine } from "../../report-model/summary-words.js";

const BORDERLESS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "  ", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  ",
};

function areaTable(report: Report, plan: Plan, text: ResultText, chalk: ChalkInstance, width: number): string {
  const ids = summaryAreaIds(report.summary, plan);
  // A column of zeros only costs width (it matters on an 80-column terminal).
  const showNa = report.summary.not_assessable > 0;
  const showInd = (report.summary.indeterminate ?? 0) > 0;
  const keys = (["col-area", "col-rate", "status-met", "status-nearly_met", "status-not_met", "status-indeterminate", "status-not_assessable", "col-red", "col-yellow"] as const)
    .filter((k) => (showNa || k !== "status-not_assessable") && (showInd || k !== "status-indeterminate"));
  const table = new Table({ chars: BORDERLESS, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 }, colAligns: keys.map((_k, i) => (i === 0 ? "left" : "right")) });
  const rows = ids.map((id) => {
    const s = report.summary.areas[id]!;
    const red = s.warnings.red ? chalk.red(String(s.warnings.red)) : "0";
    const yellow = s.warnings.yellow ? chalk.yellow(String(s.warnings.yellow)) : "0";
    return [text.areaName(id), chalk.bold(text.pct(s.attainment_rate) || text.t("rate-none")), s.met, s.nearly_met, s.not_met, ...(showInd ? [s.indeterminate ?? 0] : []), ...(showNa ? [s.not_assessable] : []), red, yellow].map(String);
  });
  const heads = keys.map((k) => text.t(k));
  // On a narrow terminal the long headings take two lines (统计上 / 无法判定), so the table fits without losing a column.
  const colWidth = (hs: string[], i: number): number => Math.max(...hs[i]!.split("\n").map(displayWidth), ...rows.map((r) => displayWidth(r[i]!)));
  const need = (hs: string[]): number => 2 + hs.reduce((n, _h, i) => n + colWidth(hs, i), 0) + 2 * (hs.length - 1);
  const shown = need(heads) > width ? heads.map((h, i) => (i === 0 ? h : foldHeading(h))) : heads;
  // Still too wide (long English area names): the area names wrap.
  const nameRoom = width - (need(shown) - colWidth(shown, 0));
  const wrapName = nameRoom < colWidth(shown, 0) ? (name: string): string => wrapText(name, Math.max(10, nameRoom)).join("\n") : (name: string): string => name;
  table.push(shown.map((h) => chalk.dim(h)));
  for (const r of rows) table.push([wrapName(r[0]!), ...r.slice(1)]);
  return table.toString().split("\n").map((l) => l.trimEnd()).join("\n");
}

/** A heading in two lines of about equal width: at the middle space, or between Chinese characters. */
export function foldHeading(heading: string): string {
  const words = heading.split(" ");
  if (words.length > 1) {
    let best = 1, diff = Infinity;
    for (let i = 1; i < words.length; i++) {
      const d = Math.abs(displayWidth(words.slice(0, i).join(" ")) - displayWidth(words.slice(i).join(" ")));
      if (d < diff) (best = i), (diff = d);
    }
    return `${words.slice(0, best).join(" ")}\n${words.slice(best).join(" ")}`;
  }
  const chars = [...heading];
  if (chars.length < 4 || displayWidth(heading) === chars.length) return heading;
  const half = Math.floor(chars.length / 2);
  return `${chars.slice(0, half).join("")}\n${chars.slice(half).join("")}`;
}

/** Lines of the summary. */
export function renderSummary(report: Report, plan: Plan, text: ResultText, chalk: ChalkInstance, width: number): string[] {
  const s = report.summary;
  const room = Math.max(40, width - 2);
  const out = [chalk.bold.cyan(text.t("summary-heading")), ...wrapText(summaryRateLine(s, text), room).map((l) => `  ${chalk.bold(l)}`)];
  const cats = categoryList(s, text);
  if (cats) out.push(...wrapText(text.t("summary-categories", { list: cats }), room).map((l) => `  ${l}`));
  const w = text.t("summary-warnings", { red: s.warnings.red, yellow: s.warnings.yellow, other: s.warnings.other });
  out.push(`  ${s.warnings.red ? chalk.red(w) : s.warnings.yellow ? chalk.yellow(w) : chalk.green(w)}`);
  if (Object.keys(s.areas).length) out.push("", areaTable(report, plan, text, chalk, width));
  return out;
}

/** Lines of the legend under the tables: what gap, sparkline and arrows mean, and where cut warnings are whole (`cut`). */
export function renderLegend(text: ResultText, chalk: ChalkInstance, width: number, cut: boolean): string[] {
  const room = Math.max(40, width - 2);
  const legend = cut ? `${text.t("gap-legend")}${text.lang === "zh" ? "。" : ". "}${text.t("cut-legend")}` : text.t("gap-legend");
  return wrapText(legend, room).map((l) => chalk.dim(l));
}
