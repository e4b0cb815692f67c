import { describe, expect, it } from "vitest";
import { chartData, PALETTE } from "../../src/charts/chart-data.js";
import { pickFonts } from "../../src/charts/find-fonts.js";
import { fitText, textWidth, legendSvg, composeChart } from "../../src/charts/chart-svg.js";
import { escapeXml } from "../../src/report-model/escape-xml.js";
import { renderCharts } from "../../src/charts/render-charts.js";
import { fixture } from "../helpers/report-fixture.js";

describe("chartData", () => {
  const { plan, report } = fixture();
  const ind = (id: string) => plan.indicators.find((i) => i.id === id)!;
  const results = (id: string) => report.results.filter((r) => r.indicator === id);

  it("draws one line per region in the plan's colours, the city thicker", () => {
    const d = chartData(plan, ind("maternal_mortality_ratio"), results("maternal_mortality_ratio"))!;
    expect(d.design).toBe("lines");
    expect(d.series).toHaveLength(35);
    expect(new Set(d.series.map((s) => s.color))).toEqual(new Set(PALETTE.slice(0, 7)));
    expect(d.series.find((s) => s.color === PALETTE[0])!.width).toBeGreaterThan(d.series.find((s) => s.color === PALETTE[1])!.width);
  });

  it("marks dated targets at their year and labels every-year targets at the edge", () => {
    const dated = chartData(plan, ind("maternal_mortality_ratio"), results("maternal_mortality_ratio"))!;
    expect(dated.markers).toEqual([{ year: 2025, value: 10.5, label: "≤ 10.5" }, { year: 2030, value: 10, label: "≤ 10" }]);
    const everyYear = chartData(plan, ind("maternal_system_management_rate"), results("maternal_system_management_rate"))!;
    expect(everyYear.targets).toEqual([{ value: 90, label: "≥ 90", dated: false }]);
    expect(everyYear.markers).toEqual([]);
  });

  it("has no chart without data", () => {
    expect(chartData(plan, ind("maternal_mortality_ratio"), [])).toBeUndefined();
  });
});

describe("fonts", () => {
  it("prefers TrueType CJK faces (fast in resvg) over CFF Noto CJK, and a Latin face for numbers", () => {
    const f = pickFonts(["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]);
    expect(f.cjk).toEqual({ file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", family: "WenQuanYi Micro Hei" });
    expect(f.latin?.family).toBe("DejaVu Sans");
    expect(pickFonts(["C:\\Windows\\Fonts\\msyh.ttc".replace(/\\/g, "/")]).cjk?.family).toBe("Microsoft YaHei");
  });

  it("finds nothing in a folder without fonts", () => {
    expect(pickFonts(["/x/readme.txt"])).toEqual({});
  });
});

describe("chart SVG pieces", () => {
  it("measures CJK as 1 em and cuts long titles", () => {
    expect(textWidth("妇女", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBe(12);
    expect(fitText("孕产妇死亡率城乡差距", 10, 50)).toBe("孕产妇死…");
    expect(fitText("short", 10, 50)).toBe("short");
  });

  it("escapes legend labels and sizes the legend for Chinese names", () => {
    const l = legendSvg("地区", [{ label: "<b>&", color: "#000", width: 2 }, { label: "葫芦岛市本级", color: "#111", width: 3 }], "sans-serif");
    expect(l.svg).toContain("&lt;b&gt;&amp;");
    expect(l.width).toBeGreaterThanOrEqual(24 + 8 + 6 * 12);
    const c = composeChart('<svg width="100" height="50"><rect/></svg>', "", "sans-serif", { markup: "", width: l.width, height: l.height });
    expect(c.width).toBe(Math.ceil(100 + l.width + 12));
    expect(escapeXml(`"'`)).toBe("&quot;&#39;");
  });
});

describe("renderCharts", () => {
  it("renders a PNG per indicator with data, labels in English when no CJK font is known", async () => {
    const { plan, report } = fixture();
    const set = await renderCharts(report, plan, { lang: "zh", fonts: {}, png: true });
    expect(set.labelLang).toBe("en");
    expect(set.charts.map((c) => c.indicator)).toEqual(["maternal_mortality_ratio", "maternal_system_management_rate"]);
    for (const c of set.charts) expect(c.png!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // the legend (the only text that needs CJK glyphs) is a picture inside the chart picture
    expect(set.charts[0]!.svg).toContain("data:image/png;base64,");
  });

  it("keeps the user's language for SVG (the browser has the fonts)", async () => {
    const { plan, report } = fixture();
    const set = await renderCharts(report, plan, { lang: "zh", fonts: {}, png: false });
    expect(set.charts[0]!.png).toBeUndefined();
    expect(set.charts[0]!.svg).toContain("连山区");
    expect(set.charts[0]!.svg).toContain("孕产妇死亡率");
  });
});
