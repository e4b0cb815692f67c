/**
 * Counts behind rates (methodology "Small numbers"): a rate or share the plan defines by a formula is derived
 * from its counts where it was not submitted, and cross-checked where it was (`rate-count-mismatch`); counts add
 * up from the counties to the city, and a city rate is Σ numerators / Σ denominators of its counties, not the mean
 * of their rates (as DHIS2 aggregates indicators). A submitted city figure that does not reconcile with its
 * counties is `aggregate-mismatch` (WHO Data Quality Review: internal consistency).
 */
import type { Diagnostic } from "../model/diagnostic.js";
import type { Observation } from "../model/observation.js";
import type { Indicator, Plan } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { defineMessages, translator } from "../i18n/messages.js";
import { num } from "../util/format-number.js";
import { headlineSex } from "./headline-sex.js";
import { groupBy } from "../util/group-by.js";

/** The messages of the two consistency checks (zh, en). */
export const deriveCountsMessages = defineMessages(
  {
    "rate-count-mismatch": "{indicator}：{region} {year} 年填报 {rate}，按 {numerator} {n} ÷ {denominator} {d} × {factor} 计算为 {calc}，超出填报数值的舍入范围（±{tolerance}）",
    "aggregate-mismatch": "{indicator}：{region} {year} 年填报 {value}，与所辖 {count} 个地区汇总所得 {calc} 不一致（{how}，允许的舍入差 ±{tolerance}）",
    "how-sum": "各地区数值之和",
    "how-formula": "Σ{numerator} ÷ Σ{denominator} × {factor}",
  },
  {
    "rate-count-mismatch": "{indicator}: {region} {year} reports {rate}, but {numerator} {n} ÷ {denominator} {d} × {factor} = {calc}, beyond the rounding of the reported figure (±{tolerance})",
    "aggregate-mismatch": "{indicator}: {region} {year} reports {value}, which does not reconcile with {calc} from its {count} regions ({how}; rounding allowed ±{tolerance})",
    "how-sum": "the sum of their values",
    "how-formula": "Σ{numerator} ÷ Σ{denominator} × {factor}",
  },
);

/** Observations with the derived ones added, and the consistency findings. */
export interface DerivedCounts {
  observations: Observation[];
  diagnostics: Diagnostic[];
}

/** Half a unit of the last decimal the figure was given with: 40.88 → 0.005, 7 → 0.5. */
export function roundingTolerance(value: number): number {
  const text = String(value);
  const e = /e-(\d+)$/.exec(text);
  const decimals = e ? Number(e[1]) : (text.split(".")[1]?.length ?? 0);
  return 0.5 * 10 ** -decimals + 1e-9;
}

const key = (indicator: string, region: string, year: number): string => `${indicator}\u0000${region}\u0000${year}`;

/** The indicators deriveCounts looks at (rates with a formula, their counts, indicators summed up the hierarchy); it ignores every other observation. */
export function countedIndicators(plan: Plan): Set<string> {
  const involved = new Set<string>();
  for (const i of plan.indicators) {
    if (i.formula) [i.id, i.formula.numerator, i.formula.denominator].forEach((id) => involved.add(id));
    if (i.aggregate === "sum") involved.add(i.id);
  }
  return involved;
}

/** Derive rates from counts and counts up the region hierarchy; check what was submitted against both. */
export function deriveCounts(plan: Plan, observations: readonly Observation[], lang: Lang): DerivedCounts {
  const { added, diagnostics } = derivedCounts(plan, observations, lang);
  return { observations: [...observations, ...added], diagnostics };
}

/** deriveCounts' derived observations alone, from observations read once in order (only those of countedIndicators matter). */
export function derivedCounts(plan: Plan, observations: Iterable<Observation>, lang: Lang): { added: Observation[]; diagnostics: Diagnostic[] } {
  const involved = countedIndicators(plan);
  if (involved.size === 0) return { added: [], diagnostics: [] };
  const t = translator(deriveCountsMessages, lang);
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const regionName = new Map(plan.regions.map((r) => [r.code, r.name[lang]]));
  const children = groupBy(plan.regions.filter((r) => r.parent), (r) => r.parent!, (r) => r.code);
  // The headline (no sex / total) value of each indicator × region × year, first one kept.
  const index = new Map<string, Observation>();
  const years = new Set<number>();
  for (const o of observations) {
    if (!involved.has(o.indicator) || headlineSex(o.sex) !== undefined || !Number.isFinite(o.value)) continue;
    const k = key(o.indicator, o.region, o.year);
    if (!index.has(k)) index.set(k, o);
    years.add(o.year);
  }
  const added: Observation[] = [];
  const diagnostics: Diagnostic[] = [];
  const add = (from: Observation, indicator: string, region: string, value: number, derived: "formula" | "aggregate"): Observation => {
    const o: Observation = { indicator, region, year: from.year, value, source: from.source, derived };
    index.set(key(indicator, region, from.year), o);
    added.push(o);
    return o;
  };
  const mismatch = (code: "rate-count-mismatch" | "aggregate-mismatch", o: Observation, params: Record<string, unknown>): void => {
    const ind = byId.get(o.indicator);
    diagnostics.push({
      code, severity: "warning", indicator: o.indicator, region: o.region, year: o.year, value: num(o.value),
      message: t(code, { indicator: ind?.name[lang] ?? o.indicator, region: regionName.get(o.region) ?? o.region, year: o.year, tolerance: num(roundingTolerance(o.value) - 1e-9), ...params }),
      source: { file: o.source.file, ...(o.source.sheet !== undefined ? { sheet: o.source.sheet } : {}), row: o.source.row, ...(o.source.column !== undefined ? { column: o.source.column } : {}) },
    });
  };
  // Parents after their children, so a province sums its cities once the cities are summed.
  const parents = [...children.keys()].sort((a, b) => depth(plan, b) - depth(plan, a));
  for (const parent of parents) {
    const kids = children.get(parent) ?? [];
    for (const indicator of plan.indicators.filter((i) => i.aggregate === "sum")) {
      for (const year of years) {
        const parts = kids.map((k) => index.get(key(indicator.id, k, year)));
        if (parts.some((p) => p === undefined)) continue;
        const sum = parts.reduce((s, p) => s + (p as Observation).value, 0);
        const own = index.get(key(indicator.id, parent, year));
        if (!own) add(parts[0] as Observation, indicator.id, parent, sum, "aggregate");
        else if (!own.derived && Math.abs(own.value - sum) > roundingTolerance(own.value)) {
          mismatch("aggregate-mismatch", own, { value: num(own.value), calc: num(sum), count: kids.length, how: t("how-sum") });
        }
      }
    }
  }
  for (const indicator of plan.indicators.filter((i): i is Indicator & { formula: NonNullable<Indicator["formula"]> } => i.formula !== undefined)) {
    const f = indicator.formula;
    const names = { numerator: byId.get(f.numerator)?.name[lang] ?? f.numerator, denominator: byId.get(f.denominator)?.name[lang] ?? f.denominator, factor: num(f.factor) };
    for (const region of plan.regions.map((r) => r.code)) {
      for (const year of years) {
        const n = index.get(key(f.numerator, region, year)), d = index.get(key(f.denominator, region, year));
        if (!n || !d || !(d.value > 0)) continue;
        const calc = (n.value / d.value) * f.factor;
        const own = index.get(key(indicator.id, region, year));
        if (!own) {
          add(n, indicator.id, region, calc, n.derived === "aggregate" || d.derived === "aggregate" ? "aggregate" : "formula");
          continue;
        }
        if (own.derived || Math.abs(own.value - calc) <= roundingTolerance(own.value)) continue;
        if (n.derived === "aggregate" || d.derived === "aggregate") {
          mismatch("aggregate-mismatch", own, { value: num(own.value), calc: num(calc, 2), count: children.get(region)?.length ?? 0, how: t("how-formula", names) });
        } else {
          mismatch("rate-count-mismatch", own, { rate: num(own.value), n: num(n.value), d: num(d.value), calc: num(calc, 2), ...names });
        }
      }
    }
  }
  return { added, diagnostics };
}

function depth(plan: Plan, code: string): number {
  let n = 0;
  for (let r = plan.regions.find((x) => x.code === code); r?.parent && n < 20; r = plan.regions.find((x) => x.code === r?.parent)) n++;
  return n;
}
