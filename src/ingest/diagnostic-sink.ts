/** Collects diagnostics, capping how many one file may produce so a garbage file cannot exhaust memory. */
import type { Diagnostic, Severity, SourceLocation } from "../model/diagnostic.js";
import type { Translate } from "../i18n/messages.js";
import type { IngestMessageKey } from "./messages.js";

/** Diagnostics listed per file before the rest are summarised by one too-many-diagnostics warning. */
export const MAX_DIAGNOSTICS_PER_FILE = 5000;

/** Extra fields a diagnostic may carry. */
export type DiagnosticExtras = Pick<Diagnostic, "indicator" | "region" | "year" | "value" | "expected">;

/** The diagnostics of one run. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private readonly perFile = new Map<string, number>();

  constructor(
    readonly t: Translate<IngestMessageKey>,
    readonly limit: number = MAX_DIAGNOSTICS_PER_FILE,
  ) {}

  /** Add a diagnostic whose message is the catalog entry `key` (default: the code). */
  add(code: string, severity: Severity, source: SourceLocation, params: Record<string, unknown> = {}, extras: DiagnosticExtras = {}, key?: IngestMessageKey): void {
    const n = (this.perFile.get(source.file) ?? 0) + 1;
    this.perFile.set(source.file, n);
    if (n > this.limit + 1) return;
    if (n === this.limit + 1) {
      this.list.push({ code: "too-many-diagnostics", severity: "warning", message: this.t("too-many-diagnostics", { limit: this.limit }), source: { file: source.file } });
      return;
    }
    const message = this.t(key ?? (code as IngestMessageKey), params);
    const d: Diagnostic = { code, severity, message, source };
    for (const k of ["indicator", "region", "year", "value", "expected"] as const) if (extras[k] !== undefined) (d as unknown as Record<string, unknown>)[k] = extras[k];
    this.list.push(d);
  }

  /** False once a file has used up its diagnostics, so callers can skip building messages nobody will see. */
  accepts(file: string): boolean {
    return (this.perFile.get(file) ?? 0) < this.limit;
  }
}

/** Spreadsheet column letters of a 1-based column: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
