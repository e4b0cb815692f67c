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
