import { describe, expect, it } from "vitest";
import { resolveLang } from "../../src/i18n/lang.js";
import { format } from "../../src/i18n/messages.js";

describe("resolveLang", () => {
  it.each([
    [undefined, {}, "zh"],
    ["en", { LANG: "zh_CN.UTF-8" }, "en"],
    [undefined, { HLD_WOMEN_LANG: "en", LANG: "zh_CN.UTF-8" }, "en"],
    [undefined, { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" }, "en"],
    [undefined, { LC_MESSAGES: "zh_TW", LANG: "en_US" }, "zh"],
    [undefined, { LANG: "C.UTF-8" }, "zh"],
    ["fr", { LANG: "en_US" }, "en"],
  ] as const)("flag %s with %j → %s", (flag, env, want) => {
    expect(resolveLang(flag, env)).toBe(want);
  });
});

describe("format", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(format("第 {row} 行：{value}", { row: 5, value: "abc" })).toBe("第 5 行：abc");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
