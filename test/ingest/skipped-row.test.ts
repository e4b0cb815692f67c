import { describe, expect, it } from "vitest";
import { buildLayout } from "../../src/ingest/header-layout.js";
import { skippedRow } from "../../src/ingest/skipped-row.js";

const long = buildLayout(["序号", "指标名称", "数值", "单位"], false);
const wide = buildLayout(["指标名称", "2023", "2024"], false);

describe("skippedRow", () => {
  it("knows 序号 as a serial column", () => {
    expect(long.serial).toEqual([0]);
    expect(long.issues).toEqual([]);
  });
  it.each([
    [["一、妇女与健康"], "section-row", "一、妇女与健康"],
    [["", "（二）妇女与教育", "", ""], "section-row", "（二）妇女与教育"],
    [["", "1. 健康", "", ""], "section-row", "1. 健康"],
    [["第三部分 妇女与经济"], "section-row", "第三部分 妇女与经济"],
    [["一", "妇女与健康", "", ""], "section-row", "一 妇女与健康"],
    [["", "合计", 123, ""], "subtotal-row", "合计 123"],
    [["小计", "", "", ""], "subtotal-row", "小计"],
    [["注：数据为快报数"], "note-row", "注：数据为快报数"],
    [["填报人：张三", "", "审核人：李四"], "note-row", "填报人：张三 审核人：李四"],
  ])("%j is a %s", (cells, kind, text) => expect(skippedRow(cells, long)).toEqual({ kind, text }));
  it.each([
    [[1, "妇女人均预期寿命", 80.1, "岁"]],
    [["", "1.5", "", ""]],
    [["", "孕产妇死亡率", "", ""]],
    [["", "孕产妇死亡率", "合计", ""]],
  ])("%j is data", (cells) => expect(skippedRow(cells, long)).toBeUndefined());
  it("reads a wide table's rows as data", () => {
    expect(skippedRow(["孕产妇系统管理率", 95, 96], wide)).toBeUndefined();
    expect(skippedRow(["合计", 95, 96], wide)).toEqual({ kind: "subtotal-row", text: "合计 95 96" });
  });
});
