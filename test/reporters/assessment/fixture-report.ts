/** One fixed, hand-made Report (numbers from the sample data's stories) for the assessment reporters' tests. */
import { loadPlan } from "../../../src/plan/load-plan.js";
import type { Plan } from "../../../src/model/plan.js";
import type { IndicatorResult, Point, Report, SummaryBlock, Trend } from "../../../src/model/report.js";

/** The bundled plan. */
export function bundledPlan(): Plan {
  const { plan } = loadPlan(undefined, "zh");
  if (!plan) throw new Error("bundled plan does not load");
  return plan;
}

const series = (start: number, values: number[]): Point[] => values.map((value, i) => ({ year: start + i, value }));
const trend = (direction: Trend["direction"], extra: Partial<Trend> = {}): Trend => ({
  points: 5, cagr: null, linear: null, robust_slope: null, last_change: null, direction, projection: {}, ...extra,
});
const categories = (c: Partial<SummaryBlock["categories"]>): SummaryBlock["categories"] => ({
  achieved: 0, on_track: 0, moderate: 0, insufficient: 0, moving_away: 0, insufficient_data: 0, ...c,
});

const RESULTS: IndicatorResult[] = [
  {
    indicator: "maternal_mortality_ratio", area: "health", goal: 2, region: "211400",
    latest: { year: 2024, value: 6.7 }, baseline: { year: 2020, value: 7.35 }, baseline_source: "observed",
    series: series(2020, [7.35, 8.19, 6.45, 7.4, 6.7]), trend: trend("down", { linear: -0.1625, projection: { "2025": 6.54, "2030": 5.73 } }),
    targets: [
      { year: 2025, kind: "at_most", value: 10.5, threshold: 10.5, status: "met", gap: { absolute: -3.8, relative: -0.3619 }, category: "achieved", projection: 6.54, current: true },
      { year: 2030, kind: "at_most", value: 10, threshold: 10, status: "met", gap: { absolute: -3.3, relative: -0.33 }, category: "achieved", projection: 5.73, current: false },
    ],
    warnings: [],
  },
  {
    indicator: "maternal_mortality_ratio", area: "health", goal: 2, region: "211404",
    latest: { year: 2024, value: 9.84 }, baseline: { year: 2020, value: 0 }, baseline_source: "observed",
    series: series(2020, [0, 18.52, 6.21, 24.13, 9.84]), trend: trend("up", { linear: 2.46 }),
    targets: [
      { year: 2025, kind: "at_most", value: 10.5, threshold: 10.5, status: "met", gap: { absolute: -0.66, relative: -0.0629 }, category: "achieved", current: true },
      { year: 2030, kind: "at_most", value: 10, threshold: 10, status: "met", gap: { absolute: -0.16, relative: -0.016 }, category: "achieved", current: false },
    ],
    warnings: [
      { code: "strong-fluctuation", level: "yellow", message: "波动较大：2022—2023 年年均变动 17.92，超过 max(5, 0.2 × 6.21) = 5", data: { change: 17.92, limit: 5 } },
    ],
  },
  {
    indicator: "maternal_system_management_rate", area: "health", goal: 2, region: "211403",
    latest: { year: 2024, value: 94.31 }, baseline: { year: 2020, value: 93.86 }, baseline_source: "observed",
    series: series(2020, [93.86, 94.12, 88.64, 93.57, 94.31]), trend: trend("flat"),
    targets: [
      { year: null, kind: "at_least", value: 90, threshold: 90, status: "not_met", gap: { absolute: -4.31, relative: -0.0479 }, breaches: [{ year: 2022, value: 88.64 }], current: true },
    ],
    warnings: [{ code: "target-breached", level: "red", message: "每年须保持的目标（≥ 90% (每年)）在以下年份未达到：2022 年（88.64）" }],
  },
  {
    indicator: "cervical_cancer_screening_rate", area: "health", goal: 3, region: "211422",
    latest: { year: 2024, value: 45.2 }, baseline: { year: 2020, value: 44.3 }, baseline_source: "observed",
    series: series(2020, [44.3, 45.1, 44.6, 45.8, 45.2]), trend: trend("up", { linear: 0.225 }),
    targets: [
      {
        year: 2030, kind: "at_least", value: 70, threshold: 70, status: "not_met", gap: { absolute: 24.8, relative: 0.3543 },
        progress: { share: 0.0352, time_share: 0.4, lag_points: 36.48 }, category: "insufficient", score: 0.09, projection: 46.55, current: true,
      },
    ],
    warnings: [
      { code: "expected-to-miss", level: "red", message: "预计达标困难（≥ 70% (2030年)）：目标完成进度 3.5%，时间进度 40%，落后 36.5 个百分点（黄色 ≥ 10，红色 > 30）" },
    ],
  },
  {
    indicator: "female_life_expectancy", area: "health", goal: 1, region: "211400",
    latest: { year: 2024, value: 80.9 }, baseline: null,
    series: [{ year: 2024, value: 80.9 }], trend: trend(null, { points: 1 }),
    targets: [{ year: 2030, kind: "increase", status: "not_assessable", reason: "insufficient-data", category: "insufficient_data", current: true }],
    warnings: [{ code: "insufficient-data", message: "数据不足：只有 1 个数据点（含基期），判断趋势至少需要 2 个；仅给出状态和差距" }],
  },
  {
    indicator: "nine_year_compulsory_education_consolidation_rate", area: "education", goal: 5, region: "211400", sex: "female",
    latest: { year: 2024, value: 98.6 }, baseline: { year: 2020, value: 97.9 }, baseline_source: "observed",
    series: series(2020, [97.9, 98.1, 98.2, 98.4, 98.6]), trend: trend("up", { linear: 0.175 }),
    targets: [{ year: null, kind: "at_least", value: 97, threshold: 97, status: "met", gap: { absolute: -1.6, relative: -0.0165 }, category: "achieved", current: true }],
    warnings: [],
  },
  {
    indicator: "rural_tap_water_coverage_rate", area: "environment", goal: 5, region: "211421",
    latest: { year: 2024, value: 85.2 }, baseline: { year: 2020, value: 87.6 }, baseline_source: "observed",
    series: series(2020, [87.6, 87.1, 86.4, 85.9, 85.2]), trend: trend("down", { linear: -0.6 }),
    targets: [
      { year: 2025, kind: "at_least", value: 88, threshold: 88, status: "not_met", gap: { absolute: 2.8, relative: 0.0318 }, category: "moving_away", score: -1.2, projection: 84.6, current: true },
      { year: 2030, kind: "at_least", value: 90, threshold: 90, status: "not_met", gap: { absolute: 4.8, relative: 0.0533 }, category: "moving_away", projection: 81.6, current: false },
    ],
    warnings: [
      { code: "wrong-direction", level: "red", message: "走势与目标方向相反（≥ 88% (2025年)）：期望上升，两端点年均变化为每年 -0.6" },
    ],
  },
];

const areaBlock = (b: Partial<SummaryBlock>): SummaryBlock => ({
  results: 0, assessable: 0, met: 0, nearly_met: 0, not_met: 0, not_assessable: 0, attainment_rate: null, categories: categories({}), warnings: { red: 0, yellow: 0, other: 0 }, ...b,
});

/** The fixed report: 7 results in 3 areas and 4 regions, warnings of every level, two ingest diagnostics. */
export function fixtureReport(): Report {
  return structuredClone({
    version: "0.1.0",
    plan: { id: "huludao-women", version: "1" },
    as_of: 2024,
    method: "eurostat",
    thresholds: { nearly_met_band: 0.02, eurostat_on_track: 0.95, eurostat_moderate: 0.6 },
    summary: {
      ...areaBlock({
        results: 7, assessable: 6, met: 3, nearly_met: 0, not_met: 3, not_assessable: 1, attainment_rate: 0.5,
        categories: categories({ achieved: 3, insufficient: 1, moving_away: 1, insufficient_data: 1 }), warnings: { red: 3, yellow: 1, other: 1 },
      }),
      areas: {
        health: areaBlock({ results: 5, assessable: 4, met: 2, not_met: 2, not_assessable: 1, attainment_rate: 0.5, categories: categories({ achieved: 2, insufficient: 1, insufficient_data: 1 }), warnings: { red: 2, yellow: 1, other: 1 } }),
        education: areaBlock({ results: 1, assessable: 1, met: 1, attainment_rate: 1, categories: categories({ achieved: 1 }) }),
        environment: areaBlock({ results: 1, assessable: 1, not_met: 1, attainment_rate: 0, categories: categories({ moving_away: 1 }), warnings: { red: 1, yellow: 0, other: 0 } }),
      },
    },
    results: RESULTS,
    diagnostics: [
      { code: "bad-value", severity: "error", message: "数值“约45”不是数字", source: { file: "data.csv", row: 12, column: "数值 (F)", col: 6 }, indicator: "cervical_cancer_screening_rate", region: "211422", year: 2023, value: "约45" },
      { code: "unknown-region", severity: "warning", message: "地区“白塔区”不在规划中，已跳过", source: { file: "data.csv", row: 30, column: "地区 (D)", col: 4 } },
    ],
  } satisfies Report);
}

/** The fixed report cut down to one region (the flat layout). */
export function singleRegionReport(region = "211422"): Report {
  const r = fixtureReport();
  return { ...r, results: r.results.filter((x) => x.region === region) };
}
