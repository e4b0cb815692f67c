// The README's yearly routine, run as written from an empty folder: template before any database exists, a county
// fills it in, validate, ingest, check, explain, report, and the export/import between levels.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli, type CliResult } from "../helpers/run-cli.js";

// What a county sends back: its figures (the bundled sample's 2024 values) in the template's value column.
async function fillTemplate(template: string, filled: string, bySex: boolean): Promise<number> {
  const sample = readFileSync("fixtures/sample/huludao-2020-2024.csv", "utf8").split(/\r?\n/).slice(1).map((l) => l.split(","));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0]!;
  const header = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ""));
  const col = (name: string): number => header.findIndex((h) => h.startsWith(name));
  const [ind, reg, sex, val] = [col("指标代码"), col("地区代码"), col("性别"), col("数值")];
  let n = 0;
  ws.eachRow((row, i) => {
    if (i === 1) return;
    const key = [row.getCell(ind).text, row.getCell(reg).text, row.getCell(sex).text];
    // The sample has no sex column: rows split by sex get the total (`bySex`), or stay empty as a hurried county leaves them.
    const hit = key[2] === "" || bySex ? sample.find((s) => s[0] === key[0] && s[2] === key[1] && s[4] === "2024") : undefined;
    if (hit) (row.getCell(val).value = Number(hit[5])), n++;
  });
  mkdirSync(path.dirname(filled), { recursive: true });
  await wb.xlsx.writeFile(filled);
  return n;
}

describe("the yearly routine from an empty folder", () => {
  let dir: string;
  const transcript: string[] = [];
  const step = async (args: string[]): Promise<CliResult> => {
    const r = await runCli(args, { cwd: dir });
    transcript.push(`$ hld-women ${args.join(" ")}`, r.stdout.trimEnd(), r.stderr.trimEnd(), `(exit ${r.code})`, "");
    return r;
  };
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "hld-routine-"))));
  afterAll(() => {
    // ROUTINE_TRANSCRIPT=file keeps what every step printed (the README pastes it).
    if (process.env.ROUTINE_TRANSCRIPT) writeFileSync(process.env.ROUTINE_TRANSCRIPT, transcript.join("\n"));
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs every step with the exit codes the README shows", async () => {
    expect(readdirSync(dir)).toEqual([]);
    const t = await step(["template", "--year", "2025", "--region", "绥中县", "--db", "hld-women.db", "-o", "绥中县-2025-报送模板.xlsx"]);
    expect([t.code, t.stdout]).toEqual([0, ""]);
    expect(t.stderr).toBe("hld-women: 数据库 hld-women.db 尚不存在，模板不预填往年数值（数据入库后再生成即可预填）\n已写入 绥中县-2025-报送模板.xlsx\n");
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(false);

    const returned = path.join(dir, "2025", "绥中县-2025.xlsx");
    expect(await fillTemplate(path.join(dir, "绥中县-2025-报送模板.xlsx"), returned, false)).toBeGreaterThan(50);
    const bad = await step(["validate", "2025/绥中县-2025.xlsx"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("工作表 报送数据 · 第 29 行 · 数值 (G)");
    // The county fills the cells it was shown and sends the file again.
    await fillTemplate(path.join(dir, "绥中县-2025-报送模板.xlsx"), returned, true);
    const v = await step(["validate", "2025/绥中县-2025.xlsx"]);
    expect(v.code).toBe(0);
    const i = await step(["ingest", "2025/*.xlsx", "--db", "hld-women.db"]);
    expect(i.code).toBe(0);
    expect(existsSync(path.join(dir, "hld-women.db"))).toBe(true);

    const c = await step(["check", "--db", "hld-women.db"]);
    expect(c.code).toBe(0);
    expect(c.stdout.split("\n")[0]).toBe("葫芦岛市妇女发展规划（2021—2030年） · 2025年中期评估");
    expect(c.stdout.split("\n")[3]).toBe("达标情况");
    const e = await step(["explain", "宫颈癌筛查率", "--region", "绥中县", "--db", "hld-women.db"]);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain("适龄妇女宫颈癌人群筛查率（绥中县）");

    const r = await step(["report", "--db", "hld-women.db", "-o", "2025年监测报告.xlsx", "--html", "2025年监测报告.html"]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, "2025年监测报告.xlsx")) && existsSync(path.join(dir, "2025年监测报告.html"))).toBe(true);

    // The template made again now pre-fills what the database holds.
    const again = await step(["template", "--year", "2026", "--region", "绥中县", "--db", "hld-women.db", "-o", "绥中县-2026-报送模板.xlsx"]);
    expect([again.code, again.stderr]).toEqual([0, "已写入 绥中县-2026-报送模板.xlsx\n"]);

    const x = await step(["db", "export", "--region", "绥中县", "-o", "绥中县.xlsx"]);
    expect(x.code).toBe(0);
    const m = await step(["db", "import", "绥中县.xlsx", "--db", "市.db"]);
    expect(m.code).toBe(0);
  }, 120_000);
});
