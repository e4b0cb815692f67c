/** Read an XLSX with exceljs's streaming reader (memory does not grow with rows; merges are not reported). */
import { createReadStream } from "node:fs";
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import type { CellValue, IngestProgress } from "./ingest-types.js";
import { convertCell } from "./xlsx-cell.js";
import type { XlsxTables } from "./xlsx-tables.js";

const PROGRESS_EVERY_ROWS = 2000;

/** Stream every sheet of `file` into `tables`. */
export async function streamXlsx(fullPath: string, file: string, size: number, tables: XlsxTables, onProgress?: (p: IngestProgress) => void): Promise<void> {
  const input = createReadStream(fullPath);
  let bytes = 0;
  input.on("data", (c) => (bytes += c.length));
  // styles: 'cache' so dates arrive as dates and percent formats are known (the default 'ignore' gives serials).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  let position = 0, rows = 0;
  for await (const ws of reader) {
    position++;
    const name = (ws as unknown as { name?: string }).name ?? `Sheet${position}`;
    if (!tables.begin(name, position, false)) continue;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      if (!tables.wantsRows) continue;
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const c = convertCell(cell.value, cell.numFmt);
        if (c.noResult) tables.noResult(row.number, col);
        cells[col - 1] = c.value;
      });
      tables.row(cells, row.number);
      if (++rows % PROGRESS_EVERY_ROWS === 0) onProgress?.({ file, bytes, totalBytes: size, rows });
    }
    tables.end();
  }
}
