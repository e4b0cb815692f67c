/** The result of validating files: what `validate` (and `plan validate`) report. */
import type { Diagnostic } from "./diagnostic.js";

/** Diagnostics with their totals; `shown` < `total` when --max-errors cut the list. */
export interface ValidationReport {
  version: string;
  summary: { files: number; rows: number; errors: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
  truncated?: { shown: number; total: number };
}
