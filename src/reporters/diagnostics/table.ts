/** Diagnostics for a person at a terminal: grouped by file, aligned columns, colour by severity, summary last. */
import Table from "cli-table3";
import type { DiagnosticsReporter } from "./reporter.js";
import { translator } from "../../i18n/messages.js";
import { diagnosticsReporterMessages } from "./messages.js";
import type { Diagnostic } from "../../model/diagnostic.js";

const BORDERLESS = {
  top: "", "top-mid": "", "top-left": "", "top-right": "", bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "  ", "left-mid": "", mid: "", "mid-mid": "", right: "", "right-mid": "", middle: "  ",
};

function where(d: Diagnostic, t: ReturnType<typeof translator<keyof typeof diagnosticsReporterMessages.zh>>): string {
  const s = d.source;
  if (!s) return "";
  const parts: string[] = [];
  if (s.sheet) parts.push(t("loc-sheet", { sheet: s.sheet }));
  if (s.path) parts.push(`${s.line ?? "?"}:${s.col ?? "?"}`);
  else if (s.row !== undefined) parts.push(t("loc-row", { row: s.row }));
  else if (s.line !== undefined) parts.push(`${s.line}:${s.col ?? "?"}`);
  if (s.column) parts.push(s.column);
  return parts.join(" · ");
}

/** Render as aligned text. */
export const tableReporter: DiagnosticsReporter = (report, { lang, chalk }) => {
  const t = translator(diagnosticsReporterMessages, lang);
  const out: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const f = d.source?.file ?? "";
    if (!byFile.has(f)) byFile.set(f, []);
    byFile.get(f)!.push(d);
  }
  for (const [file, ds] of byFile) {
    if (file) out.push(chalk.underline(file));
    const table = new Table({ chars: BORDERLESS, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 }, wordWrap: false });
    for (const d of ds) {
      const sev = d.severity === "error" ? chalk.red(t("sev-error")) : d.severity === "warning" ? chalk.yellow(t("sev-warning")) : chalk.blue(t("sev-info"));
      const msg = d.source?.path ? `${d.message}  ${chalk.dim(d.source.path)}` : d.message;
      table.push([chalk.dim(where(d, t)), sev, msg, chalk.dim(d.code)]);
    }
    out.push(table.toString(), "");
  }
  const s = report.summary;
  if (report.truncated) out.push(chalk.yellow(t("truncated", report.truncated)));
  const line = t("summary", s);
  out.push(s.errors > 0 ? chalk.red.bold(line) : s.warnings > 0 ? chalk.yellow.bold(line) : chalk.green.bold(`${line} · ${t("clean")}`));
  return out.join("\n") + "\n";
};
