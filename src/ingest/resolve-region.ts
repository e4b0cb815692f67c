/** Find a plan region by code (6 or 12 digits), name, alias, or name without 市/县/区 where that is unambiguous. */
import type { Plan } from "../model/plan.js";
import { normalizeKey } from "./normalize-key.js";

/** Lookup tables built once per plan. */
export interface RegionIndex {
  byKey: Map<string, number>;
  memo: Map<string, number>;
}

const MEMO_LIMIT = 50_000;
const SUFFIX = /(市|县|区|自治县|旗)$/;

/** Index the plan's regions; a suffix-less name shared by two regions is left out. */
export function buildRegionIndex(plan: Plan): RegionIndex {
  const byKey = new Map<string, number>();
  const add = (k: string, i: number): void => {
    const key = normalizeKey(k);
    if (key && !byKey.has(key)) byKey.set(key, i);
  };
  plan.regions.forEach((r, i) => [r.code, r.name.zh, r.name.en, ...(r.aliases ?? [])].forEach((k) => add(k, i)));
  const stripped = new Map<string, number[]>();
  plan.regions.forEach((r, i) => {
    const base = normalizeKey(r.name.zh.replace(SUFFIX, ""));
    if (base && base !== normalizeKey(r.name.zh)) stripped.set(base, [...(stripped.get(base) ?? []), i]);
  });
  for (const [k, is] of stripped) if (is.length === 1 && !byKey.has(k)) byKey.set(k, is[0]!);
  return { byKey, memo: new Map() };
}

function lookup(index: RegionIndex, text: string): number {
  const key = normalizeKey(text);
  let i = index.byKey.get(key);
  if (i !== undefined) return i;
  // Statistical division codes are often written with 12 digits (211421000000).
  if (/^\d{12}$/.test(key) && key.endsWith("000000")) i = index.byKey.get(key.slice(0, 6));
  if (i !== undefined) return i;
  const noSuffix = key.replace(SUFFIX, "");
  if (noSuffix !== key) i = index.byKey.get(noSuffix);
  return i ?? -1;
}

/** The position in plan.regions of the region a cell names, or -1. */
export function resolveRegion(index: RegionIndex, text: string): number {
  const hit = index.memo.get(text);
  if (hit !== undefined) return hit;
  const found = lookup(index, text);
  if (index.memo.size < MEMO_LIMIT) index.memo.set(text, found);
  return found;
}
