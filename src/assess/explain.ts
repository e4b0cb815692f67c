/** explain: a result in plain lines — the series, the rule, every formula with its numbers, and why each status and warning. */
import type { Plan } from "../model/plan.js";
import type { IndicatorResult, Report, Step, TargetResult } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { hasKey, translator, type Catalog } from "../i18n/messages.js";
import { describeTarget } from "../plan/describe-target.js";
import { explainMessages } from "./explain-messages.js";
import { assessMessages } from "./messages.js";
import { num, paren, pct } from "../util/format-number.js";

const PERCENT_STEPS = new Set(["gap-relative", "cagr-actual", "cagr-required", "growth-rate", "progress-share", "time-share", "weather-shortfall"]);
const STATUSES = new Set(["met", "nearly_met", "not_met", "indeterminate", "not_assessable"]);
const CATEGORIES = new Set(["achieved", "on_track", "moderate", "insufficient", "moving_away", "insufficient_data"]);
const METHOD_NAMES: Record<string, string> = { eurostat: "Eurostat", sdsn: "SDSN", unsd: "UNSD", weather: "Weather (DNS)" };

/** Explain one result of a report in the given language (warning texts stay in the language the report was made in). */
export function explainResult(result: IndicatorResult, plan: Plan, report: Report, lang: Lang): string[] {
  const x = translator(explainMessages, lang);
  const a = translator(assessMessages, lang);
  const indicator = plan.indicators.find((i) => i.id === result.indicator);
  const region = plan.regions.find((r) => r.code === result.region);
  const stepValue = (s: Step): string => {
    if (typeof s.value === "number") {
      if (PERCENT_STEPS.has(s.label)) return pct(s.value);
      if (s.label === "lag") return `${num(s.value, 1)} ${x("points-unit")}`;
      return num(s.value);
    }
    if (typeof s.value === "string") {
      const key = STATUSES.has(s.value) ? `status-${s.value}` : CATEGORIES.has(s.value) ? `cat-${s.value}` : "";
      if (hasKey(assessMessages, key)) return a(key);
    }
    return s.value === null ? "—" : s.value;
  };
  const lines: string[] = [
    x("title", { name: indicator?.name[lang] ?? result.indicator, region: region?.name[lang] ?? result.region, sex: result.sex ? x(`sex-${result.sex}`) : "" }),
    x("series", { asOf: report.as_of, points: result.series.map((p) => `${p.year} ${num(p.value)}`).join(" · ") || "—" }),
    x("method", { method: METHOD_NAMES[report.method] ?? report.method, asOf: report.as_of }),
  ];
  const b = result.baseline, l = result.latest;
  if (b) {
    const source = result.baseline_source ?? "observed";
    lines.push(x("baseline", { year: b.year, value: num(b.value), source: a(`bs-${source}`, { year: b.year, base: plan.base_year }) }));
  } else lines.push(x("no-baseline"));
  if (l) lines.push(x("latest", { year: l.year, value: num(l.value) }));
  const basis = result.basis;
  if (basis?.ci) {
    const share = basis.ci.method === "wilson";
    const stability = !basis.unstable ? x("basis-stable") : x(share ? "basis-share-unstable" : "basis-unstable", { limit: share ? report.thresholds.small_numbers_denominator : report.thresholds.small_numbers_events });
    lines.push(x("basis", {
      events: num(basis.events ?? 0), denominator: num(basis.denominator ?? 0), pooled: basis.pooled ? x("basis-pooled", basis.pooled) : "",
      method: x(share ? "method-wilson" : "method-garwood"), level: num(basis.ci.level * 100), low: num(basis.ci.low, 2), high: num(basis.ci.high, 2), stability,
    }));
  }
  if (b && l && l.year > b.year) {
    const tr = result.trend;
    lines.push(tr.cagr !== null ? x("trend-cagr", { yt: num(l.value), y0: paren(b.value), years: l.year - b.year, value: pct(tr.cagr) }) : x("trend-cagr-invalid"));
    if (tr.linear !== null) lines.push(x("trend-linear", { yt: num(l.value), y0: paren(b.value), t: l.year, t0: b.year, value: num(tr.linear) }));
    if (tr.robust_slope !== null) lines.push(x("trend-robust", { points: tr.points, value: num(tr.robust_slope) }));
    const items = Object.entries(tr.projection).filter(([, v]) => v !== null).map(([y, v]) => `${y}: ${num(v as number, 2)}`);
    if (items.length > 0) lines.push(x("trend-projection", { method: METHOD_NAMES[report.method] ?? report.method, items: items.join(", ") }));
  }
  result.targets.forEach((t: TargetResult, n) => {
    const target = indicator?.targets[n];
    const text = target && indicator ? describeTarget(target, indicator, plan, lang) : t.kind;
    lines.push(x("target", { n: n + 1, text, current: t.current ? x("current") : "" }));
    for (const s of t.steps ?? []) lines.push(x(typeof s.value === "string" ? "step-verdict" : "step", { label: word(explainMessages, x, `step-${s.label}`, s.label), formula: s.formula, value: stepValue(s) }));
    const said = t.reason ? word(assessMessages, a, `reason-${t.reason}`, t.reason) : "";
    const reason = said ? (lang === "zh" ? `（${said}）` : ` (${said})`) : "";
    lines.push(x("verdict", { status: a(`status-${t.status}`), reason, category: t.category ? a(`cat-${t.category}`) : x("no-category") }));
    if (t.breaches && t.breaches.length > 0) lines.push(x("breaches", { years: t.breaches.map((p) => `${p.year} (${num(p.value)})`).join(", ") }));
  });
  if (result.warnings.length === 0) lines.push(x("no-warnings"));
  else {
    lines.push(x("warnings"));
    for (const w of result.warnings) lines.push(x("warning", { level: x(w.level ? `level-${w.level}` : "level-none"), message: w.message }));
  }
  return lines;
}

/** The catalog's text for a key built at run time, or `fallback` when the catalog has none (a new code never crashes explain). */
function word<K extends string>(catalog: Catalog<K>, t: (key: K) => string, key: string, fallback: string): string {
  return hasKey(catalog, key) ? t(key) : fallback;
}
