/** The report as GitHub Actions annotations: the summary as a notice, red warnings as errors, yellow as warnings, then data problems. */
import type { AssessmentReporter } from "./assessment-reporter.js";
import type { IndicatorResult, ResultWarning } from "../../model/report.js";
import { resultText } from "../../report-model/result-text.js";
import { groupResults } from "../../report-model/group-results.js";
import { diagnosticsGithubReporter } from "../diagnostics/github.js";
import { countSeverities } from "../../model/diagnostic.js";
import { inputCounts } from "../../report-model/input-counts.js";
import { escapeData, escapeProperty } from "../workflow-command.js";

const RANK = { red: 0, yellow: 1, none: 2 } as const;

/** Render as workflow commands. GitHub shows only 10 of each kind, so the most serious come first and the command writes the full Markdown to $GITHUB_STEP_SUMMARY. */
export const assessmentGithubReporter: AssessmentReporter = (report, plan, { lang, chalk, input }) => {
  const text = resultText(plan, lang);
  const s = report.summary;
  const lines = [
    `::notice title=hld-women::${escapeData(text.t("gh-summary", { rate: text.pct(s.attainment_rate) || text.t("rate-none"), assessable: s.assessable, met: s.met, nearly: s.nearly_met, notMet: s.not_met, red: s.warnings.red, yellow: s.warnings.yellow }))}`,
  ];
  const found: { r: IndicatorResult; w: ResultWarning }[] = [];
  for (const r of groupResults(report, plan).flatMap((a) => a.indicators.flatMap((i) => i.results))) for (const w of r.warnings) found.push({ r, w });
  // A stable sort keeps the plan's order within each level.
  found.sort((a, b) => RANK[a.w.level ?? "none"] - RANK[b.w.level ?? "none"]);
  const notes: string[] = [];
  for (const { r, w } of found) {
    const kind = w.level === "red" ? "error" : w.level === "yellow" ? "warning" : "notice";
    const title = text.t("gh-title", { indicator: text.indicatorName(r.indicator), region: text.subject(r), warning: text.warning(w.code) });
    const line = `::${kind} title=${escapeProperty(title)}::${escapeData(`${text.level(w)} · ${w.message}`)}`;
    (kind === "notice" ? notes : lines).push(line);
  }
  const diag = diagnosticsGithubReporter({ version: report.version, summary: { ...inputCounts(report, input), ...countSeverities(report.diagnostics) }, diagnostics: report.diagnostics }, { lang, chalk });
  return [...lines, ...(diag ? [diag.trimEnd()] : []), ...notes].join("\n") + "\n";
};
