/** Text width in terminal columns, measured by string-width (CJK wide, ambiguous-width narrow), and wrapping by that width. */
import stringWidth from "string-width";

/** Columns the widest line of `s` takes, colour codes ignored. */
export function displayWidth(s: string): number {
  let max = 0;
  for (const line of s.split("\n")) max = Math.max(max, stringWidth(line));
  return max;
}

/** Whether a character takes two columns (CJK, full-width forms, wide emoji): the one test behind every width estimate. */
export function isWide(ch: string): boolean {
  return stringWidth(ch) >= 2;
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
