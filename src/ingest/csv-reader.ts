/** Stream a CSV into a table mapper: detect (or take) the encoding and delimiter, decode strictly, count rows. */
import { createReadStream, openSync, readSync, closeSync, fstatSync } from "node:fs";
import path from "node:path";
import { detectEncoding, type TextEncodingName } from "./detect-encoding.js";
import { detectDelimiter } from "./detect-delimiter.js";
import { Utf8Checker } from "./utf8-checker.js";
import { TableMapper } from "./table-mapper.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import { type RunContext, type TableContext, tableLocation } from "./mapping-context.js";
import type { IngestProgress } from "./ingest-types.js";

/** Bytes read up front to detect the encoding and delimiter. */
export const CSV_SAMPLE_BYTES = 64 * 1024;
/** Longest record accepted; longer means a runaway quote (and would otherwise hold the whole file in memory). */
export const CSV_MAX_RECORD_CHARS = 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;
const PROBLEM_MESSAGE = { "opening-quote": "parse-opening-quote", "closing-quote": "parse-closing-quote", "unclosed-quote": "parse-quote", "record-size": "parse-record-size" } as const;

/** Options of one CSV read. */
export interface CsvReadOptions {
  encoding?: TextEncodingName;
  onProgress?: (p: IngestProgress) => void;
}

function readSample(file: string): { sample: Buffer; size: number } {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const sample = Buffer.alloc(Math.min(size, CSV_SAMPLE_BYTES));
    let off = 0;
    while (off < sample.length) {
      const n = readSync(fd, sample, off, sample.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { sample: sample.subarray(0, off), size };
  } finally {
    closeSync(fd);
  }
}

/** Read one CSV file; returns the number of data rows. */
export async function readCsv(fullPath: string, file: string, run: RunContext, options: CsvReadOptions = {}): Promise<number> {
  const { sink, t } = run;
  const table: TableContext = { file, letters: false, structural: true };
  const { sample, size } = readSample(fullPath);
  if (size === 0) {
    sink.add("empty-file", "error", { file });
    return 0;
  }
  const choice = options.encoding ? { encoding: options.encoding, bom: 0, guessed: false } : detectEncoding(sample);
  const encoding = choice.encoding;
  if (choice.guessed) sink.add("encoding-guessed", "info", { file }, { encoding });
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(sample, { stream: true }), path.extname(file).toLowerCase() === ".tsv" ? "\t" : ",");
  const mapper = new TableMapper(run, table);
  const tokenizer = new CsvTokenizer(delimiter, CSV_MAX_RECORD_CHARS);
  const checker = encoding === "utf-8" ? new Utf8Checker() : undefined;
  const decoder = new TextDecoder(encoding);
  let suspect = false;
  let row = 0;
  const onRecord = (rec: string[]): void => {
    row++;
    if (suspect && rec.some((f) => f.includes("\uFFFD"))) {
      sink.add("encoding-error", "error", tableLocation(table, row), { line: row, encoding }, { value: rec.join(delimiter).slice(0, 80) });
      return;
    }
    mapper.push(rec, row);
  };
  let bytes = 0;
  for await (const chunk of createReadStream(fullPath, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (checker) {
      checker.push(chunk);
      suspect ||= !checker.valid;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (!checker) suspect ||= text.includes("\uFFFD");
    tokenizer.push(text, onRecord);
    if (tokenizer.error) break;
    options.onProgress?.({ file, bytes, totalBytes: size, rows: row });
  }
  if (!tokenizer.error) {
    checker?.end();
    suspect ||= checker ? !checker.valid : false;
    const text = decoder.decode();
    if (!checker) suspect ||= text.includes("\uFFFD");
    if (text) tokenizer.push(text, onRecord);
    tokenizer.end(onRecord);
  }
  const error = tokenizer.error;
  if (error) {
    const detail = t(PROBLEM_MESSAGE[error.problem], { limit: CSV_MAX_RECORD_CHARS });
    sink.add("parse-error", "error", tableLocation(table, error.line), { line: error.line, detail });
  }
  const outcome = mapper.end();
  if (!outcome.header && !error) sink.add("no-header", "error", tableLocation(table, 1), { rows: Math.min(row, 30), expected: t("expected-header") }, { expected: t("expected-header") });
  return outcome.rows;
}
