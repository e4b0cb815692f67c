/** The attainment summary in words: the rate line and the categories with a count. */
import type { Plan } from "../model/plan.js";
import type { Report, SummaryBlock } from "../model/report.js";
import type { ResultText } from "./result-text.js";
import { CATEGORIES } from "./categories.js";

/** "达标率 78.6%" numbers of one summary block, in words, saying how many could not be assessed (no data) or judged (small numbers). */
export function summaryRateLine(s: SummaryBlock, text: ResultText): string {
  const line = text.t("summary-rate", { rate: text.pct(s.attainment_rate) || text.t("rate-none"), assessable: s.assessable, met: s.met, nearly: s.nearly_met, notMet: s.not_met, na: s.not_assessable });
  const missing = (s.missing ?? 0) > 0 ? text.t("summary-missing", { missing: s.missing }) : "";
  const indeterminate = (s.indeterminate ?? 0) > 0 ? text.t("summary-indeterminate", { count: s.indeterminate }) : "";
  return `${line}${missing}${indeterminate}`;
}

/** Categories with a count, in the methods' order: "已实现 3 · 进展不足 1". */
export function categoryList(s: SummaryBlock, text: ResultText): string {
  return CATEGORIES.filter((c) => (s.categories[c] ?? 0) > 0)
    .map((c) => `${text.category(c)} ${s.categories[c]}`)
    .join(" · ");
}

/** The areas a summary has figures for: the plan's order first, then any others by id. */
export function summaryAreaIds(s: Report["summary"], plan: Plan): string[] {
  return [...new Set([...plan.areas.map((a) => a.id as string), ...Object.keys(s.areas).sort()])].filter((id) => s.areas[id]);
}
