/** Text width in terminal columns, measured by string-width (CJK wide, ambiguous-width narrow), and wrapping by that width. */
import stringWidth from "string-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// string-width segments graphemes with Intl.Segmenter (~10 µs a call); tables and wrapping measure the same short
// pieces (one character, one word) thousands of times, so their widths are kept.
const SHORT = 8;
const MAX_KEPT = 50_000;
const kept = new Map<string, number>();

function lineWidth(line: string): number {
  if (PRINTABLE_ASCII.test(line)) return line.length;
  if (line.length > SHORT) return stringWidth(line);
  let w = kept.get(line);
  if (w === undefined) {
    w = stringWidth(line);
    if (kept.size < MAX_KEPT) kept.set(line, w);
  }
  return w;
}

/** Columns the widest line of `s` takes, colour codes ignored. */
export function displayWidth(s: string): number {
  let max = 0;
  for (const line of s.split("\n")) max = Math.max(max, lineWidth(line));
  return max;
}

/** Whether a character takes two columns (CJK, full-width forms, wide emoji): the one test behind every width estimate. */
export function isWide(ch: string): boolean {
  return lineWidth(ch) >= 2;
}

/** Break plain text into lines of at most `width` columns: at spaces where possible, anywhere in CJK text. */
export function wrapText(s: string, width: number): string[] {
  const out: string[] = [];
  for (const para of s.split("\n")) {
    // The line's width is summed piece by piece rather than measured again each time it grows.
    let line = "";
    let used = 0;
    const flush = (): void => {
      out.push(line.trimEnd());
      line = "";
      used = 0;
    };
    // A run of non-space, non-CJK characters (a word, a number) stays together; a line may break before any CJK
    // character, but never after an opening bracket or before a closing bracket or punctuation.
    for (const tok of para.match(/\s+|[（【「『]*(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|.)[)\]）】」』，。、；：！？,.;:!?]*/gu) ?? []) {
      if (/^\s+$/.test(tok)) {
        if (line !== "" && used < width) (line += " "), (used += 1);
        continue;
      }
      const w = lineWidth(tok);
      if (line !== "" && used + w > width) flush();
      if (w <= width) {
        line += tok;
        used += w;
        continue;
      }
      for (const ch of tok) {
        const c = lineWidth(ch);
        if (line !== "" && used + c > width) flush();
        line += ch;
        used += c;
      }
    }
    flush();
  }
  return out;
}
