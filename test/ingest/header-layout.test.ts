import { describe, expect, it } from "vitest";
import { matchHeader } from "../../src/ingest/header-aliases.js";
import { buildLayout, headerScore, isCompleteHeader, mergeHeaderRows } from "../../src/ingest/header-layout.js";
import { TableMapper } from "../../src/ingest/table-mapper.js";
import { loadPlan } from "../../src/plan/load-plan.js";
import { buildPlanLookup } from "../../src/ingest/plan-lookup.js";
import { ObservationBuffer } from "../../src/ingest/observation-buffer.js";
import { DiagnosticSink } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";
import type { RunContext } from "../../src/ingest/mapping-context.js";

describe("matchHeader", () => {
  it("matches English and Chinese names ignoring spaces, width and case", () => {
    expect(matchHeader("指标代码")?.field).toBe("indicator");
    expect(matchHeader(" Indicator ")?.field).toBe("indicator");
    expect(matchHeader("INDICATOR_ID")?.field).toBe("indicator");
    expect(matchHeader("指 标 名 称")?.field).toBe("indicator_name");
    expect(matchHeader("地区代码")?.field).toBe("region");
    expect(matchHeader("行政区划代码")?.field).toBe("region");
    expect(matchHeader("地区")?.field).toBe("region_name");
    expect(matchHeader("年度")?.field).toBe("year");
    expect(matchHeader("Ｖａｌｕｅ")?.field).toBe("value");
    expect(matchHeader("数据")?.field).toBe("value");
    expect(matchHeader("性别")?.field).toBe("sex");
    expect(matchHeader("单位")?.field).toBe("unit");
    expect(matchHeader("备注")?.field).toBe("note");
  });
  it("takes a unit in brackets after the value header", () => {
    expect(matchHeader("数值（%）")).toEqual({ field: "value", unit: "%" });
    expect(matchHeader("数值(/10万)")).toEqual({ field: "value", unit: "/10万" });
  });
  it("does not match other words", () => {
    expect(matchHeader("填报人")).toBeUndefined();
    expect(matchHeader("2024年")).toBeUndefined();
  });
});

describe("layout detection", () => {
  it("recognises the long template header", () => {
    const cells = "指标代码,指标名称,地区代码,地区,年份,数值,单位,备注".split(",");
    expect(headerScore(cells)).toBeGreaterThan(0);
    const L = buildLayout(cells, true);
    expect(L.kind).toBe("long");
    expect(L.fields).toMatchObject({ indicator: 0, indicator_name: 1, region: 2, region_name: 3, year: 4, value: 5, unit: 6, note: 7 });
    expect(L.labels[5]).toBe("数值 (F)");
    expect(L.issues).toEqual([]);
  });
  it("reads past the template's reference columns (参考：…, ref: …) without an unknown-column warning", () => {
    const L = buildLayout(["指标代码", "地区代码", "年份", "数值", "参考：目标", "参考：2023年值", "ref: 2022 value", "填报人"], true);
    expect(L.kind).toBe("long");
    expect(L.years).toEqual([]);
    expect(L.issues.map((i) => [i.code, i.name])).toEqual([["unknown-column", "填报人"]]);
  });
  it("recognises a wide header with year columns in every spelling", () => {
    const L = buildLayout(["指标名称", "单位", "2020", 2021, "2022年", "2023年度", "２０２４年"], false);
    expect(L.kind).toBe("wide");
    expect(L.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });
  it("does not take a title row for a header", () => {
    expect(headerScore(["2024年葫芦岛市妇女发展规划监测数据"])).toBe(0);
    expect(headerScore(["填报单位：绥中县统计局", "", ""])).toBe(0);
  });
  it("reports blank, duplicate, reserved and unknown header cells", () => {
    const L = buildLayout(["指标代码", "", "数值", "Value", "__proto__", "constructor", "填报人", "年份"], false);
    expect(L.issues.map((i) => [i.code, i.col])).toEqual([
      ["blank-header", 1],
      ["duplicate-header", 3],
      ["reserved-header", 4],
      ["reserved-header", 5],
      ["unknown-column", 6],
    ]);
  });
  it("does not call the covered cells of a horizontally merged header blank", () => {
    expect(buildLayout(["指标名称", "年份", "", "", "数值"], false, new Set([2, 3])).issues).toEqual([]);
  });
  it("completes a two-row header whose upper cells were merged downwards", () => {
    const upper = ["指标名称", "单位", "年份"], lower = ["", "", "2020年", "2021年"];
    expect(isCompleteHeader(upper)).toBe(false);
    expect(headerScore(lower)).toBe(0);
    const merged = mergeHeaderRows(upper, lower);
    expect(merged).toEqual(["指标名称", "单位", "2020年", "2021年"]);
    expect(buildLayout(merged, false).kind).toBe("wide");
  });
});

describe("TableMapper", () => {
  const plan = loadPlan(undefined, "zh").plan!;
  const run = (): RunContext => {
    const t = translator(ingestMessages, "zh");
    return { lookup: buildPlanLookup(plan), buffer: new ObservationBuffer(plan.regions.length), sink: new DiagnosticSink(t), t, lang: "zh" };
  };
  it("skips title rows, keeps physical row numbers, and skips footer notes with an info", () => {
    const r = run();
    const m = new TableMapper(r, { file: "x.csv", letters: false, structural: true });
    m.push(["2024年葫芦岛市妇女发展规划监测数据", "", "", ""], 1);
    m.push(["指标代码", "地区代码", "年份", "数值"], 2);
    m.push(["maternal_system_management_rate", "211400", "2024", "abc"], 3);
    m.push(["注：数据来源于统计局", "", "", ""], 4);
    expect(m.end()).toEqual({ header: true, rows: 1 });
    expect(r.sink.list.map((d) => [d.code, d.source?.row, d.source?.column])).toEqual([["invalid-number", 3, "数值"], ["note-row", 4, undefined]]);
  });
  it("gives up after 30 rows without a header", () => {
    const r = run();
    const m = new TableMapper(r, { file: "x.csv", letters: false, structural: true });
    for (let i = 1; i <= 40; i++) m.push(["孕产妇系统管理率", "96.1"], i);
    expect(m.decided).toBe(true);
    expect(m.end()).toEqual({ header: false, rows: 0 });
  });
  it("takes the region from the sheet name when the table has no region column", () => {
    const r = run();
    const m = new TableMapper(r, { file: "x.xlsx", sheet: "兴城市", letters: true, structural: false });
    m.push(["指标名称", "2023", "2024"], 1);
    m.push(["孕产妇系统管理率", "95", "96"], 2);
    m.end();
    expect(r.sink.list.map((d) => [d.code, d.severity, d.source?.row, d.message])).toEqual([["inferred-region", "info", 1, "地区取自工作表名：兴城市"]]);
    expect(r.buffer.count).toBe(2);
  });
});
