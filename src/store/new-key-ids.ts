/**
 * Which offered keys a multi-row `INSERT … ON CONFLICT DO NOTHING` inserted, from each key's id looked up afterwards:
 * a key is new when its id is above the largest id before the statement; a key offered twice is new at its first
 * position only (the second offer met the row the first had just inserted).
 */
export function newKeyIds(ids: readonly number[], maxBefore: number): (number | undefined)[] {
  const taken = new Set<number>();
  return ids.map((id) => {
    if (id <= maxBefore || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
}
