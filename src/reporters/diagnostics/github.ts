/** Diagnostics as GitHub Actions workflow commands (::error file=…,line=…::message). */
import type { DiagnosticsReporter } from "./reporter.js";
import { escapeData, escapeProperty } from "../workflow-command.js";

/** Render as annotations; GitHub shows only the first 10 of each kind, so the step summary gets the full list (see the validate command). */
export const diagnosticsGithubReporter: DiagnosticsReporter = (report) =>
  report.diagnostics
    .map((d) => {
      const kind = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
      const props: string[] = [];
      if (d.source?.file) props.push(`file=${escapeProperty(d.source.file)}`);
      const line = d.source?.line ?? d.source?.row;
      if (line !== undefined) props.push(`line=${line}`);
      if (d.source?.col !== undefined) props.push(`col=${d.source.col}`);
      props.push(`title=${escapeProperty(d.code)}`);
      const where = [d.source?.sheet, d.source?.column].filter(Boolean).join(" ");
      return `::${kind} ${props.join(",")}::${escapeData(where ? `${where}: ${d.message}` : d.message)}`;
    })
    .join("\n") + (report.diagnostics.length ? "\n" : "");
