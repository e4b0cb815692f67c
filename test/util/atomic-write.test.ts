import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, statSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OutputError, openOutputFile, writeFileAtomic } from "../../src/util/atomic-write.js";

const dir = (): string => mkdtempSync(path.join(tmpdir(), "hld-atomic-"));

describe("writeFileAtomic", () => {
  it("replaces the target and leaves no temp file behind", () => {
    const d = dir();
    const f = path.join(d, "out.csv");
    writeFileSync(f, "old");
    writeFileAtomic(f, "new");
    expect(readFileSync(f, "utf8")).toBe("new");
    expect(readdirSync(d)).toEqual(["out.csv"]);
  });

  it("refuses to overwrite an input, also through a symlink, and leaves it untouched", () => {
    const d = dir();
    const input = path.join(d, "data.csv");
    writeFileSync(input, "指标代码,年份\n");
    const before = statSync(input).mtimeMs;
    const link = path.join(d, "link.csv");
    symlinkSync(input, link);
    expect(() => writeFileAtomic(input, "x", [input])).toThrow(OutputError);
    expect(() => writeFileAtomic(link, "x", [input])).toThrow(expect.objectContaining({ reason: "is-input" }));
    expect(readFileSync(input, "utf8")).toBe("指标代码,年份\n");
    expect(statSync(input).mtimeMs).toBe(before);
  });

  it("reports an unwritable folder as an OutputError and cleans up", () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the rename path is covered above
    const d = dir();
    chmodSync(d, 0o500);
    expect(() => writeFileAtomic(path.join(d, "x.txt"), "x")).toThrow(OutputError);
  });

  it("fails on a missing folder without creating anything", () => {
    const d = dir();
    expect(() => writeFileAtomic(path.join(d, "no", "such", "x.txt"), "x")).toThrow(expect.objectContaining({ reason: "io" }));
    expect(readdirSync(d)).toEqual([]);
  });
});

describe("openOutputFile", () => {
  it("writes pieces to a temp file and replaces the target only at commit", () => {
    const d = dir();
    const f = path.join(d, "out.json");
    writeFileSync(f, "old");
    const out = openOutputFile(f);
    out.write("{\n");
    out.write(Buffer.from('  "名": 1\n}\n'));
    expect(readFileSync(f, "utf8")).toBe("old");
    out.commit();
    expect(readFileSync(f, "utf8")).toBe('{\n  "名": 1\n}\n');
    expect(readdirSync(d)).toEqual(["out.json"]);
  });

  it("leaves the target untouched and no temp file behind on abort", () => {
    const d = dir();
    const f = path.join(d, "out.json");
    writeFileSync(f, "old");
    const out = openOutputFile(f);
    out.write("half a docu");
    out.abort();
    out.abort();
    expect(readFileSync(f, "utf8")).toBe("old");
    expect(readdirSync(d)).toEqual(["out.json"]);
  });

  it("refuses an input before writing anything", () => {
    const d = dir();
    const input = path.join(d, "data.csv");
    writeFileSync(input, "x");
    expect(() => openOutputFile(input, [input], "data.csv")).toThrow(expect.objectContaining({ reason: "is-input", target: "data.csv" }));
  });
});
