/** The diagnostics reporters by format name. */
import type { DiagnosticFormat, DiagnosticsReporter } from "./reporter.js";
import { diagnosticsTableReporter } from "./table.js";
import { diagnosticsJsonReporter } from "./json.js";
import { diagnosticsCsvReporter } from "./csv.js";
import { diagnosticsMarkdownReporter } from "./markdown.js";
import { diagnosticsGithubReporter } from "./github.js";
import { diagnosticsJunitReporter } from "./junit.js";
import { printableDiagnostic } from "./printable-diagnostic.js";
import { diagnosticsSarifReporter } from "./sarif.js";

export { DIAGNOSTIC_FORMATS, type DiagnosticFormat, type DiagnosticsReporter, describeLocation, flatDiagnostic } from "./reporter.js";

// Every text format prints data (cell values, sheet and file names) made visible; JSON escapes it itself.
const printable = (reporter: DiagnosticsReporter): DiagnosticsReporter => (report, options) => reporter({ ...report, diagnostics: report.diagnostics.map(printableDiagnostic) }, options);

/** The diagnostics reporters by format name. */
export const diagnosticsReporters: Record<DiagnosticFormat, DiagnosticsReporter> = {
  table: printable(diagnosticsTableReporter),
  json: diagnosticsJsonReporter,
  csv: printable(diagnosticsCsvReporter),
  markdown: printable(diagnosticsMarkdownReporter),
  github: printable(diagnosticsGithubReporter),
  junit: printable(diagnosticsJunitReporter),
  sarif: diagnosticsSarifReporter,
};
