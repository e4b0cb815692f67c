/** Read a config file (I/O around parseConfig): size-capped, problems reading it become diagnostics. */
import { openSync, readSync, closeSync, statSync } from "node:fs";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { configMessages } from "./config-messages.js";
import { parseConfig, type ParseConfigResult } from "./parse-config.js";

/** Largest config file read: a real one is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Load and check the config file `file` (absolute). */
export function loadConfig(file: string, lang: Lang): ParseConfigResult {
  const t = translator(configMessages, lang);
  let fd: number;
  try {
    // Looked at before opening: opening a FIFO would wait for a writer.
    if (!statSync(file).isFile()) return { diagnostics: [{ code: "config-read-error", severity: "error", message: t("config-read-error", { file, reason: t("not-a-file") }), source: { file } }] };
    fd = openSync(file, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { diagnostics: [{ code: "config-file-not-found", severity: "error", message: t("config-file-not-found", { file }), source: { file } }] };
    return { diagnostics: [{ code: "config-read-error", severity: "error", message: t("config-read-error", { file, reason: code ?? String(err) }), source: { file } }] };
  }
  try {
    // Read one byte past the limit, never the whole of a huge file.
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > MAX_CONFIG_BYTES) return { diagnostics: [{ code: "config-refused", severity: "error", message: t("config-too-large", { limit: MAX_CONFIG_BYTES }), source: { file } }] };
    const text = new TextDecoder("utf-8").decode(buf.subarray(0, n)).replace(/^\uFEFF/, "");
    return parseConfig(text, file, lang);
  } catch (err) {
    return { diagnostics: [{ code: "config-read-error", severity: "error", message: t("config-read-error", { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) }), source: { file } }] };
  } finally {
    closeSync(fd);
  }
}
