import { describe, expect, it, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { runCli as runReportCli } from "../helpers/run-cli.js";

const SAMPLE = path.resolve("fixtures/sample/huludao-2020-2024.csv");
const soffice = ["soffice", "libreoffice"].find((bin) => {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

describe("hld-women report", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "hld-report-"));
    copyFileSync(SAMPLE, path.join(dir, "data.csv"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to write a workbook to the terminal (exit 2)", async () => {
    const r = await runReportCli(["report", "data.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不能写到终端");
    expect(r.stdout).toBe("");
  });

  it("writes the workbook and the HTML report atomically, leaving no temporary files", async () => {
    const r = await runReportCli(["report", "data.csv", "-o", "监测报告.xlsx", "--html", "report.html"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "1740794400" } });
    expect(r.stderr).toContain("已写入 监测报告.xlsx");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "监测报告.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["总览", "妇女与健康", "预警", "图表", "时间序列", "数据质量", "说明"]));
    expect(wb.getWorksheet("图表")!.getImages().length).toBeGreaterThan(50);
    const notes: unknown[] = [];
    wb.getWorksheet("说明")!.eachRow((row) => row.eachCell((c) => void notes.push(c.value)));
    const sha = (await import("node:crypto")).createHash("sha256").update(readFileSync(SAMPLE)).digest("hex");
    expect(notes).toContain(sha);
    expect(notes.some((v) => typeof v === "string" && v.startsWith("2025-03-01"))).toBe(true);
    expect(readFileSync(path.join(dir, "report.html"), "utf8")).toContain("<svg");
    expect(readdirSync(dir).filter((f) => f.includes("hld-women-tmp"))).toEqual([]);
  });

  it("refuses to overwrite an input file", async () => {
    const before = statSync(path.join(dir, "data.csv")).mtimeMs;
    const r = await runReportCli(["report", "data.csv", "-o", "data.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("拒绝覆盖输入文件");
    expect(statSync(path.join(dir, "data.csv")).mtimeMs).toBe(before);
  });

  it("gives the same content as JSON, CSV or Markdown", async () => {
    const json = await runReportCli(["report", "data.csv", "-f", "json"], { cwd: dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty("summary");
    const csv = await runReportCli(["report", "data.csv", "-f", "csv"], { cwd: dir });
    expect(csv.stdout.startsWith("\uFEFF")).toBe(true);
    const md = await runReportCli(["report", "data.csv", "-f", "markdown", "--lang", "en"], { cwd: dir });
    expect(md.stdout).toMatch(/\|/);
  });

  it("rejects an unknown method with exit 2", async () => {
    const r = await runReportCli(["report", "data.csv", "-o", "x.xlsx", "--method", "magic"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it.skipIf(!soffice)("opens in LibreOffice: headless conversion to PDF succeeds", async () => {
    const out = path.join(dir, "pdf");
    execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", out, path.join(dir, "监测报告.xlsx")], { stdio: "ignore", timeout: 120000 });
    const pdf = readFileSync(path.join(out, "监测报告.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(100000);
  }, 180000);
});
