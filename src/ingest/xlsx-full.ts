/** Read an XLSX fully into memory (small files): merged cells are known, so merged headers resolve exactly. */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import type { CellValue } from "./ingest-types.js";
import { convertCell } from "./xlsx-cell.js";
import type { XlsxTables } from "./xlsx-tables.js";

/** Load `file` and hand every sheet to `tables`; hidden sheets are read only when named with --sheet. */
export async function loadXlsx(file: string, tables: XlsxTables): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let position = 0;
  for (const ws of wb.worksheets) {
    position++;
    if (!tables.begin(ws.name, position, ws.state !== undefined && ws.state !== "visible")) continue;
    for (let r = 1; r <= ws.rowCount && tables.wantsRows; r++) {
      const row = ws.findRow(r);
      const cells: CellValue[] = [];
      const spans = new Set<number>();
      // Only the cells present: a row's width can be a lone cell far to the right.
      row?.eachCell({ includeEmpty: false }, (cell, c) => {
        let source = cell;
        if (cell.isMerged && cell.master !== cell) {
          // Excel shows a merged block's value once: below the master (same column) it belongs to every row,
          // to the right of it the cell is part of a span, not a repeat.
          if (cell.master.col !== cell.col) {
            spans.add(c - 1);
            return;
          }
          source = cell.master;
        }
        const v = convertCell(source.value, source.numFmt);
        if (v.noResult && source === cell) tables.noResult(r, c);
        cells[c - 1] = v.value;
      });
      tables.row(cells, r, spans.size ? spans : undefined);
    }
    tables.end();
  }
}
