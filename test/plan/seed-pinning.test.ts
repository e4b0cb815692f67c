// Pins plan/huludao-women/v1.yaml to the seed text: goal counts, verbatim goal texts, regions,
// and every numeric target (value, kind, year) read from the seed independently of the YAML.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import type { Plan, Target } from "../../src/model/plan.js";

const SEED = "../shared/seed/huludao-women-development-plan-2021-2030.md";
const seedPath = new URL(`../../${SEED}`, import.meta.url);
const seed = (() => {
  try {
    return readFileSync(seedPath, "utf8");
  } catch {
    return undefined;
  }
})();

function bundled(): Plan {
  const { plan, diagnostics } = loadPlan(undefined, "zh");
  expect(diagnostics).toEqual([]);
  return plan!;
}

type Row = [area: string, goal: number, kind: Target["kind"], value: number, year: number | null, extra?: { baseline_year: number }];

// Read from the seed's 主要目标 by hand. 以上/以下 include the number (民法典 1259), so 以上 → at_least, 以下 → at_most.
// A target without a year is by 2030; 保持/稳定在 → every year (null).
const NUMERIC_TARGETS: Row[] = [
  ["health", 2, "at_most", 10.5, 2025], // 到 2025 年控制在 10.5/10 万以下
  ["health", 2, "at_most", 10, 2030], // 到 2030 年控制在 10/10 万以下
  ["health", 2, "at_least", 90, null], // 孕产妇系统管理率保持在 90%以上
  ["health", 3, "at_least", 90, 2030], // 防治知识知晓率达到 90%以上
  ["health", 3, "at_least", 70, 2030], // 宫颈癌人群筛查率达到 70%以上
  ["health", 3, "at_least", 90, 2030], // 宫颈癌患者早诊率达到 90%以上
  ["health", 5, "at_least", 98, 2030], // 艾滋病检测率 98%以上
  ["health", 5, "at_least", 98, 2030], // 梅毒检测率
  ["health", 5, "at_least", 98, 2030], // 乙肝检测率
  ["health", 5, "at_least", 95, 2030], // 艾滋病孕产妇感染者治疗率 95%以上
  ["health", 5, "at_least", 95, 2030], // 梅毒孕产妇感染者治疗率
  ["health", 5, "at_most", 2, 2030], // 艾滋病母婴传播率下降到 2%以下
  ["health", 6, "relative", 10, 2025, { baseline_year: 2019 }], // 2025 年在 2019 年基础上提高 10%
  ["health", 6, "relative", 10, 2030, { baseline_year: 2022 }], // 2030 年在 2022 年基础上提高 10%
  ["health", 7, "at_most", 10, 2030], // 孕妇贫血率控制在 10%以下
  ["health", 8, "at_least", 30, 2030], // 到 2030 年健康素养水平达到 30%以上
  ["health", 9, "at_least", 30, 2030], // 到 2030 年心理健康素养水平提升至 30%
  ["health", 10, "at_least", 48, 2030], // 经常参加体育锻炼的人数比例达到 48% 以上
  ["health", 10, "at_least", 92.17, 2030], // 合格以上人数比例不少于 92.17%
  ["education", 4, "around", 50, null], // 在园男童女童比例保持均衡 (reading: girls' share around 50)
  ["education", 5, "at_least", 97, null], // 九年义务教育巩固率保持在 97%以上
  ["education", 6, "around", 95, null], // 高中阶段教育毛入学率保持在 95%左右
  ["economy", 2, "around", 45, null], // 就业人员中的女性比例保持在45%左右
  ["economy", 3, "around", 40, 2030], // 城镇单位就业人员中的女性比例达到40%左右
  ["economy", 4, "at_least", 40, 2030], // 高级专业技术人员中的女性比例达到40%以上
  ["decision", 4, "at_least", 100, null], // 党委领导班子至少配备 1 名女干部 (reading: share of teams)
  ["decision", 4, "at_least", 100, null], // 政府领导班子至少配备 1 名女干部
  ["decision", 5, "at_least", 1, null], // 县(市)区党政正职中女干部至少配备 1 名
  ["decision", 6, "at_least", 50, null], // 1/2 以上的领导班子配备女干部
  ["decision", 9, "at_least", 30, null], // 村委会成员中女性比例保持在 30%以上
  ["decision", 10, "around", 50, null], // 社区居委会成员中女性比例保持在 50%左右
  ["decision", 10, "at_least", 40, 2030], // 社区居委会主任中女性比例达到 40%以上
  ["social_security", 3, "at_least", 95, null], // 基本医疗保险参保率稳定在 95%以上
  ["social_security", 4, "at_least", 95, 2030], // 基本养老保险参保率提高到 95%以上
  ["social_security", 8, "at_least", 100, 2030], // 养老服务设施达标率 100%
  ["environment", 2, "at_least", 100, 2030], // 培训进党校实现县级以上全覆盖 (reading: 100%)
  ["environment", 6, "at_least", 88, 2025], // 农村自来水普及率到2025年达到88%
  ["environment", 6, "at_least", 90, 2030], // 到2030年达到90%
];

const key = (area: string, goal: number, kind: string, value: number, year: number | null, baseline?: number): string =>
  `${area}-${goal} ${kind} ${value} @${year ?? "every"}${baseline ? ` from ${baseline}` : ""}`;

describe("plan v1 pinned to the seed", () => {
  it("has every numbered goal of each area", () => {
    const plan = bundled();
    const counts: Record<string, number> = {};
    for (const g of plan.goals) counts[g.area] = (counts[g.area] ?? 0) + 1;
    expect(counts).toEqual({ health: 11, education: 10, economy: 8, decision: 11, social_security: 9, family: 11, environment: 9, law: 9 });
    for (const area of plan.areas) {
      const numbers = plan.goals.filter((g) => g.area === area.id).map((g) => g.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it.skipIf(!seed)("keeps each goal's text verbatim from the seed", () => {
    for (const g of bundled().goals) expect(seed, `${g.area}-${g.number}`).toContain(`${g.number}. ${g.text}`);
  });

  it("has exactly the seed's numeric targets, goal by goal", () => {
    const plan = bundled();
    const actual: string[] = [];
    for (const ind of plan.indicators)
      for (const t of ind.targets) {
        if (t.kind === "relative") actual.push(key(ind.area, ind.goal, t.kind, t.pct!, t.year, t.baseline_year));
        else if (t.value !== undefined) actual.push(key(ind.area, ind.goal, t.kind, t.value, t.year));
      }
    const expected = NUMERIC_TARGETS.map(([a, g, k, v, y, x]) => key(a, g, k, v, y, x?.baseline_year));
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("records the seed's 2020 baseline of maternal mortality and the compare targets", () => {
    const plan = bundled();
    const mmr = plan.indicators.find((i) => i.id === "maternal_mortality_ratio")!;
    expect(mmr.baseline).toMatchObject({ year: 2020, value: 7.35 });
    expect(mmr.higher_is_better).toBe(false);
    const compares = plan.indicators.flatMap((i) => i.targets.filter((t) => t.kind === "compare").map((t) => ({ from: i, t })));
    expect(compares.map(({ from, t }) => `${from.area}-${from.goal} ${t.op}`).sort()).toEqual(["decision-2 ge", "decision-8 approx"]);
    for (const { t } of compares) expect(plan.indicators.some((i) => i.id === t.ref)).toBe(true);
  });

  it("splits bundled measures into one indicator each (health-5 detection rates)", () => {
    const ids = bundled().indicators.filter((i) => i.area === "health" && i.goal === 5).map((i) => i.name.zh);
    for (const w of ["艾滋病检测率", "梅毒检测率", "乙肝检测率"]) expect(ids.some((n) => n.includes(w))).toBe(true);
  });

  it("lists the city and its six county-level divisions with their codes", () => {
    const regions = bundled().regions.map((r) => `${r.code} ${r.name.zh} ${r.level}`);
    expect(regions).toEqual([
      "211400 葫芦岛市 city",
      "211402 连山区 county",
      "211403 龙港区 county",
      "211404 南票区 county",
      "211421 绥中县 county",
      "211422 建昌县 county",
      "211481 兴城市 county",
    ]);
  });

  it("gives percentages 0–100 bounds, except the documented ratios that can exceed 100 or go negative", () => {
    const plan = bundled();
    for (const i of plan.indicators) expect(i.name.zh && i.name.en && i.unit.zh && i.unit.en, i.id).toBeTruthy();
    const unbounded = plan.indicators.filter((i) => i.unit.zh === "%" && i.bounds?.max === undefined).map((i) => i.id);
    // A gross enrolment rate and a female-to-male income ratio can exceed 100; a growth rate can be negative.
    expect(unbounded.sort()).toEqual(["female_obesity_growth_rate", "female_to_male_income_ratio", "high_school_gross_enrollment_rate"]);
    for (const i of plan.indicators.filter((x) => x.unit.zh === "%" && !unbounded.includes(x.id))) expect(i.bounds, i.id).toEqual({ min: 0, max: 100 });
  });
});
