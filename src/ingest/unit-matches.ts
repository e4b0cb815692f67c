/** Whether a unit written in a submission is the indicator's unit (spelling variants allowed). */
import type { Indicator } from "../model/plan.js";
import { normalizeKey } from "./normalize-key.js";

// Spellings seen in statistical tables, each mapped to the plan's canonical unit key.
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ["百分比", "%"], ["百分率", "%"], ["percent", "%"], ["pct", "%"],
  ["千分比", "‰"], ["千分率", "‰"], ["permille", "‰"],
  ["1/10万", "/10万"], ["每10万", "/10万"], ["/100000", "/10万"], ["1/100000", "/10万"], ["per100,000", "/10万"], ["per100000", "/10万"], ["1/10万活产", "/10万活产"],
  ["周岁", "岁"], ["years", "岁"],
  ["百分点", "百分点"], ["个百分点", "百分点"], ["percentagepoints", "百分点"],
]);

function canonical(unit: string): string {
  const k = normalizeKey(unit);
  return VARIANTS.get(k) ?? k;
}

/** True when `written` (a unit column, a bracketed unit) names the indicator's unit; empty text matches. */
export function unitMatches(written: string, indicator: Indicator): boolean {
  const w = canonical(written);
  if (w === "") return true;
  if (w === canonical(indicator.unit.zh) || w === canonical(indicator.unit.en)) return true;
  // "per 100,000 live births" is still per 100,000.
  return canonical(indicator.unit.zh).startsWith(w) && w.startsWith("/10万");
}

/** True when the indicator is measured in percent (so "45%" is 45 of its unit). */
export function isPercentUnit(indicator: Indicator): boolean {
  return canonical(indicator.unit.zh) === "%";
}

/** True when the indicator is measured in per mille. */
export function isPermilleUnit(indicator: Indicator): boolean {
  return canonical(indicator.unit.zh) === "‰";
}

const SCALE: readonly [string, number][] = [["十万", 1e5], ["百万", 1e6], ["千万", 1e7], ["十", 10], ["百", 100], ["千", 1e3], ["万", 1e4], ["亿", 1e8]];

function scaled(unit: string): [string, number] {
  const k = canonical(unit);
  for (const [prefix, factor] of SCALE) if (k.startsWith(prefix) && k.length > prefix.length) return [k.slice(prefix.length), factor];
  return [k, 1];
}

/** When `written` is the indicator's unit scaled by a power of ten (人 for 万人): what to divide the values by (below 1: multiply by its inverse). */
export function unitScale(written: string, indicator: Indicator): number | undefined {
  const [wBase, wFactor] = scaled(written);
  const [eBase, eFactor] = scaled(indicator.unit.zh);
  if (!wBase || wBase !== eBase || wFactor === eFactor) return undefined;
  return eFactor / wFactor;
}
