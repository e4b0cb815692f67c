import { describe, expect, it } from "vitest";
import { csvField, safeText, toCsv } from "../../src/util/safe-cell.js";

describe("formula injection", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\nx", "＝1+1"])("neutralises %j", (s) => {
    expect(safeText(s).startsWith("'")).toBe(true);
  });
  it("leaves ordinary text and numbers alone", () => {
    expect(safeText("孕产妇死亡率")).toBe("孕产妇死亡率");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(7.35)).toBe("7.35");
  });
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
  });
  it("writes a BOM and CRLF so Excel on Chinese Windows reads UTF-8", () => {
    expect(toCsv(["代码", "值"], [["a", 1]])).toBe("\uFEFF代码,值\r\na,1\r\n");
  });
});
