/** Number formatting for formulas and messages (no float noise, fixed percentage digits). */

/** A number with at most `digits` decimals, trailing zeros dropped: 0.1 + 0.2 → "0.3". */
export function num(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toFixed(digits)));
}

/** A share as a percentage with two decimals: 0.02459 → "2.46%". */
export function pct(v: number): string {
  return Number.isFinite(v) ? `${v < 0 && v > -0.00005 ? "0.00" : (v * 100).toFixed(2)}%` : String(v);
}

/** A signed number: +1.5, −2 (true minus for readability). */
export function signed(v: number, digits = 4): string {
  return v > 0 ? `+${num(v, digits)}` : v < 0 ? `−${num(-v, digits)}` : "0";
}

/** Wrap negative numbers in parentheses so substituted formulas stay unambiguous: 5 − (−2). */
export function paren(v: number, digits = 4): string {
  return v < 0 ? `(${num(v, digits)})` : num(v, digits);
}
