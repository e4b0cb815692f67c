/** `db import <file>`: merge a file exported by the level below; differing values are conflicts, kept unless --prefer incoming. */
import type { Context } from "../context.js";
import { mergeFiles, type MergeCliOptions } from "./ingest.js";

/** Run `db import`; exit 1 when conflicts were kept (or the file was rejected). */
export async function dbImport(ctx: Context, file: string, o: MergeCliOptions): Promise<number> {
  return mergeFiles(ctx, [file], o, "import", o.prefer === "incoming" ? "take-incoming" : "keep-current");
}
