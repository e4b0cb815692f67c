/** Read a plan from a file path or a bundled `id@version` (I/O layer around parsePlan). */
import { readFileSync, existsSync, statSync } from "node:fs";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { planMessages } from "./messages.js";
import { parsePlan, type ParsePlanResult } from "./parse-plan.js";
import { cachedPlan } from "./plan-cache.js";
import { DEFAULT_PLAN_ID, findBundledPlan, listBundledPlans } from "./bundled-plans.js";

function looksLikePath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.ya?ml$/i.test(spec) || existsSync(spec);
}

/** Load the plan named by `spec` (a YAML file, `id`, `id@version`; default: newest bundled). */
export function loadPlan(spec: string | undefined, lang: Lang): ParsePlanResult {
  const t = translator(planMessages, lang);
  const s = spec ?? DEFAULT_PLAN_ID;
  let file: string;
  if (looksLikePath(s)) {
    file = s;
    if (!existsSync(file) || !statSync(file).isFile()) {
      return { diagnostics: [{ code: "plan-file-not-found", severity: "error", message: t("plan-file-not-found", { file }), source: { file } }] };
    }
  } else {
    const found = findBundledPlan(s);
    if (!found) {
      const available = listBundledPlans().map((p) => `${p.id}@${p.version}`).join(", ") || "-";
      return { diagnostics: [{ code: "plan-unknown-plan", severity: "error", message: t("plan-unknown-plan", { spec: s, available }), source: { file: s } }] };
    }
    file = found.file;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    return { diagnostics: [{ code: "plan-read-error", severity: "error", message: t("plan-read-error", { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) }), source: { file } }] };
  }
  const cached = cachedPlan(file, text);
  if (cached) return { plan: cached, diagnostics: [] };
  return parsePlan(text.replace(/^\uFEFF/, ""), file, lang);
}
