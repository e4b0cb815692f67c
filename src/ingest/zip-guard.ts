/** Refuse zip bombs before exceljs (which has no limit) unpacks an XLSX: central-directory limits, then a counted inflate. */
import yauzl from "yauzl";
import { MAX_ZIP_ENTRIES, MAX_UNPACKED_BYTES, MAX_COMPRESSION_RATIO, RATIO_MIN_BYTES } from "./xlsx-limits.js";

/** Why a zip was refused. */
export interface ZipProblem {
  code: "zip-bomb" | "corrupt-xlsx";
  detail: string;
}

/** What checking a zip found: a problem, or the total size its entries declare. */
export interface ZipCheck {
  problem?: ZipProblem;
  /** Sum of the uncompressed sizes the entries declare. */
  unpacked: number;
}

const mib = (n: number): string => `${(n / 1048576).toFixed(1)} MiB`;

/** Check a zip; no problem means it is safe to unpack. `countInflated` also inflates every entry to count what really comes out (for full loads; streamed reads are counted by the XML parser instead). */
export function checkZip(file: string, countInflated = true): Promise<ZipCheck> {
  return new Promise((resolve) => {
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return resolve({ problem: { code: "corrupt-xlsx", detail: err?.message ?? "?" }, unpacked: 0 });
      let done = false;
      let declared = 0, unpacked = 0;
      const finish = (problem: ZipProblem | undefined): void => {
        if (done) return;
        done = true;
        zip.close();
        resolve(problem ? { problem, unpacked: declared } : { unpacked: declared });
      };
      if (zip.entryCount > MAX_ZIP_ENTRIES) return finish({ code: "zip-bomb", detail: `${zip.entryCount} entries > ${MAX_ZIP_ENTRIES}` });
      zip.on("error", (e: Error) => finish({ code: "corrupt-xlsx", detail: e.message }));
      zip.on("end", () => finish(undefined));
      zip.on("entry", (entry: yauzl.Entry) => {
        declared += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (declared > MAX_UNPACKED_BYTES) return finish({ code: "zip-bomb", detail: `${mib(declared)} > ${mib(MAX_UNPACKED_BYTES)}` });
        if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO)
          return finish({ code: "zip-bomb", detail: `${entry.fileName}: ${mib(entry.uncompressedSize)}, ${Math.round(ratio)}:1 > ${MAX_COMPRESSION_RATIO}:1` });
        if (/\/$/.test(entry.fileName) || !countInflated) return zip.readEntry();
        // The declared sizes may lie; count what really comes out.
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return finish({ code: "corrupt-xlsx", detail: e?.message ?? "?" });
          stream.on("data", (c: Buffer) => {
            unpacked += c.length;
            if (unpacked > MAX_UNPACKED_BYTES) {
              stream.destroy();
              finish({ code: "zip-bomb", detail: `> ${mib(MAX_UNPACKED_BYTES)}` });
            }
          });
          stream.on("error", (se: Error) => finish({ code: "corrupt-xlsx", detail: se.message }));
          stream.on("end", () => {
            if (!done) zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
