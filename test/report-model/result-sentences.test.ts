// Issue 13: every verdict and warning in a plain sentence built from its numbers, in zh and en.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import type { Indicator, Plan } from "../../src/model/plan.js";
import type { Observation } from "../../src/model/observation.js";
import type { Lang } from "../../src/i18n/lang.js";
import { resultSentences } from "../../src/report-model/result-sentences.js";
import { obs, plan as small } from "../assess/small-plan.js";

const ind = (id: string, extra: Partial<Indicator>): Indicator => ({ id, area: "health", goal: 1, name: { zh: id, en: id }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets: [], ...extra });
const named = (zh: string, en: string, extra: Partial<Indicator>, id = "x"): Indicator => ind(id, { name: { zh, en }, ...extra });
const plan = (...indicators: Indicator[]): Plan => ({ ...small, indicators: [...small.indicators, ...indicators] });
const say = (p: Plan, data: Observation[], indicator: string, lang: Lang, region = "C", asOf?: number) => {
  const report = assess(p, data, { lang, ...(asOf ? { asOf } : {}) });
  const r = report.results.find((x) => x.indicator === indicator && x.region === region)!;
  return resultSentences(r, { plan: p, asOf: report.as_of, lang });
};

const screening = named("宫颈癌筛查率", "Cervical cancer screening rate", { bounds: { min: 0, max: 100 }, targets: [{ kind: "at_least", value: 70, year: 2030 }] });

describe("verdicts", () => {
  it("met, against a level", () => {
    const p = plan(screening);
    expect(say(p, obs("x", { 2020: 60, 2024: 72 }), "x", "zh").verdicts).toEqual(["市宫颈癌筛查率2024年为72%，达到2030年目标（70%以上）。"]);
    expect(say(p, obs("x", { 2020: 60, 2024: 72 }), "x", "en").verdicts).toEqual(["Cervical cancer screening rate in City was 72% in 2024, meeting the 2030 target (at least 70%)."]);
  });
  it("not met, with the gap in percentage points, and the expected-to-miss warning with its projection", () => {
    // 44.3 → 45.2 over 4 years: CAGR 0.5035%; 2030: 45.2 × 1.005035^6 = 46.58
    const zh = say(plan(screening), obs("x", { 2020: 44.3, 2024: 45.2 }), "x", "zh");
    expect(zh.verdicts).toEqual(["市宫颈癌筛查率2024年为45.2%，低于2030年目标（70%以上），还差24.8个百分点。"]);
    expect(zh.warnings).toEqual([{ code: "expected-to-miss", level: "red", text: "按目前趋势，2030年预计为46.58%，难以按期实现2030年目标（70%以上）。" }]);
    const en = say(plan(screening), obs("x", { 2020: 44.3, 2024: 45.2 }), "x", "en");
    expect(en.verdicts).toEqual(["Cervical cancer screening rate in City was 45.2% in 2024, below the 2030 target (at least 70%) by 24.8 percentage points."]);
    expect(en.warnings[0]?.text).toBe("On the current trend it would be 46.58% in 2030, so the 2030 target (at least 70%) is unlikely to be met in time.");
  });
  it("an at-most target missed says 高于 / above", () => {
    expect(say(small, obs("mmr", { 2024: 12 }), "mmr", "zh").verdicts).toEqual(["市mmr2024年为12/10万，高于2025年目标（10.5/10万以下），超出1.5/10万。"]);
    expect(say(small, obs("mmr", { 2024: 12 }), "mmr", "en").verdicts).toEqual(["mmr in City was 12 per 100,000 in 2024, above the 2025 target (at most 10.5 per 100,000) by 1.5 per 100,000."]);
  });
  it("no data", () => {
    const s = say(small, obs("mgmt", { 2024: 92 }), "mmr", "zh");
    expect(s).toEqual({ verdicts: ["市mmr截至2024年没有数据，无法评估。"], warnings: [] });
    expect(say(small, obs("mgmt", { 2024: 92 }), "mmr", "en").verdicts).toEqual(["mmr in City has no data up to 2024 and cannot be assessed."]);
  });
  it("a direction target in the indicator's own unit", () => {
    const life = named("妇女人均预期寿命", "Female life expectancy", { unit: { zh: "岁", en: "years" }, clear_movement: 0.1, targets: [{ kind: "increase", year: 2030 }] });
    expect(say(plan(life), obs("x", { 2020: 79.65, 2024: 80.45 }), "x", "zh").verdicts).toEqual(["市妇女人均预期寿命由2020年的79.65岁升至2024年的80.45岁，年均增长0.2岁，达到“逐步提高”的要求。"]);
    expect(say(plan(life), obs("x", { 2020: 79.65, 2024: 80.45 }), "x", "en").verdicts).toEqual(["Female life expectancy in City rose from 79.65 years in 2020 to 80.45 years in 2024 (up 0.2 years a year), meeting the aim of a steady rise."]);
  });
  it("a provisional milestone says which year it rests on", () => {
    const s = say(small, obs("mmr", { 2020: 8, 2024: 9, 2026: 9.5 }), "mmr", "zh", "C", 2026);
    // the current target at 2026 is the 2030 one; the 2025 one is past — so ask at 2025 with no 2025 value
    const at2025 = say(small, obs("mmr", { 2020: 8, 2024: 9 }), "mmr", "zh", "C", 2025);
    expect(at2025.verdicts).toEqual(["市mmr2024年为9/10万，达到2025年目标（10.5/10万以下）（2025年数据缺失，暂按2024年数据评估）。"]);
    expect(s.verdicts[0]).toContain("2030年目标");
  });
});

describe("warnings", () => {
  it("strong fluctuation names the years and the values", () => {
    // 50 → 65: 15 > max(5, 20% × 50 = 10); 65 → 50: 15 > max(5, 13)
    const s = say(plan(screening), obs("x", { 2020: 50, 2021: 65, 2022: 50 }), "x", "zh");
    expect(s.warnings.find((w) => w.code === "strong-fluctuation")?.text).toBe("2021、2022年波动较大（2020年50%→2021年65%、2021年65%→2022年50%），请核实数据或说明原因。");
  });
  it("wrong direction, target breached, stale data and too few data", () => {
    const falling = say(small, obs("screen", { 2020: 40, 2024: 36 }), "screen", "zh");
    expect(falling.warnings.find((w) => w.code === "wrong-direction")?.text).toBe("近年来呈下降趋势（年均下降2.6%），与“逐步提高”的方向相反。");
    const breached = say(small, obs("mgmt", { 2020: 92, 2021: 89.5, 2024: 94 }), "mgmt", "en");
    expect(breached.warnings.find((w) => w.code === "target-breached")?.text).toBe("It missed the every-year target (at least 90%) in 2021.");
    const stale = say(small, [...obs("mgmt", { 2020: 92, 2021: 93 }, "A"), ...obs("mgmt", { 2024: 95 })], "mgmt", "zh", "A");
    expect(stale.warnings.find((w) => w.code === "stale-data")?.text).toBe("最新数据为2021年，已有3年未更新。");
    const one = say(plan(screening), obs("x", { 2024: 50 }), "x", "en");
    expect(one.warnings.find((w) => w.code === "insufficient-data")?.text).toBe("There are too few years of data to tell a trend.");
  });
  it("small numbers: the indeterminate verdict and the note, in both languages", () => {
    const rate = ind("rate", { unit: { zh: "/10万", en: "per 100,000" }, higher_is_better: false, formula: { numerator: "deaths", denominator: "births", factor: 100000 }, targets: [{ kind: "at_most", value: 10.5, year: 2025 }] });
    const p = plan(rate, ind("deaths", { aggregate: "sum" }), ind("births", { aggregate: "sum" }));
    const data = [...obs("deaths", { 2022: 0, 2023: 0, 2024: 1 }, "A"), ...obs("births", { 2022: 2654, 2023: 2548, 2024: 2446 }, "A")];
    const zh = say(p, data, "rate", "zh", "A");
    expect(zh.verdicts).toEqual(["甲县rate所依据的事件很少（2022—2024年共1例），合并计算为13.08/10万，95%置信区间为0.33/10万至72.85/10万，统计上无法判定是否达到2025年目标（10.5/10万以下）。"]);
    expect(zh.warnings).toEqual([{ code: "small-numbers", text: "所依据的事件很少（1例），年度间自然波动大，不宜据此判断升降。" }]);
    const en = say(p, data, "rate", "en", "A");
    expect(en.verdicts[0]).toBe("rate in A County rests on very few events (1 in 2022–2024): pooled, it is 13.08 per 100,000, with a 95% interval of 0.33 per 100,000 to 72.85 per 100,000, so whether it meets the 2025 target (at most 10.5 per 100,000) cannot be told statistically.");
  });
  it("never shows a formula, a method name or a threshold name", () => {
    const s = say(plan(screening), obs("x", { 2020: 44.3, 2021: 45.1, 2022: 44.6, 2023: 45.8, 2024: 45.2 }), "x", "zh");
    for (const text of [...s.verdicts, ...s.warnings.map((w) => w.text)]) expect(text).not.toMatch(/R =|CAGR|Theil|Hampel|MAD|_|\bmax\(/);
  });
});
