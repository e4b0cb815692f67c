/** Neutralise spreadsheet formula injection in text that came from input (OWASP "CSV Injection"). */

// csv-stringify's escape_formulas misses a leading LF and also marks numeric strings; this guard is ours.
const TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefix a text cell that a spreadsheet would run as a formula with an apostrophe. Numbers are left to callers as numbers. */
export function safeText(s: string): string {
  return TRIGGER.test(s) ? `'${s}` : s;
}
