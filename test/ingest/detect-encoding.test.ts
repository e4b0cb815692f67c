import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectEncoding, encodingFromLabel } from "../../src/ingest/detect-encoding.js";
import { detectDelimiter } from "../../src/ingest/detect-delimiter.js";
import { Utf8Checker } from "../../src/ingest/utf8-checker.js";

const gbkFixture = readFileSync("fixtures/ingest/gbk-long.csv");

describe("detectEncoding", () => {
  it("takes a BOM first", () => {
    expect(detectEncoding(Buffer.from("\uFEFF指标", "utf8"))).toEqual({ encoding: "utf-8", bom: 3, guessed: false });
    expect(detectEncoding(Buffer.from("\uFEFF指标", "utf16le")).encoding).toBe("utf-16le");
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0x6c, 0x07)).encoding).toBe("utf-16be");
  });
  it("reads valid UTF-8 as UTF-8, even when a multi-byte character is cut off at the end of the sample", () => {
    const bytes = Buffer.from("指标代码,数值\n孕产妇系统管理率,96.1\n", "utf8");
    expect(detectEncoding(bytes).encoding).toBe("utf-8");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 20)).encoding).toBe("utf-8");
  });
  it("reads GBK bytes as gb18030", () => {
    expect(detectEncoding(gbkFixture)).toEqual({ encoding: "gb18030", bom: 0, guessed: false });
  });
  it("never uses the `gbk` label: Node's gbk decoder silently drops € and 䶮, gb18030 keeps them (the trap)", () => {
    expect(new TextDecoder("gbk").decode(gbkFixture)).not.toContain("€");
    expect(new TextDecoder("gbk").decode(gbkFixture)).not.toContain("䶮");
    const good = new TextDecoder("gb18030").decode(gbkFixture);
    expect(good).toContain("经费€口径 䶮");
    expect(encodingFromLabel("gbk")).toBe("gb18030");
    expect(encodingFromLabel("GB2312")).toBe("gb18030");
    expect(encodingFromLabel("cp936")).toBe("gb18030");
  });
  it("takes gb18030 for valid UTF-8 without Chinese when only the gb18030 reading is Chinese, and says it guessed", () => {
    // C3 A9 is "é" in UTF-8 but "茅" in gb18030 (GBK text that happens to be valid UTF-8).
    const bytes = Uint8Array.of(0xc3, 0xa9, 0x2c, 0x31);
    expect(new TextDecoder("gb18030").decode(bytes)).toBe("茅,1");
    expect(detectEncoding(bytes)).toEqual({ encoding: "gb18030", bom: 0, guessed: true });
    expect(detectEncoding(Buffer.from("é,1 中", "utf8")).encoding).toBe("utf-8");
  });
  it("falls back to the reading with fewer bad bytes when neither decodes cleanly", () => {
    const bytes = Buffer.concat([Buffer.from("孕产妇系统管理率,96.1\n".repeat(5), "utf8"), Uint8Array.of(0xff, 0x0a)]);
    expect(detectEncoding(bytes).encoding).toBe("utf-8");
  });
  it("rejects unknown labels", () => {
    expect(encodingFromLabel("latin-9")).toBeUndefined();
    expect(encodingFromLabel("UTF_8")).toBe("utf-8");
  });
});

describe("Utf8Checker", () => {
  it("accepts a character split across chunks and rejects a stray byte", () => {
    const bytes = Buffer.from("指标", "utf8");
    const ok = new Utf8Checker();
    ok.push(bytes.subarray(0, 2));
    ok.push(bytes.subarray(2));
    ok.end();
    expect(ok.valid).toBe(true);
    const bad = new Utf8Checker();
    bad.push(Uint8Array.of(0x61, 0xff, 0x62));
    expect(bad.valid).toBe(false);
    const cut = new Utf8Checker();
    cut.push(bytes.subarray(0, 2));
    cut.end();
    expect(cut.valid).toBe(false);
  });
});

describe("detectDelimiter", () => {
  it("finds comma, semicolon and tab, ignoring delimiters inside quotes", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a;b;c\n1;\"2,5\";3\n")).toBe(";");
    expect(detectDelimiter("a\tb\n1\t2\n")).toBe("\t");
    expect(detectDelimiter("标题\n\n")).toBe(",");
    expect(detectDelimiter("标题\n", "\t")).toBe("\t");
  });
});
