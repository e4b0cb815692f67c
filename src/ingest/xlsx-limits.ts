/** Limits of XLSX reading, kept apart so importing them does not load exceljs or yauzl. */

/** Most entries an XLSX may have. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most bytes all entries may unpack to (512 MiB: a 100,000-row sheet is about 50 MiB of XML). */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** Highest compression ratio of an entry larger than RATIO_MIN_BYTES (sheet XML is typically 5–30×; bombs are 1000×). */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are not held to the ratio (tiny repetitive parts compress very well). */
export const RATIO_MIN_BYTES = 1024 * 1024;

/** Files up to this size are loaded fully (a city's yearly submission is ~100 KB; merges then resolve exactly); larger ones are streamed. */
export const XLSX_FULL_LOAD_MAX_BYTES = 2 * 1024 * 1024;
/** Files are loaded fully only when their parts also unpack to at most this (exceljs's full model takes ~30× the XML). */
export const XLSX_FULL_LOAD_MAX_UNPACKED = 8 * 1024 * 1024;

/** Most cells a workbook may have, counting each row as wide as its rightmost cell (streaming reads ~100,000 cells a second). */
export const MAX_CELLS = 2_000_000;
/** Most cells all merged ranges of a workbook may cover together (exceljs builds an object for each). */
export const MAX_MERGED_CELLS = 100_000;
/** Most rich-text runs (differently formatted pieces of text) in all cells and shared strings together. */
export const MAX_RICH_TEXT_RUNS = 100_000;
/** Longest text of one cell or shared string: Excel's own limit. */
export const MAX_STRING_LENGTH = 32_767;
/** Most shared strings (the distinct texts of a workbook). */
export const MAX_SHARED_STRINGS = 1_000_000;
/** Most characters of all shared strings together. */
export const MAX_SHARED_TEXT = 32 * 1024 * 1024;
/** Longest number-format code: Excel's own limit. */
export const MAX_NUMBER_FORMAT_LENGTH = 255;
/** Most XML elements of all parts together. */
export const MAX_XML_ELEMENTS = 10_000_000;
/** Most XML elements of one part outside the cell data (styles, column definitions, validations…). */
export const MAX_PART_ELEMENTS = 500_000;
/** Longest stretch of XML without a tag boundary: a text, attribute or comment longer than this is refused before it is held. */
export const MAX_XML_TOKEN_BYTES = 1024 * 1024;

/** The limits a refused workbook may exceed; each has a message naming it. */
export const XLSX_LIMITS = {
  cells: MAX_CELLS,
  "merged-cells": MAX_MERGED_CELLS,
  "rich-text-runs": MAX_RICH_TEXT_RUNS,
  "string-length": MAX_STRING_LENGTH,
  "shared-strings": MAX_SHARED_STRINGS,
  "shared-text": MAX_SHARED_TEXT,
  "number-format": MAX_NUMBER_FORMAT_LENGTH,
  "xml-elements": MAX_XML_ELEMENTS,
  "part-elements": MAX_PART_ELEMENTS,
  "xml-token": MAX_XML_TOKEN_BYTES,
  "unpacked-bytes": MAX_UNPACKED_BYTES,
} as const;

/** Name of one XLSX limit. */
export type XlsxLimitName = keyof typeof XLSX_LIMITS;
