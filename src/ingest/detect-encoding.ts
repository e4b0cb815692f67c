/** Choose how to decode a CSV: BOM → strict UTF-8 → gb18030 (never the lossy `gbk` label). */

/** Encodings the CSV reader decodes. */
export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** The decision and whether it was a guess worth telling the user about. */
export interface EncodingChoice {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start. */
  bom: number;
  /** True when valid UTF-8 was read as gb18030 because only that reading gives Chinese text. */
  guessed: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// Labels people pass to --encoding. gbk, gb2312 and cp936 are decoded as gb18030, their superset:
// Node's `gbk` decoder silently drops characters such as € and 䶮.
const LABELS: ReadonlyMap<string, TextEncodingName> = new Map([
  ["utf8", "utf-8"], ["utf-8", "utf-8"], ["utf-8-bom", "utf-8"], ["utf8bom", "utf-8"],
  ["gb18030", "gb18030"], ["gbk", "gb18030"], ["gb2312", "gb18030"], ["cp936", "gb18030"], ["936", "gb18030"], ["ansi", "gb18030"],
  ["utf-16le", "utf-16le"], ["utf16le", "utf-16le"], ["utf-16", "utf-16le"], ["unicode", "utf-16le"], ["utf-16be", "utf-16be"], ["utf16be", "utf-16be"],
]);

/** Accepted --encoding labels. */
export const ENCODING_LABELS: readonly string[] = [...LABELS.keys()];

/** The encoding an --encoding label names, or undefined. */
export function encodingFromLabel(label: string): TextEncodingName | undefined {
  return LABELS.get(label.trim().toLowerCase().replace(/_/g, "-"));
}

function decodes(bytes: Uint8Array, label: string): string | undefined {
  try {
    // stream: true so a multi-byte character cut off at the end of a sample is not an error.
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

function replacements(bytes: Uint8Array, label: string): number {
  const s = new TextDecoder(label).decode(bytes, { stream: true });
  let n = 0;
  for (let i = s.indexOf("\uFFFD"); i >= 0; i = s.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** Decide from the first bytes of a file (a sample of some tens of kilobytes is enough). */
export function detectEncoding(sample: Uint8Array): EncodingChoice {
  const b = sample;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", bom: 3, guessed: false };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", bom: 2, guessed: false };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", bom: 2, guessed: false };
  const utf8 = decodes(b, "utf-8");
  if (utf8 !== undefined) {
    if (!CJK.test(utf8)) {
      const gb = decodes(b, "gb18030");
      if (gb !== undefined && CJK.test(gb) && !gb.includes("\uFFFD")) return { encoding: "gb18030", bom: 0, guessed: true };
    }
    return { encoding: "utf-8", bom: 0, guessed: false };
  }
  if (decodes(b, "gb18030") !== undefined) return { encoding: "gb18030", bom: 0, guessed: false };
  // Neither reads cleanly: take the reading with fewer bad bytes; the bad lines become encoding-error diagnostics.
  return { encoding: replacements(b, "gb18030") < replacements(b, "utf-8") ? "gb18030" : "utf-8", bom: 0, guessed: false };
}
