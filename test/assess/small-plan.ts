/** A small inline plan and observation builder for assess tests. */
import type { Indicator, Plan } from "../../src/model/plan.js";
import type { Observation, Sex } from "../../src/model/observation.js";

const ind = (id: string, area: Indicator["area"], extra: Partial<Indicator>): Indicator => ({
  id, area, goal: 1, name: { zh: id, en: id }, unit: { zh: "%", en: "%" }, higher_is_better: true, targets: [], ...extra,
});

/** Two regions (city C listed before county A), two areas, six indicators covering the target kinds. */
export const plan: Plan = {
  id: "test", version: "1", title: { zh: "测试", en: "Test" }, period: { start: 2021, end: 2030 }, base_year: 2020, milestones: [2025, 2030], notes: [],
  regions: [
    { code: "C", name: { zh: "市", en: "City" }, level: "city" },
    { code: "A", name: { zh: "甲县", en: "A County" }, level: "county", parent: "C" },
  ],
  areas: [{ id: "health", number: 1, name: { zh: "健康", en: "Health" } }, { id: "decision", number: 4, name: { zh: "决策", en: "Decision" } }],
  goals: [],
  indicators: [
    ind("mmr", "health", { unit: { zh: "/10万", en: "per 100,000" }, higher_is_better: false, baseline: { year: 2020, value: 7.35 }, targets: [{ kind: "at_most", value: 10.5, year: 2025 }, { kind: "at_most", value: 10, year: 2030 }] }),
    ind("mgmt", "health", { bounds: { min: 0, max: 100 }, targets: [{ kind: "at_least", value: 90, year: null }] }),
    ind("screen", "health", { targets: [{ kind: "increase", year: 2030 }] }),
    ind("nutri", "health", { targets: [{ kind: "relative", year: 2025, baseline_year: 2019, pct: 10 }] }),
    ind("members", "decision", { targets: [] }),
    ind("delegates", "decision", { targets: [{ kind: "compare", ref: "members", op: "ge", year: null }] }),
  ],
};

/** Observations of one indicator and region from a year → value record. */
export function obs(indicator: string, values: Record<number, number>, region = "C", sex?: Sex): Observation[] {
  return Object.entries(values).map(([y, value], i) => ({ indicator, region, year: Number(y), value, ...(sex ? { sex } : {}), source: { file: "t.csv", row: i + 2 } }));
}
