/** Neutralise spreadsheet formula injection in text that came from input (OWASP "CSV Injection"). */

const TRIGGER = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefix a text cell that a spreadsheet would run as a formula with an apostrophe. Numbers are left to callers as numbers. */
export function safeText(s: string): string {
  return TRIGGER.test(s) ? `'${s}` : s;
}

/** One CSV field: neutralised, quoted when needed. Numbers are written as numbers. */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  const s = safeText(String(v));
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: UTF-8 BOM (so Excel on Chinese Windows reads it), CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header.map(csvField).join(","), ...rows.map((r) => r.map(csvField).join(","))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
