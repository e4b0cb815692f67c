/** Why a database could not be used; the CLI turns it into a message (exit 2), never a stack trace. */

/** The reasons a database cannot be opened or written. */
export type StoreErrorCode = "not-found" | "not-a-database" | "newer-schema" | "busy" | "read-only" | "io"
  /** An SQLite file without hld-women's tables (another program's, or empty when reading): refused untouched. */
  | "foreign"
  /** A database whose schema a reading command cannot use without migrating it. */
  | "older-schema"
  /** A --region the plan does not know (reading a database by region). */
  | "unknown-region";

/** A database problem the user can act on; `params` fill the message (worded by cli/store-error-messages.ts). */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
  }
}

/** Map an error thrown by the SQLite driver to a StoreError when it is one the user can act on. */
export function fromSqliteError(err: unknown, file: string): unknown {
  const raw = (err as { code?: unknown })?.code;
  if (typeof raw !== "string") return err;
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT …) keep the primary code as prefix.
  const is = (primary: string): boolean => raw === primary || raw.startsWith(`${primary}_`);
  if (is("SQLITE_NOTADB") || is("SQLITE_CORRUPT")) return new StoreError("not-a-database", { file });
  if (is("SQLITE_BUSY") || is("SQLITE_LOCKED")) return new StoreError("busy", { file });
  if (is("SQLITE_READONLY")) return new StoreError("read-only", { file });
  if (is("SQLITE_CANTOPEN") || is("SQLITE_IOERR") || is("SQLITE_FULL") || is("SQLITE_PERM")) return new StoreError("io", { file, detail: raw });
  return err;
}
