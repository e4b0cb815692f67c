/** Pre-validated bundled plans written at build time (scripts/compile-plans.mjs), used when the YAML is unchanged. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plan } from "../model/plan.js";
import { VERSION } from "../version.js";
import { BUNDLED_PLAN_DIR } from "./plan-schema.js";

/** Where the build puts the compiled plans (dist/plan-cache). */
export const PLAN_CACHE_DIR = new URL("../plan-cache/", import.meta.url);

/** The cached Plan for a bundled plan file whose text is exactly `text`, or undefined (then it is parsed as usual). */
export function cachedPlan(file: string, text: string): Plan | undefined {
  const rel = path.relative(fileURLToPath(BUNDLED_PLAN_DIR), path.resolve(file));
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  try {
    const cached = JSON.parse(readFileSync(new URL(rel.replace(/\.ya?ml$/i, ".json").split(path.sep).join("/"), PLAN_CACHE_DIR), "utf8")) as { sha256: string; tool: string; plan: Plan };
    if (cached.tool !== VERSION || cached.sha256 !== createHash("sha256").update(text).digest("hex")) return undefined;
    return { ...cached.plan, file };
  } catch {
    return undefined;
  }
}
