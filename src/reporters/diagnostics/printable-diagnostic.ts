/** A diagnostic whose data-bearing texts (message, value, expected, file, sheet, column) are safe to print. */
import type { Diagnostic } from "../../model/diagnostic.js";
import { visibleText } from "../../util/visible-text.js";

/** The same diagnostic with every text that can carry submitted data passed through visibleText. */
export function printableDiagnostic(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { ...d, message: visibleText(d.message) };
  if (d.value !== undefined) out.value = visibleText(d.value);
  if (d.expected !== undefined) out.expected = visibleText(d.expected);
  if (d.source) {
    out.source = { ...d.source, file: visibleText(d.source.file) };
    if (d.source.sheet !== undefined) out.source.sheet = visibleText(d.source.sheet);
    if (d.source.column !== undefined) out.source.column = visibleText(d.source.column);
  }
  return out;
}
