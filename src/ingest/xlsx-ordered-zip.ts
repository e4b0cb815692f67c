/** The parts of an XLSX re-packed as a zip stream in the order exceljs's streaming reader needs, so it never spools a sheet to disk. */
import { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";

// exceljs's WorkbookReader writes every worksheet that comes before xl/sharedStrings.xml and the workbook
// relationships to a temporary file, with no size limit, and leaves it behind when the process is killed. Excel
// itself often stores the sheets first. Handing the reader the parts in this order (and an empty part for one that
// is missing) means it always has what it waits for. Parts it does not read are left out.
const FIRST = ["_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const STAND_INS: Record<string, string> = {
  "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
};

function localHeader(name: Buffer, method: number, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names; sizes are in the header, no data descriptor follows
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err || !zip ? reject(err ?? new Error("zip")) : resolve(zip))));
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

function rawStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, { decodeFileData: false } as unknown as yauzl.ZipFileOptions, (err, s) => (err || !s ? reject(err ?? new Error("zip")) : resolve(s))));
}

/** A zip stream of `file`'s workbook parts: relationships, workbook, shared strings, styles, then the sheets in their stored order.
 * A read error ends the stream early and is kept in `failure` (exceljs pipes the stream, and a pipe does not pass errors on). */
export async function orderedXlsxStream(file: string): Promise<{ stream: Readable; failure: { error?: Error; ended?: boolean } }> {
  const zip = await openZip(file);
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip);
  } catch (err) {
    zip.close();
    throw err;
  }
  const rank = (name: string): number => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  const wanted = entries.filter((e) => FIRST.includes(e.fileName) || SHEET.test(e.fileName)).sort((a, b) => rank(a.fileName) - rank(b.fileName));
  const present = new Set(wanted.map((e) => e.fileName));
  const failure: { error?: Error; ended?: boolean } = {};
  async function* parts(): AsyncGenerator<Buffer> {
    try {
      for (const name of FIRST) {
        const standIn = STAND_INS[name];
        if (present.has(name) || standIn === undefined) continue;
        const data = Buffer.from(standIn);
        yield localHeader(Buffer.from(name), 0, crc32(data), data.length, data.length);
        yield data;
      }
      for (const e of wanted) {
        yield localHeader(Buffer.from(e.fileName), e.compressionMethod, e.crc32, e.compressedSize, e.uncompressedSize);
        for await (const chunk of await rawStream(zip, e)) yield chunk as Buffer;
      }
    } catch (err) {
      failure.error = err as Error;
    } finally {
      failure.ended = true;
      zip.close();
    }
  }
  return { stream: Readable.from(parts(), { objectMode: false }), failure };
}
