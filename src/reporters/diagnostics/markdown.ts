/** Diagnostics as a Markdown table (for pull requests and reports). */
import type { DiagnosticsReporter } from "./reporter.js";
import { describeLocation } from "./reporter.js";
import { translator } from "../../i18n/messages.js";
import { diagnosticsReporterMessages } from "./messages.js";
import { markdownCell } from "../markdown-cell.js";

/** Render as Markdown. */
export const diagnosticsMarkdownReporter: DiagnosticsReporter = (report, { lang }) => {
  const t = translator(diagnosticsReporterMessages, lang);
  const lines = [`## ${t("md-title")}`, "", t("summary", report.summary), ""];
  if (report.truncated) lines.push(`> ${t("truncated", report.truncated)}`, "");
  if (report.diagnostics.length) {
    lines.push(`| ${t("col-severity")} | ${t("col-code")} | ${t("col-location")} | ${t("col-message")} |`, "|---|---|---|---|");
    for (const d of report.diagnostics) lines.push(`| ${t(`sev-${d.severity}`)} | \`${d.code}\` | ${markdownCell(describeLocation(d, lang))} | ${markdownCell(d.message)} |`);
  }
  return lines.join("\n") + "\n";
};
