import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";

const plan = loadPlan(undefined, "zh").plan!;
// Diagnostics about the file as a whole; every other one must say which row.
const FILE_LEVEL = new Set(["empty-file", "encoding-guessed", "too-many-diagnostics", "unreadable-file"]);

const token = fc.oneof(
  fc.constantFrom(",", ";", "\t", "|", '"', '""', "\n", "\r\n", "\r", "\uFEFF", " ", "\u3000"),
  fc.constantFrom("指标代码", "指标名称", "地区代码", "地区", "年份", "数值", "单位", "备注", "性别", "indicator", "value", "year", "__proto__", "constructor", "2024年", "２０２４"),
  fc.constantFrom("maternal_system_management_rate", "孕产妇死亡率", "211400", "绥中县", "2024", "96.1", "45%", "1,234", "—", "..", "abc", "-1", "1e999", "女", "未知"),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(token, { maxLength: 60 }).map((ts) => Buffer.from(ts.join(""), "utf8"));
const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));
const mixed = fc.tuple(text, bytes, text).map(([a, b, c]) => Buffer.concat([a, b, c]));
const gbk = text.map((b) => Buffer.from(new TextDecoder().decode(b).replace(/[^\x00-\x7f]/g, "\u00e9"), "latin1"));
const csvBytes = fc.oneof(text, bytes, mixed, gbk);

describe("malformed CSVs (property)", () => {
  it("never throw, and every diagnostic has a code, a severity, a file and (about content) a row", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-prop-"));
    const file = path.join(dir, "input.csv");
    await fc.assert(
      fc.asyncProperty(csvBytes, fc.constantFrom(undefined, "utf-8", "gb18030"), async (data, encoding) => {
        writeFileSync(file, data);
        const r = await readObservations([file], plan, { lang: "en", encoding });
        if (r.observations.length === 0 && r.rows === 0) expect(r.diagnostics.length).toBeGreaterThan(0);
        for (const d of r.diagnostics) {
          expect(d.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
          expect(["error", "warning", "info"]).toContain(d.severity);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/\{\w+\}/);
          expect(d.source?.file).toBe(file);
          if (!FILE_LEVEL.has(d.code)) expect(d.source?.row, d.code).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
