/** The sha256 and size of a file, read as a stream (never modified). */
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";

/** Hash a file's bytes; rejects with the fs error when it cannot be read. */
export function fileDigest(file: string): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    let size = 0;
    createReadStream(file)
      .on("data", (chunk) => {
        size += chunk.length;
        hash.update(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve({ sha256: hash.digest("hex"), size }));
  });
}
