/** Terminal width of text as cli-table3 counts it (CJK wide, ambiguous-width narrow), and wrapping by that width. */

// cli-table3 counts with string-width 4; these are the East Asian Wide/Fullwidth ranges it treats as 2 columns.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const ANSI = /\u001b\[[0-9;]*m/g;

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}

/** Columns the widest line of `s` takes, colour codes ignored. */
export function displayWidth(s: string): number {
  let max = 0;
  for (const line of s.replace(ANSI, "").split("\n")) {
    let w = 0;
    for (const ch of line) w += charWidth(ch.codePointAt(0) ?? 0);
    max = Math.max(max, w);
  }
  return max;
}

/** Break plain text into lines of at most `width` columns: at spaces where possible, anywhere in CJK text. */
export function wrapText(s: string, width: number): string[] {
  const out: string[] = [];
  for (const para of s.split("\n")) {
    let line = "";
    const flush = (): void => {
      out.push(line.trimEnd());
      line = "";
    };
    // A run of non-space, non-CJK characters (a word, a number) stays together; a line may break before any CJK
    // character, but never after an opening bracket or before a closing bracket or punctuation.
    for (const tok of para.match(/\s+|[（【「『]*(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|.)[)\]）】」』，。、；：！？,.;:!?]*/gu) ?? []) {
      if (/^\s+$/.test(tok)) {
        if (line !== "" && displayWidth(line) < width) line += " ";
        continue;
      }
      if (line !== "" && displayWidth(line + tok) > width) flush();
      if (displayWidth(tok) <= width) {
        line += tok;
        continue;
      }
      for (const ch of tok) {
        if (line !== "" && displayWidth(line + ch) > width) flush();
        line += ch;
      }
    }
    flush();
  }
  return out;
}
