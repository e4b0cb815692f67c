/** The year and region a free text names: a title row ("2024年绥中县妇女发展规划监测数据"), a sheet name, a file name. */
import type { Plan } from "../model/plan.js";

// A four-digit year not inside a longer number; a year that opens or closes a span (2021—2030年) is the plan's period, not the data's.
const YEAR = /(?<!\d)(\d{4})(?!\d)/g;
const SPAN_AFTER = /^\s*年?\s*[-—–~～至到]\s*\d{4}/;
const SPAN_BEFORE = /\d{4}\s*年?\s*[-—–~～至到]\s*$/;

/** The one year in `min`…`max` that `text` names, or undefined (none, or two different ones). */
export function yearInText(text: string, min: number, max: number): number | undefined {
  const found = new Set<number>();
  const s = text.normalize("NFKC");
  for (const m of s.matchAll(YEAR)) {
    const year = Number(m[1]);
    const at = m.index!;
    if (year < min || year > max) continue;
    if (SPAN_AFTER.test(s.slice(at + 4)) || SPAN_BEFORE.test(s.slice(0, at))) continue;
    found.add(year);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** True when region `a` contains region `b` (its parent, grandparent…). */
export function containsRegion(plan: Plan, a: number, b: number): boolean {
  const code = plan.regions[a]!.code;
  const byCode = new Map(plan.regions.map((r, i) => [r.code, i]));
  for (let p = plan.regions[b]!.parent; p !== undefined; p = plan.regions[byCode.get(p) ?? -1]?.parent) if (p === code) return true;
  return false;
}

/** The region `text` names by its Chinese name or an alias (the most specific when it names a county and its city), or undefined. */
export function regionInText(plan: Plan, text: string): number | undefined {
  const hay = text.normalize("NFKC").replace(/\s+/g, "");
  const hits: { i: number; name: string }[] = [];
  plan.regions.forEach((r, i) => {
    const names = [r.name.zh, ...(r.aliases ?? [])].map((n) => n.normalize("NFKC").replace(/\s+/g, "")).filter((n) => n.length >= 2 && /[^\x00-\x7f]/.test(n));
    const name = names.filter((n) => hay.includes(n)).sort((x, y) => y.length - x.length)[0];
    if (name) hits.push({ i, name });
  });
  // "绥中" inside "绥中县" is one mention, not two.
  const kept = hits.filter((h) => !hits.some((o) => o.i !== h.i && o.name.length > h.name.length && o.name.includes(h.name)));
  const regions = [...new Set(kept.map((h) => h.i))];
  const deepest = regions.filter((a) => !regions.some((b) => b !== a && containsRegion(plan, a, b)));
  if (deepest.length !== 1) return undefined;
  const d = deepest[0]!;
  return regions.every((r) => r === d || containsRegion(plan, r, d)) ? d : undefined;
}
