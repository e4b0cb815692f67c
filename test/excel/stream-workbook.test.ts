import { describe, expect, it } from "vitest";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { streamWorkbook } from "../../src/excel/stream-workbook.js";

// A 1×1 red PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

describe("streamWorkbook", () => {
  it("places pictures where asked, on the sheet asked, and keeps the sheet's rows, merges and print centring", async () => {
    const book = streamWorkbook(new Date("2025-01-01T00:00:00Z"));
    const plain = book.wb.addWorksheet("表一", { pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    plain.getCell("A1").value = "标题";
    plain.mergeCells(1, 1, 1, 4);
    plain.pageSetup.horizontalCentered = true;
    plain.commit();
    const pics = book.wb.addWorksheet("图");
    pics.getCell("A1").value = "图一";
    const a = book.wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
    const b = book.wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
    book.addPictures(pics, [
      { image: a, col: 0, row: 2, width: 640, height: 300 },
      { image: b, col: 10, row: 2, width: 320, height: 150 },
    ]);
    pics.commit();
    const wb = await load(await book.finish());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["表一", "图"]);
    const first = wb.getWorksheet("表一")!;
    expect(first.getCell("A1").value).toBe("标题");
    expect(first.getCell("D1").isMerged).toBe(true);
    expect(first.pageSetup).toMatchObject({ horizontalCentered: true, fitToPage: true });
    expect(first.getImages()).toHaveLength(0);
    const images = wb.getWorksheet("图")!.getImages();
    expect(images.map((i) => [i.range.tl.nativeCol, i.range.tl.nativeRow, i.range.ext])).toEqual([
      [0, 2, { width: 640, height: 300 }],
      [10, 2, { width: 320, height: 150 }],
    ]);
    const media = wb.getImage(Number(images[1]!.imageId));
    expect(media.extension).toBe("png");
    expect(Buffer.from(media.buffer as unknown as Buffer).equals(PNG)).toBe(true);
  });

  it("declares the drawing part's content type, which Excel requires", async () => {
    const book = streamWorkbook();
    const ws = book.wb.addWorksheet("图");
    book.addPictures(ws, [{ image: book.wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), col: 0, row: 0, width: 10, height: 10 }]);
    const zip = await book.finish();
    // The first (local) header of [Content_Types].xml: 30 bytes, the name, the extra field, then the deflated part.
    const name = Buffer.from("[Content_Types].xml");
    const at = zip.indexOf(name);
    expect(zip.readUInt32LE(at - 30)).toBe(0x04034b50);
    const types = inflateRawSync(zip.subarray(at + name.length + zip.readUInt16LE(at - 2))).toString();
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
  });
});
