// streamTable commits rows with one style object per distinct style: every cell must still read back with its own style.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { streamWorkbook } from "../../src/excel/stream-workbook.js";
import { streamTable } from "../../src/excel/sheet-kit.js";

const RED: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };

/** The cellXfs count of the file's styles.xml (how many distinct cell styles exceljs wrote), found through the zip's central directory. */
function cellXfs(buf: Buffer): number {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = buf.readUInt16LE(eocd + 10);
  for (let i = 0, p = buf.readUInt32LE(eocd + 16); i < entries; i++) {
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20), nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32), local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (name === "xl/styles.xml") {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return Number(/<cellXfs count="(\d+)"/.exec((method === 8 ? inflateRawSync(data) : data).toString("utf8"))?.[1]);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return NaN;
}

describe("streamTable's shared styles", () => {
  it("keeps each cell's number format and fill, and writes each distinct style once", async () => {
    const book = streamWorkbook(new Date("2025-01-01T00:00:00Z"), { sharedStrings: false });
    const ws = book.wb.addWorksheet("表");
    const rows = Array.from({ length: 300 }, (_, i) => [`地区${i}`, i / 7, i]);
    await streamTable(ws, 1, [{ header: "地区", width: 10 }, { header: "比率", width: 8, numFmt: "0.00%" }, { header: "数", width: 8, numFmt: "0" }], rows, {
      // every third row's rate is red; the others keep no fill
      onRow: (row, r) => {
        if (r % 3 === 0) row.getCell(2).fill = RED;
      },
    });
    ws.commit();
    const buf = await book.finish();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const back = wb.getWorksheet("表")!;
    for (const r of [0, 1, 2, 3, 298, 299]) {
      const rate = back.getRow(r + 2).getCell(2);
      expect(rate.value).toBeCloseTo(r / 7, 10);
      expect(rate.numFmt, `row ${r}`).toBe("0.00%");
      expect((rate.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb, `row ${r}`).toBe(r % 3 === 0 ? "FFFFC7CE" : undefined);
      expect(back.getRow(r + 2).getCell(3).numFmt).toBe("0");
      expect(back.getRow(r + 2).getCell(1).numFmt).toBeUndefined();
    }
    // default + 4 header cells' style + text, rate, red rate, count (the header cells share one): far fewer than 900 cells
    expect(cellXfs(buf)).toBeLessThanOrEqual(8);
  });
});
