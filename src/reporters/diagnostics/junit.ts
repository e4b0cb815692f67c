/** Diagnostics as JUnit XML: one test case per file and check (code); only errors fail, warnings and infos are its output. */
import type { DiagnosticsReporter } from "./reporter.js";
import { describeLocation } from "./reporter.js";
import { translator } from "../../i18n/messages.js";
import { diagnosticsReporterMessages } from "./messages.js";
import type { Diagnostic } from "../../model/diagnostic.js";

// XML 1.0 forbids most control characters even when escaped.
const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Render as JUnit XML. */
export const diagnosticsJunitReporter: DiagnosticsReporter = (report, { lang }) => {
  const t = translator(diagnosticsReporterMessages, lang);
  const cases = new Map<string, { file: string; code: string; ds: Diagnostic[] }>();
  for (const d of report.diagnostics) {
    const file = d.source?.file ?? "-";
    const key = `${file}\u0000${d.code}`;
    if (!cases.has(key)) cases.set(key, { file, code: d.code, ds: [] });
    cases.get(key)!.ds.push(d);
  }
  const line = (d: Diagnostic): string => xml(`${t(`sev-${d.severity}`)} ${d.code} ${describeLocation(d, lang)}: ${d.message}`);
  let failures = 0;
  const body = [...cases.values()].map(({ file, code, ds }) => {
    const errors = ds.filter((d) => d.severity === "error");
    const others = ds.filter((d) => d.severity !== "error");
    const parts: string[] = [];
    if (errors.length) {
      failures++;
      const message = errors.length === 1 ? errors[0]!.message : t("junit-failures", { count: errors.length, message: errors[0]!.message });
      parts.push(`      <failure type="${xml(code)}" message="${xml(message)}">${errors.map(line).join("\n")}</failure>`);
    }
    if (others.length) parts.push(`      <system-out>${others.map(line).join("\n")}</system-out>`);
    return `    <testcase classname="${xml(file)}" name="${xml(code)}">${parts.length ? `\n${parts.join("\n")}\n    ` : ""}</testcase>`;
  });
  if (body.length === 0) body.push(`    <testcase classname="hld-women" name="${xml(t("clean"))}"></testcase>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hld-women" tests="${body.length}" failures="${failures}">`,
    `  <testsuite name="${xml(t("junit-suite"))}" tests="${body.length}" failures="${failures}" errors="0">`,
    ...body,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
};
