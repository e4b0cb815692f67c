/** Build XLSX files byte by byte for hostile-input tests: any part order, any XML, optionally lying zip sizes. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

let tempDir: string | undefined;
let written = 0;

/** Write `bytes` to a fresh .xlsx file in a temp folder of this test process. */
export function writeTemp(bytes: Buffer): string {
  tempDir ??= mkdtempSync(path.join(tmpdir(), "hld-xlsx-build-"));
  const file = path.join(tempDir, `w${++written}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

/** One zip entry. `declaredSize` overrides the uncompressed size written in the headers (a lie). */
export interface ZipEntrySpec {
  name: string;
  data: string | Buffer;
  store?: boolean;
  declaredSize?: number;
  /** Already deflated content, with the CRC and size of what it inflates to (for parts too large to hold). */
  body?: Buffer;
  crc?: number;
  size?: number;
}

/** A zip archive of `entries`, in the given order. */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const body = e.body ?? (e.store ? raw : deflateRawSync(raw, { level: 6 }));
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? e.size ?? raw.length;
    const crc = e.crc ?? crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.store ? 0 : 8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Escape text for XML. */
export function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Column letters of a 1-based column. */
export function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet: its name, visibility, and either rows (strings go to the shared strings) or raw sheetData XML. */
export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  rows?: readonly (readonly (string | number | null)[])[];
  /** Raw XML placed inside <sheetData>, instead of rows. */
  sheetData?: string;
  /** Raw XML after </sheetData> (mergeCells…). */
  after?: string;
  /** Style index (into cellXfs) given to every number cell. */
  numberStyle?: number;
}

/** A workbook: sheets, extra raw shared strings XML (<si> elements appended), styles XML, part order. */
export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  /** Raw <si> elements appended after the strings of `rows`. */
  extraSharedStrings?: string;
  /** Raw styles.xml; default: none. */
  styles?: string;
  /** "sheets-first" puts the worksheets before sharedStrings and workbook rels (Excel itself often does). */
  order?: "normal" | "sheets-first";
  /** Leave out xl/sharedStrings.xml. */
  noSharedStrings?: boolean;
  /** Write each shared string as two rich-text runs (the second bold). */
  richText?: boolean;
  /** Leave out the (optional) row and cell references of `rows`. */
  noRefs?: boolean;
}

/** The parts of an XLSX, as zip entries in the requested order. */
export function workbookEntries(spec: WorkbookSpec): ZipEntrySpec[] {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const sheets = spec.sheets.map((s, i) => {
    let data = s.sheetData ?? "";
    if (s.rows) {
      data = s.rows
        .map((row, r) => {
          const cells = row
            .map((v, c) => {
              const ref = spec.noRefs ? "" : ` r="${letters(c + 1)}${r + 1}"`;
              // Without references an empty cell must still take its place.
              if (v === null) return spec.noRefs ? "<c/>" : "";
              if (typeof v === "number") return `<c${ref}${s.numberStyle !== undefined ? ` s="${s.numberStyle}"` : ""}><v>${v}</v></c>`;
              return `<c${ref} t="s"><v>${sst(v)}</v></c>`;
            })
            .join("");
          return `<row${spec.noRefs ? "" : ` r="${r + 1}"`}>${cells}</row>`;
        })
        .join("");
    }
    return { name: `xl/worksheets/sheet${i + 1}.xml`, data: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${data}</sheetData>${s.after ?? ""}</worksheet>` };
  });
  const half = (s: string): number => Math.ceil(s.length / 2);
  const sis =
    strings
      .map((s) =>
        spec.richText && s.length > 1
          ? `<si><r><t xml:space="preserve">${xmlText(s.slice(0, half(s)))}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${xmlText(s.slice(half(s)))}</t></r></si>`
          : `<si><t xml:space="preserve">${xmlText(s)}</t></si>`,
      )
      .join("") + (spec.extraSharedStrings ?? "");
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${RNS}><sheets>${spec.sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("")}${spec.noSharedStrings ? "" : `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`}${
    spec.styles ? `<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` : ""
  }</Relationships>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("")}</Types>`;
  const head: ZipEntrySpec[] = [
    { name: "[Content_Types].xml", data: types },
    { name: "_rels/.rels", data: rootRels },
    { name: "xl/workbook.xml", data: workbook },
  ];
  const wbRels: ZipEntrySpec = { name: "xl/_rels/workbook.xml.rels", data: rels };
  const shared: ZipEntrySpec[] = spec.noSharedStrings ? [] : [{ name: "xl/sharedStrings.xml", data: `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${sis}</sst>` }];
  const styles: ZipEntrySpec[] = spec.styles ? [{ name: "xl/styles.xml", data: spec.styles }] : [];
  return spec.order === "sheets-first" ? [...head, ...sheets, wbRels, ...shared, ...styles] : [...head, wbRels, ...shared, ...styles, ...sheets];
}

/** styles.xml with one custom number format (id 164) used by cellXfs index 1. */
export function stylesWithFormat(formatCode: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="${xmlText(formatCode)}"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
}

/** A whole XLSX file. */
export function buildXlsx(spec: WorkbookSpec): Buffer {
  return buildZip(workbookEntries(spec));
}

/** A small valid long-layout table: header plus one row per given value. */
export const HEADER = ["指标代码", "地区代码", "年份", "数值"] as const;

/** A zip entry whose (large) content comes from `chunks`, deflated piece by piece (never held whole). */
export async function streamedEntry(name: string, chunks: Iterable<string>, level = 6): Promise<ZipEntrySpec> {
  const { createDeflateRaw } = await import("node:zlib");
  const deflate = createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0, size = 0;
  for (const chunk of chunks) {
    const b = Buffer.from(chunk, "utf8");
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return { name, data: "", body: Buffer.concat(out), crc, size };
}

/** `head`, then `unit` repeated `count` times in blocks of about 1 MB, then `tail`. */
export function* repeated(head: string, unit: string, count: number, tail: string): Generator<string> {
  yield head;
  const per = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = unit.repeat(per);
  let left = count;
  for (; left >= per; left -= per) yield block;
  if (left > 0) yield unit.repeat(left);
  yield tail;
}
