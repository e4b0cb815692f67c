/** What a table mapper works with: the plan, the buffer, the diagnostics, the run's options, the table's place. */
import type { Translate } from "../i18n/messages.js";
import type { Lang } from "../i18n/lang.js";
import type { SourceLocation } from "../model/diagnostic.js";
import type { IngestMessageKey } from "./messages.js";
import type { PlanLookup } from "./plan-lookup.js";
import type { ObservationBuffer } from "./observation-buffer.js";
import type { DiagnosticSink } from "./diagnostic-sink.js";

/** Shared by every table of a run. */
export interface RunContext {
  lookup: PlanLookup;
  buffer: ObservationBuffer;
  sink: DiagnosticSink;
  t: Translate<IngestMessageKey>;
  lang: Lang;
  /** --year: the year for tables without one, and the year checked for completeness. */
  year?: number;
  /** --region as a position in plan.regions. */
  region?: number;
}

/** One table: a CSV file or one XLSX sheet. */
export interface TableContext {
  file: string;
  sheet?: string;
  /** XLSX: labels carry column letters. */
  letters: boolean;
  /** CSV: a short or long row is a structural error (the columns may have shifted). */
  structural: boolean;
}

/** A location in a table. */
export function tableLocation(table: TableContext, row?: number, column?: string, col?: number): SourceLocation {
  const s: SourceLocation = { file: table.file };
  if (table.sheet !== undefined) s.sheet = table.sheet;
  if (row !== undefined) s.row = row;
  if (column !== undefined) s.column = column;
  if (col !== undefined) s.col = col;
  return s;
}

/** "2024年" / "2024" style display name of an indicator, region in the user's language. */
export function displayName(name: { zh: string; en: string }, lang: Lang): string {
  return lang === "zh" ? name.zh : name.en;
}
