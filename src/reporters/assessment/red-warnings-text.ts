/** The red warnings gathered under the summary at the top of the terminal report, so the first screen shows what needs action. */
import type { ChalkInstance } from "chalk";
import type { Plan } from "../../model/plan.js";
import type { Report } from "../../model/report.js";
import type { ResultText } from "../../report-model/result-text.js";
import { groupResults } from "../../report-model/group-results.js";
import { translator } from "../../i18n/messages.js";
import { wrapText } from "../../util/display-width.js";
import { tableMessages } from "./table-messages.js";

/** At most this many red warnings are listed at the top (two lines each); the rest are counted, and all stay under their rows. */
export const RED_LISTED = 8;
const LINES_EACH = 2;

/** Lines listing the red warnings in plan order ("indicator · region: message"), or none when there are none. */
export function renderRedWarnings(report: Report, plan: Plan, text: ResultText, chalk: ChalkInstance, width: number): string[] {
  const t = translator(tableMessages, text.lang);
  const entries: string[] = [];
  for (const group of groupResults(report, plan))
    for (const ind of group.indicators)
      for (const r of ind.results)
        for (const w of r.warnings) if (w.level === "red") entries.push(`${text.indicatorName(r.indicator)} · ${text.subject(r)}${t("separator")}${w.message}`);
  if (entries.length === 0) return [];
  const room = Math.max(20, width - 4);
  const out = [chalk.bold.red(t("red-heading", { count: entries.length }))];
  for (const entry of entries.slice(0, RED_LISTED)) {
    let lines = wrapText(entry, room);
    if (lines.length > LINES_EACH) {
      // Re-wrapped one column narrower, so the ellipsis still fits on the last line kept.
      lines = wrapText(entry, room - 1).slice(0, LINES_EACH);
      lines[LINES_EACH - 1] += "…";
    }
    out.push(...lines.map((l, i) => `${i === 0 ? "  " : "    "}${chalk.red(l)}`));
  }
  if (entries.length > RED_LISTED) out.push(`  ${chalk.dim(t("red-more", { count: entries.length - RED_LISTED }))}`);
  return out;
}
