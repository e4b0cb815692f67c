/** Which region codes a --region option covers: the region the text names and every region below it. */
import type { Plan, Region } from "../model/plan.js";
import { buildRegionIndex, resolveRegion } from "./resolve-region.js";

/** The plan region a code, name or alias names, or undefined. */
export function findRegion(plan: Plan, text: string): Region | undefined {
  const i = resolveRegion(buildRegionIndex(plan), text);
  return i < 0 ? undefined : plan.regions[i];
}

/** The code and the codes of every region whose parent chain reaches it, the code itself first. */
export function regionAndDescendants(plan: Plan, code: string): string[] {
  const out = [code];
  // Breadth-first over parent links; the `seen` set guards against a cycle in a hand-edited plan.
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const r of plan.regions) {
      if (r.parent === out[i] && !seen.has(r.code)) (seen.add(r.code), out.push(r.code));
    }
  }
  return out;
}
