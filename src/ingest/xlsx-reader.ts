/** Read an XLSX: refuse zip bombs, then load small files fully (exact merges) and stream large ones. */
import { statSync } from "node:fs";
import type { RunContext } from "./mapping-context.js";
import type { IngestProgress } from "./ingest-types.js";
import { checkZip } from "./zip-guard.js";
import { XlsxTables } from "./xlsx-tables.js";
import { streamXlsx } from "./xlsx-stream.js";
import { loadXlsx } from "./xlsx-full.js";
import { XLSX_FULL_LOAD_MAX_BYTES } from "./xlsx-limits.js";
import { XmlByteLimitError } from "../util/exceljs.js";


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
  const mode = options.mode ?? (size <= XLSX_FULL_LOAD_MAX_BYTES ? "full" : "stream");
  // A full load holds everything in memory, so its real unpacked size is counted first; a stream is counted as it is parsed.
  const problem = await checkZip(fullPath, mode === "full");
  if (problem) {
    run.sink.add(problem.code, "error", { file }, { detail: problem.detail });
    return 0;
  }
  const tables = new XlsxTables(run, file, options.sheet);
  if (mode === "full") await loadXlsx(fullPath, tables);
  else {
    try {
      await streamXlsx(fullPath, file, size, tables, options.onProgress);
    } catch (err) {
      if (!(err instanceof XmlByteLimitError)) throw err;
      run.sink.add("zip-bomb", "error", { file }, { detail: `> ${(err.bytes / 1048576).toFixed(1)} MiB` });
      return 0;
    }
  }
  tables.finish();
  options.onProgress?.({ file, bytes: size, totalBytes: size, rows: tables.rows });
  return tables.rows;
}
