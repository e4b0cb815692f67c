import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/run-cli.js";

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    const s = statSync(p);
    out.set(f, `${createHash("sha256").update(readFileSync(p)).digest("hex")} ${s.mtimeMs} ${s.size}`);
  }
  return out;
}

describe("validate never writes to its inputs", () => {
  it("leaves every input byte-identical with the same mtime, and refuses -o pointing at an input", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-untouched-"));
    for (const f of readdirSync("fixtures/ingest")) copyFileSync(path.join("fixtures/ingest", f), path.join(dir, f));
    const before = snapshot(dir);
    const out = mkdtempSync(path.join(tmpdir(), "hld-out-"));
    const r = await runCli(["validate", "*.csv", "*.xlsx", "*.xls", "*.tsv", "-f", "json", "-o", path.join(out, "report.json")], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(out, "report.json"), "utf8")).summary.files).toBeGreaterThan(30);
    const refused = await runCli(["validate", "clean-long.csv", "-o", "clean-long.csv"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("拒绝覆盖输入文件 clean-long.csv");
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).some((f) => f.includes("hld-women-tmp"))).toBe(false);
    expect(existsSync(path.join(dir, "report.json"))).toBe(false);
  });
});
