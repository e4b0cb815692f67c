/** Tell what a file is from its first bytes and its name: CSV, XLSX, or something we refuse with a reason. */
import { openSync, readSync, closeSync } from "node:fs";
import path from "node:path";

/** What a file is to the reader: a format it reads, or the reason it refuses it. */
export type InputFormat = "csv" | "xlsx" | "legacy-xls" | "encrypted-file" | "html-as-xls" | "unsupported-file";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const HEAD_BYTES = 64 * 1024;
/** Extensions read as CSV. */
export const CSV_EXTENSIONS: readonly string[] = [".csv", ".tsv", ".txt"];
/** Extensions read as XLSX. */
export const XLSX_EXTENSIONS: readonly string[] = [".xlsx", ".xlsm"];

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((m, i) => b[i] === m);
}

/** Classify bytes already read from the start of a file. */
export function classifyFile(name: string, head: Uint8Array): InputFormat {
  const ext = path.extname(name).toLowerCase();
  if (startsWith(head, CFB)) {
    // An encrypted .xlsx is an OLE container holding an "EncryptedPackage" stream (UTF-16 name).
    const marker = Buffer.from("EncryptedPackage", "utf16le");
    return Buffer.from(head.buffer, head.byteOffset, head.byteLength).includes(marker) ? "encrypted-file" : "legacy-xls";
  }
  if (startsWith(head, ZIP)) return "xlsx";
  if (ext === ".xls") {
    const text = Buffer.from(head.subarray(0, 512)).toString("latin1").trimStart().toLowerCase();
    return text.startsWith("<") ? "html-as-xls" : "legacy-xls";
  }
  if (XLSX_EXTENSIONS.includes(ext)) return "xlsx";
  if (CSV_EXTENSIONS.includes(ext)) return "csv";
  return "unsupported-file";
}

/** Read the start of a file and classify it. */
export function sniffFile(file: string): InputFormat {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    return classifyFile(file, head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
