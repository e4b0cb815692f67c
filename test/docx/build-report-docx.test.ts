import { describe, expect, it, beforeAll, afterAll } from "vitest";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildReportDocx } from "../../src/docx/build-report-docx.js";
import { draftReport } from "../../src/report-model/draft-report.js";
import { fixture } from "../helpers/report-fixture.js";
import { summarize } from "../../src/assess/summarize.js";

const soffice = ["soffice", "libreoffice"].find((bin) => {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

/** Paragraph texts with their style, read back from word/document.xml. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? "",
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

// Issue 13: the draft 统计监测报告 as Word — four parts in order, tables, sentences from the data, no placeholder left.
describe("buildReportDocx", () => {
  const { plan, report } = fixture();
  let xml: string;
  let buf: Buffer;
  let dir: string;
  beforeAll(async () => {
    buf = await buildReportDocx(report, plan, "zh");
    xml = await (await JSZip.loadAsync(buf)).file("word/document.xml")!.async("string");
    dir = mkdtempSync(path.join(tmpdir(), "hld-docx-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has the four parts and the appendix as level-1 headings, in order", () => {
    const h1 = paragraphs(xml).filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(h1).toEqual(["一、总体情况", "二、各领域目标实现情况", "三、存在的主要问题", "四、下一步工作建议（草稿，请分析人员修改）", "附表"]);
    const h2 = paragraphs(xml).filter((p) => p.style === "Heading2").map((p) => p.text);
    expect(h2).toEqual(["（一）达标率", "（二）主要进展", "（一）妇女与健康", "（一）预计达标困难", "（二）波动较大", "（三）数据缺失"]);
  });

  it("states the numbers in sentences and marks itself a draft", () => {
    const body = paragraphs(xml).map((p) => p.text);
    expect(body[0]).toContain("（草稿）");
    expect(body).toContain("截至2024年，葫芦岛市本级共监测2项指标结果，其中可评估2项：达标2项、基本达标0项、未达标0项，达标率为100%；另有0项因事件数少统计上无法判定，0项无数据。");
    expect(body.some((t) => t.startsWith("分地区看，各地区达标率由高到低依次为：葫芦岛市100%"))).toBe(true);
    expect(body).toContain(`各县（市、区）中，${plan.regions[1]!.name.zh}1项。`);
    expect(body.some((t) => t.startsWith("（一）针对预计达标困难的指标（孕产妇死亡率）"))).toBe(true);
  });

  it("has the area table and the appendix tables, and no placeholder left", () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(4);
    expect(paragraphs(xml).map((p) => p.text)).toEqual(expect.arrayContaining(["附表1 葫芦岛市本级各领域达标情况", "附表2 各地区达标率及排名", "附表3 各指标分地区状态"]));
    expect(xml).not.toMatch(/\{[a-zA-Z]+\}|undefined|NaN|null|TODO|XXX/);
  });

  it("uses 公文 fonts: 仿宋 body, 黑体 headings", async () => {
    const styles = await (await JSZip.loadAsync(buf)).file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
  });

  it("speaks English with lang en", () => {
    const en = draftReport(report, plan, "en");
    expect(en.blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b as { text: string }).text)[0]).toBe("1. Overall");
  });

  it.skipIf(!soffice)("converts to PDF with LibreOffice", () => {
    writeFileSync(path.join(dir, "draft.docx"), buf);
    execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${path.join(dir, "lo")}`, "--convert-to", "pdf", "--outdir", dir, path.join(dir, "draft.docx")], { stdio: "ignore", timeout: 120000 });
    expect(readFileSync(path.join(dir, "draft.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  }, 180000);
});

describe("draftReport for one county", () => {
  it("speaks of that county, not of the plan", () => {
    const { plan, report } = fixture();
    const county = plan.regions[1]!;
    const results = report.results.filter((r) => r.region === county.code);
    const one = { ...report, results, summary: summarize(results, plan.areas.map((a) => a.id)) };
    const first = draftReport(one, plan, "zh").blocks.find((b) => b.kind === "paragraph") as { text: string };
    expect(first.text.startsWith(`截至2024年，${county.name.zh}本级共监测2项指标结果`)).toBe(true);
  });
});
