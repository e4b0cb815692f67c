/** Read an XLSX: refuse zip bombs, then load small files fully (exact merges) and stream large ones. */
import { statSync } from "node:fs";
import type { RunContext } from "./mapping-context.js";
import type { IngestProgress } from "./ingest-types.js";
import { checkZip } from "./zip-guard.js";
import { XlsxTables } from "./xlsx-tables.js";
import { streamXlsx } from "./xlsx-stream.js";
import { loadXlsx } from "./xlsx-full.js";
import { XLSX_FULL_LOAD_MAX_BYTES } from "./xlsx-limits.js";


/** Options of one XLSX read. */
export interface XlsxReadOptions {
  sheet?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Force a path (tests): "full" or "stream". */
  mode?: "full" | "stream";
}

/** Read one XLSX file; returns the number of data rows. */
export async function readXlsx(fullPath: string, file: string, run: RunContext, options: XlsxReadOptions = {}): Promise<number> {
  const problem = await checkZip(fullPath);
  if (problem) {
    run.sink.add(problem.code, "error", { file }, { detail: problem.detail });
    return 0;
  }
  const size = statSync(fullPath).size;
  const tables = new XlsxTables(run, file, options.sheet);
  const mode = options.mode ?? (size <= XLSX_FULL_LOAD_MAX_BYTES ? "full" : "stream");
  if (mode === "full") await loadXlsx(fullPath, tables);
  else await streamXlsx(fullPath, file, size, tables, options.onProgress);
  tables.finish();
  options.onProgress?.({ file, bytes: size, totalBytes: size, rows: tables.rows });
  return tables.rows;
}
