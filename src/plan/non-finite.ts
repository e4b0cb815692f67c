/** Numbers a plan must not hold: YAML's .nan and .inf, and literals past the double range (1e309) that parse as Infinity. */

/** The paths of every non-finite number in a parsed document (iterative: no recursion on hostile depth). */
export function nonFinitePaths(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: (string | number)[] };
    if (typeof v === "number") {
      if (!Number.isFinite(v)) out.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ v: (entries[i] as [string, unknown])[1], path: [...path, (entries[i] as [string, unknown])[0]] });
    }
  }
  return out;
}
