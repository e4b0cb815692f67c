import { describe, expect, it } from "vitest";
import { bandRows, chartData, quantile, regionColors, BAND_COLORS, CITY_WIDTH, COUNTY_WIDTH, LINE_LIMIT, PALETTE, type ChartData } from "../../src/charts/chart-data.js";
import { legendEntries, renderCharts } from "../../src/charts/render-charts.js";
import type { Plan, Region } from "../../src/model/plan.js";
import type { IndicatorResult, Report } from "../../src/model/report.js";
import { bundledPlan, fixture } from "../helpers/report-fixture.js";

/** The bundled plan with its city and n − 1 made-up counties; each region's values rise by 1 a year from a base of its number. */
function scope(n: number, values: (k: number, year: number) => number = (k, year) => k + (year - 2020)): { plan: Plan; report: Report } {
  const plan = bundledPlan();
  const city = plan.regions[0]!;
  const counties: Region[] = Array.from({ length: n - 1 }, (_, i) => ({ code: `C${i + 1}`, name: { zh: `县${i + 1}`, en: `County ${i + 1}` }, level: "county", parent: city.code }));
  plan.regions = [city, ...counties];
  const { report: base } = fixture();
  const template = base.results.find((r) => r.indicator === "maternal_mortality_ratio")!;
  const results: IndicatorResult[] = plan.regions.map((r, k) => ({ ...template, region: r.code, series: [2020, 2021, 2022].map((year) => ({ year, value: values(k, year) })) }));
  return { plan, report: { ...base, results } };
}

const ind = (plan: Plan) => plan.indicators.find((i) => i.id === "maternal_mortality_ratio")!;

/** The stroke of every line the spec draws, by region name: from the chart's own data, through its colour scale. */
function strokeOf(d: ChartData, name: string): string {
  return d.colors.range[d.colors.domain.indexOf(name)]!;
}

describe("colours by region name", () => {
  it("maps each region name to one colour with an explicit domain and range, and the legend shows that colour", () => {
    const { plan, report } = fixture();
    const d = chartData(plan, ind(plan), report.results.filter((r) => r.indicator === "maternal_mortality_ratio"), { lang: "zh" })!;
    expect(d.colors.domain).toEqual(plan.regions.map((r) => r.name.zh));
    expect(d.colors.range).toEqual(PALETTE.slice(0, 7));
    for (const row of d.series) expect(row.color).toBe(strokeOf(d, row.name));
    const legend = legendEntries(d, "zh");
    expect(legend.map((e) => [e.label, e.color])).toEqual(d.colors.domain.map((name, i) => [name, d.colors.range[i]]));
    expect(legend[0]!.width).toBe(CITY_WIDTH);
    expect(legend[1]!.width).toBe(COUNTY_WIDTH);
  });

  it("draws each line in the SVG with exactly its legend colour, also for 10 regions (no colour used twice)", async () => {
    const { plan, report } = scope(LINE_LIMIT);
    const set = await renderCharts(report, plan, { lang: "en", fonts: {}, png: false });
    const svg = set.charts[0]!.svg;
    const d = chartData(plan, ind(plan), report.results, { lang: "en" })!;
    expect(new Set(d.colors.range).size).toBe(LINE_LIMIT);
    // each line is a path with the line's stroke and width; the legend row has a line of the same colour next to the name
    const lineStrokes = [...svg.matchAll(/<path[^>]*stroke="(#[0-9a-f]{6})"[^>]*stroke-width="(3\.2|1\.6)"/g)].map((m) => m[1]);
    expect(new Set(lineStrokes)).toEqual(new Set(d.colors.range));
    // and each region's line (its path is labelled with the region's name) has that region's colour
    for (const [i, name] of d.colors.domain.entries()) expect(svg).toMatch(new RegExp(`<path aria-label="${name}" d="[^"]*" stroke="${d.colors.range[i]}"`));
    for (const [i, name] of d.colors.domain.entries()) {
      const row = new RegExp(`<line[^>]*stroke="${d.colors.range[i]}"[^>]*/><circle[^>]*/><text[^>]*>${name}</text>`);
      expect(svg).toMatch(row);
    }
  });

  it("keeps a region's colour from chart to chart when a chart lacks some regions", () => {
    const { plan, report } = scope(5);
    const colors = regionColors(plan, report.results.map((r) => r.region))!;
    const partial = report.results.filter((r) => r.region !== "C1");
    const d = chartData(plan, ind(plan), partial, { lang: "en", colors })!;
    expect(d.colors.domain).toEqual(["Huludao City", "County 2", "County 3", "County 4"]);
    expect(d.colors.range).toEqual([PALETTE[0], PALETTE[2], PALETTE[3], PALETTE[4]]);
  });

  it("has no line colours past LINE_LIMIT regions (no colour by position modulo 10)", () => {
    const { plan } = scope(LINE_LIMIT + 1);
    expect(regionColors(plan, plan.regions.map((r) => r.code))).toBeUndefined();
    expect(regionColors(plan, plan.regions.slice(0, LINE_LIMIT).map((r) => r.code))!.size).toBe(LINE_LIMIT);
  });
});

describe("past LINE_LIMIT regions: the band design", () => {
  it("chooses lines for 10 regions and the band for 11", () => {
    const ten = scope(10), eleven = scope(11);
    expect(chartData(ten.plan, ind(ten.plan), ten.report.results)!.design).toBe("lines");
    const d = chartData(eleven.plan, ind(eleven.plan), eleven.report.results, { lang: "en" })!;
    expect(d.design).toBe("band");
    expect(d.regions).toBe(11);
  });

  it("computes quantiles by linear interpolation, arithmetic written out", () => {
    // [1, 2, 4, 10]: p25 → h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75; p75 → h = 3·0.75 = 2.25 → 4 + 0.25·(10 − 4) = 5.5
    expect(quantile([1, 2, 4, 10], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 4, 10], 0.75)).toBe(5.5);
    // [3, 5, 9]: p25 → h = 0.5 → 3 + 0.5·2 = 4; p75 → h = 1.5 → 5 + 0.5·4 = 7
    expect(quantile([3, 5, 9], 0.25)).toBe(4);
    expect(quantile([3, 5, 9], 0.75)).toBe(7);
    expect(quantile([8], 0.25)).toBe(8);
    expect(quantile([], 0.5)).toBeNaN();
    // rows in any order, grouped by year and sorted
    expect(bandRows([{ year: 2021, value: 10 }, { year: 2020, value: 4 }, { year: 2021, value: 1 }, { year: 2021, value: 4 }, { year: 2021, value: 2 }])).toEqual([
      { year: 2020, min: 4, p25: 4, p75: 4, max: 4 },
      { year: 2021, min: 1, p25: 1.75, p75: 5.5, max: 10 },
    ]);
  });

  it("draws the city's line, the counties' band and names the highest and lowest county of the latest year", () => {
    // 30 regions: the city (k = 0) and counties k = 1…29 with value k + (year − 2020); county 7 is lowered to −5 in 2022
    const { plan, report } = scope(30, (k, year) => (k === 7 && year === 2022 ? -5 : k + (year - 2020)));
    const d = chartData(plan, ind(plan), report.results, { lang: "en" })!;
    expect(d.design).toBe("band");
    // 2022 (the latest year): counties' values are k + 2 for k = 1…29 except county 7 at −5:
    // sorted −5, 3, 4, 5, 6, 7, 8, 10, 11, …, 31 (29 values); p25: h = 28·0.25 = 7 → the 8th value = 10; p75: h = 21 → the 22nd value = 24
    expect(d.band.find((b) => b.year === 2022)).toEqual({ year: 2022, min: -5, p25: 10, p75: 24, max: 31 });
    // 2020: 1…29; p25: h = 7 → 8; p75: h = 21 → 22
    expect(d.band.find((b) => b.year === 2020)).toEqual({ year: 2020, min: 1, p25: 8, p75: 22, max: 29 });
    expect(d.lines).toEqual([
      { name: "Huludao City", color: BAND_COLORS.top, width: CITY_WIDTH, role: "top" },
      { name: "County 29", color: BAND_COLORS.high, width: COUNTY_WIDTH, role: "highest", year: 2022 },
      { name: "County 7", color: BAND_COLORS.low, width: COUNTY_WIDTH, role: "lowest", year: 2022 },
    ]);
    // only those three are drawn as lines (3 years each), each in its legend colour
    expect(d.series).toHaveLength(9);
    for (const row of d.series) expect(row.color).toBe(strokeOf(d, row.name));
    expect(legendEntries(d, "en").map((e) => [e.label, e.color, e.fill])).toEqual([
      ["Huludao City", BAND_COLORS.top, undefined],
      ["Highest (2022): County 29", BAND_COLORS.high, undefined],
      ["Lowest (2022): County 7", BAND_COLORS.low, undefined],
      ["Other 29 regions: middle half (p25–p75)", BAND_COLORS.fill, 0.28],
      ["Other 29 regions: min–max", BAND_COLORS.fill, 0.12],
    ]);
    expect(legendEntries(d, "zh")[1]!.label).toBe("最高（2022年）：County 29");
  });

  it("renders a 100-region chart as a PNG with the band in the picture", async () => {
    const { plan, report } = scope(100);
    const set = await renderCharts(report, plan, { lang: "en", fonts: {}, png: true, zoom: 1 });
    const c = set.charts[0]!;
    expect(c.png!.subarray(1, 4).toString()).toBe("PNG");
    expect([c.png!.readUInt32BE(16), c.png!.readUInt32BE(20)]).toEqual([c.width, c.height]);
    // both bands are area paths in the band colour: min–max lighter, p25–p75 darker
    expect(c.svg).toMatch(/aria-label="year: 2020; min: 1; max: 99"[^>]*fill="#1f3b73" opacity="0\.12"/);
    expect(c.svg).toMatch(/aria-label="year: 2020; p25: 25\.5; p75: 74\.5"[^>]*fill="#1f3b73" opacity="0\.28"/);
  });
});
