/** Text keys for matching headers, indicator and region names: width, case and spacing do not matter. */

const IGNORED = /[\s\u3000_\-·・.。:：'"“”‘’]+/g;

/** NFKC (full-width → half-width), drop spaces and light punctuation, lower-case. */
export function normalizeKey(s: string): string {
  return s.normalize("NFKC").replace(IGNORED, "").toLowerCase();
}

const TRAILING_PAREN = /^(.*?)[(（\[【]([^()（）\[\]【】]*)[)）\]】]$/;

/** Split a trailing parenthesised part off a label: "孕产妇死亡率（/10万）" → ["孕产妇死亡率", "/10万"]. */
export function splitTrailingParen(s: string): [string, string] | undefined {
  const m = TRAILING_PAREN.exec(s.trim());
  if (!m || !m[1]!.trim()) return undefined;
  return [m[1]!.trim(), m[2]!.trim()];
}
