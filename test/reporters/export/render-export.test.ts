import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { renderExport, EXPORT_SHEET } from "../../../src/reporters/export/render-export.js";
import { EXPORT_HEADER, type ExportTable } from "../../../src/store/export-table.js";

function table(n: number): ExportTable {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) rows.push([`ind_${i % 7}`, "妇女人均预期寿命", String(211400 + (i % 9)).padStart(6, "0"), "绥中县", 2016 + (i % 10), Math.round(i * 1.37) / 100, "岁", i % 5 === 0 ? "估计值" : ""]);
  rows.push(["x", "名", "002100", "某县", 2020, -3, "%", "=1+1"]);
  return { header: [...EXPORT_HEADER], rows };
}

describe("renderExport xlsx (streamed)", () => {
  it("reads back cell for cell, with the bold frozen header, text codes and widths", async () => {
    const t = table(3000);
    const bytes = await renderExport(t, "xlsx", new Date("2025-01-02T03:04:05Z"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([EXPORT_SHEET]);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(t.rows.length + 1);
    expect(ws.getRow(1).values).toEqual([undefined, ...t.header]);
    for (let r = 0; r < t.rows.length; r++) expect(ws.getRow(r + 2).values, `row ${r + 2}`).toEqual([undefined, ...t.rows[r]!]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(5).getCell(1).numFmt).toBe("@");
    expect(ws.getRow(5).getCell(3).numFmt).toBe("@");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(12);
    expect(wb.created.toISOString()).toBe("2025-01-02T03:04:05.000Z");
  });

});
