/** Parse a plan's YAML text: syntax, schema and semantic checks, all reported together. */
import { LineCounter, parseDocument, visit, isAlias } from "yaml";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { planMessages } from "./messages.js";
import { planValidator } from "./plan-schema.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";
import { semanticChecks } from "./semantic-checks.js";
import { normalizePlan } from "./normalize-plan.js";
import { formatPath, locate } from "./yaml-locate.js";
import type { RawPlan } from "./raw-plan.js";

/** Alias expansions allowed before a document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** Outcome of parsing: a plan when there is no error, and every diagnostic found. */
export interface ParsePlanResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Parse, validate and normalise one plan file's text. */
export function parsePlan(text: string, file: string, lang: Lang): ParsePlanResult {
  const t = translator(planMessages, lang);
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  for (const [list, severity] of [[doc.errors, "error"], [doc.warnings, "warning"]] as const) {
    for (const e of list) {
      const pos = e.linePos?.[0];
      const duplicate = e.code === "DUPLICATE_KEY";
      const key = duplicate ? /"?([^"]+)"?/.exec(e.message.split(":")[0] ?? "")?.[1] ?? "" : "";
      const code = duplicate ? "plan-duplicate-key" : severity === "error" ? "plan-yaml-error" : "plan-yaml-warning";
      const reason = e.message.split("\n")[0] ?? e.message;
      diagnostics.push({
        code,
        severity,
        message: duplicate ? t("plan-duplicate-key", { key: key || reason }) : t(code === "plan-yaml-error" ? "plan-yaml-error" : "plan-yaml-warning", { reason }),
        source: { file, line: pos?.line, row: pos?.line, col: pos?.col },
      });
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let first: number | undefined;
    visit(doc, { Alias(_k, node) { if (isAlias(node) && first === undefined) first = node.range?.[0]; } });
    const pos = first !== undefined ? lc.linePos(first) : undefined;
    const aliasBomb = err instanceof Error && /alias/i.test(err.message);
    diagnostics.push({
      code: aliasBomb ? "plan-alias-limit" : "plan-yaml-error",
      severity: "error",
      message: aliasBomb ? t("plan-alias-limit", { limit: MAX_ALIAS_COUNT }) : t("plan-yaml-error", { reason: String(err) }),
      source: { file, line: pos?.line, row: pos?.line, col: pos?.col },
    });
    return { diagnostics };
  }

  const validate = planValidator();
  if (!validate(value)) {
    diagnostics.push(...schemaDiagnostics(validate.errors ?? [], doc, lc, file, t));
    return { diagnostics };
  }
  const raw = value as RawPlan;
  diagnostics.push(...semanticChecks(raw, file, (path) => ({ ...locate(doc, lc, path), path: formatPath(path) }), t));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  return { plan: normalizePlan(raw, file), diagnostics };
}
