/**
 * Text from a submission made safe to print on a terminal or into a CI log: control characters become visible
 * symbols (ESC → ␛, CR → ␍, LF → ␊ …), so a cell cannot move the cursor, set a window title, write the clipboard
 * (OSC 52) or hide text; bidirectional overrides are shown by name (Trojan Source); and nothing can start a line a
 * GitHub runner would read as a workflow command (`::error::…`, `##[…]`).
 */

// C0 controls and DEL → the Unicode Control Pictures block (U+2400…U+2421).
const C0 = /[\u0000-\u001f\u007f]/g;
// C1 controls (U+0080…U+009F; U+009B is a one-character CSI) and the bidi embeddings, overrides and isolates.
const HIDDEN = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with control characters visible and no workflow command at a line start or `##[` anywhere. */
export function visibleText(s: string): string {
  return s
    .replace(C0, (c) => String.fromCharCode(c === "\u007f" ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(HIDDEN, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`)
    .replace(/^(\s*):(?=:)/, "$1: ")
    .replace(/##\[/g, "# #[");
}
