/** Diagnostics for a person at a terminal: grouped by file, aligned columns, messages wrapped to the width, summary last. */
import type { DiagnosticsReporter } from "./reporter.js";
import { translator, type Translate } from "../../i18n/messages.js";
import { diagnosticsReporterMessages } from "./messages.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { displayWidth, wrapText } from "../../util/display-width.js";

type T = Translate<keyof (typeof diagnosticsReporterMessages)["zh"]>;

/** Default terminal width when none is known. */
export const DEFAULT_WIDTH = 120;
// Past this, a location gets its own line so the messages keep their room.
const MAX_LOCATION_WIDTH = 30;

function where(d: Diagnostic, t: T): string {
  const s = d.source;
  if (!s) return "";
  const parts: string[] = [];
  if (s.sheet) parts.push(t("loc-sheet", { sheet: s.sheet }));
  if (s.line !== undefined) parts.push(`${s.line}:${s.col ?? "?"}`);
  else if (s.row !== undefined) parts.push(t("loc-row", { row: s.row }));
  if (s.column) parts.push(s.column);
  return parts.join(" · ");
}

const pad = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - displayWidth(s)));

/** Render as aligned text. */
export const diagnosticsTableReporter: DiagnosticsReporter = (report, { lang, chalk, width = DEFAULT_WIDTH }) => {
  const t = translator(diagnosticsReporterMessages, lang);
  const out: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const f = d.source?.file ?? "";
    if (!byFile.has(f)) byFile.set(f, []);
    byFile.get(f)!.push(d);
  }
  const sevWidth = Math.max(...(["error", "warning", "info"] as const).map((s) => displayWidth(t(`sev-${s}`))));
  for (const [file, ds] of byFile) {
    if (file) out.push(chalk.underline(file));
    const locations = ds.map((d) => where(d, t));
    const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(0, ...locations.map(displayWidth)));
    const msgWidth = Math.max(30, width - 2 - locWidth - 2 - sevWidth - 2);
    ds.forEach((d, i) => {
      const loc = locations[i]!;
      const sevText = pad(t(`sev-${d.severity}`), sevWidth);
      const sev = d.severity === "error" ? chalk.red(sevText) : d.severity === "warning" ? chalk.yellow(sevText) : chalk.blue(sevText);
      const text = `${d.message}${d.source?.path ? ` (${d.source.path})` : ""} [${d.code}]`;
      const lines = wrapText(text, msgWidth);
      const indent = " ".repeat(2 + locWidth + 2 + sevWidth + 2);
      const long = displayWidth(loc) > locWidth;
      if (long) out.push(`  ${chalk.dim(loc)}`);
      out.push(`  ${chalk.dim(pad(long ? "" : loc, locWidth))}  ${sev}  ${lines[0] ?? ""}`);
      for (const l of lines.slice(1)) out.push(indent + l);
    });
    out.push("");
  }
  const s = report.summary;
  if (report.truncated) out.push(chalk.yellow(t("truncated", report.truncated)));
  const line = t("summary", s);
  out.push(s.errors > 0 ? chalk.red.bold(line) : s.warnings > 0 ? chalk.yellow.bold(line) : chalk.green.bold(`${line} · ${t("clean")}`));
  return out.join("\n") + "\n";
};
