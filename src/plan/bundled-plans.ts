/** The plans shipped in the package's plan/ folder: plan/<id>/v<version>.yaml. */
import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { BUNDLED_PLAN_DIR } from "./plan-schema.js";

/** One bundled plan version. */
export interface BundledPlan {
  id: string;
  version: string;
  file: string;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every bundled plan, by id then ascending version. */
export function listBundledPlans(dir: string = fileURLToPath(BUNDLED_PLAN_DIR)): BundledPlan[] {
  if (!existsSync(dir)) return [];
  const out: BundledPlan[] = [];
  for (const id of readdirSync(dir, { withFileTypes: true })) {
    if (!id.isDirectory()) continue;
    for (const f of readdirSync(path.join(dir, id.name))) {
      const m = /^v(\d+(?:\.\d+)*)\.ya?ml$/.exec(f);
      if (m) out.push({ id: id.name, version: m[1]!, file: path.join(dir, id.name, f) });
    }
  }
  return out.sort((a, b) => (a.id !== b.id ? (a.id < b.id ? -1 : 1) : compareVersions(a.version, b.version)));
}

/** Resolve `id`, `id@version` to a bundled plan (newest version when none is given). */
export function findBundledPlan(spec: string, plans: BundledPlan[] = listBundledPlans()): BundledPlan | undefined {
  const [id, version] = spec.split("@");
  const matching = plans.filter((p) => p.id === id && (version === undefined || p.version === version));
  return matching[matching.length - 1];
}

/** The default plan: the newest version of the first bundled plan id. */
export const DEFAULT_PLAN_ID = "huludao-women";
