/** A diagnostics reporter: (report, options) → text. The list of formats feeds --format's choices. */
import type { ChalkInstance } from "chalk";
import type { ValidationReport } from "../../model/validation.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Lang } from "../../i18n/lang.js";
import { translator } from "../../i18n/messages.js";
import { diagnosticsReporterMessages } from "./messages.js";

export const DIAGNOSTIC_FORMATS = ["table", "json", "csv", "markdown", "github", "junit", "sarif"] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** Options every reporter receives. */
export interface DiagnosticsReporterOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Terminal columns to fit (table only; default 120). */
  width?: number;
}

/** Where a diagnostic points, in words: "data.xlsx · 工作表 Sheet1 · 第 5 行 · 列 数值 (D)". */
export function describeLocation(d: Diagnostic, lang: Lang): string {
  const t = translator(diagnosticsReporterMessages, lang);
  const s = d.source;
  if (!s) return "";
  const parts = [s.file];
  if (s.sheet) parts.push(t("loc-sheet", { sheet: s.sheet }));
  if (s.path) parts.push(`${t("loc-line", { line: s.line ?? "?", col: s.col ?? "?" })} (${s.path})`);
  else if (s.row !== undefined) parts.push(t("loc-row", { row: s.row }));
  else if (s.line !== undefined) parts.push(t("loc-line", { line: s.line, col: s.col ?? "?" }));
  if (s.column) parts.push(t("loc-column", { column: s.column }));
  return parts.join(" · ");
}

/** The flat JSON form of a diagnostic: `{code, severity, message, file, sheet?, row?, column?, indicator?, region?, year?, value?}` (plan diagnostics add line, col, path, expected). */
export function flatDiagnostic(d: Diagnostic): Record<string, unknown> {
  const s = d.source;
  const out: Record<string, unknown> = { code: d.code, severity: d.severity, message: d.message };
  if (s) {
    out.file = s.file;
    if (s.sheet !== undefined) out.sheet = s.sheet;
    if (s.row !== undefined) out.row = s.row;
    if (s.column !== undefined) out.column = s.column;
    // Line, column number and YAML path belong to plan (YAML) diagnostics; data diagnostics keep to the documented keys.
    if (s.line !== undefined) {
      out.line = s.line;
      if (s.col !== undefined) out.col = s.col;
    }
    if (s.path !== undefined) out.path = s.path;
  }
  for (const k of ["indicator", "region", "year", "value"] as const) if (d[k] !== undefined) out[k] = d[k];
  if (s?.line !== undefined && d.expected !== undefined) out.expected = d.expected;
  return out;
}

export type DiagnosticsReporter = (report: ValidationReport, options: DiagnosticsReporterOptions) => string;
