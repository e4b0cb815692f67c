// A hand-built Report on the bundled plan (no ingest, no assess), with hostile text in every place input text reaches.
import { loadPlan } from "../../src/plan/load-plan.js";
import type { Plan } from "../../src/model/plan.js";
import type { Observation } from "../../src/model/observation.js";
import type { IndicatorResult, Report, SummaryBlock, Trend } from "../../src/model/report.js";

export const INJECTION = "=HYPERLINK(\"http://evil\",\"x\")";
export const LF_INJECTION = "\n=1+1";

/** The bundled plan. */
export function bundledPlan(): Plan {
  const { plan } = loadPlan(undefined, "zh");
  if (!plan) throw new Error("bundled plan did not load");
  return plan;
}

const trend = (direction: Trend["direction"]): Trend => ({ points: 5, cagr: 0.01, linear: 0.5, robust_slope: 0.5, last_change: 0.4, direction, projection: {} });

const block = (over: Partial<SummaryBlock> = {}): SummaryBlock => ({
  results: 14, assessable: 14, met: 7, nearly_met: 0, not_met: 7, not_assessable: 0, attainment_rate: 0.5,
  categories: { achieved: 7, on_track: 0, moderate: 0, insufficient: 0, moving_away: 7, insufficient_data: 0 },
  warnings: { red: 1, yellow: 1, other: 0 },
  ...over,
});

/** Two indicators (a % rate with bounds 0–100 and a per-100,000 ratio) × all 7 regions × 2020–2024. */
export function fixture(): { plan: Plan; report: Report; observations: Observation[] } {
  const plan = bundledPlan();
  const observations: Observation[] = [];
  const results: IndicatorResult[] = [];
  const specs = [
    { id: "maternal_system_management_rate", area: "health" as const, base: 90, step: 1, target: { kind: "at_least" as const, year: null, value: 90 } },
    { id: "maternal_mortality_ratio", area: "health" as const, base: 9, step: 0.5, target: { kind: "at_most" as const, year: 2025, value: 10.5 } },
  ];
  for (const s of specs) {
    plan.regions.forEach((region, ri) => {
      const series = [2020, 2021, 2022, 2023, 2024].map((year, k) => ({ year, value: Number((s.base + ri * 0.3 + k * s.step).toFixed(2)) }));
      for (const p of series) observations.push({ indicator: s.id, region: region.code, year: p.year, value: p.value, source: { file: "data.csv", row: observations.length + 2 }, ...(ri === 1 && p.year === 2024 ? { note: `@SUM(A1)${LF_INJECTION}` } : {}) });
      const met = s.id === "maternal_system_management_rate" ? true : ri % 2 === 0;
      results.push({
        indicator: s.id, area: s.area, goal: 2, region: region.code,
        latest: series[4]!, baseline: series[0]!, series, trend: trend("up"),
        targets: [{ ...s.target, status: met ? "met" : "not_met", category: met ? "achieved" : "moving_away", gap: { absolute: met ? -1.5 : 2.25, relative: 0.1 }, progress: { share: 0.4, time_share: 0.4, lag_points: 0 }, current: true }],
        status: met ? "met" : "not_met",
        category: met ? "achieved" : "moving_away",
        warnings: met ? [] : [{ code: ri === 1 ? "expected-to-miss" : "strong-fluctuation", level: ri === 1 ? "red" : "yellow", message: ri === 1 ? INJECTION : "<script>alert(1)</script> 波动较大" }],
      });
    });
  }
  const report: Report = {
    version: "0.1.0",
    plan: { id: plan.id, version: plan.version },
    as_of: 2024,
    method: "eurostat",
    thresholds: { nearly_met_band: 0.02, lag_red_points: 30 },
    summary: { ...block(), areas: { health: block() } },
    results,
    diagnostics: [
      { code: "invalid-number", severity: "error", message: "数值无法识别", value: "-2+3", source: { file: "data.csv", row: 7, column: "数值 (F)", col: 6 }, indicator: "maternal_mortality_ratio", region: "211402", year: 2023 },
      { code: "unknown-column", severity: "warning", message: "无法识别的列 +cmd|' /C calc'!A0，已忽略", source: { file: "data.csv", row: 1, column: "+cmd|' /C calc'!A0 (I)" }, expected: LF_INJECTION },
    ],
  };
  return { plan, report, observations };
}
