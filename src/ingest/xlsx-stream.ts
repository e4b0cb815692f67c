/** Read an XLSX with exceljs's streaming reader (memory does not grow with rows; merges are not reported). */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import type { CellValue, IngestProgress } from "./ingest-types.js";
import { convertCell } from "./xlsx-cell.js";
import type { XlsxTables } from "./xlsx-tables.js";
import { orderedXlsxStream } from "./xlsx-ordered-zip.js";

const PROGRESS_EVERY_ROWS = 2000;
/** With no byte read and no row parsed for this long, the read has stalled. */
const STALL_MS = 10_000;
/** Once the parts have all been handed over (or failed), the reader gets this long without progress to finish. */
const STALL_AFTER_END_MS = 2_000;

/** Raised when exceljs's streaming reader stops making progress (damaged compressed data leaves it waiting forever). */
export class XlsxStalledError extends Error {}

// exceljs waits forever on a zip entry whose compressed data is damaged (the inflate error does not reach it), and with
// nothing else pending Node then exits with code 13 and no output. A timer keeps the process alive and ends the wait.
function watchStall(progress: () => number, ended: () => boolean): { stalled: Promise<never>; stop: () => void } {
  let last = progress(), since = Date.now(), timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const now = Date.now(), p = progress();
      if (p !== last) {
        last = p;
        since = now;
      } else if (now - since > (ended() ? STALL_AFTER_END_MS : STALL_MS)) reject(new XlsxStalledError("the workbook's compressed data could not be unpacked"));
    }, 250);
  });
  stalled.catch(() => {});
  return { stalled, stop: () => clearInterval(timer) };
}

type SheetReader = AsyncIterable<ExcelJS.Row> & { name?: string; state?: string };

/** Stream every sheet of `file` into `tables`. */
export async function streamXlsx(fullPath: string, file: string, size: number, tables: XlsxTables, onProgress?: (p: IngestProgress) => void): Promise<void> {
  const { stream: input, failure } = await orderedXlsxStream(fullPath);
  let bytes = 0;
  input.on("data", (c: Buffer) => (bytes += c.length));
  // styles: 'cache' so dates arrive as dates and percent formats are known (the default 'ignore' gives serials).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  let emitted = 0, rows = 0;
  const read = async (): Promise<void> => {
    for await (const item of reader) {
      const ws = item as unknown as SheetReader;
      emitted++;
      const name = ws.name ?? `Sheet${emitted}`;
      // Position and visibility as the workbook lists them, as the full load sees them.
      const listed = ((reader as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets ?? []).findIndex((s) => s.name === name);
      const hidden = ws.state !== undefined && ws.state !== "visible";
      if (!tables.begin(name, listed >= 0 ? listed + 1 : emitted, hidden)) {
        // Parsed all the same, so the XLSX limits judge the same parts as in a full load (which loads every sheet).
        for await (const _row of ws) rows++;
        continue;
      }
      for await (const row of ws) {
        rows++;
        if (!tables.wantsRows) continue;
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const c = convertCell(cell.value, cell.numFmt);
          if (c.noResult) tables.noResult(row.number, col);
          cells[col - 1] = c.value;
        });
        tables.row(cells, row.number);
        if (rows % PROGRESS_EVERY_ROWS === 0) onProgress?.({ file, bytes, totalBytes: size, rows });
      }
      tables.end();
    }
  };
  const watch = watchStall(() => bytes + rows, () => failure.ended === true);
  try {
    await Promise.race([read(), watch.stalled]);
  } finally {
    watch.stop();
    input.destroy();
  }
  if (failure.error) throw failure.error;
}
