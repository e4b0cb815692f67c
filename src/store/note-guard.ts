/**
 * Notes through export and import unchanged: the CSV export puts an apostrophe before a note a spreadsheet would run
 * as a formula (= + - @ …); ingest and import take exactly one such apostrophe off again.
 */
import { safeText } from "../util/safe-text.js";

/** Whether `s` is one or more apostrophes followed by text the formula guard would prefix: how a guarded note looks. */
function looksGuarded(s: string): boolean {
  const rest = s.replace(/^'+/, "");
  return rest.length < s.length && safeText(rest) !== rest;
}

/** The note as the export writes it: one apostrophe more when it already looks guarded, so the import gives it back exactly. */
export function noteForExport(note: string): string {
  return looksGuarded(note) ? `'${note}` : note;
}

/** A note read from a file: the apostrophe of a formula guard (ours, or a spreadsheet tool's) taken off. */
export function noteFromImport(note: string): string {
  return looksGuarded(note) ? note.slice(1) : note;
}
