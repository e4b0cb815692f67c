import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import { assessMessages } from "../../src/assess/messages.js";
import { explainMessages } from "../../src/assess/explain-messages.js";
import type { MethodId } from "../../src/model/report.js";
import { obs, plan } from "./small-plan.js";

describe("assessment catalogs", () => {
  it.each([["assess", assessMessages], ["explain", explainMessages]] as const)("%s: zh and en have the same keys", (_name, cat) => {
    expect(Object.keys(cat.en).sort()).toEqual(Object.keys(cat.zh).sort());
  });

  it("every step label and reason the core emits has a text in both languages", () => {
    const data = [
      ...obs("mmr", { 2021: 8, 2022: 9, 2023: 9.8, 2024: 10.6 }),
      ...obs("mgmt", { 2020: 92, 2021: 89.5, 2024: 94 }), ...obs("mgmt", { 2024: 80 }, "A"),
      ...obs("screen", { 2020: 40, 2021: 42, 2022: 44, 2023: 46, 2024: 45 }), ...obs("screen", { 2020: 40, 2024: 36 }, "A"),
      ...obs("nutri", { 2019: 60, 2024: 65 }), ...obs("nutri", { 2020: 60 }, "A"),
      ...obs("delegates", { 2022: 30, 2024: 31 }), ...obs("members", { 2022: 28 }),
    ];
    const labels = new Set<string>(), reasons = new Set<string>();
    for (const method of ["eurostat", "sdsn", "unsd", "weather"] as MethodId[]) {
      for (const r of assess(plan, data, { method }).results) {
        for (const t of r.targets) {
          for (const s of t.steps ?? []) labels.add(s.label);
          if (t.reason) reasons.add(t.reason);
        }
      }
    }
    expect(labels.size).toBeGreaterThan(20);
    for (const lang of ["zh", "en"] as const) {
      for (const l of labels) expect(explainMessages[lang], l).toHaveProperty([`step-${l}`]);
      for (const r of reasons) expect(assessMessages[lang], r).toHaveProperty([`reason-${r}`]);
    }
  });
});
