/** Counts what exceljs is about to build from a workbook's XML and stops the read at a limit, before the memory is spent;
 * fills in the optional row and cell references the streaming reader needs. */
import type { SaxEvent, XmlPartWatcher } from "../util/exceljs.js";
import { XLSX_LIMITS, type XlsxLimitName } from "./xlsx-limits.js";
import { columnLetter } from "./diagnostic-sink.js";

/** A workbook exceeds one of XLSX_LIMITS; `cell` is where, when known (A1 style or a merged range). */
export class XlsxLimitError extends Error {
  constructor(
    readonly limit: XlsxLimitName,
    readonly found: number,
    readonly cell?: string,
  ) {
    super(`XLSX limit ${limit}: ${found} > ${XLSX_LIMITS[limit]}`);
  }
}

/** A workbook whose parts contradict each other: a cell points at a shared string that does not exist, merged ranges overlap. */
export class XlsxStructureError extends Error {
  constructor(
    readonly kind: "shared-string" | "overlapping-merge",
    readonly params: Record<string, string | number>,
    readonly cell?: string,
  ) {
    super(`${kind} ${JSON.stringify(params)}`);
  }
}

type Tag = { name: string; attributes: Record<string, string | undefined> };

/** Row and column of an A1 reference; undefined for anything else. */
export function decodeCell(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Cells a range such as "A3:XFD1048576" covers (0 when it is not a range). */
export function rangeArea(ref: string): number {
  const [a, b] = ref.split(":");
  const from = a === undefined ? undefined : decodeCell(a);
  const to = b === undefined ? from : decodeCell(b);
  if (!from || !to) return 0;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The counts of one workbook read; hand `part` to xmlWatch.run. */
export class XlsxGuard {
  bytes = 0;
  elements = 0;
  cells = 0;
  merged = 0;
  runs = 0;
  sharedStrings = 0;
  sharedText = 0;
  /** Number of shared strings, once the shared-strings part has been read. */
  sharedCount: number | undefined;
  /** Highest shared-string index a cell used, and the first cell that used it. */
  maxShared = -1;
  maxSharedCell: string | undefined;

  /** A watcher for the next XML part. */
  part(): XmlPartWatcher {
    return new PartWatcher(this);
  }

  /** Throws when `total` is past `limit`. */
  check(limit: XlsxLimitName, total: number, cell?: string): void {
    if (total > XLSX_LIMITS[limit]) throw new XlsxLimitError(limit, total, cell);
  }

  /** A cell used shared string `index`. */
  sharedIndex(index: number, cell: string): void {
    if (this.sharedCount !== undefined && index >= this.sharedCount) throw this.badIndex(index, cell);
    if (index > this.maxShared) {
      this.maxShared = index;
      this.maxSharedCell = cell;
    }
  }

  /** The shared strings are all read: cells read before them are checked now. */
  sharedDone(count: number): void {
    this.sharedCount = count;
    if (this.maxShared >= count) throw this.badIndex(this.maxShared, this.maxSharedCell);
  }

  /** The error for a cell pointing past the shared strings, if any cell did (for errors exceljs raised first). */
  explain(): XlsxStructureError | undefined {
    return this.maxShared >= (this.sharedCount ?? 0) ? this.badIndex(this.maxShared, this.maxSharedCell) : undefined;
  }

  private badIndex(index: number, cell: string | undefined): XlsxStructureError {
    return new XlsxStructureError("shared-string", { index, count: this.sharedCount ?? 0 }, cell);
  }
}

/** Watches one part: its kind comes from its root element (worksheet, sst, styleSheet…). */
class PartWatcher implements XmlPartWatcher {
  private root: string | undefined;
  private sinceEvent = 0;
  private partElements = 0;
  private inSheetData = false;
  // Position in a worksheet, for locations and for rows as wide as their rightmost cell.
  private row = 0;
  private col = 0;
  private rowWidth = 0;
  // Cells of the current row counted one by one; the rest of its width is added when it ends.
  private rowCells = 0;
  private cellType: string | undefined;
  private inValue = false;
  private value = "";
  // Inside a text holder (a shared string, an inline string, a cell) its texts add up; elsewhere each text counts alone.
  private inHolder = false;
  private textLength = 0;

  constructor(private readonly g: XlsxGuard) {}

  chunk(length: number): void {
    const g = this.g;
    g.bytes += length;
    g.check("unpacked-bytes", g.bytes);
    this.sinceEvent += length;
    g.check("xml-token", this.sinceEvent, this.where());
  }

  events(events: readonly SaxEvent[]): void {
    if (events.length > 0) this.sinceEvent = 0;
    for (const e of events) {
      if (e.eventType === "opentag") this.open(e.value as Tag);
      else if (e.eventType === "closetag") this.close(e.value as Tag);
      else this.text(e.value as string);
    }
  }

  private where(): string | undefined {
    return this.row > 0 ? `${columnLetter(Math.max(this.col, 1))}${this.row}` : undefined;
  }

  private open(tag: Tag): void {
    const g = this.g;
    const name = localName(tag.name);
    g.check("xml-elements", ++g.elements, this.where());
    if (this.root === undefined) this.root = name;
    if (!this.inSheetData && this.root !== "sst") g.check("part-elements", ++this.partElements, this.where());
    if (!this.inHolder) this.textLength = 0;
    switch (name) {
      case "sheetData":
        this.inSheetData = this.root === "worksheet";
        break;
      case "row": {
        const r = Number(tag.attributes.r);
        this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
        // The reference is optional in the file format; exceljs's streaming reader fails without it, the full load
        // counts on: filling it in makes both read the same.
        if (this.inSheetData) tag.attributes.r = String(this.row);
        this.col = 0;
        this.rowWidth = 0;
        this.rowCells = 0;
        break;
      }
      case "c": {
        const at = tag.attributes.r ? decodeCell(tag.attributes.r) : undefined;
        this.col = at ? at.col : this.col + 1;
        if (at) this.row = at.row;
        else if (this.inSheetData) tag.attributes.r = `${columnLetter(this.col)}${Math.max(this.row, 1)}`;
        this.cellType = tag.attributes.t;
        this.inHolder = true;
        this.rowCells++;
        this.rowWidth = Math.max(this.rowWidth + 1, this.col);
        g.check("cells", ++g.cells, this.where());
        break;
      }
      case "v":
        this.inValue = true;
        this.value = "";
        break;
      case "si":
      case "is":
        this.inHolder = true;
        break;
      case "r":
        if (this.root === "sst" || this.inSheetData) g.check("rich-text-runs", ++g.runs, this.where());
        break;
      case "mergeCell": {
        const ref = tag.attributes.ref ?? "";
        g.check("merged-cells", (g.merged += rangeArea(ref)), ref);
        this.mergeOnce(ref);
        break;
      }
      case "numFmt":
        g.check("number-format", (tag.attributes.formatCode ?? "").length, tag.attributes.numFmtId);
        break;
    }
  }

  // exceljs's full load fails on overlapping merged ranges ("Cannot merge already merged cells") and the stream never
  // looks at them: refuse them in both, as a damaged file. The area limit keeps this set small.
  private merged: Set<number> | undefined;
  private mergeOnce(ref: string): void {
    const [a, b] = ref.split(":");
    const from = a === undefined ? undefined : decodeCell(a);
    const to = b === undefined ? from : decodeCell(b);
    if (!from || !to) return;
    this.merged ??= new Set();
    for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
      for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
        const key = r * 16384 + c;
        if (this.merged.has(key)) throw new XlsxStructureError("overlapping-merge", { ref }, ref);
        this.merged.add(key);
      }
  }

  private text(text: string): void {
    const g = this.g;
    this.textLength += text.length;
    g.check("string-length", this.textLength, this.where());
    if (this.root === "sst") g.check("shared-text", (g.sharedText += text.length));
    if (this.inValue && this.value.length < 16) this.value += text;
  }

  private close(tag: Tag): void {
    const g = this.g;
    switch (localName(tag.name)) {
      case "row":
        // A row counts as wide as its rightmost cell: the readers walk it that far.
        g.check("cells", (g.cells += Math.max(0, this.rowWidth - this.rowCells)), this.where());
        this.rowCells = 0;
        break;
      case "v":
        this.inValue = false;
        if (this.cellType === "s" && this.inSheetData) g.sharedIndex(Number.parseInt(this.value, 10) || 0, this.where() ?? "?");
        break;
      case "c":
        this.inHolder = false;
        break;
      case "si":
        this.inHolder = false;
        if (this.root === "sst") g.check("shared-strings", ++g.sharedStrings);
        break;
      case "sheetData":
        this.inSheetData = false;
        break;
      case "sst":
        g.sharedDone(g.sharedStrings);
        break;
    }
  }
}
