/** The report as Markdown, to paste into a document or a GitHub step summary: summary first, one table per area, warnings in full, data problems. */
import type { AssessmentReporter } from "./assessment-reporter.js";
import type { Report } from "../../model/report.js";
import type { Plan } from "../../model/plan.js";
import { resultText, type ResultText } from "../../report-model/result-text.js";
import { groupResults } from "../../report-model/group-results.js";
import { sparkline } from "../../util/sparkline.js";
import { trendArrow } from "../../util/trend-arrow.js";
import { categoryList, summaryAreaIds, summaryRateLine } from "../../report-model/summary-words.js";
import { diagnosticsReporters } from "../diagnostics/index.js";
import { countSeverities } from "../../model/diagnostic.js";
import { inputCounts } from "../../report-model/input-counts.js";
import { markdownCell } from "../markdown-cell.js";

const row = (cells: string[]): string => `| ${cells.map(markdownCell).join(" | ")} |`;

function summaryPart(report: Report, plan: Plan, text: ResultText): string[] {
  const s = report.summary;
  const out = [`**${summaryRateLine(s, text)}**`, ""];
  const cats = categoryList(s, text);
  if (cats) out.push(text.t("summary-categories", { list: cats }), "");
  out.push(text.t("summary-warnings", { red: s.warnings.red, yellow: s.warnings.yellow, other: s.warnings.other }), "");
  const ids = summaryAreaIds(s, plan);
  if (ids.length) {
    // The statistically indeterminate column appears only when there are any (small numbers behind rates).
    const ind = (s.indeterminate ?? 0) > 0;
    const keys = ["col-area", "col-rate", "status-met", "status-nearly_met", "status-not_met", ...(ind ? ["status-indeterminate"] as const : []), "status-not_assessable", "col-red", "col-yellow"] as const;
    out.push(row(keys.map((k) => text.t(k))));
    out.push(`|---|${keys.slice(1).map(() => "---:").join("|")}|`);
    for (const id of ids) {
      const a = s.areas[id]!;
      out.push(row([text.areaName(id), text.pct(a.attainment_rate) || text.t("rate-none"), ...[a.met, a.nearly_met, a.not_met, ...(ind ? [a.indeterminate ?? 0] : []), a.not_assessable, a.warnings.red, a.warnings.yellow].map(String)]));
    }
    out.push("");
  }
  return out;
}

/** Render as Markdown. */
export const assessmentMarkdownReporter: AssessmentReporter = (report, plan, { lang, chalk, input }) => {
  const text = resultText(plan, lang);
  const out = [`## ${text.t("md-title", { title: plan.title[lang], stage: text.stage(report.as_of, plan.milestones) })}`, ""];
  const regions = text.regions(report.results.map((r) => r.region));
  out.push(text.t("meta", { plan: report.plan.id, version: report.plan.version, method: text.method(report.method), regions }), "");
  out.push(...summaryPart(report, plan, text));
  const groups = groupResults(report, plan);
  if (groups.length === 0) out.push(text.t("no-results"), "");
  else out.push(`### ${text.t("md-results")}`, "");
  const warnings: string[] = [];
  for (const g of groups) {
    out.push(`#### ${text.areaHeading(g.area)}`, "");
    out.push(row((["col-indicator", "col-region", "col-latest", "col-target", "col-gap", "col-status", "col-category", "col-spark", "col-warnings"] as const).map((k) => text.t(k))));
    out.push("|---|---|---:|---|---:|---|---|---|---|");
    for (const r of g.indicators.flatMap((i) => i.results)) {
      const name = text.nameWithUnit(r.indicator);
      const latest = r.latest ? `${text.num(r.latest.value)} (${r.latest.year})` : text.t("no-data");
      const spark = `${sparkline(r.series)} ${trendArrow(r.trend, text.indicator(r.indicator)?.higher_is_better ?? true).symbol}`.trim();
      const warn = r.warnings.map((w) => `${text.level(w)} · ${text.warning(w.code)}`).join("<br>");
      const targets = r.targets.length ? r.targets : [null];
      targets.forEach((tr, i) => {
        const status = tr ? (tr.status === "not_met" ? `**${text.verdict(r, tr)}**` : text.verdict(r, tr)) : "";
        const lead = i === 0 ? [name, text.subject(r), latest] : ["", "", ""];
        out.push(row([...lead, tr ? text.target(tr, r.indicator) : "", tr ? text.gap(tr) : "", status, tr ? text.category(tr.category) : "", i === 0 ? spark : "", i === 0 ? warn : ""]));
      });
      for (const w of r.warnings) warnings.push(`- **${text.level(w)} · ${text.warning(w.code)}** — ${text.indicatorName(r.indicator)} · ${text.subject(r)}: ${markdownCell(w.message)}`);
    }
    out.push("");
  }
  out.push(`### ${text.t("md-warnings")}`, "", ...(warnings.length ? warnings : [text.t("md-no-warnings")]), "");
  if (report.diagnostics.length) {
    const body = diagnosticsReporters.markdown({ version: report.version, summary: { ...inputCounts(report, input), ...countSeverities(report.diagnostics) }, diagnostics: report.diagnostics }, { lang, chalk });
    // Its own "## …" title would outrank this document's sections; keep the summary line and table under ours.
    out.push(`### ${text.t("md-diagnostics")}`, "", ...body.split("\n").slice(2));
  }
  return out.join("\n").trimEnd() + "\n";
};
