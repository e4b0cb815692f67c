/** Diagnostics that stop a command (a plan that does not load, data that cannot be used), on stderr. */
import type { ChalkInstance } from "chalk";
import type { CliIO } from "./io.js";
import type { Lang } from "../i18n/lang.js";
import { countSeverities, type Diagnostic } from "../model/diagnostic.js";
import { diagnosticsReporters } from "../reporters/diagnostics/index.js";
import { VERSION } from "../version.js";

/** Print diagnostics as the terminal table on stderr, with their counts; nothing when there are none. */
export function printDiagnostics(ctx: { io: CliIO; lang: Lang; chalk: ChalkInstance }, ds: readonly Diagnostic[], input = { files: 1, rows: 0 }): void {
  if (ds.length) ctx.io.stderr.write(diagnosticsReporters.table({ version: VERSION, summary: { ...input, ...countSeverities(ds) }, diagnostics: [...ds] }, ctx));
}
