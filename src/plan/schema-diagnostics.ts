/** Turn ajv errors on a plan into located, translated diagnostics. */
import type { ErrorObject } from "ajv";
import type { Document, LineCounter } from "yaml";
import type { Diagnostic, DiagnosticCode } from "../model/diagnostic.js";
import { hasKey, type Translate } from "../i18n/messages.js";
import { planMessages, type PlanMessageKey } from "./messages.js";
import { formatPath, locate, pointerToPath } from "./yaml-locate.js";

type T = Translate<PlanMessageKey>;

function typeWords(t: T, types: string[]): string {
  const words = [...new Set(types)].map((ty) => {
    const key = `type-${ty}`;
    return hasKey(planMessages, key) ? t(key) : ty;
  });
  return words.join(" / ");
}

function expectation(t: T, e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "enum":
      return t("expected-one-of", { values: (p.allowedValues as unknown[]).join(", ") });
    case "const":
      return t("expected-one-of", { values: String(p.allowedValue) });
    case "pattern":
      return t("expected-pattern", { pattern: p.pattern });
    case "minimum":
      return t("expected-min", { limit: p.limit });
    case "maximum":
      return t("expected-max", { limit: p.limit });
    case "exclusiveMinimum":
      return t("expected-gt", { limit: p.limit });
    case "minItems":
      return t("expected-min-items", { limit: p.limit });
    case "uniqueItems":
      return t("expected-unique");
    case "minLength":
      return t("expected-min-length");
    default:
      return e.message ?? e.keyword;
  }
}

/** One diagnostic per real problem: `if`/`oneOf` wrappers are folded into what they contain. */
export function schemaDiagnostics(errors: readonly ErrorObject[], doc: Document, lc: LineCounter, file: string, t: T): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const make = (code: DiagnosticCode, message: string, path: (string | number)[], key?: string, extra: Partial<Diagnostic> = {}): void => {
    const pos = locate(doc, lc, path, key);
    const yamlPath = formatPath(key ? [...path, key] : path);
    const dedupe = `${code}|${yamlPath}|${message}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    out.push({
      code,
      severity: "error",
      message,
      source: { file, line: pos?.line, row: pos?.line, col: pos?.col, path: yamlPath },
      ...extra,
    });
  };
  for (const e of errors) {
    if (e.keyword === "if") continue;
    const path = pointerToPath(e.instancePath);
    if (e.keyword !== "oneOf" && oneOfPaths.has(e.instancePath) && e.schemaPath.includes("oneOf")) continue;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case "required":
        make("plan-missing-field", t("plan-missing-field", { field: p.missingProperty }), path, undefined, { expected: String(p.missingProperty) });
        break;
      case "additionalProperties":
        make("plan-unknown-field", t("plan-unknown-field", { field: p.additionalProperty }), path, String(p.additionalProperty));
        break;
      case "type":
        make("plan-wrong-type", t("plan-wrong-type", { expected: typeWords(t, [String(p.type)]) }), path);
        break;
      case "oneOf": {
        const types = errors
          .filter((x) => x.instancePath === e.instancePath && x.keyword === "type" && x.schemaPath.includes("oneOf"))
          .flatMap((x) => String((x.params as { type: string }).type).split(","));
        const ranges = errors.filter((x) => x.instancePath === e.instancePath && x.keyword !== "type" && x.keyword !== "oneOf" && x.schemaPath.includes("oneOf"));
        if (ranges.length > 0) make("plan-invalid-value", t("plan-invalid-value", { detail: expectation(t, ranges[0]!) }), path);
        else make("plan-wrong-type", t("plan-wrong-type", { expected: typeWords(t, types.length ? types : ["null"]) }), path);
        break;
      }
      default:
        make("plan-invalid-value", t("plan-invalid-value", { detail: expectation(t, e) }), path, undefined, { expected: expectation(t, e) });
    }
  }
  return out;
}
