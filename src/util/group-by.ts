/** Items grouped by a key, in first-seen key order and item order: one pass (Map.groupBy needs Node 21). */
export function groupBy<T, K, V = T>(items: Iterable<T>, key: (item: T) => K, value?: (item: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const v = value ? value(item) : (item as unknown as V);
    const group = groups.get(k);
    if (group) group.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}
