import { describe, expect, it } from "vitest";
import { gammaP, gammaQuantile, normalQuantile, poissonInterval, wilsonInterval } from "../../src/trend/intervals.js";

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

// Reference values below: mpmath gammainc(a, 0, x, regularized=True) at 30 digits; scipy.stats.gamma.ppf.
describe("the incomplete gamma function and its quantile, on both sides of each method switch", () => {
  it("0 events have a lower bound of exactly 0", () => {
    expect(poissonInterval(0).low).toBe(0);
    expect(poissonInterval(0, 0.9).low).toBe(0);
  });
  it("P(a, x) for a shape below 0.5 (ln Γ by reflection): P(0.25, 1) = 0.932078867989891, P(0.25, 0.1) = 0.608338845728966, P(0.1, 0.5) = 0.941402445890134", () => {
    expect(gammaP(0.25, 1)).toBeCloseTo(0.932078867989891, 12);
    expect(gammaP(0.25, 0.1)).toBeCloseTo(0.608338845728966, 12);
    expect(gammaP(0.1, 0.5)).toBeCloseTo(0.941402445890134, 12);
    // x = 3 ≥ a + 1 = 1.3: the continued fraction, with the reflected ln Γ(0.3)
    expect(gammaP(0.3, 3)).toBeCloseTo(0.993509627300902, 12);
  });
  it("P(a, x) just below and at or above a + 1 (series, then continued fraction)", () => {
    expect(gammaP(50, 49)).toBeCloseTo(0.462104393600940, 12);
    expect(gammaP(50, 52)).toBeCloseTo(0.627850298426132, 12);
    expect(gammaP(20, 20.5)).toBeCloseTo(0.573524701420564, 12);
    expect(gammaP(20, 21)).toBeCloseTo(0.615737227735658, 12);
    expect(gammaP(0.5, 2)).toBeCloseTo(0.954499736103642, 12);
  });
  it("P(a, x) far in the tail is 1 (the series would overflow there), and 0 at or below 0", () => {
    expect(gammaP(1, 800)).toBe(1);
    expect(gammaP(2, 50)).toBeCloseTo(1, 15);
    expect(gammaP(1, 0)).toBe(0);
    expect(gammaP(1, -1)).toBe(0);
  });
  it("the gamma quantile to ~1e-12 of its size: Q(1e-6; 3) = 0.018254282963279, Q(0.5; 1000) = 999.666686426965, Q(0.999999; 1) = 13.815510557935518", () => {
    expect(gammaQuantile(1e-6, 3)).toBeCloseTo(0.018254282963279297, 11);
    expect(gammaQuantile(0.5, 1000)).toBeCloseTo(999.6666864269652, 8);
    // P(1, x) = 1 − e^(−x): the quantile is −ln(1 − p) = −ln(1e-6) (P this close to 1 holds ~1e-10 of it)
    expect(gammaQuantile(0.999999, 1)).toBeCloseTo(13.815510557935518, 9);
    expect(gammaQuantile(0.025, 1)).toBeCloseTo(0.025317807984289876, 12);
  });

  it("gives the same quantiles when asked again, also after more than 10,000 different ones were asked", () => {
    // P(a = 1, x) = 1 − e^(−x), so the p-quantile of shape 1 is −ln(1 − p)
    const first = gammaQuantile(0.975, 1);
    expect(first).toBeCloseTo(-Math.log(0.025), 11);
    for (let k = 1; k <= 10_001; k++) gammaQuantile(0.5, k / 100);
    expect(gammaQuantile(0.975, 1)).toBe(first);
    expect(gammaQuantile(0.5, 1)).toBeCloseTo(Math.log(2), 11);
  });
});
