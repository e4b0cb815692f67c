/** Parse a config file's YAML text: hostile-input guards, schema, threshold names and values, code names; every problem located. */
import path from "node:path";
import type { Document, LineCounter } from "yaml";
import type { ErrorObject } from "ajv";
import { yamlLib } from "../util/lazy-require.js";
import { compareDiagnostics, type Diagnostic, type DiagnosticCode } from "../model/diagnostic.js";
import { DIAGNOSTIC_CODES } from "../model/diagnostic-codes.js";
import type { Lang } from "../i18n/lang.js";
import { translator, type Translate } from "../i18n/messages.js";
import { planMessages } from "../plan/messages.js";
import { formatPath, locate, pointerToPath } from "../plan/yaml-locate.js";
import { lineTooDeep, MAX_PLAN_DEPTH } from "../plan/yaml-depth.js";
import { MAX_ALIAS_COUNT, YAML_REASONS } from "../plan/parse-plan.js";
import { nonFinitePaths } from "../plan/non-finite.js";
import { DEFAULT_THRESHOLDS, resolveThresholds, thresholdProblems, type Thresholds } from "../rules/thresholds.js";
import { nearestNames, namedValues } from "../ingest/nearest-names.js";
import { configMessages, type ConfigMessageKey } from "./config-messages.js";
import { configSchema, configValidator } from "./config-schema.js";
import { isLevelledCode, type CodeLevel } from "./code-levels.js";
import type { ConfigFailOn, ProjectConfig } from "./project-config.js";
import type { MethodId } from "../model/report.js";

/** Outcome of parsing: a config when there is no error, and every diagnostic found. */
export interface ParseConfigResult {
  config?: ProjectConfig;
  diagnostics: Diagnostic[];
}

/** The raw file as the schema allows it. */
interface RawConfig {
  plan?: string;
  db?: string;
  lang?: Lang;
  method?: MethodId;
  fail_on?: ConfigFailOn;
  thresholds?: Record<string, number>;
  codes?: Record<string, CodeLevel>;
}

function looksLikePath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.ya?ml$/i.test(spec);
}

/** " Did you mean: …?" with the names nearest to `typed`, or "" when none is near. */
export function didYouMean(t: Translate<ConfigMessageKey>, typed: string, names: readonly string[]): string {
  const near = nearestNames(typed, namedValues(names.map((n) => [n, n])));
  return near.length > 0 ? t("did-you-mean", { names: near.join(", ") }) : "";
}

/** Parse, check and resolve one config file's text; `file` is absolute (relative paths inside resolve against its folder). */
export function parseConfig(text: string, file: string, lang: Lang): ParseConfigResult {
  const t = translator(configMessages, lang);
  const tp = translator(planMessages, lang);
  const at = (code: DiagnosticCode, message: string, line?: number, col?: number, yamlPath?: string): Diagnostic => ({
    code,
    severity: "error",
    message,
    source: { file, ...(line !== undefined ? { line, row: line } : {}), ...(col !== undefined ? { col } : {}), ...(yamlPath !== undefined ? { path: yamlPath } : {}) },
  });
  const deep = lineTooDeep(text);
  if (deep !== null) return { diagnostics: [at("config-refused", t("config-too-deep", { limit: MAX_PLAN_DEPTH }), deep)] };
  const { LineCounter, parseDocument } = yamlLib();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  // Warnings (an unknown tag) are errors here: a config is short, and a value silently read as text is a wrong default.
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = lc.linePos(e.pos[0]);
    const reason = YAML_REASONS[lang][e.code] ?? (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
    const key = ((text.split(/\r?\n/)[pos.line - 1] ?? "").slice(pos.col - 1).split(":")[0] ?? "").trim();
    diagnostics.push(at("config-yaml-error", e.code === "DUPLICATE_KEY" ? t("config-duplicate-key", { key }) : t("config-yaml-error", { reason }), pos.line, pos.col));
  }
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = err instanceof Error && /alias/i.test(err.message);
    return { diagnostics: [at(alias ? "config-refused" : "config-yaml-error", alias ? t("config-alias-limit", { limit: MAX_ALIAS_COUNT }) : t("config-yaml-error", { reason: String(err) }))] };
  }
  // An empty file is an empty config.
  if (value === null || value === undefined) value = {};
  const where = (p: (string | number)[], key?: string) => {
    const pos = locate(doc, lc, p, key);
    return [pos?.line, pos?.col, formatPath(key !== undefined ? [...p, key] : p)] as const;
  };
  for (const p of nonFinitePaths(value)) diagnostics.push(at("config-yaml-error", t("config-non-finite"), ...where(p)));
  if (diagnostics.length > 0) return { diagnostics };
  const validate = configValidator();
  if (!validate(value)) return { diagnostics: schemaProblems(validate.errors ?? [], doc, lc, at, t, tp).sort(compareDiagnostics) };
  const raw = value as RawConfig;
  const thresholds: Partial<Thresholds> = {};
  for (const [name, v] of Object.entries(raw.thresholds ?? {})) {
    if (Object.prototype.hasOwnProperty.call(DEFAULT_THRESHOLDS, name)) thresholds[name as keyof Thresholds] = v;
    else diagnostics.push(at("config-unknown-threshold", t("config-unknown-threshold", { name, suggestion: didYouMean(t, name, Object.keys(DEFAULT_THRESHOLDS)) }), ...where(["thresholds"], name)));
  }
  for (const problem of thresholdProblems(resolveThresholds(thresholds))) {
    const own = problem.names.find((n) => n in thresholds);
    if (own) diagnostics.push(at("config-invalid-value", t("config-bad-threshold", { rule: problem.rule }), ...where(["thresholds", own])));
  }
  const codes = new Map<DiagnosticCode, CodeLevel>();
  for (const [code, level] of Object.entries(raw.codes ?? {})) {
    if (isLevelledCode(code)) codes.set(code, level);
    else diagnostics.push(at("config-unknown-code", codeProblem(t, code), ...where(["codes"], code)));
  }
  if (diagnostics.length > 0) return { diagnostics: diagnostics.sort(compareDiagnostics) };
  const dir = path.dirname(file);
  const config: ProjectConfig = { file, thresholds, codes };
  if (raw.plan !== undefined) config.plan = looksLikePath(raw.plan) ? path.resolve(dir, raw.plan) : raw.plan;
  if (raw.db !== undefined) config.db = path.resolve(dir, raw.db);
  if (raw.lang !== undefined) config.lang = raw.lang;
  if (raw.method !== undefined) config.method = raw.method;
  if (raw.fail_on !== undefined) config.failOn = raw.fail_on;
  return { config, diagnostics };
}

/** Why `code` cannot be given a level: not a code (with the nearest ones), or a plan or result code. */
export function codeProblem(t: Translate<ConfigMessageKey>, code: string): string {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code) ? t("config-fixed-code", { code }) : t("config-unknown-code", { code, suggestion: didYouMean(t, code, Object.keys(DIAGNOSTIC_CODES)) });
}

type At = (code: DiagnosticCode, message: string, line?: number, col?: number, yamlPath?: string) => Diagnostic;

/** ajv's errors as located config diagnostics, one per problem. */
function schemaProblems(errors: readonly ErrorObject[], doc: Document, lc: LineCounter, at: At, t: Translate<ConfigMessageKey>, tp: Translate<keyof (typeof planMessages)["zh"]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fields = Object.keys(configSchema().properties).filter((k) => k !== "$schema");
  for (const e of errors) {
    const p = pointerToPath(e.instancePath);
    const params = e.params as Record<string, unknown>;
    const key = e.keyword === "additionalProperties" ? String(params.additionalProperty) : undefined;
    const pos = locate(doc, lc, p, key);
    const yamlPath = formatPath(key !== undefined ? [...p, key] : p);
    if (e.keyword === "additionalProperties") out.push(at("config-unknown-field", t("config-unknown-field", { field: key, choices: fields.join(", ") }), pos?.line, pos?.col, yamlPath));
    else if (e.keyword === "type") out.push(at("config-wrong-type", t("config-wrong-type", { expected: tp(`type-${String(params.type)}` as "type-string") }), pos?.line, pos?.col, yamlPath));
    else if (e.keyword === "enum") out.push(at("config-invalid-value", t("config-invalid-value", { detail: tp("expected-one-of", { values: (params.allowedValues as unknown[]).join(", ") }) }), pos?.line, pos?.col, yamlPath));
    else out.push(at("config-invalid-value", t("config-invalid-value", { detail: e.message ?? e.keyword }), pos?.line, pos?.col, yamlPath));
  }
  return out;
}
