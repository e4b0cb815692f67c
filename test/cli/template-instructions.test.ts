// Issue 12, finding 1: every instruction the template's 填报说明 gives, followed literally, validates clean and ingests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("a template filled exactly as its instructions say", () => {
  it("validates with no error or warning, and ingests", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-fill-"));
    const template = path.join(dir, "绥中县-2025-报送模板.xlsx");
    expect((await runCli(["template", "--year", "2025", "--region", "绥中县", "-o", template])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const valueCol = header.indexOf("数值"), noteCol = header.indexOf("备注"), unitCol = header.indexOf("单位");
    expect([valueCol, noteCol, unitCol].every((c) => c > 0)).toBe(true);
    let missing = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (!row.getCell(1).value) continue;
      if (r % 5 === 0) {
        // step 5: no data yet → leave the value empty and choose 暂缺 in 备注 (not 0, "—" or 无)
        row.getCell(noteCol).value = "暂缺";
        missing++;
        continue;
      }
      // step 2: numbers only, without the unit; step 1: a note from the list where there is something to say
      const unit = String(row.getCell(unitCol).value ?? "");
      row.getCell(valueCol).value = unit === "%" ? 60 + (r % 30) : unit === "人" ? 10 + r : 5 + (r % 7);
      if (r % 7 === 0) row.getCell(noteCol).value = "初步数";
      // steps 3 and 4: the grey key columns and the 参考： columns are left as they are
    }
    expect(missing).toBeGreaterThan(5);
    // step 7: saved as .xlsx
    const filled = path.join(dir, "绥中县-2025.xlsx");
    await wb.xlsx.writeFile(filled);
    const v = await runCli(["validate", filled, "--year", "2025", "--region", "绥中县", "-f", "json"]);
    const out = JSON.parse(v.stdout) as { summary: { errors: number; warnings: number }; diagnostics: { code: string; severity: string }[] };
    expect(out.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect([v.code, out.summary.errors, out.summary.warnings]).toEqual([0, 0, 0]);
    // the 暂缺 rows are declared-missing observations (infos; one per indicator × region, and none for the optional counts)
    const declared = out.diagnostics.filter((d) => d.code === "missing-observation");
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.length).toBeLessThanOrEqual(missing);
    const db = path.join(dir, "hld-women.db");
    const ingest = await runCli(["ingest", filled, "--db", db]);
    expect(ingest.code).toBe(0);
  });
});
