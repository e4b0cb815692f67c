/** Match the rows a multi-row INSERT … RETURNING gave back to the positions of the keys offered. */

/** An observation key as stored: sex '' when not disaggregated. */
export interface StoredKey {
  indicator: string;
  region: string;
  year: number;
  sex: string;
}

const same = (a: StoredKey, b: StoredKey): boolean => a.indicator === b.indicator && a.region === b.region && a.year === b.year && a.sex === b.sex;
const text = (k: StoredKey): string => JSON.stringify([k.indicator, k.region, k.year, k.sex]);

/**
 * The id each offered key got, or undefined where no row came back (the key was already stored). RETURNING rows come
 * in insertion order in practice, which is matched in one pass; SQLite does not promise that order, so rows out of
 * order are matched by key instead (a key offered twice belongs to its first position: only that one was inserted).
 */
export function matchReturnedKeys(keys: readonly StoredKey[], rows: readonly (StoredKey & { id: number })[]): (number | undefined)[] {
  const ids = new Array<number | undefined>(keys.length).fill(undefined);
  let i = 0;
  for (const r of rows) {
    while (i < keys.length && !same(keys[i]!, r)) i++;
    if (i === keys.length) return matchByKey(keys, rows);
    ids[i++] = r.id;
  }
  return ids;
}

function matchByKey(keys: readonly StoredKey[], rows: readonly (StoredKey & { id: number })[]): (number | undefined)[] {
  const first = new Map<string, number>();
  keys.forEach((k, i) => {
    const t = text(k);
    if (!first.has(t)) first.set(t, i);
  });
  const ids = new Array<number | undefined>(keys.length).fill(undefined);
  for (const r of rows) {
    const i = first.get(text(r));
    if (i !== undefined) ids[i] = r.id;
  }
  return ids;
}
