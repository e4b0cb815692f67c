import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { runCli } from "../helpers/run-cli.js";

// A province-sized report: the bundled plan with 14 more counties (21 regions in all), one indicator, five years.
describe("hld-women report --html for many regions", () => {
  let dir: string;
  const codes: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "hld-pages-"));
    const plan = parse(readFileSync(path.resolve("plan/huludao-women/v1.yaml"), "utf8"));
    for (let i = 1; i <= 14; i++) plan.regions.push({ code: String(300000 + i), name: { zh: `合成县${i}`, en: `County ${i}` }, level: "county", parent: "211400" });
    writeFileSync(path.join(dir, "plan.yaml"), stringify(plan, { lineWidth: 0 }));
    const lines = ["指标代码,指标名称,地区代码,地区,年份,数值,单位,备注"];
    plan.regions.forEach((r: { code: string; name: { zh: string } }, i: number) => {
      codes.push(r.code);
      for (let y = 2020; y <= 2024; y++) lines.push(`maternal_system_management_rate,孕产妇系统管理率,${r.code},${r.name.zh},${y},${(88 + i * 0.3 + (y - 2020) * 0.5).toFixed(1)},%,`);
    });
    writeFileSync(path.join(dir, "data.csv"), lines.join("\n") + "\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a summary page and, beside it, one page per region", async () => {
    const r = await runCli(["--plan", path.join(dir, "plan.yaml"), "report", "data.csv", "--no-charts", "-f", "json", "-o", "r.json", "--html", "报告.html"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("已写入 报告.html");
    expect(r.stderr).toContain("报告覆盖 21 个地区，HTML 分页写出");
    const main = readFileSync(path.join(dir, "报告.html"), "utf8");
    expect(readdirSync(path.join(dir, "报告-regions")).sort()).toEqual(codes.map((c) => `${c}.html`).sort());
    for (const code of codes) {
      expect(main).toContain(`href="${encodeURI("报告-regions")}/${code}.html"`);
      const page = readFileSync(path.join(dir, "报告-regions", `${code}.html`), "utf8");
      expect(page).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
      expect(page).toContain('href="../%E6%8A%A5%E5%91%8A.html"');
    }
    expect(main).toContain("各指标在各地区间的分布");
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  it("does not make a missing directory for the pages (exit 2, as for any output)", async () => {
    const r = await runCli(["--plan", path.join(dir, "plan.yaml"), "report", "data.csv", "--no-charts", "-f", "json", "-o", "r3.json", "--html", "nowhere/报告.html"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nowhere/报告-regions");
    expect(existsSync(path.join(dir, "nowhere"))).toBe(false);
  });

  it("writes one page to standard output, where no pages can go beside it", async () => {
    const r = await runCli(["--plan", path.join(dir, "plan.yaml"), "report", "data.csv", "--no-charts", "-f", "json", "-o", "r2.json", "--html", "-"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain("合成县14");
    expect(existsSync(path.join(dir, "--regions"))).toBe(false);
  });
});
