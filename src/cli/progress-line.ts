/** A progress line on stderr while slow files are read (validate, check, explain, report). */
import type { Context } from "./context.js";
import type { IngestProgress } from "../ingest/ingest-types.js";
import { translator } from "../i18n/messages.js";
import { cliMessages } from "./messages.js";

/** Progress appears only after a file has taken this long. */
const PROGRESS_DELAY_MS = 1000;
const PROGRESS_REDRAW_MS = 100;

/** A progress line on stderr for slow files; a no-op off a terminal, in CI, or for machine formats. */
export function progressLine(ctx: Context, enabled: boolean): { onProgress?: (p: IngestProgress) => void; clear: () => void } {
  const err = ctx.io.stderr;
  if (!enabled || !err.isTTY || !(err.columns && err.columns > 0) || ctx.io.env.CI) return { clear: () => {} };
  const t = translator(cliMessages, ctx.lang);
  let file = "", started = 0, drawn = 0;
  const clear = (): void => {
    if (drawn) err.write("\r\x1b[K");
    drawn = 0;
  };
  const onProgress = (p: IngestProgress): void => {
    const now = Date.now();
    if (p.file !== file) {
      clear();
      file = p.file;
      started = now;
      return;
    }
    if (now - started < PROGRESS_DELAY_MS || now - drawn < PROGRESS_REDRAW_MS) return;
    const percent = p.totalBytes > 0 ? `${Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes))}%` : "";
    const line = t("progress", { file: p.file, percent, rows: p.rows.toLocaleString("en-US") });
    err.write(`\r${line.slice(0, Math.max(1, err.columns! - 1))}\x1b[K`);
    drawn = now;
  };
  return { onProgress, clear };
}
