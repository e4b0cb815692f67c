/** Number formatting for formulas and messages (no float noise, fixed percentage digits). */

// Below 2^52 · 10^-digits a double's spacing is under 10^-digits, so a shortest form with at most `digits` decimals is
// already what rounding to `digits` decimals gives back (most numbers in formulas are like that: 96.1, 2024, 0.5).
const SHORT_FORM_BELOW = Array.from({ length: 16 }, (_, d) => 2 ** 52 / 10 ** d);

/** A number with at most `digits` decimals, trailing zeros dropped: 0.1 + 0.2 → "0.3". */
export function num(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return String(v);
  const s = String(v);
  if (Math.abs(v) < (SHORT_FORM_BELOW[digits] ?? 0) && !s.includes("e")) {
    const dot = s.indexOf(".");
    if (dot < 0 || s.length - dot - 1 <= digits) return s;
  }
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
