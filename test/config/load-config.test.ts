import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig, MAX_CONFIG_BYTES } from "../../src/config/load-config.js";

const dir = mkdtempSync(path.join(tmpdir(), "hld-load-config-"));

describe("loadConfig", () => {
  it("reads a file with a BOM", () => {
    const file = path.join(dir, "bom.yaml");
    writeFileSync(file, "\uFEFFlang: en\n");
    expect(loadConfig(file, "en").config?.lang).toBe("en");
  });

  it("refuses a file over the size limit without parsing it", () => {
    const file = path.join(dir, "huge.yaml");
    writeFileSync(file, `# ${"x".repeat(MAX_CONFIG_BYTES)}\nlang: en\n`);
    expect(loadConfig(file, "en").diagnostics.map((d) => [d.code, d.message])).toEqual([["config-refused", `the config file is over ${MAX_CONFIG_BYTES} bytes; refused`]]);
  });

  it("names a missing file and a folder in zh and en", () => {
    expect(loadConfig(path.join(dir, "none.yaml"), "zh").diagnostics.map((d) => [d.code, d.message])).toEqual([["config-file-not-found", `找不到配置文件：${path.join(dir, "none.yaml")}`]]);
    expect(loadConfig(dir, "en").diagnostics.map((d) => [d.code, d.message])).toEqual([["config-read-error", `cannot read the config file ${dir}: not a regular file`]]);
  });

  it("refuses a FIFO without opening it (opening would wait for a writer)", () => {
    const fifo = path.join(dir, "fifo.yaml");
    execFileSync("mkfifo", [fifo]);
    expect(loadConfig(fifo, "zh").diagnostics.map((d) => [d.code, d.message])).toEqual([["config-read-error", `无法读取配置文件 ${fifo}：不是普通文件`]]);
  });
});
