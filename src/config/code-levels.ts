/** Per-code levels (ESLint's rule levels for diagnostics): a code turned off is dropped, any other level replaces its severity. */
import type { Diagnostic, DiagnosticCode, Severity } from "../model/diagnostic.js";
import { DIAGNOSTIC_CODES, isDiagnosticCode, type CodeFamily } from "../model/diagnostic-codes.js";
import type { LevelOf } from "../ingest/diagnostic-sink.js";

/** What a code can be set to. */
export type CodeLevel = "off" | Severity;

/** The levels a config file or `--code` can give. */
export const CODE_LEVELS: readonly CodeLevel[] = ["off", "info", "warning", "error"];

/** Levels by code (only codes the user set). */
export type CodeLevels = ReadonlyMap<DiagnosticCode, CodeLevel>;

// Reading problems can be relevelled; a plan that does not load cannot run, and result warnings are verdicts (thresholds govern them).
const LEVELLED_FAMILIES: readonly CodeFamily[] = ["input", "consistency", "database"];

/** Whether a code may be given a level: the codes of reading submissions and the database. */
export function isLevelledCode(code: string): code is DiagnosticCode {
  return isDiagnosticCode(code) && LEVELLED_FAMILIES.includes(DIAGNOSTIC_CODES[code].family);
}

/** Every code that may be given a level, in registry order. */
export function levelledCodes(): DiagnosticCode[] {
  return (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).filter(isLevelledCode);
}

/** The diagnostics with the levels applied: off ones dropped, others with their new severity (the same list when no level applies). */
export function applyCodeLevels(diagnostics: readonly Diagnostic[], levels: CodeLevels): Diagnostic[] {
  if (levels.size === 0) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const level = levels.get(d.code);
    if (level === undefined || level === d.severity) out.push(d);
    else if (level !== "off") out.push({ ...d, severity: level });
  }
  return out;
}

/** The levels as the readers apply them while reading (undefined when none is set): a file's list of 5,000 and its overflow counts then see the levels too. */
export function levelOf(levels: CodeLevels): LevelOf | undefined {
  if (levels.size === 0) return undefined;
  return (code, severity) => {
    const level = levels.get(code);
    return level === undefined ? severity : level === "off" ? undefined : level;
  };
}
