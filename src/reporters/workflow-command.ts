/** Escaping for GitHub Actions workflow commands (::error file=…,title=…::message). */

/** Escape a command's message: %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a command's property value: as the message, plus : and ,. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
