import { describe, expect, it } from "vitest";
import { gammaP, normalQuantile, poissonInterval, wilsonInterval } from "../../src/trend/intervals.js";

describe("Garwood exact Poisson interval (published table values, 95%)", () => {
  it.each([
    // k: lower = χ²(0.025, 2k)/2, upper = χ²(0.975, 2k + 2)/2
    [0, 0, 3.68888],
    [1, 0.025318, 5.57164],
    [2, 0.242209, 7.22470],
    [10, 4.79539, 18.39036],
    [20, 12.21652, 30.88838],
  ])("k = %i → [%f, %f]", (k, low, high) => {
    const ci = poissonInterval(k);
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
    expect(ci).toMatchObject({ level: 0.95, method: "garwood" });
  });
  it("one maternal death in 2,446 live births: 1.04 to 227.8 per 100,000", () => {
    const ci = poissonInterval(1);
    expect((ci.low / 2446) * 1e5).toBeCloseTo(1.035, 2);
    expect((ci.high / 2446) * 1e5).toBeCloseTo(227.79, 1);
  });
  it("a 90% interval is narrower than the 95% one", () => {
    const ninety = poissonInterval(5, 0.9), ninetyFive = poissonInterval(5);
    expect(ninety.low).toBeGreaterThan(ninetyFive.low);
    expect(ninety.high).toBeLessThan(ninetyFive.high);
  });
});

describe("Wilson score interval", () => {
  it("5 of 20 (25%): 11.19% to 46.87%", () => {
    const ci = wilsonInterval(5, 20);
    expect(ci.low).toBeCloseTo(0.11186, 4);
    expect(ci.high).toBeCloseTo(0.46870, 4);
    expect(ci.method).toBe("wilson");
  });
  it("0 of 10 starts at 0 and 10 of 10 ends at 1", () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBeCloseTo(1, 12);
    // 0 of 10: upper z²/(n + z²) = 3.8415 / 13.8415 = 0.27753
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.27753, 4);
  });
});

describe("numbers behind them", () => {
  it("the normal quantile: z(0.975) = 1.959964, z(0.5) = 0, symmetric tails", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
  });
  it("P(1, x) = 1 − e^(−x) on both sides of a + 1", () => {
    expect(gammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(gammaP(1, 5)).toBeCloseTo(1 - Math.exp(-5), 12);
    expect(gammaP(3, 0)).toBe(0);
  });
});
