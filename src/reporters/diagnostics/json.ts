/** Diagnostics as the documented JSON contract. */
import type { DiagnosticsReporter } from "./reporter.js";
import { flatDiagnostic } from "./reporter.js";

/** `{version, summary, diagnostics: [{code, severity, message, file, sheet?, row?, column?, …}], truncated?}` */
export const diagnosticsJsonReporter: DiagnosticsReporter = (report) =>
  JSON.stringify(
    { version: report.version, summary: report.summary, diagnostics: report.diagnostics.map(flatDiagnostic), ...(report.truncated ? { truncated: report.truncated } : {}) },
    null,
    2,
  ) + "\n";
