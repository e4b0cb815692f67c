/** Write a file atomically: temp file beside the target (flag wx), fsync, rename; never over an input. */
import { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/** Raised when the target is one of the inputs or cannot be replaced. */
export class OutputError extends Error {
  constructor(
    readonly reason: "is-input" | "busy" | "io",
    /** The target as the caller named it. */
    readonly target: string,
    readonly detail?: string,
  ) {
    super(`${reason}: ${target}${detail ? ` (${detail})` : ""}`);
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a), sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the target is (by device and inode, so symlinks count) one of the inputs. */
export function isInput(target: string, inputs: readonly string[]): boolean {
  return existsSync(target) && inputs.some((input) => sameFile(target, input));
}

/** Refuse a target that is one of the inputs; the error names it as `name` (default: the target). */
export function assertNotInput(target: string, inputs: readonly string[], name: string = target): void {
  if (isInput(target, inputs)) throw new OutputError("is-input", name);
}

/** Atomically replace `target` with `data`. Retries a rename blocked by Excel/WPS on Windows (EPERM/EBUSY). Errors name the file as `name`. */
export function writeFileAtomic(target: string, data: string | Uint8Array, inputs: readonly string[] = [], name: string = target): void {
  assertNotInput(target, inputs, name);
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.hld-women-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        renameSync(tmp, target);
        return;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if ((code === "EPERM" || code === "EBUSY" || code === "EACCES") && attempt < 5) {
          sleepSync(100 * (attempt + 1));
          continue;
        }
        if (code === "EPERM" || code === "EBUSY") throw new OutputError("busy", name, code);
        throw err;
      }
    }
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
    if (err instanceof OutputError) throw err;
    throw new OutputError("io", name, (err as NodeJS.ErrnoException).code ?? String(err));
  }
}
