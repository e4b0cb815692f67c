// `-` reads a data file from standard input: the real bin with piped input, and the refusals in-process.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { run } from "../../src/cli/run.js";
import { stdinCopyName } from "../../src/cli/stdin-input.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/hld-women.js");
const built = existsSync(path.join(ROOT, "dist/cli/run.js"));
const fixture = (name: string) => readFileSync(path.join(ROOT, "fixtures/ingest", name));
const bin = (args: string[], input: Buffer | string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1", HLD_WOMEN_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" } });

describe.skipIf(!built)("- (standard input) with the built bin", () => {
  it("validate - reads CSV from stdin and names it <stdin> (zh and en)", () => {
    const zh = bin(["validate", "-"], fixture("blank-header.csv"));
    expect([zh.status, zh.stderr]).toEqual([0, ""]);
    expect(zh.stdout).toBe("<stdin>\n  第 1 行 · #4  警告  表头为空的列（第 4 列），该列数据将被忽略；请填写列名或删除该列 [blank-header]\n\n1 个文件，1 行：0 个错误，1 个警告，0 个提示\n");
    const en = bin(["validate", "-", "--lang", "en", "-f", "json"], fixture("invalid-number.csv"));
    const report = JSON.parse(en.stdout) as { summary: Record<string, number>; diagnostics: { code: string; file: string }[] };
    expect([en.status, report.summary.errors, [...new Set(report.diagnostics.map((d) => `${d.file} ${d.code}`))]]).toEqual([1, 2, ["<stdin> invalid-number"]]);
  });

  it("validate - detects GB18030 from stdin as from a file, and reads an XLSX from stdin", () => {
    const gbk = bin(["validate", "-", "-f", "json"], fixture("gbk-long.csv"));
    const fromFile = spawnSync(process.execPath, [BIN, "validate", "fixtures/ingest/gbk-long.csv", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(gbk.status).toBe(fromFile.status);
    expect((JSON.parse(gbk.stdout) as { summary: unknown }).summary).toEqual((JSON.parse(fromFile.stdout) as { summary: unknown }).summary);
    const xlsx = bin(["validate", "-", "--lang", "en"], fixture("long-dates-formulas.xlsx"));
    expect([xlsx.status, xlsx.stdout, xlsx.stderr]).toEqual([0, "1 file(s), 2 row(s): 0 error(s), 0 warning(s), 0 info(s) · No problems found\n", ""]);
  });

  it("check - assesses data from stdin", () => {
    const r = bin(["check", "-", "-f", "json", "--fail-on", "none"], readFileSync(path.join(ROOT, "fixtures/sample/huludao-2020-2024.csv")));
    const report = JSON.parse(r.stdout) as { results: unknown[] };
    expect([r.status, r.stderr, report.results.length > 0]).toEqual([0, "", true]);
  });

  it("ingest - stores stdin's data and records it as <stdin>", () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), "hld-stdin-")), "m.db");
    const r = bin(["ingest", "-", "--db", db, "-f", "json"], fixture("clean-long.csv"));
    const out = JSON.parse(r.stdout) as { files: { file: string; status: string; inserted: number }[] };
    expect([r.status, out.files.map((f) => [f.file, f.status, f.inserted])]).toEqual([0, [["<stdin>", "stored", 7]]]);
    const log = spawnSync(process.execPath, [BIN, "db", "log", "--db", db, "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(log.stdout).toContain('"name": "<stdin>"');
  });

  it("- twice is refused (exit 2)", () => {
    const r = bin(["validate", "-", "-", "--lang", "en"], fixture("clean-long.csv"));
    expect([r.status, r.stdout, r.stderr]).toEqual([2, "", 'hld-women: "-" (standard input) may be given only once\n']);
  });
});

describe("- (standard input) in-process", () => {
  const io = (stdin?: { isTTY?: boolean } & AsyncIterable<Buffer>) => {
    const out = { stdout: "", stderr: "" };
    return {
      out,
      io: {
        stdout: { write: (s: string | Uint8Array) => ((out.stdout += String(s)), true), isTTY: false },
        stderr: { write: (s: string) => ((out.stderr += s), true), isTTY: false },
        ...(stdin ? { stdin } : {}),
        env: { NO_COLOR: "1" },
        cwd: ROOT,
      },
    };
  };
  const never: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<Buffer>>(() => {}) }) };

  it("a terminal on stdin is refused at once with what to do instead (exit 2, zh and en), never read", async () => {
    const en = io(Object.assign(never, { isTTY: true }));
    expect(await run(["validate", "-", "--lang", "en"], en.io)).toBe(2);
    expect(en.out).toEqual({ stdout: "", stderr: 'hld-women: "-" reads the data from standard input, which is a terminal here: pipe or redirect a file in (e.g. hld-women validate - < data.csv), or name the file\n' });
    const zh = io(Object.assign(never, { isTTY: true }));
    expect(await run(["check", "-"], zh.io)).toBe(2);
    expect(zh.out.stderr).toBe("hld-women: “-”表示从标准输入读取数据，但标准输入是终端：请用管道或重定向传入文件（如 hld-women validate - < 数据.csv），或直接写文件名\n");
  });

  it("no stdin at all is refused (exit 2)", async () => {
    const r = io();
    expect(await run(["validate", "-", "--lang", "en"], r.io)).toBe(2);
    expect(r.out.stderr).toBe('hld-women: "-" reads the data from standard input, but there is none\n');
  });

  it("an empty stdin is an empty file", async () => {
    const empty: AsyncIterable<Buffer> = { async *[Symbol.asyncIterator]() {} };
    const r = io(empty);
    expect(await run(["validate", "-", "--lang", "en", "-f", "json"], r.io)).toBe(1);
    expect((JSON.parse(r.out.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics.map((d) => [d.code, d.file])).toEqual([["empty-file", "<stdin>"]]);
  });

  it("explain and report read stdin too; report's JSON names it <stdin>", async () => {
    const csv = "指标代码,地区代码,年份,数值\nmaternal_system_management_rate,211400,2023,88\nmaternal_system_management_rate,211400,2024,88.5\nmaternal_system_management_rate,211421,2024,约96\n";
    const explained = io(Readable.from([Buffer.from(csv)]));
    expect(await run(["explain", "maternal_system_management_rate", "-", "--lang", "en", "--region", "211400"], explained.io)).toBe(0);
    expect(explained.out.stdout).toContain("Series (up to 2024): 2023 88 · 2024 88.5");
    const reported = io(Readable.from([Buffer.from(csv)]));
    expect(await run(["report", "-", "-f", "json", "--lang", "en"], reported.io)).toBe(0);
    expect((JSON.parse(reported.out.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics.map((d) => [d.code, d.file])).toEqual([["invalid-number", "<stdin>"]]);
  });

  it("names the copy by its first bytes: workbooks (ZIP, OLE) as .xlsx, anything else as .csv", () => {
    expect(stdinCopyName(Buffer.from([0x50, 0x4b, 3, 4]))).toBe("stdin.xlsx");
    expect(stdinCopyName(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe("stdin.xlsx");
    expect(stdinCopyName(Buffer.from("指标代码,"))).toBe("stdin.csv");
    expect(stdinCopyName(Buffer.alloc(0))).toBe("stdin.csv");
  });
});
