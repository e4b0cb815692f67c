/** "Did you mean …?": the known names closest to a mistyped one, by edit distance and by characters shared. */
import { normalizeKey } from "./normalize-key.js";

/** A name something is known by, normalised once, and what it stands for. */
export interface NamedValue<T> {
  key: string;
  /** The key's characters (code points), split once. */
  chars: string[];
  value: T;
}

/** Most candidates a suggestion offers. */
export const MAX_SUGGESTIONS = 3;
// Longer texts are cut before comparing: a pasted paragraph is no one's typo.
const MAX_COMPARED = 40;

/** The names of `values` as NamedValue entries (empty and duplicate keys dropped). */
export function namedValues<T>(entries: Iterable<[string, T]>): NamedValue<T>[] {
  const seen = new Set<string>();
  const out: NamedValue<T>[] = [];
  for (const [name, value] of entries) {
    const key = normalizeKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, chars: [...key], value });
  }
  return out;
}

/** Levenshtein distance between two arrays of code points. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Share of characters two texts have in common (Dice coefficient over characters, with repeats). */
export function sharedCharacters(a: readonly string[], b: readonly string[]): number {
  const count = new Map<string, number>();
  for (const c of a) count.set(c, (count.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of b) {
    const n = count.get(c) ?? 0;
    if (n > 0) (common++, count.set(c, n - 1));
  }
  return (2 * common) / (a.length + b.length);
}

/** How far `typed` is from `known` (0 same, lower is closer), or undefined when it is not close enough to suggest. */
export function nameDistance(typed: readonly string[], known: readonly string[], t: string = typed.join(""), k: string = known.join("")): number | undefined {
  const L = Math.max(typed.length, known.length);
  if (L === 0) return undefined;
  // A part of a name ("早诊率" for "宫颈癌患者早诊率") is a weaker hint than a typo; a part with one slip ("早珍率") weaker still.
  const contained = typed.length >= 2 && k.includes(t) ? 0.5 : partWithSlip(typed, known) ? 0.55 : undefined;
  if (Math.abs(typed.length - known.length) > L / 2) return contained;
  // Cheap bound first: every character of one missing from the other costs at least one edit, and such names share too little.
  let absent = 0;
  for (const c of known) if (!t.includes(c)) absent++;
  if (absent > L / 3 && absent > 1 && (2 * (known.length - absent)) / (typed.length + known.length) < 0.8) return contained;
  const d = editDistance(typed, known);
  // Codes are not words: 210700 is another city's code, not a slip for 211400.
  if (/^\d+$/.test(t)) return d <= 1 ? d / L : undefined;
  // One slip in a short name, a third of a longer one, or the same characters reordered.
  if ((d <= 1 && L >= 2) || d / L <= 1 / 3) return d / L;
  if (L >= 4 && sharedCharacters(typed, known) >= 0.8) return 0.45;
  return contained;
}

/** Whether `typed` (three characters or more, shorter than `known`) is one edit away from some stretch of `known` of its length. */
function partWithSlip(typed: readonly string[], known: readonly string[]): boolean {
  if (typed.length < 3 || typed.length >= known.length) return false;
  for (let i = 0; i + typed.length <= known.length; i++) if (editDistance(typed, known.slice(i, i + typed.length)) <= 1) return true;
  return false;
}

/** Up to `max` values whose names are close to `text`, closest first (each value once). */
export function nearestNames<T>(text: string, names: readonly NamedValue<T>[], max: number = MAX_SUGGESTIONS): T[] {
  const typed = [...normalizeKey(text)].slice(0, MAX_COMPARED);
  const t = typed.join("");
  const best = new Map<T, number>();
  for (const n of names) {
    const d = nameDistance(typed, n.chars, t, n.key);
    if (d !== undefined && d < (best.get(n.value) ?? Infinity)) best.set(n.value, d);
  }
  return [...best].sort((a, b) => a[1] - b[1]).slice(0, max).map(([v]) => v);
}

/** nearestNames remembered per kind of name and text (up to `limit` texts), for files that repeat the same unknown name. */
export function memoNearestNames(limit = 10_000): (text: string, names: readonly NamedValue<number>[], kind: string) => number[] {
  const memo = new Map<string, number[]>();
  return (text, names, kind) => {
    const key = `${kind}\u0000${text}`;
    let near = memo.get(key);
    if (!near) {
      near = nearestNames(text, names);
      if (memo.size < limit) memo.set(key, near);
    }
    return near;
  };
}
