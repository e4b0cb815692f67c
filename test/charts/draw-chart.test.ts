import { describe, expect, it } from "vitest";
import { linearTicks, niceDomain, tickFormat, tickStep } from "../../src/charts/chart-scale.js";
import { drawChart, valueAxis, yearScale, yearTicks } from "../../src/charts/draw-chart.js";
import { svgParts } from "../../src/charts/chart-svg.js";
import { BAND_COLORS, PLOT_HEIGHT, PLOT_WIDTH, type ChartData } from "../../src/charts/chart-data.js";

/** A chart with the given series rows (one line "a" unless `line` is given), and optionally band, targets and markers. */
function chart(rows: { year: number; value: number; line?: string; dash?: number[] }[], over: Partial<ChartData> = {}): ChartData {
  return {
    design: "lines",
    series: rows.map((r) => ({ year: r.year, value: r.value, name: `R${r.line ?? "a"}`, color: r.line === "b" ? "#e15759" : "#1f3b73", line: r.line ?? "a", width: r.line === "b" ? 1.6 : 3.2, dash: r.dash ?? [1, 0] })),
    band: [],
    colors: { domain: ["Ra"], range: ["#1f3b73"] },
    lines: [{ name: "Ra", color: "#1f3b73", width: 3.2, role: "region" }],
    targets: [],
    markers: [],
    regions: 1,
    ...over,
  };
}

const attr = (svg: string, re: RegExp): string[] => [...svg.matchAll(re)].map((m) => m[1]!);
/** The plot's offset in the document (the margins left and above it). */
const origin = (svg: string): [number, number] => /<g transform="translate\((\d+),(\d+)\)"/.exec(svg)!.slice(1, 3).map(Number) as [number, number];
const yLabels = (svg: string) => attr(svg, /<text x="-7" y="[^"]*" text-anchor="end">([^<]*)<\/text>/g);
const xLabels = (svg: string) => attr(svg, /<text x="[^"]*" y="226.5" text-anchor="middle">([^<]*)<\/text>/g);
const circles = (svg: string) => [...svg.matchAll(/<circle cx="([^"]*)" cy="([^"]*)" r="([^"]*)" fill="([^"]*)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]), r: Number(m[3]), fill: m[4] }));

describe("value axis arithmetic (d3's ticks, as vega drew them)", () => {
  it("widens 47.2..63.9 to 46..64 and ticks it every 2", () => {
    // nice (count 10): (63.9 − 47.2) / 10 = 1.67 → 10^0 × 1.67, ≥ √2 → step 2 → floor(47.2/2)·2 = 46, ceil(63.9/2)·2 = 64; again 18/10 = 1.8 → 2: stable
    expect(niceDomain(47.2, 63.9)).toEqual([46, 64]);
    // ticks (count 6): 18 / 6 = 3 → < √10 → step 2 → 46, 48, …, 64
    expect(tickStep(46, 64, 6)).toBe(2);
    expect(linearTicks(46, 64, 6)).toEqual([46, 48, 50, 52, 54, 56, 58, 60, 62, 64]);
    // y of 50 = 210 − (50 − 46) / (64 − 46) · 210 = 210 − 46.67 = 163.33 → its grid line on the pixel row 163.5
    const axis = valueAxis(47.2, 63.9);
    expect(axis.domain).toEqual([46, 64]);
    const svg = drawChart(chart([{ year: 2020, value: 47.2 }, { year: 2024, value: 63.9 }]), "sans-serif");
    expect(svg).toContain("M0,163.5H430");
    expect(yLabels(svg)).toEqual(["46", "48", "50", "52", "54", "56", "58", "60", "62", "64"]);
    // the point 47.2: 210 − 1.2/18 · 210 = 196; 63.9: 210 − 17.9/18 · 210 = 1.17
    expect(circles(svg).map((c) => c.cy)).toEqual([196, 1.17]);
  });

  it("keeps the nice domain's top without a tick when the tick step does not reach it (0..125 → 0..130, ticks every 20)", () => {
    // nice: 125/10 = 12.5 → step 10 → 0..130; ticks: 130/6 = 21.7 → 10^1 × 2.17 → step 20 → 0, 20, …, 120 (the sample's maternal mortality chart)
    expect(niceDomain(0, 125)).toEqual([0, 130]);
    expect(linearTicks(0, 130, 6)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });

  it("prints every label with the step's decimals, thousands grouped, negatives with U+2212", () => {
    // 3.05..5.17: nice step 0.2 → 3.0..5.2; tick step 2.2/6 = 0.367 → 0.5 → one decimal
    expect(niceDomain(3.05, 5.17)).toEqual([3, 5.2]);
    expect(linearTicks(3, 5.2, 6).map(tickFormat(3, 5.2, 6))).toEqual(["3.0", "3.5", "4.0", "4.5", "5.0"]);
    // 0..1234: nice step 100 → 0..1300; tick step 1300/6 = 216.7 → 200
    expect(niceDomain(0, 1234)).toEqual([0, 1300]);
    expect(linearTicks(0, 1300, 6).map(tickFormat(0, 1300, 6))).toEqual(["0", "200", "400", "600", "800", "1,000", "1,200"]);
    // small steps: 0..0.12 → step 0.02 → two decimals
    expect(linearTicks(0, 0.12, 6).map(tickFormat(0, 0.12, 6))).toEqual(["0.00", "0.02", "0.04", "0.06", "0.08", "0.10", "0.12"]);
    expect(tickFormat(-1, 1, 6)(-0.0001)).toBe("0.0");
  });

  it("draws negative values: −3.2..1.5 → −3.5..1.5, ticks every 1, zero at y 63", () => {
    // nice: 4.7/10 = 0.47 → 10^−1 × 4.7, ≥ √10 → step 0.5 → −3.5..1.5; ticks: 5/6 = 0.83 → 10^−1 × 8.3, ≥ √50 → step 1
    expect(niceDomain(-3.2, 1.5)).toEqual([-3.5, 1.5]);
    const svg = drawChart(chart([{ year: 2020, value: -3.2 }, { year: 2021, value: 0 }, { year: 2022, value: 1.5 }]), "sans-serif");
    expect(yLabels(svg)).toEqual(["\u22123", "\u22122", "\u22121", "0", "1"]);
    // y of 0 = 210 − (0 + 3.5)/5 · 210 = 63; y of −3.2 = 210 − 0.3/5 · 210 = 197.4; y of 1.5 = 0
    expect(circles(svg).map((c) => c.cy)).toEqual([197.4, 63, 0]);
  });
});

describe("year axis", () => {
  it("puts 2020–2024 14 px inside both ends of the plot, a tick each year", () => {
    // 430 − 2·14 = 402 px for 4 years: 100.5 px a year
    const x = yearScale(2020, 2024);
    expect([x(2020), x(2022), x(2024)]).toEqual([14, 215, 416]);
    expect(yearTicks(2020, 2024)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const svg = drawChart(chart([2020, 2021, 2022, 2023, 2024].map((year) => ({ year, value: year - 2000 }))), "sans-serif");
    expect(xLabels(svg)).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(circles(svg).map((c) => c.cx)).toEqual([14, 114.5, 215, 315.5, 416]);
    // vertical grid lines on the pixel columns of the ticks (round(x) + 0.5; 114.5 rounds up)
    for (const col of [14.5, 115.5, 215.5, 316.5, 416.5]) expect(svg).toContain(`M${col},0V210`);
  });

  it("never ticks half years: 2020–2021 has two ticks", () => {
    // padded domain 2019.965..2021.035: 2 ticks → step 0.5 < 1, so 1 tick's step: 1.07 → 1
    expect(yearTicks(2020, 2021)).toEqual([2020, 2021]);
  });

  it("thins long spans to steps of 2, 5, 10", () => {
    // 2015–2030 padded: 15 · 430/402 = 16.04 years for at most ⌈430/40⌉ = 11 ticks: 16.04/11 = 1.46 → step 2
    expect(yearTicks(2015, 2030)).toEqual([2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    // 2016–2030: 14.98/11 = 1.36 → step 1, but a year is 402/14 = 28.7 px, less than a label (4 · 0.6 · 11 = 26.4 px) + 4 → step 2
    expect(yearTicks(2016, 2030)).toEqual([2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
    // 1990–2030: 42.8/11 = 3.9 → step 5
    expect(yearTicks(1990, 2030)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]);
  });
});

describe("drawChart", () => {
  it("is a standalone SVG document whose plot is PLOT_WIDTH × PLOT_HEIGHT, the left margin sized to the widest value label", () => {
    const svg = drawChart(chart([{ year: 2020, value: 0 }, { year: 2024, value: 1234 }]), "sans-serif");
    const parts = svgParts(svg);
    // labels up to "1,200": 5 · 0.6 · 11 = 33 px + 5 px tick + 2 px gap = 40 → left = 4 + 40 = 44; right = 12; plot 430
    expect(origin(svg)).toEqual([44, 8]);
    expect(parts.width).toBe(44 + PLOT_WIDTH + 12);
    // below the plot: tick 5 + gap 2 + 11 px labels + 4 padding = 22
    expect(parts.height).toBe(8 + PLOT_HEIGHT + 22);
    expect(svg).toContain(`<path d="M0.5,0.5h${PLOT_WIDTH}v${PLOT_HEIGHT}h-${PLOT_WIDTH}Z" stroke="#d0d0d0"/>`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"><rect width="\d+" height="\d+" fill="white"\/>/);
    expect(drawChart(chart([{ year: 2020, value: 0 }, { year: 2024, value: 1234 }]), "sans-serif")).toBe(svg);
  });

  it("draws a single point in the middle, with one year tick and a widened value axis", () => {
    // one year: x = 430/2 = 215; one value 5: widened by a tenth to 4.5..5.5 (nice keeps it), ticks 5.5−4.5 = 1 → 1/6 → step 0.2
    const svg = drawChart(chart([{ year: 2022, value: 5 }]), "sans-serif");
    expect(xLabels(svg)).toEqual(["2022"]);
    expect(yLabels(svg)).toEqual(["4.6", "4.8", "5.0", "5.2", "5.4"]);
    // y of 5 = 210 − 0.5 · 210 = 105; the circle's area is 30 px² in its square box: r = √30 / 2 = 2.74
    expect(circles(svg)).toEqual([{ cx: 215, cy: 105, r: 2.74, fill: "#1f3b73" }]);
    // 0 alone is widened to 0..1, not below 0
    expect(valueAxis(0, 0).domain).toEqual([0, 1]);
    expect(valueAxis(-4, -4).domain).toEqual([-4.4, -3.6]);
  });

  it("puts a value equal to the target on the target's dashed rule; dated targets get a diamond and a label up left", () => {
    const d = chart([{ year: 2020, value: 80 }, { year: 2022, value: 90 }, { year: 2024, value: 100 }], {
      targets: [{ value: 90, label: "≥ 90", dated: false }, { value: 95, label: "≥ 95", dated: true }],
      markers: [{ year: 2025, value: 95, label: "≥ 95" }],
    });
    const svg = drawChart(d, "sans-serif");
    // domain 80..100 (step 2), years 2020–2025: 402/5 = 80.4 px a year; y of 90 = 105, of 95 = 52.5
    expect(svg).toContain('<line aria-label="value: 90" x1="430" y1="105" x2="0" y2="105" stroke="#c00000" stroke-width="1.5" stroke-dasharray="6,4"/>');
    expect(circles(svg)[1]).toMatchObject({ cx: 174.8, cy: 105 });
    // the every-year target's label: right edge (430 − 2), 2 px above the rule, baseline 2 px higher
    expect(svg).toContain('<text x="428" y="101" text-anchor="end" fill="#c00000">≥ 90</text>');
    // the diamond: area 110 → half diagonal √110 / 2 = 5.24 around (416, 52.5); its label 6 px left, 5 px up (baseline 2 px higher)
    expect(svg).toContain('<path aria-label="year: 2025; value: 95" d="M410.76,52.5L416,47.26L421.24,52.5L416,57.74Z" fill="#c00000"/>');
    expect(svg).toContain('<text x="410" y="45.5" text-anchor="end" fill="#c00000">≥ 95</text>');
    // the dated target's label is not repeated at the edge
    expect(svg.match(/≥ 95/g)).toHaveLength(1);
  });

  it("draws the band under the lines: min–max, then p25–p75, then each line, then the points", () => {
    const d = chart([{ year: 2020, value: 5 }, { year: 2021, value: 6 }], {
      design: "band",
      band: [{ year: 2021, min: 2, p25: 4, p75: 7, max: 9 }, { year: 2020, min: 1, p25: 3, p75: 6, max: 8 }],
    });
    const svg = drawChart(d, "sans-serif");
    const range = svg.indexOf('aria-label="year: 2020; min: 1; max: 8"'), iqr = svg.indexOf('aria-label="year: 2020; p25: 3; p75: 6"');
    const line = svg.indexOf('<path aria-label="Ra"'), point = svg.indexOf("<circle");
    expect(range).toBeGreaterThan(0);
    expect([range < iqr, iqr < line, line < point]).toEqual([true, true, true]);
    expect(svg).toMatch(new RegExp(`aria-label="year: 2020; min: 1; max: 8" d="[^"]*" fill="${BAND_COLORS.fill}" opacity="0.12"`));
    expect(svg).toMatch(new RegExp(`aria-label="year: 2020; p25: 3; p75: 6" d="[^"]*" fill="${BAND_COLORS.fill}" opacity="0.28"`));
    // domain: values 1..9, nice step 8/10 = 0.8 → 1 keeps 1..9; y of v = 210 − (v − 1)/8 · 210
    // the area runs along min left to right (1 → 210, 2 → 183.75) and back along max (9 → 0, 8 → 26.25)
    expect(svg).toContain('aria-label="year: 2020; min: 1; max: 8" d="M14,210L416,183.75L416,0L14,26.25Z"');
  });

  it("gives each line its colour, width and dash, the male dash 5,3 and no dash for solid lines", () => {
    const d = chart([
      { year: 2020, value: 1 }, { year: 2021, value: 2 },
      { year: 2021, value: 3, line: "b", dash: [5, 3] }, { year: 2020, value: 2, line: "b", dash: [5, 3] },
    ]);
    const svg = drawChart(d, "sans-serif");
    expect(attr(svg, /<path aria-label="R\w" d="([^"]*)"/g)).toHaveLength(2);
    expect(svg).toMatch(/<path aria-label="Ra" d="M14,210L416,105" stroke="#1f3b73" stroke-width="3.2"\/>/);
    // rows of a line in any order are drawn by year
    expect(svg).toMatch(/<path aria-label="Rb" d="M14,105L416,0" stroke="#e15759" stroke-width="1.6" stroke-dasharray="5,3"\/>/);
  });

  it("escapes every text: font, names and labels", () => {
    const d = chart([{ year: 2020, value: 1 }, { year: 2021, value: 2 }], { targets: [{ value: 1.5, label: "<&>", dated: false }] });
    d.series = d.series.map((s) => ({ ...s, name: 'A"<b>' }));
    const svg = drawChart(d, "'Font' <x>");
    expect(svg).toContain('font-family="&#39;Font&#39; &lt;x&gt;"');
    expect(svg).toContain('aria-label="A&quot;&lt;b&gt;"');
    expect(svg).toContain(">&lt;&amp;&gt;</text>");
    expect(svg).not.toMatch(/<b>|<x>/);
  });

  it("grows the top margin for a label at the top of the plot", () => {
    // 0..100: the tick 100 sits at y 0 and its label reaches 5.5 px above → top = 8 + 6
    const svg = drawChart(chart([{ year: 2020, value: 0 }, { year: 2021, value: 100 }]), "sans-serif");
    expect(origin(svg)[1]).toBe(14);
  });
});
