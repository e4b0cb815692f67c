/** Text made safe for one Markdown table cell. */

/** Escape the pipes, HTML (a renderer would run raw tags) and fold every line break (CR too) that would end the cell or the row. */
export function markdownCell(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, " ");
}
