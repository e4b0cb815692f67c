/** The diagnostics reporters by format name. */
import type { DiagnosticFormat, DiagnosticsReporter } from "./reporter.js";
import { diagnosticsTableReporter } from "./table.js";
import { diagnosticsJsonReporter } from "./json.js";
import { diagnosticsCsvReporter } from "./csv.js";
import { diagnosticsMarkdownReporter } from "./markdown.js";
import { diagnosticsGithubReporter } from "./github.js";
import { diagnosticsJunitReporter } from "./junit.js";
import { diagnosticsSarifReporter } from "./sarif.js";

export { DIAGNOSTIC_FORMATS, type DiagnosticFormat, type DiagnosticsReporter, describeLocation, flatDiagnostic } from "./reporter.js";

export const diagnosticsReporters: Record<DiagnosticFormat, DiagnosticsReporter> = {
  table: diagnosticsTableReporter,
  json: diagnosticsJsonReporter,
  csv: diagnosticsCsvReporter,
  markdown: diagnosticsMarkdownReporter,
  github: diagnosticsGithubReporter,
  junit: diagnosticsJunitReporter,
  sarif: diagnosticsSarifReporter,
};
