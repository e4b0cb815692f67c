/** Text made safe for one Markdown table cell. */

/** Escape the pipes and fold the line breaks that would end the cell or the row. */
export function markdownCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
