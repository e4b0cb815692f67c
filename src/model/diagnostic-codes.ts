/**
 * Every diagnostic and result-warning code, with its default severity and what it means: one registry that the
 * call sites are typed by, the README's code tables are generated from (`npm run docs:codes`) and a test checks
 * (frictionless keeps its error catalog this way). A code's message lives in the catalog of the part that raises it.
 */
import type { Severity } from "./severity.js";

/** Where a code comes from: reading a submission, checks across its values, the plan file, the project config file, the database, or a result's warning. */
export type CodeFamily = "input" | "consistency" | "plan" | "config" | "database" | "result";

/** What the registry says of one code. */
export interface CodeInfo {
  family: CodeFamily;
  /** The severity it is raised with (for result warnings: "warning" for red/yellow, "info" for notes). */
  severity: Severity;
  /** Other severities the same code takes in a stated case. */
  also?: readonly Severity[];
  /** One line for the README's table (English). */
  description: string;
}

/** The registry, in the order the README lists the codes. */
export const DIAGNOSTIC_CODES = {
  "file-not-found": { family: "input", severity: "error", description: "a named file does not exist" },
  "no-match": { family: "input", severity: "error", description: "a glob matched no file" },
  "unsupported-file": { family: "input", severity: "error", description: "not .csv/.tsv/.txt/.xlsx/.xlsm, or a directory" },
  "unreadable-file": { family: "input", severity: "error", description: "the operating system refused to read the file" },
  "empty-file": { family: "input", severity: "error", description: "0 bytes" },
  "legacy-xls": { family: "input", severity: "error", description: "an old `.xls` (bytes D0 CF 11 E0): save as .xlsx" },
  "encrypted-file": { family: "input", severity: "error", description: "a password-protected workbook" },
  "html-as-xls": { family: "input", severity: "error", description: "a web page saved with an `.xls` name" },
  "corrupt-xlsx": { family: "input", severity: "error", description: "a broken ZIP structure" },
  "xlsx-limit": { family: "input", severity: "error", description: "a workbook past what the reader will build: cells, merged area, rich-text runs, text or format-code length, shared strings, XML elements (the limit, the value found and what to do are named; README: Limits and safety)" },
  "zip-bomb": { family: "input", severity: "error", description: "over the entry count, unpacked size or compression-ratio limits" },
  "encoding-error": { family: "input", severity: "error", description: "a row with bytes invalid in the encoding; the row is skipped" },
  "encoding-guessed": { family: "input", severity: "info", description: "valid UTF-8 read as GB18030, because only that reading gives Chinese text" },
  "parse-error": { family: "input", severity: "error", description: "broken CSV quoting (a quote inside an unquoted field, text right after a closing quote, or a quote never closed: then the line its record starts on) or a runaway record; reading that file stops there" },
  "no-header": { family: "input", severity: "error", description: "no header row in the first 30 rows" },
  "no-data-sheet": { family: "input", severity: "error", description: "no sheet looks like a data table; the sheets are listed" },
  "sheet-not-found": { family: "input", severity: "error", description: "the `--sheet` name or position does not exist; the sheets are listed" },
  "sheet-skipped": { family: "input", severity: "info", description: "a sheet that does not look like data was skipped" },
  "formula-without-result": { family: "input", severity: "error", description: "a formula cell with no usable cached result" },
  "too-many-diagnostics": { family: "input", severity: "warning", also: ["error", "info"], description: "over 5,000 problems in one file: the rest are summed per severity in one entry (with its severity and count), counted in the summary and the exit code, not listed" },
  "blank-header": { family: "input", severity: "warning", description: "a nameless column between named ones; its data is ignored" },
  "duplicate-header": { family: "input", severity: "error", description: "the same column (or year) twice; the first is used" },
  "reserved-header": { family: "input", severity: "error", description: "a column named `__proto__`, `constructor` or `prototype`" },
  "missing-column": { family: "input", severity: "error", description: "no indicator or value column, or no region or year from any source" },
  "unknown-column": { family: "input", severity: "warning", description: "an unrecognised column name; ignored" },
  "section-row": { family: "input", severity: "info", description: "a section heading between the indicators (一、妇女与健康, （一）…, 1. …); read past, the row quoted" },
  "subtotal-row": { family: "input", severity: "info", description: "a 合计/小计 row with no indicator; read past, the row quoted" },
  "note-row": { family: "input", severity: "info", description: "a note or signature row (注：…, 说明：…, 填报人：…, 审核人：…); read past, the row quoted" },
  "inferred-year": { family: "input", severity: "info", description: "the table has no year column: the year is taken from the title, the sheet name or the file name (`--year` wins)" },
  "inferred-region": { family: "input", severity: "info", description: "the table has no region column: the region is taken from the sheet name, the title or the file name (`--region` wins)" },
  "conflicting-year": { family: "input", severity: "warning", description: "the title, sheet name and file name name different years; the one used is said" },
  "conflicting-region": { family: "input", severity: "warning", description: "the sheet name, title and file name name different regions; the one used is said" },
  "blank-row": { family: "input", severity: "info", description: "empty rows inside the data" },
  "missing-cell": { family: "input", severity: "error", description: "an empty key cell or value in the long layout, or a short CSV row" },
  "extra-cell": { family: "input", severity: "error", also: ["warning"], description: "a non-empty cell beyond the header (a warning in XLSX, where formatting leaves stray cells)" },
  "invalid-number": { family: "input", severity: "error", description: "neither a number nor a missing-value marker" },
  "unknown-indicator": { family: "input", severity: "error", description: "not a plan indicator id, name or alias" },
  "indicator-name-mismatch": { family: "input", severity: "warning", description: "指标名称 disagrees with 指标代码 (the code wins)" },
  "unknown-region": { family: "input", severity: "error", description: "not a plan region code or name" },
  "region-name-mismatch": { family: "input", severity: "warning", description: "地区 disagrees with 地区代码" },
  "invalid-year": { family: "input", severity: "error", description: "not a year from 1949 to the plan's end year" },
  "invalid-sex": { family: "input", severity: "error", description: "not 女, 男 or 合计 (female, male, total)" },
  "level-mismatch": { family: "input", severity: "warning", description: "a region reports an indicator the plan monitors at another level only" },
  "out-of-bounds": { family: "input", severity: "error", description: "outside the indicator's bounds in the plan (e.g. 0–100 for a share)" },
  "unit-mismatch": { family: "input", severity: "error", description: "the unit column, a bracketed unit or a %/‰ sign differs from the plan's unit" },
  "duplicate-observation": { family: "consistency", severity: "error", also: ["warning"], description: "the same indicator × region × year × sex again, in one file or across files (a warning when the values agree); points at the first" },
  "missing-observation": { family: "consistency", severity: "error", also: ["info"], description: "with `--year`: an expected indicator × region is absent (info when the file marks it missing, e.g. —)" },
  "implausible-change": { family: "consistency", severity: "warning", description: "a year-on-year change over 10 percentage points (% and ‰) or 50% (others)" },
  "rate-count-mismatch": { family: "consistency", severity: "warning", description: "a rate disagrees with its own counts (numerator ÷ denominator × factor) beyond its rounding" },
  "aggregate-mismatch": { family: "consistency", severity: "warning", description: "a city value does not reconcile with its counties (the sum of counts, or Σ numerators ÷ Σ denominators)" },
  "plan-yaml-error": { family: "plan", severity: "error", description: "YAML syntax error" },
  "plan-yaml-warning": { family: "plan", severity: "warning", description: "a YAML warning (e.g. an unknown tag)" },
  "plan-duplicate-key": { family: "plan", severity: "error", description: "the same key twice in one mapping" },
  "plan-alias-limit": { family: "plan", severity: "error", description: "over 100 alias expansions (an alias bomb)" },
  "plan-too-deep": { family: "plan", severity: "error", description: "nested over 64 levels: refused before parsing" },
  "plan-non-finite": { family: "plan", severity: "error", description: "a number that is .nan, .inf or out of range (1e309)" },
  "plan-missing-field": { family: "plan", severity: "error", description: "a required field is missing" },
  "plan-unknown-field": { family: "plan", severity: "error", description: "a field the schema does not know" },
  "plan-wrong-type": { family: "plan", severity: "error", description: "a value of the wrong type" },
  "plan-invalid-value": { family: "plan", severity: "error", description: "a value outside its allowed set, pattern or range" },
  "plan-duplicate-id": { family: "plan", severity: "error", description: "a region code, area id, goal number or indicator id used twice" },
  "plan-unknown-ref": { family: "plan", severity: "error", description: "a compare target names an indicator the plan does not define" },
  "plan-self-ref": { family: "plan", severity: "error", description: "a compare target refers to its own indicator" },
  "plan-year-out-of-period": { family: "plan", severity: "error", description: "a target year outside the plan period" },
  "plan-baseline-after-target": { family: "plan", severity: "error", description: "a relative target's baseline year is not before its target year" },
  "plan-unknown-parent": { family: "plan", severity: "error", description: "a region's parent code is not defined" },
  "plan-bad-bounds": { family: "plan", severity: "error", description: "a lower bound above the upper bound" },
  "plan-target-outside-bounds": { family: "plan", severity: "error", description: "a target value outside the indicator's bounds" },
  "plan-measurable-without-indicators": { family: "plan", severity: "error", description: "a goal marked measurable lists no indicator" },
  "plan-unmeasurable-with-indicators": { family: "plan", severity: "error", description: "a goal marked not measurable lists indicators" },
  "plan-bad-formula": { family: "plan", severity: "error", description: "a formula's numerator or denominator is unknown, the indicator itself, the same on both sides, or not a count (aggregate: sum)" },
  "plan-aggregate-without-formula": { family: "plan", severity: "error", description: "aggregate: formula without a formula" },
  "plan-bad-sheet-name": { family: "plan", severity: "error", description: "an area name Excel cannot use as a sheet name" },
  "plan-file-not-found": { family: "plan", severity: "error", description: "the plan file does not exist" },
  "plan-read-error": { family: "plan", severity: "error", description: "the plan file cannot be read" },
  "plan-unknown-plan": { family: "plan", severity: "error", description: "no bundled plan with that id or version" },
  "config-file-not-found": { family: "config", severity: "error", description: "the file `--config` names does not exist" },
  "config-read-error": { family: "config", severity: "error", description: "the config file cannot be read" },
  "config-refused": { family: "config", severity: "error", description: "a config file over 256 KiB, nested over 64 levels or with over 100 alias expansions: refused" },
  "config-yaml-error": { family: "config", severity: "error", description: "YAML syntax error, a duplicate key or a non-finite number in the config file" },
  "config-unknown-field": { family: "config", severity: "error", description: "a config field the schema does not know (the known ones are listed)" },
  "config-wrong-type": { family: "config", severity: "error", description: "a config value of the wrong type" },
  "config-invalid-value": { family: "config", severity: "error", description: "a config value outside its allowed set (e.g. a level other than off/info/warning/error), or thresholds that break a relation `--threshold` checks" },
  "config-unknown-threshold": { family: "config", severity: "error", description: "`thresholds:` names a threshold that does not exist; the nearest names are suggested" },
  "config-unknown-code": { family: "config", severity: "error", description: "`codes:` names a code that does not exist (the nearest are suggested) or one that cannot be re-levelled (plan and result codes)" },
  "db-unknown-indicator": { family: "database", severity: "warning", description: "the database holds an indicator the plan in use does not define; its rows are skipped" },
  "db-unknown-region": { family: "database", severity: "warning", description: "the database holds a region the plan in use does not define; its rows are skipped" },
  "expected-to-miss": { family: "result", severity: "warning", description: "预计达标困难: yellow when progress is too slow or the projection misses by over 20% of the remaining distance; red when moving away or lagging elapsed time by over 30 points" },
  "strong-fluctuation": { family: "result", severity: "warning", description: "波动较大: yellow for a material jump (Hampel test, or over max(5 points, 20%) in short series); a note for 2+ reversals in the last four changes" },
  "wrong-direction": { family: "result", severity: "warning", description: "yellow: the series moves against the target's direction by at least the clear-movement threshold" },
  "target-breached": { family: "result", severity: "warning", description: "an every-year target broken: red when the latest year broke it, else yellow" },
  "insufficient-data": { family: "result", severity: "info", description: "too few points for a trend, or a relative target's baseline year or a compare partner missing" },
  "stale-data": { family: "result", severity: "info", description: "the latest value is more than 2 years before the as-of year" },
  "small-numbers": { family: "result", severity: "info", description: "a note: the value rests on too few events to be stable; the exact interval and pooling window are given and no progress warning is raised from it" },
  "chart-failed": { family: "result", severity: "warning", description: "`report`: one indicator's chart picture could not be drawn; it is left out and the renderer's reason given (the report is still written)" },
} as const satisfies Record<string, CodeInfo>;

/** A registered diagnostic or result-warning code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The registered default severity of a code. */
export function defaultSeverity(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

/** Whether a string is a registered code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}
