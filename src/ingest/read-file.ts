/** Read one input file of any supported kind into the run; problems with the file itself become diagnostics. */
import { statSync, type Stats } from "node:fs";
import type { RunContext } from "./mapping-context.js";
import type { IngestProgress } from "./ingest-types.js";
import type { TextEncodingName } from "./detect-encoding.js";
import { sniffFile } from "./input-format.js";
import { readCsv } from "./csv-reader.js";

/** Per-file options. */
export interface ReadFileOptions {
  encoding?: TextEncodingName;
  sheet?: string;
  onProgress?: (p: IngestProgress) => void;
}

/** Read `file` (path as the user wrote it, resolved against `cwd`); returns its data rows. */
export async function readFile(file: string, fullPath: string, run: RunContext, options: ReadFileOptions): Promise<number> {
  const { sink } = run;
  let stat: Stats;
  try {
    stat = statSync(fullPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") sink.add("file-not-found", "error", { file }, { file });
    else sink.add("unreadable-file", "error", { file }, { detail: code ?? String(err) });
    return 0;
  }
  if (stat.isDirectory()) {
    sink.add("unsupported-file", "error", { file }, { file }, {}, "is-directory");
    return 0;
  }
  // A pipe or a device: opening it to look at its first bytes could wait forever.
  if (!stat.isFile()) {
    sink.add("unsupported-file", "error", { file }, { file }, {}, "not-a-file");
    return 0;
  }
  // Empty is empty whatever the name says (a 0-byte .xlsx is not a damaged zip).
  if (stat.size === 0) {
    sink.add("empty-file", "error", { file });
    return 0;
  }
  try {
    const kind = sniffFile(fullPath);
    switch (kind) {
      case "csv":
        return await readCsv(fullPath, file, run, options);
      case "xlsx": {
        // exceljs is heavy: load it only when a workbook is actually read.
        const { readXlsx } = await import("./xlsx-reader.js");
        return await readXlsx(fullPath, file, run, options);
      }
      case "unsupported-file":
        sink.add(kind, "error", { file }, { file });
        return 0;
      default:
        sink.add(kind, "error", { file });
        return 0;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    sink.add("unreadable-file", "error", { file }, { detail: e?.code ?? e?.message ?? String(err) });
    return 0;
  }
}
