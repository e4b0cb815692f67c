/** Opening a database file for an access: a private read-only copy for reading, an in-memory image to play on (scratch), the file itself for writing. */
import Database from "better-sqlite3";
import { chmodSync, closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StoreError } from "./store-error.js";

/** What a command will do with the database: read it, write it (creating and migrating it), or play on a copy. */
export type StoreAccess = "read" | "write" | "scratch";

const TIMEOUT = 5000;

/** An open connection and what to remove once it is closed (the private copy a reading command reads from). */
export interface Connection {
  db: Database.Database;
  cleanup?: () => void;
}

/** The first bytes of a file (fewer when it is shorter); a folder or unreadable file is StoreError "io". */
function readHead(file: string, length: number): Buffer {
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(length);
      return head.subarray(0, readSync(fd, head, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    // A folder, an unreadable file: what SQLite would have called SQLITE_CANTOPEN.
    throw new StoreError("io", { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

/**
 * A cleanly closed database read through a private copy in the temp folder, marked as a rollback-journal one and opened
 * read-only: nothing is created beside the original, and the data is read from disk as the query runs rather than
 * held in memory whole (a database of millions of rows is hundreds of megabytes).
 */
function openCopy(file: string): Connection {
  let folder: string | undefined;
  const cleanup = (): void => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  };
  try {
    folder = mkdtempSync(path.join(tmpdir(), "hld-women-read-"));
    const copy = path.join(folder, "read.db");
    copyFileSync(file, copy);
    // The copy keeps the original's mode (read-only, say): it is ours to mark, and to read alone.
    chmodSync(copy, 0o600);
    const fd = openSync(copy, "r+");
    try {
      const head = Buffer.alloc(20);
      if (readSync(fd, head, 0, 20, 0) === 20) writeSync(fd, asRollbackImage(head), 18, 2, 18);
    } finally {
      closeSync(fd);
    }
    const db = new Database(copy, { readonly: true, fileMustExist: true, timeout: TIMEOUT });
    // Removed at once where an open file may be (POSIX): the connection still reads it, and a command stopped
    // half way (Ctrl-C while millions of rows are read) leaves nothing behind. Elsewhere it goes at close.
    try {
      rmSync(folder, { recursive: true, force: true });
      folder = undefined;
    } catch {
      /* removed by cleanup */
    }
    return { db, cleanup };
  } catch (err) {
    cleanup();
    if (err instanceof Error && "code" in err && typeof (err as NodeJS.ErrnoException).syscall === "string") {
      throw new StoreError("io", { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
    }
    throw err;
  }
}

/**
 * Open a database for reading without changing anything beside it. A WAL database's read-only connection creates
 * -wal and -shm files when its folder is writable, so a cleanly closed one (no -wal: the file holds everything) is read
 * from a private copy (reading) or an in-memory image of its bytes (scratch, which may write); while a -wal exists (a
 * writer is at work), the file itself is opened read-only.
 */
function openReadOnly(file: string, writable: boolean): Connection {
  if (existsSync(`${file}-wal`)) {
    const disk = new Database(file, { readonly: true, fileMustExist: true, timeout: TIMEOUT });
    if (!writable) return { db: disk };
    try {
      return { db: new Database(asRollbackImage(disk.serialize())) };
    } finally {
      disk.close();
    }
  }
  const head = readHead(file, SQLITE_MAGIC.length);
  // An empty file is a valid empty SQLite database to the driver; anything else must carry the header.
  if (head.length > 0 && !head.equals(SQLITE_MAGIC)) throw new StoreError("not-a-database", { file });
  // Nothing to read: an empty database in memory (refused by reading commands, built on by --dry-run).
  if (head.length === 0) return { db: new Database(":memory:") };
  if (!writable) return openCopy(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new StoreError("io", { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  return { db: new Database(asRollbackImage(bytes)) };
}

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");

/** Header bytes 18–19 say "WAL"; an in-memory database cannot be WAL, so mark the image as a rollback-journal one. */
function asRollbackImage(image: Buffer): Buffer {
  if (image.length >= 20) (image[18] = 1), (image[19] = 1);
  return image;
}

/** Open `file` for `access`; reading a missing file is StoreError not-found. */
export function connect(file: string, access: StoreAccess): Connection {
  const exists = existsSync(file);
  if (!exists && access === "read") throw new StoreError("not-found", { file });
  if (access === "read") return openReadOnly(file, false);
  if (access === "scratch") return exists ? openReadOnly(file, true) : { db: new Database(":memory:") };
  return { db: new Database(file, { timeout: TIMEOUT }) };
}
