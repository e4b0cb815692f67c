/** Diagnostics: every problem the user sees, from a plan schema error to a bad cell. */
import type { DiagnosticCode } from "./diagnostic-codes.js";
import type { Severity } from "./severity.js";

export type { Severity } from "./severity.js";
export type { DiagnosticCode } from "./diagnostic-codes.js";

/** Where a diagnostic points: a file and, when known, sheet, row, column (header name and letter). */
export interface SourceLocation {
  file: string;
  sheet?: string;
  /** Physical row (1-based; the header row of a table counts as row 1 of the table's rows as laid out in the file). */
  row?: number;
  /** Column as the header names it, with the XLSX letter when known: "数值 (D)". */
  column?: string;
  /** Column number, 1-based, for editors and annotations. */
  col?: number;
  /** Line and column in a text file (YAML, CSV) when they differ from row/col. */
  line?: number;
  /** YAML path of the offending node, e.g. areas[0].goals[1].indicators[0].unit. */
  path?: string;
}

/** One finding: stable kebab-case code, severity, message in the user's language, location. */
export interface Diagnostic {
  /** A registered code (src/model/diagnostic-codes.ts). */
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  source?: SourceLocation;
  indicator?: string;
  region?: string;
  year?: number;
  value?: string;
  expected?: string;
  /** How many findings this entry stands for (a summary of ones not listed one by one); 1 when absent. */
  count?: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Numeric rank of a severity (error highest). */
export function severityRank(s: Severity): number {
  return RANK[s];
}

/** Counts of diagnostics per severity (an entry standing for several counts as that many). */
export function countSeverities(ds: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0, warnings = 0, infos = 0;
  for (const d of ds) {
    const n = d.count ?? 1;
    if (d.severity === "error") errors += n;
    else if (d.severity === "warning") warnings += n;
    else infos += n;
  }
  return { errors, warnings, infos };
}

/** Deterministic order: file, sheet, row, column number, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.source?.file ?? "", fb = b.source?.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  const sa = a.source?.sheet ?? "", sb = b.source?.sheet ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  const ra = a.source?.row ?? a.source?.line ?? 0, rb = b.source?.row ?? b.source?.line ?? 0;
  if (ra !== rb) return ra - rb;
  const ca = a.source?.col ?? 0, cb = b.source?.col ?? 0;
  if (ca !== cb) return ca - cb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
