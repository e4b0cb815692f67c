/** Text written now to a private temp file and read back later in pieces: a report part that must follow a part not yet known. */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { OutputError } from "../util/atomic-write.js";

/** Spooled text: read it back (once or more), then dispose of the file. */
export interface Spool {
  /** The text, in pieces of about a megabyte. */
  read(): Generator<string>;
  /** The text as UTF-8 bytes, in fresh buffers of about a megabyte (nothing decoded: for writing it out again). */
  bytes(): Generator<Uint8Array>;
  /** Remove the temp file (safe to call more than once). */
  dispose(): void;
}

const CHUNK = 1 << 20;

function writeAll(fd: number, buf: Buffer): void {
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
}

/** Write every piece to a temp file (mode 600, in its own folder under `dir`, removed as soon as it is open); errors are OutputErrors naming the folder. */
export function spoolPieces(pieces: Iterable<string>, dir: string = tmpdir()): Spool {
  let folder: string | undefined, fd: number | undefined;
  const dispose = (): void => {
    if (fd !== undefined) closeSync(fd);
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    fd = folder = undefined;
  };
  const io = (err: unknown): OutputError => new OutputError("io", folder ?? dir, (err as NodeJS.ErrnoException).code ?? String(err));
  try {
    folder = mkdtempSync(path.join(dir, "hld-women-spool-"));
    fd = openSync(path.join(folder, "part"), "wx+", 0o600);
  } catch (err) {
    const e = io(err);
    dispose();
    throw e;
  }
  // Removed at once where an open file may be (POSIX): the descriptor still reads it, and a process that exits
  // abruptly (the bin exits on EPIPE when the reader of a pipe goes away) leaves nothing behind.
  try {
    rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  } catch {
    /* Windows: removed by dispose */
  }
  let size = 0;
  try {
    let buf = "";
    for (const p of pieces) {
      buf += p;
      if (buf.length < CHUNK) continue;
      const bytes = Buffer.from(buf, "utf8");
      writeAll(fd, bytes);
      size += bytes.length;
      buf = "";
    }
    const bytes = Buffer.from(buf, "utf8");
    writeAll(fd, bytes);
    size += bytes.length;
  } catch (err) {
    const e = err instanceof Error && "code" in err && typeof (err as NodeJS.ErrnoException).syscall === "string" ? io(err) : err;
    dispose();
    throw e;
  }
  return {
    *read() {
      const decoder = new StringDecoder("utf8");
      const buf = Buffer.allocUnsafe(CHUNK);
      for (let pos = 0; pos < size; ) {
        if (fd === undefined) throw new Error("spool read after dispose");
        const n = readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
        if (n === 0) throw io(Object.assign(new Error("short read"), { code: "EIO" }));
        pos += n;
        yield decoder.write(buf.subarray(0, n));
      }
      const rest = decoder.end();
      if (rest) yield rest;
    },
    *bytes() {
      for (let pos = 0; pos < size; ) {
        if (fd === undefined) throw new Error("spool read after dispose");
        const buf = Buffer.allocUnsafe(Math.min(CHUNK, size - pos));
        const n = readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) throw io(Object.assign(new Error("short read"), { code: "EIO" }));
        pos += n;
        yield buf.subarray(0, n);
      }
    },
    dispose,
  };
}
