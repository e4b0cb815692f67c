/** Parse a plan's YAML text: syntax, schema and semantic checks, all reported together. */
import { yamlLib } from "../util/lazy-require.js";
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
import { lineTooDeep, MAX_PLAN_DEPTH } from "./yaml-depth.js";
import { nonFinitePaths } from "./non-finite.js";

/** Chinese wordings of the yaml library's commonest (English) error messages. */
export const YAML_REASONS: Record<Lang, Partial<Record<string, string>>> = {
  zh: {
    BAD_INDENT: "缩进不正确",
    MISSING_CHAR: "缺少闭合符号（如 ] 或 } 或引号）",
    UNEXPECTED_TOKEN: "出现了意外的符号",
    MULTILINE_IMPLICIT_KEY: "键必须写在一行内",
    BLOCK_AS_IMPLICIT_KEY: "列表不能用作键",
    TAB_AS_INDENT: "不能用制表符缩进，请用空格",
    BAD_SCALAR_START: "值不能以该符号开头（请加引号）",
    MISSING_ANCHOR: "引用了未定义的锚点（&名称）",
    TAG_RESOLVE_FAILED: "无法识别的标签（!标签）",
    BAD_ALIAS: "别名写法不正确",
    IMPOSSIBLE: "无法解析的内容",
    KEY_OVER_1024_CHARS: "键超过 1024 个字符",
  },
  en: {},
};

/** Alias expansions allowed before a document is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

// yaml reports a duplicate key by position only; the key is the text before the colon there.
function duplicateKeyAt(text: string, line: number, col: number): string {
  const rest = (text.split(/\r?\n/)[line - 1] ?? "").slice(col - 1);
  return rest.split(":")[0]?.trim() || rest.trim();
}

/** Outcome of parsing: a plan when there is no error, and every diagnostic found. */
export interface ParsePlanResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** Parse, validate and normalise one plan file's text. */
export function parsePlan(text: string, file: string, lang: Lang): ParsePlanResult {
  const t = translator(planMessages, lang);
  const deep = lineTooDeep(text);
  if (deep !== null) return { diagnostics: [{ code: "plan-too-deep", severity: "error", message: t("plan-too-deep", { limit: MAX_PLAN_DEPTH }), source: { file, line: deep, row: deep } }] };
  const { LineCounter, parseDocument, visit, isAlias } = yamlLib();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  const diagnostics: Diagnostic[] = [];
  for (const [list, severity] of [[doc.errors, "error"], [doc.warnings, "warning"]] as const) {
    for (const e of list) {
      const pos = lc.linePos(e.pos[0]);
      const duplicate = e.code === "DUPLICATE_KEY";
      const reason = YAML_REASONS[lang][e.code] ?? (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
      const code = duplicate ? "plan-duplicate-key" : severity === "error" ? "plan-yaml-error" : "plan-yaml-warning";
      diagnostics.push({
        code,
        severity,
        message: duplicate ? t("plan-duplicate-key", { key: duplicateKeyAt(text, pos.line, pos.col) }) : t(code === "plan-yaml-error" ? "plan-yaml-error" : "plan-yaml-warning", { reason }),
        source: { file, line: pos.line, row: pos.line, col: pos.col },
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

  const bad = nonFinitePaths(value);
  if (bad.length > 0) {
    for (const path of bad) {
      const loc = locate(doc, lc, path);
      diagnostics.push({ code: "plan-non-finite", severity: "error", message: t("plan-non-finite"), source: { file, line: loc?.line, row: loc?.line, col: loc?.col, path: formatPath(path) } });
    }
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
