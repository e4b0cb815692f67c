/** `-` among the data arguments: standard input, copied once to a private temporary file that the readers open like any other. */
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Context } from "./context.js";
import { CliError } from "./cli-error.js";
import { translator } from "../i18n/messages.js";
import { stdinMessages } from "./stdin-messages.js";
import { STDIN_ARG, STDIN_NAME } from "../ingest/expand-inputs.js";

/** Most bytes read from standard input (the unpacked-size limit of a workbook): past it the command stops. */
export const MAX_STDIN_BYTES = 512 * 1024 * 1024;

// Copies live until the process exits: `report` still hashes its input after the assessment.
const copies = new Set<string>();
let cleanupRegistered = false;

function removeCopies(): void {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies.clear();
}

/** The name a copy gets: .xlsx when the bytes start like a ZIP or an OLE container (so the readers check them as workbooks), else .csv. */
export function stdinCopyName(head: Uint8Array): string {
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return zip || ole ? "stdin.xlsx" : "stdin.csv";
}

async function write(out: WriteStream, b: Buffer): Promise<void> {
  if (!out.write(b)) await once(out, "drain");
}

/**
 * When `args` hold `-`: copy standard input to a temporary file (streamed, never whole in memory) and return its path,
 * also kept on the context. `-` twice, a terminal on stdin, no stdin, or more than MAX_STDIN_BYTES stop the command (exit 2).
 */
export async function stdinFile(ctx: Context, args: readonly string[]): Promise<string | undefined> {
  const count = args.filter((a) => a === STDIN_ARG).length;
  if (count === 0) return undefined;
  const t = translator(stdinMessages, ctx.lang);
  if (count > 1) throw new CliError(t("stdin-twice"));
  if (ctx.stdinPath) return ctx.stdinPath;
  const stdin = ctx.io.stdin;
  if (!stdin) throw new CliError(t("stdin-missing"));
  // Reading a terminal would wait for the user to type a table: refuse at once.
  if (stdin.isTTY) throw new CliError(t("stdin-tty"));
  const dir = mkdtempSync(path.join(tmpdir(), "hld-women-stdin-"));
  copies.add(dir);
  if (!cleanupRegistered) {
    process.once("exit", removeCopies);
    cleanupRegistered = true;
  }
  let out: WriteStream | undefined;
  let file = path.join(dir, "stdin.csv");
  let head = Buffer.alloc(0);
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += b.length;
      if (size > MAX_STDIN_BYTES) throw new CliError(t("stdin-too-large", { limit: MAX_STDIN_BYTES / 1024 / 1024 }));
      if (out) {
        await write(out, b);
        continue;
      }
      // The first bytes name the copy (workbook or text).
      head = Buffer.concat([head, b]);
      if (head.length < 8) continue;
      file = path.join(dir, stdinCopyName(head));
      out = createWriteStream(file, { mode: 0o600, flags: "wx" });
      await write(out, head);
    }
    if (!out) {
      file = path.join(dir, stdinCopyName(head));
      out = createWriteStream(file, { mode: 0o600, flags: "wx" });
      await write(out, head);
    }
    out.end();
    await once(out, "close");
  } catch (err) {
    out?.destroy();
    throw err;
  }
  ctx.stdinPath = file;
  return file;
}

/** The file to open for a data argument as the diagnostics name it: standard input's copy for `<stdin>`, else the path against the working folder. */
export function inputPath(ctx: Context, file: string): string {
  return file === STDIN_NAME && ctx.stdinPath !== undefined ? ctx.stdinPath : path.resolve(ctx.io.cwd, file);
}
