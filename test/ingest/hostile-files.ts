/** The hostile-file corpus of issue 10, generated (the large ones are megabytes only when compressed). */
import { randomBytes } from "node:crypto";
import { buildZip, letters, repeated, streamedEntry, stylesWithFormat, workbookEntries, type SheetSpec, type ZipEntrySpec } from "./xlsx-builder.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** A valid data table: header and two rows. */
export const DATA_ROWS = [
  ["指标代码", "地区代码", "年份", "数值"],
  ["maternal_mortality_ratio", "211421", 2024, 8.1],
  ["maternal_system_management_rate", "211421", 2024, 96.5],
] as const;
const dataSheet = (extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: "数据", rows: DATA_ROWS, ...extra });

/** A stored entry of random bytes: pushes a file past the full-load size so it is streamed. */
const padding = (bytes: number): ZipEntrySpec => ({ name: "xl/media/image1.png", data: randomBytes(bytes), store: true });

/** Rows `from`…`to` of `cols` numeric cells each (32 columns without cell references compress about 140:1, under the zip guard's ratio). */
function* numberRows(from: number, to: number, cols: number, refs = false): Generator<string> {
  const cells = Array.from({ length: cols }, (_, c) => `<c><v>${c % 10}</v></c>`).join("");
  const columns = Array.from({ length: cols }, (_, c) => letters(c + 1));
  let buf = "";
  for (let r = from; r <= to; r++) {
    buf += refs ? `<row r="${r}">${columns.map((l, c) => `<c r="${l}${r}"><v>${c % 10}</v></c>`).join("")}</row>` : `<row r="${r}">${cells}</row>`;
    if (buf.length > 1 << 20) {
      yield buf;
      buf = "";
    }
  }
  yield buf;
}

/** Replace the first worksheet part of a workbook with `entry` (same name). */
function withSheet(entries: ZipEntrySpec[], entry: ZipEntrySpec): ZipEntrySpec[] {
  return entries.map((e) => (e.name === entry.name ? entry : e));
}

/** Each hostile file: how to build it. */
export const HOSTILE_XLSX = {
  /** 2 KB: a merge from A3 to the last cell of the sheet (17 billion cells). */
  "merge-whole-sheet": async () => buildZip(workbookEntries({ sheets: [dataSheet({ after: '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' })] })),
  /** 2.8 MB (streamed): 20 million rich-text runs in one shared string, its zip sizes lying (declared 1 KB). */
  "rich-text-runs": async () => {
    const entries = workbookEntries({ sheets: [dataSheet()] });
    const sst = await streamedEntry("xl/sharedStrings.xml", repeated(`<?xml version="1.0"?><sst ${NS}><si><t>指标代码</t></si><si><t>地区代码</t></si><si><t>年份</t></si><si><t>数值</t></si><si><t>maternal_mortality_ratio</t></si><si><t>211421</t></si><si><t>maternal_system_management_rate</t></si><si>`, "<r><t/></r>", 20_000_000, "</si></sst>"));
    return buildZip([...entries.map((e) => (e.name === sst.name ? { ...sst, declaredSize: 1000 } : e)), padding(2_200_000)]);
  },
  /** Under 2 MB and honest about its sizes (about 140:1): 95 MB of sheet XML, 6 million cells without references. */
  "truthful-ratio": async () => {
    const entries = workbookEntries({ sheets: [dataSheet()] });
    const head = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`;
    const sheet = await streamedEntry("xl/worksheets/sheet1.xml", (function* () {
      yield head;
      yield* numberRows(2, 190_001, 32);
      yield "</sheetData></worksheet>";
    })());
    return buildZip(withSheet(entries, sheet));
  },
  /** 150 KB: a 1 MB number-format code used by 5,000 cells. */
  "long-number-format": async () => {
    const rows: (string | number)[][] = [["指标代码", "地区代码", "年份", "数值"]];
    for (let i = 0; i < 5000; i++) rows.push(["maternal_mortality_ratio", "211421", 2024, 8.1]);
    const code = Buffer.from(randomBytes(1 << 20).map((b) => (b & 1 ? 0x30 : 0x23))).toString("latin1") + "%";
    return buildZip(workbookEntries({ sheets: [{ name: "数据", rows, numberStyle: 1 }], styles: stylesWithFormat(code) }));
  },
  /** Over 2 MB (streamed), worksheet stored before the shared strings: 40,000 valid rows that exceljs used to spool to a temp file. */
  "sheet-before-strings": async () => {
    const entries = workbookEntries({ sheets: [dataSheet()], order: "sheets-first" });
    const head = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`;
    const sheet = await streamedEntry("xl/worksheets/sheet1.xml", (function* () {
      yield head;
      for (let r = 2; r <= 40_001; r++) yield `<row r="${r}"><c r="A${r}" t="s"><v>4</v></c><c r="B${r}" t="s"><v>5</v></c><c r="C${r}"><v>2024</v></c><c r="D${r}"><v>8.1</v></c></row>`;
      yield "</sheetData></worksheet>";
    })());
    return buildZip([...withSheet(entries, sheet), padding(2_200_000)]);
  },
  /** A cell pointing at shared string 99 of 7. */
  "shared-string-out-of-range": async () =>
    buildZip(workbookEntries({ sheets: [dataSheet()] }).map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: String(e.data).replace('<c r="A2" t="s"><v>4</v>', '<c r="A2" t="s"><v>99</v>') } : e))),
  /** Over 2 MB (streamed), the compressed data of its sheet damaged in the middle (the zip directory intact). */
  "damaged-deflate": async () => {
    const entries = workbookEntries({ sheets: [dataSheet()] });
    const sheet = await streamedEntry("xl/worksheets/sheet1.xml", (function* () {
      yield `<?xml version="1.0"?><worksheet ${NS}><sheetData>`;
      yield* numberRows(1, 20_000, 4, true);
      yield "</sheetData></worksheet>";
    })());
    const body = Buffer.from(sheet.body!);
    for (let i = body.length >> 1; i < (body.length >> 1) + 64; i++) body[i] = body[i]! ^ 0x5a;
    return buildZip([...withSheet(entries, { ...sheet, body }), padding(2_200_000)]);
  },
} satisfies Record<string, () => Promise<Buffer>>;

/** Name of a hostile XLSX. */
export type HostileXlsx = keyof typeof HOSTILE_XLSX;
