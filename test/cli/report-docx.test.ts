import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

// Issue 13: `report -o x.docx` writes the Word draft alone; `--docx` writes it beside the workbook.
describe("hld-women report, Word draft", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "hld-docx-cli-"));
    copyFileSync(path.resolve("fixtures/sample/huludao-2020-2024.csv"), path.join(dir, "data.csv"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the draft for -o x.docx", async () => {
    const r = await runCli(["report", "data.csv", "-o", "监测报告草稿.docx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("已写入 监测报告草稿.docx");
    expect(readFileSync(path.join(dir, "监测报告草稿.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes the draft beside a JSON report with --docx, and refuses an input as its target", async () => {
    const r = await runCli(["report", "data.csv", "-f", "json", "--docx", "draft.docx", "--no-charts"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty("summary");
    expect(existsSync(path.join(dir, "draft.docx"))).toBe(true);
    const bad = await runCli(["report", "data.csv", "-f", "json", "--docx", "data.csv"], { cwd: dir });
    expect(bad.code).toBe(2);
  });
});
