/**
 * Write an output file without harming what is at the path: a regular file is replaced atomically (temp file beside
 * it, flag wx, fsync, rename) keeping its mode and owner; a file with hard links, a device, a FIFO or a link into
 * /proc or /dev/fd (what /dev/stdout is) is written directly, never renamed over; never over an input.
 */
import { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, statSync, lstatSync, readlinkSync, existsSync, fchmodSync, fchownSync, type Stats } from "node:fs";
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

/** How an output path is written: replaced by rename, written in place, created, or written to one of our descriptors. */
type Plan =
  | { how: "replace"; file: string; stat: Stats }
  | { how: "in-place"; file: string; regular: boolean }
  | { how: "create"; file: string }
  | { how: "descriptor"; fd: number };

// Paths whose entries stand for open descriptors: renaming over them would replace the link, not write the stream.
const DESCRIPTOR_DIRS = ["/proc/", "/dev/fd/"];
const MAX_LINKS = 40;

/** Follow the target's symlinks to what will actually be written, and decide how. */
function planWrite(target: string): Plan {
  let file = path.resolve(target);
  for (let hop = 0; hop <= MAX_LINKS; hop++) {
    // One of our own descriptors (/dev/stdout): a socket cannot be opened again by name (ENXIO), so write to it.
    const own = new RegExp(`^/(?:proc/(?:self|thread-self|${process.pid})/fd|dev/fd)/(\\d+)$`).exec(file);
    if (own) return { how: "descriptor", fd: Number(own[1]) };
    if (DESCRIPTOR_DIRS.some((d) => file.startsWith(d))) return { how: "in-place", file, regular: false };
    let st: Stats;
    try {
      st = lstatSync(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { how: "create", file };
      throw err;
    }
    if (st.isSymbolicLink()) {
      file = path.resolve(path.dirname(file), readlinkSync(file));
      continue;
    }
    if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!st.isFile()) return { how: "in-place", file, regular: false };
    // Rename would give the other names the old content; write in place once the full content is ready.
    if (st.nlink > 1) return { how: "in-place", file, regular: true };
    return { how: "replace", file, stat: st };
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      // A non-blocking pipe whose reader is slow: wait for room.
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      sleepSync(5);
    }
  }
}

/** An output file being written piece by piece: nothing replaces the target until commit (see openOutputFile). */
export interface OutputFile {
  /** Append bytes (a string as UTF-8). */
  write(data: string | Uint8Array): void;
  /** Make the content durable and put it in place. */
  commit(): void;
  /** Give up: the target stays as it was (a device or FIFO keeps what was already written to it). */
  abort(): void;
}

const asBytes = (data: string | Uint8Array): Uint8Array => (typeof data === "string" ? Buffer.from(data, "utf8") : data);

/** A device, FIFO or descriptor: written as the pieces come (it cannot be replaced, nor written all at once later). */
function direct(fd: number, own: boolean): OutputFile {
  return {
    write: (data) => writeAll(fd, asBytes(data)),
    commit: () => (own ? closeSync(fd) : undefined),
    abort: () => (own ? closeSync(fd) : undefined),
  };
}

/** A file with other hard links: written in place, so the pieces are kept until the full content is ready. */
function inPlace(file: string): OutputFile {
  const pieces: Uint8Array[] = [];
  return {
    write: (data) => void pieces.push(asBytes(data)),
    commit: () => {
      const fd = openSync(file, "w");
      try {
        for (const p of pieces) writeAll(fd, p);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    abort: () => void (pieces.length = 0),
  };
}

/** A temp file beside the target, renamed over it at commit (retried while Excel/WPS holds it); removed on abort. */
function replacing(file: string, name: string, old: Stats | undefined): OutputFile {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.hld-women-tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  let fd: number | undefined = openSync(tmp, "wx", 0o644);
  const abort = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
  };
  try {
    if (old) {
      // The umask applies at creation: set the old file's mode (and owner, which only root may change) explicitly.
      fchmodSync(fd, old.mode & 0o7777);
      try {
        fchownSync(fd, old.uid, old.gid);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EPERM") throw err;
      }
    }
  } catch (err) {
    abort();
    throw err;
  }
  return {
    write: (data) => writeAll(fd as number, asBytes(data)),
    commit: () => {
      fsyncSync(fd as number);
      closeSync(fd as number);
      fd = undefined;
      for (let attempt = 0; ; attempt++) {
        try {
          renameSync(tmp, file);
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
    },
    abort,
  };
}

/** Errors other than OutputError become OutputError("io") naming the target as the caller did. */
function named<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError("io", name, (err as NodeJS.ErrnoException).code ?? String(err));
  }
}

/**
 * Open `target` for writing piece by piece without harming what is there (see the file comment): a regular file is
 * only replaced at commit, and an abort leaves it untouched. Errors are OutputErrors naming the file as `name`.
 */
export function openOutputFile(target: string, inputs: readonly string[] = [], name: string = target): OutputFile {
  assertNotInput(target, inputs, name);
  const out = named(name, (): OutputFile => {
    const plan = planWrite(target);
    if (plan.how === "descriptor") return direct(plan.fd, false);
    if (plan.how === "in-place") return plan.regular ? inPlace(plan.file) : direct(openSync(plan.file, "w"), true);
    return replacing(plan.file, name, plan.how === "replace" ? plan.stat : undefined);
  });
  let done = false;
  return {
    write: (data) => named(name, () => out.write(data)),
    commit: () => {
      named(name, () => out.commit());
      done = true;
    },
    abort: () => {
      if (done) return;
      done = true;
      try {
        out.abort();
      } catch {
        /* already failing: the first error is the one to report */
      }
    },
  };
}

/**
 * Write `data` to `target` without harming what is there (see the file comment). Retries a rename blocked by
 * Excel/WPS on Windows (EPERM/EBUSY). Errors name the file as `name`.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, inputs: readonly string[] = [], name: string = target): void {
  const out = openOutputFile(target, inputs, name);
  try {
    out.write(data);
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
}
