import { describe, expect, it } from "vitest";
import { buildReportHtml } from "../../src/html/build-report-html.js";
import { buildReportPages, needsPages, regionPageFile, ONE_PAGE_MAX_REGIONS, type HtmlPage } from "../../src/html/build-report-pages.js";
import { fixture } from "../helpers/report-fixture.js";
import type { Report } from "../../src/model/report.js";
import type { Plan } from "../../src/model/plan.js";

const meta = { lang: "zh" as const, generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [{ file: "data.csv", sha256: "ab".repeat(32), rows: 70 }], method: "eurostat" as const };

/** The fixture with `extra` more counties, each a copy of the first county's results with its value shifted by its number. */
function province(extra: number): { plan: Plan; report: Report } {
  const { plan, report } = fixture();
  const first = plan.regions.find((r) => r.level === "county")!;
  for (let i = 1; i <= extra; i++) {
    const code = String(300000 + i);
    plan.regions.push({ ...first, code, name: { zh: `合成县${i}`, en: `County ${i}` } });
    for (const r of report.results.filter((x) => x.region === first.code)) report.results.push({ ...structuredClone(r), region: code, latest: r.latest && { ...r.latest, value: r.latest.value + i } });
  }
  return { plan, report };
}

async function pages(report: Report, plan: Plan): Promise<HtmlPage[]> {
  const out: HtmlPage[] = [];
  for await (const p of buildReportPages(report, plan, meta, { dir: "报告-regions", main: "报告.html" })) out.push(p);
  return out;
}

function wellFormed(html: string): void {
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html.trimEnd().endsWith("</html>")).toBe(true);
  for (const tag of ["table", "tr", "td", "a", "h2", "p"]) expect(html.split(`<${tag}>`).length + html.split(`<${tag} `).length - 2, tag).toBe(html.split(`</${tag}>`).length - 1);
  expect(html).not.toMatch(/<(script|link|img)\b/);
}

describe("HTML report in pages", () => {
  it("keeps a city-sized report on one page", () => {
    const { report } = fixture();
    expect(new Set(report.results.map((r) => r.region)).size).toBeLessThanOrEqual(ONE_PAGE_MAX_REGIONS);
    expect(needsPages(report)).toBe(false);
    expect(needsPages(province(ONE_PAGE_MAX_REGIONS - 6).report)).toBe(true);
  });

  it("writes a page per region, then the summary that links to each of them", async () => {
    const { plan, report } = province(10);
    const all = await pages(report, plan);
    const regions = plan.regions.filter((r) => report.results.some((x) => x.region === r.code));
    expect(all.map((p) => p.file)).toEqual([...regions.map((r) => regionPageFile(r.code)), ""]);
    for (const p of all) wellFormed(p.html);
    const main = all.at(-1)!.html;
    for (const r of regions) expect(main).toContain(`<a href="${encodeURI("报告-regions")}/${r.code}.html">${r.name.zh}</a>`);
    expect(main).toContain("本报告覆盖 17 个地区");
    // the summary does not list every region's rows: those are on the regions' pages
    expect(main).not.toContain("合成县3</td>");
    const county = all.find((p) => p.file === "300003.html")!.html;
    expect(county).toContain('<a href="../%E6%8A%A5%E5%91%8A.html">返回汇总页</a>');
    expect(county).toContain("<h1>合成县3 · ");
    expect(county).toContain("<h2>妇女与健康</h2>");
    expect(county).toContain("合成县3");
    expect(county).not.toContain("合成县4");
  });

  it("shows each indicator's spread over the regions: median, lowest and highest with their names", async () => {
    const { plan, report } = province(10);
    const main = (await pages(report, plan)).at(-1)!.html;
    expect(main).toContain("<h2>各指标在各地区间的分布</h2>");
    expect(main).toContain("<th>葫芦岛市本级最新值</th>");
    const row = main.split("<tr>").find((r) => r.includes(">孕产妇系统管理率<"))!;
    const county = report.results.filter((r) => r.indicator === "maternal_system_management_rate" && r.region !== "211400" && (!r.sex || r.sex === "total"));
    const values = county.map((r) => r.latest!.value).sort((a, b) => a - b);
    expect(row).toContain(`<td class="num">${county.length}</td>`);
    const top = county.find((r) => r.latest!.value === values.at(-1))!;
    expect(row).toContain(`（${plan.regions.find((r) => r.code === top.region)!.name.zh}）`);
  });

  it("renders a region's page from that region's results only", async () => {
    const { plan, report } = province(10);
    const all = await pages(report, plan);
    const page = all.find((p) => p.file === "300001.html")!.html;
    const single = await buildReportHtml({ ...report, results: report.results.filter((r) => r.region === "300001") }, plan, meta);
    const areaTable = (html: string): string => html.slice(html.indexOf("<h2>妇女与健康</h2>"), html.indexOf("</table>", html.indexOf("<h2>妇女与健康</h2>")));
    expect(areaTable(page)).toBe(areaTable(single));
  });
});
