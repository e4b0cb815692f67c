/** Choose a CSV's delimiter (, ; tab |) from its first lines. */

const CANDIDATES = [",", ";", "\t", "|"] as const;
/** A delimiter the CSV reader accepts. */
export type Delimiter = (typeof CANDIDATES)[number];

const LINES = 30;

/** The delimiter that splits most of the first lines into the same number of fields; `fallback` when none splits anything. */
export function detectDelimiter(text: string, fallback: Delimiter = ","): Delimiter {
  const lines = text.replace(/"(?:[^"]|"")*"/g, "").split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, LINES);
  let best: Delimiter = fallback, bestLines = 0, bestCount = 0;
  for (const d of CANDIDATES) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(d).length - 1;
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    for (const [count, nLines] of freq) {
      if (nLines > bestLines || (nLines === bestLines && count > bestCount)) {
        best = d;
        bestLines = nLines;
        bestCount = count;
      }
    }
  }
  return best;
}
