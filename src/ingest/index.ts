/** Public API of reading submissions: readObservations for `check`, validateFiles for `validate`. */
export { readObservations, materialize } from "./read-observations.js";
export { validateFiles, truncateReport, type ValidateOptions } from "./validate-files.js";
export { IngestOptionError, UNREADABLE, type IngestOptions, type IngestResult, type IngestProgress, type CellValue } from "./ingest-types.js";
export { DEFAULT_IMPLAUSIBLE_CHANGE, implausibleChange, type ImplausibleChangeThreshold } from "./implausible-change.js";
export { MAX_DIAGNOSTICS_PER_FILE } from "./diagnostic-sink.js";
export { MAX_ZIP_ENTRIES, MAX_UNPACKED_BYTES, MAX_COMPRESSION_RATIO, RATIO_MIN_BYTES, XLSX_FULL_LOAD_MAX_BYTES } from "./xlsx-limits.js";
export { parseValue, MISSING_MARKERS, type ParsedValue } from "./parse-value.js";
export { detectEncoding, encodingFromLabel, ENCODING_LABELS, type TextEncodingName } from "./detect-encoding.js";
export { HEADER_ALIASES, matchHeader, type Field } from "./header-aliases.js";
export { ingestMessages } from "./messages.js";
