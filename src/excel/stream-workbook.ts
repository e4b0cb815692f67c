/** A streaming exceljs workbook writer whose zip is collected in memory: rows leave the heap as they are committed, only the packed bytes stay. */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import { Writable } from "node:stream";
import ExcelJS from "exceljs";

/** The writer and a function that commits it and returns the bytes of the file. */
export interface StreamWorkbook {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  finish(): Promise<Buffer>;
}

/**
 * Start a streaming workbook with styles. Texts are written inline (nothing grows with the sheet) unless `sharedStrings`:
 * a table of few distinct texts is smaller that way, and only a shared string reads back as "" (an inline empty text reads back as no value).
 */
export function streamWorkbook(created: Date = new Date(), opts: { sharedStrings?: boolean } = {}): StreamWorkbook {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: opts.sharedStrings ?? false });
  wb.creator = "hld-women";
  wb.created = created;
  wb.modified = created;
  return {
    wb,
    async finish() {
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}
