import { describe, expect, it } from "vitest";
import { buildReportHtml } from "../../src/html/build-report-html.js";
import { fixture } from "../helpers/report-fixture.js";

describe("buildReportHtml", () => {
  const { plan, report } = fixture();
  const meta = { lang: "zh" as const, generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [{ file: "<data>.csv", sha256: "ab".repeat(32), rows: 70 }], fonts: {} };

  it("is self-contained: inline style and SVG charts, a CSP that forbids loading anything", async () => {
    const html = await buildReportHtml(report, plan, meta);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2);
    // issue 13: charts under their area's heading, captions without indicator codes; a print stylesheet
    expect(html).toMatch(/<h3>妇女与健康<\/h3><div class="charts">/);
    expect(html).not.toMatch(/<figcaption>[^<]*_[^<]*<\/figcaption>/);
    expect(html).toContain("@page{size:A4 landscape");
    expect(html).not.toMatch(/<(script|link|img)\b/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("escapes every text from the input", async () => {
    // issue 13: warning messages give way to sentences, so the hostile text comes in as a diagnostic
    const hostile = structuredClone(report);
    hostile.diagnostics.push({ code: "strong-fluctuation", severity: "warning", message: "<script>alert(1)</script> 波动较大" });
    const html = await buildReportHtml(hostile, plan, meta);
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 波动较大");
    expect(html).toContain("&lt;data&gt;.csv");
  });

  it("has the same summary as the workbook: attainment rate, status lights, red warnings first", async () => {
    const html = await buildReportHtml(report, plan, meta);
    // issue 13: the headline is the city's own rate (both its results met), not all regions mixed (50%)
    expect(html).toContain("葫芦岛市本级达标率（达标与基本达标 / 可评估）：<strong>100%</strong>");
    expect(html).toContain("各地区达标率及排名");
    expect(html).toMatch(/class="grid st-not_met"/);
    expect(html).toMatch(/class="st-not_met[ "]/);
    expect(html.search(/class="lv-red[ "]/)).toBeGreaterThan(0);
    expect(html.search(/class="lv-red[ "]/)).toBeLessThan(html.search(/class="lv-yellow[ "]/));
    // short labels do not wrap one character a line
    expect(html).toMatch(/class="lv-red nw"/);
  });

  it("leaves the charts out when no fonts were looked up, and speaks English with lang en", async () => {
    const html = await buildReportHtml(report, plan, { ...meta, lang: "en", fonts: undefined });
    expect(html).not.toContain("<svg");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Attainment rate");
  });
});
