/** The diagnostics reporters by format name. */
import type { DiagnosticFormat, DiagnosticsReporter } from "./reporter.js";
import { tableReporter } from "./table.js";
import { jsonReporter } from "./json.js";
import { csvReporter } from "./csv.js";
import { markdownReporter } from "./markdown.js";
import { githubReporter } from "./github.js";
import { junitReporter } from "./junit.js";

export { DIAGNOSTIC_FORMATS, type DiagnosticFormat, type DiagnosticsReporter, describeLocation, flatDiagnostic } from "./reporter.js";

export const diagnosticsReporters: Record<DiagnosticFormat, DiagnosticsReporter> = {
  table: tableReporter,
  json: jsonReporter,
  csv: csvReporter,
  markdown: markdownReporter,
  github: githubReporter,
  junit: junitReporter,
};
