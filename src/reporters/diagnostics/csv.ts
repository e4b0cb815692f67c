/** Diagnostics as CSV (UTF-8 with BOM, formula-safe), one row each. */
import type { DiagnosticsReporter } from "./reporter.js";
import { toCsv } from "../../util/to-csv.js";

const COLUMNS = ["code", "severity", "file", "sheet", "row", "column", "indicator", "region", "year", "value", "expected", "message"] as const;

/** Render as CSV. */
export const diagnosticsCsvReporter: DiagnosticsReporter = (report) =>
  toCsv(
    COLUMNS,
    report.diagnostics.map((d) => [d.code, d.severity, d.source?.file, d.source?.sheet, d.source?.row ?? d.source?.line, d.source?.column ?? d.source?.path, d.indicator, d.region, d.year, d.value, d.expected, d.message]),
  );
