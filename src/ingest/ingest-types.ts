/** Options and results of reading submissions, shared by the readers and the validate command. */
import type { Lang } from "../i18n/lang.js";
import type { Observation } from "../model/observation.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ImplausibleChangeThreshold } from "./implausible-change.js";
import type { LevelOf } from "./diagnostic-sink.js";

/** How far a reader has got in one file, for a progress line. */
export interface IngestProgress {
  file: string;
  bytes: number;
  totalBytes: number;
  rows: number;
}

/** Options of readObservations / validateFiles. */
export interface IngestOptions {
  lang: Lang;
  /** Decode CSVs with this encoding instead of detecting it (utf-8, gb18030 — gbk/gb2312 are read as gb18030 —, utf-16le, utf-16be). */
  encoding?: string;
  /** XLSX sheet by name or 1-based position; default: every sheet that looks like data. */
  sheet?: string;
  /** Region (code or name) for tables without a region column; also limits missing-observation to it. */
  region?: string;
  /** Year for long tables without a year column; also the year missing-observation checks. */
  year?: number;
  /** Whether `year` also asks for the missing-observation check (default true; check, explain and report only want the year). */
  completeness?: boolean;
  /** Year-on-year change above which implausible-change warns (default DEFAULT_IMPLAUSIBLE_CHANGE). */
  implausibleChange?: ImplausibleChangeThreshold;
  /** Diagnostics listed per file before the rest are summarised (default MAX_DIAGNOSTICS_PER_FILE). */
  maxDiagnosticsPerFile?: number;
  /** Called now and then while a file is read. */
  onProgress?: (p: IngestProgress) => void;
  /** Code levels, applied as diagnostics are raised (default: every code as raised). */
  levelOf?: LevelOf;
}

/** What readObservations returns: only usable observations; diagnostics sorted with compareDiagnostics. */
export interface IngestResult {
  observations: Observation[];
  diagnostics: Diagnostic[];
  files: number;
  rows: number;
}

/** A cell as the readers hand it over: text, number, date, empty, or UNREADABLE (already reported). */
export type CellValue = string | number | Date | null | undefined | typeof UNREADABLE;

/** Marks a cell whose problem the reader has already reported (e.g. a formula without a cached result). */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** Raised for options that make reading impossible (unknown region, unsupported encoding): exit 2. */
export class IngestOptionError extends Error {}
