import { describe, expect, it } from "vitest";
import { safeText } from "../../src/util/safe-text.js";
import { toCsv } from "../../src/util/to-csv.js";

/** The CSV of one column "v" holding `value`. */
const one = (value: unknown): string => toCsv(["v"], [[value]]);

describe("formula injection", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\nx", "＝1+1"])("neutralises %j", (s) => {
    expect(safeText(s).startsWith("'")).toBe(true);
  });
  it("leaves ordinary text and numbers alone", () => {
    expect(safeText("孕产妇死亡率")).toBe("孕产妇死亡率");
    expect(one(-3)).toBe("\uFEFFv\r\n-3\r\n");
    expect(one(7.35)).toBe("\uFEFFv\r\n7.35\r\n");
  });
  it("guards a leading LF, which csv-stringify's escape_formulas misses, and a numeric-looking text", () => {
    expect(one("\n=1+1")).toBe("\uFEFFv\r\n\"'\n=1+1\"\r\n");
    expect(one("-3")).toBe("\uFEFFv\r\n'-3\r\n");
  });
  it("quotes fields with commas, quotes, line breaks and edge spaces", () => {
    expect(one('a,"b"')).toBe('\uFEFFv\r\n"a,""b"""\r\n');
    expect(one("=HYPERLINK(\"x\")")).toBe("\uFEFFv\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    expect(one("a\nb")).toBe('\uFEFFv\r\n"a\nb"\r\n');
    expect(one(" a")).toBe('\uFEFFv\r\n" a"\r\n');
  });
  it("writes empty cells for missing and non-finite values, words for booleans", () => {
    expect(toCsv(["a", "b", "c", "d"], [[undefined, null, Number.NaN, true]])).toBe("\uFEFFa,b,c,d\r\n,,,true\r\n");
  });
  it("writes a BOM and CRLF so Excel on Chinese Windows reads UTF-8", () => {
    expect(toCsv(["代码", "值"], [["a", 1]])).toBe("\uFEFF代码,值\r\na,1\r\n");
  });
});
