/** Collects diagnostics: every one is counted, but a file lists at most `limit` so a garbage file cannot exhaust memory. */
import type { Diagnostic, DiagnosticCode, Severity, SourceLocation } from "../model/diagnostic.js";
import { hasKey, type Translate } from "../i18n/messages.js";
import { ingestMessages, type IngestMessageKey } from "./messages.js";

/** Diagnostics listed per file; the rest are counted by one too-many-diagnostics entry per severity. */
export const MAX_DIAGNOSTICS_PER_FILE = 5000;
/** Longest text taken from the data into a message (a 100,000-character cell is not echoed whole). */
export const MAX_ECHOED_LENGTH = 80;
/** Longest list or path in a message (sheet names, choices). */
const MAX_LIST_LENGTH = 500;
const LISTS = new Set(["expected", "sheets", "choices", "file", "example", "first", "where", "detail"]);

/** Extra fields a diagnostic may carry. */
export type DiagnosticExtras = Pick<Diagnostic, "indicator" | "region" | "year" | "value" | "expected">;

const OVERFLOW_KEYS: Record<Severity, IngestMessageKey> = { error: "too-many-errors", warning: "too-many-warnings", info: "too-many-infos" };

/** `s` cut to `max` characters with "…" (never inside a surrogate pair). */
export function cutText(s: string, max: number = MAX_ECHOED_LENGTH): string {
  if (s.length <= max) return s;
  const end = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return `${s.slice(0, end)}…`;
}

function cutParams(params: Record<string, unknown>): Record<string, unknown> {
  let out = params;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string") continue;
    const cut = cutText(v, LISTS.has(k) ? MAX_LIST_LENGTH : MAX_ECHOED_LENGTH);
    if (cut !== v) out = { ...out, [k]: cut };
  }
  return out;
}

function cutSource(source: SourceLocation): SourceLocation {
  const column = source.column === undefined ? undefined : cutText(source.column);
  const sheet = source.sheet === undefined ? undefined : cutText(source.sheet);
  if (column === source.column && sheet === source.sheet) return source;
  const s = { ...source };
  if (column !== undefined) s.column = column;
  if (sheet !== undefined) s.sheet = sheet;
  return s;
}

/** The level a code gets in this run: the severity to raise it with, or undefined to drop it (the CLI's code levels). */
export type LevelOf = (code: DiagnosticCode, severity: Severity) => Severity | undefined;

/** The diagnostics of one run. */
export class DiagnosticSink {
  private readonly items: Diagnostic[] = [];
  /** too-many-diagnostics entries whose count changed since their message was written. */
  private readonly stale = new Set<Diagnostic>();
  private readonly perFile = new Map<string, { listed: number; overflow: Partial<Record<Severity, Diagnostic>> }>();
  private total = 0;

  constructor(
    readonly t: Translate<IngestMessageKey>,
    readonly limit: number = MAX_DIAGNOSTICS_PER_FILE,
    /** Applied as diagnostics come in, so a dropped code uses none of a file's list and the overflow counts carry the new severities. */
    readonly levelOf?: LevelOf,
  ) {}

  /** How many diagnostics were added, listed or not (grows with every add or skip). */
  get added(): number {
    return this.total;
  }

  /** Add a diagnostic whose message is the catalog entry `key` (default: the code). */
  add(code: DiagnosticCode, severity: Severity, source: SourceLocation, params: Record<string, unknown> = {}, extras: DiagnosticExtras = {}, key?: IngestMessageKey): void {
    const level = this.levelOf ? this.levelOf(code, severity) : severity;
    if (level === undefined) return;
    if (!this.accepts(source.file)) return this.skip(source.file, level);
    this.fileOf(source.file).listed++;
    this.push(code, level, source, params, extras, key);
  }

  /** Add the problem that stopped reading a file: listed even when the file has used up its list (once per file read). */
  refuse(code: DiagnosticCode, source: SourceLocation, params: Record<string, unknown> = {}, key?: IngestMessageKey): void {
    const level = this.levelOf ? this.levelOf(code, "error") : "error";
    if (level !== undefined) this.push(code, level, source, params, {}, key);
  }

  private push(code: DiagnosticCode, severity: Severity, source: SourceLocation, params: Record<string, unknown>, extras: DiagnosticExtras, key?: IngestMessageKey): void {
    this.total++;
    // The message is the catalog entry `key`, else the entry named like the code, else the code itself.
    const entry = key ?? (hasKey(ingestMessages, code) ? code : undefined);
    const message = entry ? this.t(entry, cutParams(params)) : code;
    const d: Diagnostic = { code, severity, message, source: cutSource(source) };
    for (const k of ["indicator", "region", "year", "value", "expected"] as const) {
      const v = extras[k];
      if (v !== undefined) (d as unknown as Record<string, unknown>)[k] = typeof v === "string" ? cutText(v, k === "expected" ? MAX_LIST_LENGTH : MAX_ECHOED_LENGTH) : v;
    }
    this.items.push(d);
  }

  /** The listed diagnostics, with the too-many-diagnostics entries that count the rest (their messages brought up to date). */
  get list(): Diagnostic[] {
    for (const d of this.stale) d.message = this.t(OVERFLOW_KEYS[d.severity], { limit: this.limit, count: d.count });
    this.stale.clear();
    return this.items;
  }

  /** Count a diagnostic of `file` that is not listed (the file has used up its list): the totals and the exit code still see it; with its `code`, at that code's level. */
  skip(file: string, raised: Severity, code?: DiagnosticCode): void {
    const severity = code !== undefined && this.levelOf ? this.levelOf(code, raised) : raised;
    if (severity === undefined) return;
    this.total++;
    const f = this.fileOf(file);
    let d = f.overflow[severity];
    if (!d) {
      d = { code: "too-many-diagnostics", severity, message: "", source: { file }, count: 0 };
      f.overflow[severity] = d;
      this.items.push(d);
    }
    d.count = (d.count ?? 0) + 1;
    // Worded when the list is read: a file of a million bad rows counts them without a million messages.
    this.stale.add(d);
  }

  /** False once a file has used up its list, so callers can skip building messages nobody will see (and call skip instead). */
  accepts(file: string): boolean {
    return (this.perFile.get(file)?.listed ?? 0) < this.limit;
  }

  private fileOf(file: string): { listed: number; overflow: Partial<Record<Severity, Diagnostic>> } {
    let f = this.perFile.get(file);
    if (!f) this.perFile.set(file, (f = { listed: 0, overflow: {} }));
    return f;
  }
}

/** Spreadsheet column letters of a 1-based column: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
