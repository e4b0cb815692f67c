/** Checks beyond the schema: duplicate ids, unknown references, years outside the plan period. */
import type { Diagnostic, DiagnosticCode } from "../model/diagnostic.js";
import type { Translate } from "../i18n/messages.js";
import type { PlanMessageKey } from "./messages.js";
import type { RawPlan } from "./raw-plan.js";

/** Locates a YAML path for a diagnostic; returns line/col and the formatted path. */
export type Locator = (path: (string | number)[]) => { line?: number; col?: number; path: string };

/** Every semantic problem of a schema-valid plan. */
export function semanticChecks(raw: RawPlan, file: string, locate: Locator, t: Translate<PlanMessageKey>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (code: PlanMessageKey & DiagnosticCode, path: (string | number)[], params: Record<string, unknown>, extra: Partial<Diagnostic> = {}): void => {
    const loc = locate(path);
    out.push({ code, severity: "error", message: t(code, params), source: { file, line: loc.line, row: loc.line, col: loc.col, path: loc.path }, ...extra });
  };
  const firstSeen = <K>(map: Map<K, number | undefined>, key: K, path: (string | number)[], what: PlanMessageKey, id: string): void => {
    if (map.has(key)) add("plan-duplicate-id", path, { what: t(what), id, firstLine: map.get(key) ?? "?" });
    else map.set(key, locate(path).line);
  };

  const regionCodes = new Map<string, number | undefined>();
  raw.regions.forEach((r, i) => firstSeen(regionCodes, r.code, ["regions", i, "code"], "what-region", r.code));
  raw.regions.forEach((r, i) => {
    if (r.parent !== undefined && !regionCodes.has(r.parent)) add("plan-unknown-parent", ["regions", i, "parent"], { parent: r.parent });
  });

  const areaIds = new Map<string, number | undefined>();
  const indicatorIds = new Map<string, number | undefined>();
  raw.areas.forEach((a, ai) => {
    firstSeen(areaIds, a.id, ["areas", ai, "id"], "what-area", a.id);
    for (const lang of ["zh", "en"] as const) {
      const reason = sheetNameProblem(a.name[lang]);
      if (reason) add("plan-bad-sheet-name", ["areas", ai, "name", lang], { name: a.name[lang], reason: t(reason) });
    }
    const goalNumbers = new Map<number, number | undefined>();
    a.goals.forEach((g, gi) => {
      firstSeen(goalNumbers, g.number, ["areas", ai, "goals", gi, "number"], "what-goal", `${a.id}-${g.number}`);
      if (g.measurable && g.indicators.length === 0) add("plan-measurable-without-indicators", ["areas", ai, "goals", gi, "measurable"], {});
      if (!g.measurable && g.indicators.length > 0) add("plan-unmeasurable-with-indicators", ["areas", ai, "goals", gi, "measurable"], {});
      g.indicators.forEach((ind, ii) => firstSeen(indicatorIds, ind.id, ["areas", ai, "goals", gi, "indicators", ii, "id"], "what-indicator", ind.id));
    });
  });

  const aggregateOf = new Map<string, string | undefined>();
  raw.areas.forEach((a) => a.goals.forEach((g) => g.indicators.forEach((i) => aggregateOf.set(i.id, i.aggregate))));
  const { start, end } = raw.period;
  raw.areas.forEach((a, ai) =>
    a.goals.forEach((g, gi) =>
      g.indicators.forEach((ind, ii) => {
        const base = ["areas", ai, "goals", gi, "indicators", ii];
        const { min, max } = ind.bounds ?? {};
        if (min !== undefined && max !== undefined && min > max) add("plan-bad-bounds", [...base, "bounds"], { min, max }, { indicator: ind.id });
        if (ind.aggregate === "formula" && !ind.formula) add("plan-aggregate-without-formula", [...base, "aggregate"], {}, { indicator: ind.id });
        if (ind.formula) {
          const parts = [["numerator", ind.formula.numerator], ["denominator", ind.formula.denominator]] as const;
          for (const [part, ref] of parts) {
            const problem: PlanMessageKey | null = !indicatorIds.has(ref) ? "formula-unknown" : ref === ind.id ? "formula-self"
              : part === "denominator" && ref === ind.formula.numerator ? "formula-same" : aggregateOf.get(ref) !== "sum" ? "formula-not-count" : null;
            if (problem) add("plan-bad-formula", [...base, "formula", part], { part: t(`formula-${part}`), ref, problem: t(problem) }, { indicator: ind.id });
          }
        }
        ind.targets.forEach((tg, ti) => {
          const tp = [...base, "targets", ti];
          if (tg.year !== null && (tg.year < start || tg.year > end)) add("plan-year-out-of-period", [...tp, "year"], { year: tg.year, start, end }, { indicator: ind.id, year: tg.year });
          if (tg.kind === "relative" && tg.baseline_year !== undefined && tg.year !== null && tg.baseline_year >= tg.year)
            add("plan-baseline-after-target", [...tp, "baseline_year"], { baseline: tg.baseline_year, year: tg.year }, { indicator: ind.id });
          if (tg.kind === "compare" && tg.ref !== undefined) {
            if (tg.ref === ind.id) add("plan-self-ref", [...tp, "ref"], {}, { indicator: ind.id });
            else if (!indicatorIds.has(tg.ref)) add("plan-unknown-ref", [...tp, "ref"], { ref: tg.ref }, { indicator: ind.id });
          }
          if ((tg.kind === "at_most" || tg.kind === "at_least" || tg.kind === "around") && tg.value !== undefined) {
            if ((min !== undefined && tg.value < min) || (max !== undefined && tg.value > max))
              add("plan-target-outside-bounds", [...tp, "value"], { value: tg.value, min: min ?? "-∞", max: max ?? "∞" }, { indicator: ind.id });
          }
        });
      }),
    ),
  );
  return out;
}

/** Why a text cannot name an Excel worksheet (the report has one per area), or null; a long name is shortened by the report, not refused. */
function sheetNameProblem(name: string): PlanMessageKey | null {
  if (/[\u0000-\u001f\u007f]/.test(name)) return "sheet-control";
  if (/[[\]:*?/\\]/.test(name)) return "sheet-chars";
  if (name.startsWith("'") || name.endsWith("'")) return "sheet-quote";
  if (name.trim().toLowerCase() === "history") return "sheet-reserved";
  return null;
}
