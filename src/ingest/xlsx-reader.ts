/** Read an XLSX: refuse zip bombs, then load small files fully (exact merges) and stream large ones, within XLSX limits. */
import { statSync } from "node:fs";
import type { RunContext } from "./mapping-context.js";
import type { IngestProgress } from "./ingest-types.js";
import { checkZip } from "./zip-guard.js";
import { XlsxTables } from "./xlsx-tables.js";
import { streamXlsx, XlsxStalledError } from "./xlsx-stream.js";
import { loadXlsx } from "./xlsx-full.js";
import { XLSX_FULL_LOAD_MAX_BYTES, XLSX_FULL_LOAD_MAX_UNPACKED, XLSX_LIMITS } from "./xlsx-limits.js";
import { XmlByteLimitError, xmlWatch } from "../util/exceljs.js";
import { XlsxGuard, XlsxLimitError, XlsxStructureError, decodeCell } from "./xlsx-guard.js";
import { columnLetter } from "./diagnostic-sink.js";

/** Options of one XLSX read. */
export interface XlsxReadOptions {
  sheet?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Force a path (tests): "full" or "stream". */
  mode?: "full" | "stream";
}

/** Read one XLSX file; returns the number of data rows. */
export async function readXlsx(fullPath: string, file: string, run: RunContext, options: XlsxReadOptions = {}): Promise<number> {
  const size = statSync(fullPath).size;
  const declared = await checkZip(fullPath, false);
  if (declared.problem) {
    run.sink.add(declared.problem.code, "error", { file }, { detail: declared.problem.detail });
    return 0;
  }
  // A full load holds every part in memory as text and as exceljs's model: only for files small in both senses.
  const mode = options.mode ?? (size <= XLSX_FULL_LOAD_MAX_BYTES && declared.unpacked <= XLSX_FULL_LOAD_MAX_UNPACKED ? "full" : "stream");
  if (mode === "full") {
    // The sizes a zip declares may lie: count what really comes out before loading it all.
    const counted = await checkZip(fullPath, true);
    if (counted.problem) {
      run.sink.add(counted.problem.code, "error", { file }, { detail: counted.problem.detail });
      return 0;
    }
  }
  const tables = new XlsxTables(run, file, options.sheet);
  const guard = new XlsxGuard();
  try {
    await xmlWatch.run(guard, () => (mode === "full" ? loadXlsx(fullPath, tables) : streamXlsx(fullPath, file, size, tables, options.onProgress)));
    // A workbook without a shared-strings part whose cells point at shared strings (exceljs reads them as empty).
    const missing = guard.explain();
    if (missing) throw missing;
  } catch (err) {
    reportFailure(err, guard, file, run);
    return 0;
  }
  tables.finish();
  options.onProgress?.({ file, bytes: size, totalBytes: size, rows: tables.rows });
  return tables.rows;
}

/** Where a refusal points: the file, and the cell when known. */
function at(file: string, cell: string | undefined): { file: string; row?: number; column?: string; col?: number } {
  const c = cell === undefined ? undefined : decodeCell(cell.split(":")[0]!);
  return c ? { file, row: c.row, column: columnLetter(c.col), col: c.col } : { file };
}

/** Turn whatever stopped a workbook read into a diagnostic: a limit, a contradiction, a damaged part. */
function reportFailure(err: unknown, guard: XlsxGuard, file: string, run: RunContext): void {
  const { sink } = run;
  if (err instanceof XlsxLimitError) {
    const params = { found: err.found.toLocaleString("en-US"), max: XLSX_LIMITS[err.limit].toLocaleString("en-US"), cell: err.cell ?? "-" };
    // A number format's "cell" is its format id, not a place in a sheet.
    sink.refuse("xlsx-limit", at(file, err.limit === "number-format" ? undefined : err.cell), params, `xlsx-limit-${err.limit}`);
    return;
  }
  if (err instanceof XmlByteLimitError) {
    sink.refuse("zip-bomb", { file }, { detail: `> ${(err.bytes / 1048576).toFixed(1)} MiB` });
    return;
  }
  // exceljs fails on a cell pointing past the shared strings before the guard can compare them: say what it was.
  const structure = err instanceof XlsxStructureError ? err : err instanceof TypeError ? guard.explain() : undefined;
  if (structure) {
    sink.refuse("corrupt-xlsx", at(file, structure.cell), structure.params, `xlsx-${structure.kind}`);
    return;
  }
  if (err instanceof XlsxStalledError) {
    sink.refuse("corrupt-xlsx", { file }, {}, "xlsx-stalled");
    return;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code && /^E[A-Z]+$/.test(e.code) && e.code !== "EINVAL") sink.refuse("unreadable-file", { file }, { detail: e.code });
  else sink.refuse("corrupt-xlsx", { file }, { detail: String(e?.message ?? err) });
}
