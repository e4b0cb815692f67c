/** Find a plan indicator by id, Chinese or English name or alias (optionally with its unit in brackets). */
import type { Plan } from "../model/plan.js";
import { normalizeKey, splitTrailingParen } from "./normalize-key.js";

/** Lookup tables built once per plan. */
export interface IndicatorIndex {
  byKey: Map<string, number>;
  /** Memo of raw cell text → result, so repeated cells are not normalised again. */
  memo: Map<string, IndicatorMatch | null>;
}

/** A resolved indicator: its position in plan.indicators, and a unit named in brackets after the name. */
export interface IndicatorMatch {
  index: number;
  unit?: string;
}

const MEMO_LIMIT = 50_000;

/** Index the plan's indicators. */
export function buildIndicatorIndex(plan: Plan): IndicatorIndex {
  const byKey = new Map<string, number>();
  plan.indicators.forEach((ind, i) => {
    for (const k of [ind.id, ind.name.zh, ind.name.en, ...(ind.aliases ?? [])]) {
      const key = normalizeKey(k);
      if (key && !byKey.has(key)) byKey.set(key, i);
    }
  });
  return { byKey, memo: new Map() };
}

/** The indicator a cell names, or null. */
export function resolveIndicator(index: IndicatorIndex, text: string): IndicatorMatch | null {
  const hit = index.memo.get(text);
  if (hit !== undefined) return hit;
  let found: IndicatorMatch | null = null;
  const direct = index.byKey.get(normalizeKey(text));
  if (direct !== undefined) found = { index: direct };
  else {
    const split = splitTrailingParen(text);
    const i = split && index.byKey.get(normalizeKey(split[0]));
    if (split && i !== undefined && i !== null) found = { index: i, unit: split[1] || undefined };
  }
  if (index.memo.size < MEMO_LIMIT) index.memo.set(text, found);
  return found;
}
