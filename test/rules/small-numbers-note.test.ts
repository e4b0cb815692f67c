// The small-numbers note: what it says about an unstable basis, in both languages, and its data fields.
import { describe, expect, it } from "vitest";
import { smallNumbers } from "../../src/rules/small-numbers.js";
import type { Basis } from "../../src/model/report.js";

const pooled: Basis = { events: 1, denominator: 7648, unstable: true, value: 13.0753, ci: { low: 0.33104, high: 72.851, level: 0.95, method: "garwood" }, pooled: { from: 2022, to: 2024 } };
const share: Basis = { events: 3, denominator: 20, unstable: true, value: 15, ci: { low: 5.236, high: 36.04, level: 0.9, method: "wilson" } };

describe("smallNumbers", () => {
  it("says nothing for a stable basis or one without an interval", () => {
    expect(smallNumbers({ ...pooled, unstable: false }, "/10万", "zh")).toBeNull();
    const { ci: _, ...noCi } = pooled;
    expect(smallNumbers(noCi, "/10万", "zh")).toBeNull();
  });
  it("a pooled rate: the window, events, denominator, the Garwood 95% interval in the unit", () => {
    const w = smallNumbers(pooled, "per 100,000", "en");
    expect(w).toEqual({
      code: "small-numbers",
      message: "Too few events to be stable: pooled 2022–2024, 1 events (denominator 7648), exact Poisson (Garwood) 95% interval 0.33–72.85 per 100,000; no expected-to-miss, strong-fluctuation or wrong-direction warning is raised from it",
      data: { events: 1, denominator: 7648, ci_low: 0.33104, ci_high: 72.851, pooled_from: 2022, pooled_to: 2024 },
    });
    expect(smallNumbers(pooled, "/10万", "zh")?.message).toBe("事件数少，统计上不稳定：2022—2024 年合并计算，1 例（分母 7648），精确泊松（Garwood）95%置信区间 0.33—72.85 /10万；不据此发出预计达标困难、波动较大或走势相反的预警");
  });
  it("a single-year share: Wilson at its own level (90%), % written without a space, no pooling fields", () => {
    const w = smallNumbers(share, "%", "en");
    expect(w?.message).toBe("Too few events to be stable: 3 events (denominator 20), Wilson 90% interval 5.24–36.04%; no expected-to-miss, strong-fluctuation or wrong-direction warning is raised from it");
    expect(w?.data).toEqual({ events: 3, denominator: 20, ci_low: 5.236, ci_high: 36.04, pooled_from: null, pooled_to: null });
  });
  it("a basis without counts shows 0 and gives null data", () => {
    const { events: _e, denominator: _d, ...bare } = share;
    const w = smallNumbers(bare, "%", "en");
    expect(w?.message).toContain("0 events (denominator 0)");
    expect(w?.data).toMatchObject({ events: null, denominator: null });
  });
});
