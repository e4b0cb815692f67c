/** Diagnostics as JUnit XML: one test case per file, a failure per error and warning. */
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
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const f = d.source?.file ?? "-";
    if (!byFile.has(f)) byFile.set(f, []);
    byFile.get(f)!.push(d);
  }
  const failures = report.diagnostics.filter((d) => d.severity !== "info").length;
  const cases = [...byFile].map(([file, ds]) => {
    const body = ds
      .filter((d) => d.severity !== "info")
      .map((d) => `      <failure type="${xml(d.code)}" message="${xml(d.message)}">${xml(`${t(`sev-${d.severity}`)} ${d.code} ${describeLocation(d, lang)}: ${d.message}`)}</failure>`)
      .join("\n");
    return `    <testcase classname="hld-women" name="${xml(file)}">${body ? `\n${body}\n    ` : ""}</testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase classname="hld-women" name="${xml(t("clean"))}"></testcase>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hld-women" tests="${Math.max(byFile.size, 1)}" failures="${failures}">`,
    `  <testsuite name="${xml(t("junit-suite"))}" tests="${Math.max(byFile.size, 1)}" failures="${failures}" errors="0">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
};
