/**
 * A streaming exceljs workbook writer whose zip is collected in memory: rows leave the heap as they are committed, only
 * the packed bytes stay. exceljs's streaming writer cannot place pictures (its worksheets have no addImage), so this
 * module writes the drawing part itself: the standard SpreadsheetML drawing (one anchor per picture), its relationships,
 * the sheet's `<drawing>` element and the content type. Nor does it write `<printOptions>` (centring on the page), which
 * is added here too. That touches internals of exceljs 4.4.0 (pinned; see the read-back tests): the workbook's `zip` and
 * `addWorksheet`, and the worksheet's `stream`, `_sheetRelsWriter`, `_writePageMargins` and `_writeLegacyData`.
 */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import { Writable } from "node:stream";
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

/** One picture on a sheet: an image added with `wb.addImage`, its top-left cell (0-based) and its size in pixels. */
export interface SheetPicture {
  image: number;
  col: number;
  row: number;
  width: number;
  height: number;
}

/** The writer, a way to put pictures on one of its sheets, and a function that commits it and returns the bytes of the file. */
export interface StreamWorkbook {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  /** Place pictures on `ws`; call at most once per sheet, before the sheet is committed. */
  addPictures(ws: ExcelJS.Worksheet, pictures: readonly SheetPicture[]): void;
  finish(): Promise<Buffer>;
}

interface ZipInternals {
  zip: { append(source: string | Buffer, data: { name: string }): unknown };
  getImage(id: number): { name: string };
}

interface SheetInternals {
  stream: { write(text: string): unknown };
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _writePageMargins(): void;
  pageSetup: Partial<ExcelJS.PageSetup>;
}

// pageSetup flag → attribute of <printOptions>, in the schema's order.
const PRINT_OPTIONS = [["showRowColHeaders", "headings"], ["showGridLines", "gridLines"], ["horizontalCentered", "horizontalCentered"], ["verticalCentered", "verticalCentered"]] as const;

/** Write `<printOptions>` (it precedes `<pageMargins>`) when the sheet's page setup asks for any of its flags. */
function addPrintOptions(sheet: SheetInternals): void {
  const writeMargins = sheet._writePageMargins.bind(sheet);
  sheet._writePageMargins = () => {
    const attrs = PRINT_OPTIONS.filter(([flag]) => sheet.pageSetup[flag]).map(([, attr]) => ` ${attr}="1"`);
    if (attrs.length > 0) sheet.stream.write(`<printOptions${attrs.join("")}/>`);
    writeMargins();
  };
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMU_PER_PX = 9525;

function drawingXml(pictures: readonly SheetPicture[]): string {
  const anchors = pictures.map((p, i) => {
    const cx = Math.round(p.width * EMU_PER_PX), cy = Math.round(p.height * EMU_PER_PX);
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="Picture ${i + 1}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relsXml(targets: readonly string[]): string {
  const rels = targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/image" Target="../media/${t}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

// Only the streaming writer's modules (about 200 instead of 660: none of the readers, unzipper or jszip), ~0.25 s less start-up for a report.
const WorkbookWriter = createRequire(import.meta.url)("exceljs/lib/stream/xlsx/workbook-writer.js") as typeof ExcelJS.stream.xlsx.WorkbookWriter;

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
  const wb = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: opts.sharedStrings ?? false });
  wb.creator = "hld-women";
  wb.created = created;
  wb.modified = created;
  const internals = wb as unknown as ZipInternals;
  const zip = internals.zip;
  const append = zip.append.bind(zip);
  const drawings: string[] = [];
  const addWorksheet = wb.addWorksheet.bind(wb);
  wb.addWorksheet = (name, options) => {
    const ws = addWorksheet(name, options);
    addPrintOptions(ws as unknown as SheetInternals);
    return ws;
  };
  // The content types are written last, from a model without drawings: add an override for each drawing part.
  zip.append = (source, data) => {
    const typed = data.name === "[Content_Types].xml" && typeof source === "string" && drawings.length > 0;
    const overrides = drawings.map((d) => `<Override PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`).join("");
    return append(typed ? source.replace("</Types>", `${overrides}</Types>`) : source, data);
  };
  return {
    wb,
    addPictures(ws, pictures) {
      if (pictures.length === 0) return;
      const part = `xl/drawings/drawing${drawings.length + 1}.xml`;
      drawings.push(part);
      const sheet = ws as unknown as SheetInternals;
      const rId = sheet._sheetRelsWriter.addRelationship({ Type: `${REL}/drawing`, Target: `../${part.slice(3)}` });
      // <drawing> belongs after the page setup and row breaks, just before <legacyDrawing>: exceljs writes that one last.
      const writeLegacy = sheet._writeLegacyData.bind(sheet);
      sheet._writeLegacyData = () => {
        sheet.stream.write(`<drawing r:id="${rId}"/>`);
        writeLegacy();
      };
      append(drawingXml(pictures), { name: part });
      append(relsXml(pictures.map((p) => internals.getImage(p.image).name)), { name: part.replace("drawings/", "drawings/_rels/") + ".rels" });
    },
    async finish() {
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}
