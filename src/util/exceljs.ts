/** exceljs 4.4.0 (pinned), loaded with a streaming XML parser that decodes UTF-8 across chunk boundaries. */
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { StringDecoder } from "node:string_decoder";

const require = createRequire(import.meta.url);

/** One event of exceljs's XML parser: a tag ({name, attributes}) opening or closing, or text. */
export type SaxEvent = { eventType: "opentag" | "text" | "closetag"; value: unknown };

/** Watches one XML part as exceljs parses it; may throw to stop the read before exceljs builds anything from the events. */
export interface XmlPartWatcher {
  /** A chunk of `length` bytes (or characters) is about to be parsed. */
  chunk(length: number): void;
  /** Events parsed from the last chunk, before exceljs sees them. */
  events(events: readonly SaxEvent[]): void;
}

/** Watches every XML part exceljs parses inside `xmlWatch.run(watcher, …)` (an async context, so concurrent reads keep apart). */
export const xmlWatch = new AsyncLocalStorage<{ part(): XmlPartWatcher }>();

/** Most bytes one XML part of a workbook may unpack to while streaming (a zip can declare false sizes). */
export const xmlByteLimit = { bytes: 512 * 1024 * 1024 };

/** Raised from inside exceljs when a workbook part unpacks to more than xmlByteLimit. */
export class XmlByteLimitError extends Error {
  constructor(readonly bytes: number) {
    super(`an XML part of the workbook unpacks to more than ${bytes} bytes`);
  }
}

// exceljs's utils/parse-sax.js turns each decompressed chunk into a string on its own, so a Chinese character
// split between two chunks becomes U+FFFD: the streaming WorkbookReader garbled 51 of 100,000 rows here
// (南票区 → 南票��). This replacement keeps one StringDecoder per stream, and counts the bytes it is given, so a
// streamed workbook whose zip entries lie about their size is stopped without a second inflate pass. It has to be in require.cache before
// exceljs is first loaded, which is why every module that loads exceljs imports this one first.
function installParseSax(): string {
  const file = require.resolve("exceljs/lib/utils/parse-sax.js");
  const loaded = require.cache[file] as NodeJS.Module | undefined;
  if (loaded && (loaded.exports as { utf8Safe?: boolean }).utf8Safe) return file;
  // exceljs's modules keep the parser they were loaded with: too late to replace it, and a silent failure would garble data.
  if (loaded) throw new Error("exceljs was loaded before src/util/exceljs.ts: import that module first");
  const fromExceljs = createRequire(require.resolve("exceljs/package.json"));
  const { SaxesParser } = fromExceljs("saxes") as { SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void; close(): void } };
  const { PassThrough } = fromExceljs("readable-stream") as typeof import("node:stream");
  async function* parseSax(source: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
    let iterable = source as AsyncIterable<Buffer | string>;
    if (typeof source.pipe === "function" && !(Symbol.asyncIterator in source)) iterable = (source as unknown as NodeJS.ReadableStream).pipe(new PassThrough()) as unknown as AsyncIterable<Buffer>;
    const parser = new SaxesParser();
    const decoder = new StringDecoder("utf8");
    let error: unknown;
    let events: SaxEvent[] = [];
    parser.on("error", (e) => (error = e));
    parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
    parser.on("text", (value) => events.push({ eventType: "text", value }));
    parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
    let seen = 0;
    const watcher = xmlWatch.getStore()?.part();
    for await (const chunk of iterable) {
      seen += chunk.length;
      if (seen > xmlByteLimit.bytes) throw new XmlByteLimitError(xmlByteLimit.bytes);
      watcher?.chunk(chunk.length);
      parser.write(typeof chunk === "string" ? chunk : decoder.write(chunk));
      if (error) throw error;
      watcher?.events(events);
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      watcher?.events(events);
      yield events;
    }
  }
  Object.defineProperty(parseSax, "utf8Safe", { value: true });
  const mod = new (require("node:module") as { Module: new (id: string) => NodeJS.Module }).Module(file);
  mod.filename = file;
  mod.loaded = true;
  mod.exports = parseSax;
  require.cache[file] = mod;
  return file;
}

/** The path of exceljs's parse-sax module, now the UTF-8-safe one. Import this module before "exceljs". */
export const PATCHED_PARSE_SAX = installParseSax();
