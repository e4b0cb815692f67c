/**
 * How deep a YAML text nests, found by a lexical scan before parsing: the yaml library composes nodes
 * recursively, and a document nested a thousand levels deep overflows the stack. Real plans nest about ten levels.
 */

/** Nesting levels a plan may have; far above a real plan (areas → goals → indicators → targets …), far below the parser's stack. */
export const MAX_PLAN_DEPTH = 64;

/** The 1-based line where the nesting first exceeds `limit` (block indentation, sequence dashes and flow brackets together), or null. */
export function lineTooDeep(text: string, limit = MAX_PLAN_DEPTH): number | null {
  const indents: number[] = [];
  let flow = 0;
  let quote: "'" | '"' | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    let i = 0;
    if (flow === 0 && quote === null) {
      while (line[i] === " ") i++;
      const rest = line.slice(i);
      if (rest === "" || rest.startsWith("#")) continue;
      while (indents.length > 0 && (indents[indents.length - 1] as number) > i) indents.pop();
      if (indents.length === 0 || (indents[indents.length - 1] as number) < i) indents.push(i);
      // "- - - x": each dash opens one more sequence level on the same line.
      let dashes = 0;
      for (let j = i; line[j] === "-" && (line[j + 1] === " " || j + 1 === line.length); j += 2) dashes++;
      if (indents.length + Math.max(0, dashes - 1) > limit) return n + 1;
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) break;
      else if (c === "[" || c === "{") {
        flow++;
        if (indents.length + flow > limit) return n + 1;
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
    }
  }
  return null;
}
