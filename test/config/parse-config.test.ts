import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";

const FILE = "/project/hld-women.config.yaml";
const codesOf = (text: string) => parseConfig(text, FILE, "en").diagnostics.map((d) => [d.code, d.source?.line, d.source?.col, d.source?.path, d.message]);

describe("parseConfig", () => {
  it("reads every default, resolving relative paths against the config file's folder", () => {
    const r = parseConfig("plan: plans/mine.yaml\ndb: data/monitor.db\nlang: en\nmethod: sdsn\nfail_on: warning\nthresholds:\n  nearly_met_band: 0.01\ncodes:\n  unknown-column: off\n  implausible-change: error\n", FILE, "en");
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toEqual({
      file: FILE,
      plan: "/project/plans/mine.yaml",
      db: "/project/data/monitor.db",
      lang: "en",
      method: "sdsn",
      failOn: "warning",
      thresholds: { nearly_met_band: 0.01 },
      codes: new Map([["unknown-column", "off"], ["implausible-change", "error"]]),
    });
  });

  it("keeps a bundled plan id as it is, and reads an empty file as an empty config", () => {
    expect(parseConfig("plan: huludao-women@1\n", FILE, "en").config?.plan).toBe("huludao-women@1");
    expect(parseConfig("", FILE, "en").config).toEqual({ file: FILE, thresholds: {}, codes: new Map() });
    expect(parseConfig("# only a comment\n", FILE, "en").config).toEqual({ file: FILE, thresholds: {}, codes: new Map() });
  });

  it("locates an unknown field and lists the known ones", () => {
    expect(codesOf("lang: en\nmethd: sdsn\n")).toEqual([["config-unknown-field", 2, 1, "methd", "unknown field methd (known: plan, db, lang, method, fail_on, thresholds, codes)"]]);
  });

  it("locates a bad level, a wrong type and a value outside its set", () => {
    expect(codesOf("codes:\n  blank-header: loud\n")).toEqual([["config-invalid-value", 2, 17, "codes.blank-header", "invalid value: one of: off, info, warning, error"]]);
    expect(codesOf("thresholds: 3\n")).toEqual([["config-wrong-type", 1, 13, "thresholds", "wrong type: expected mapping (key: value)"]]);
    expect(codesOf("fail_on: yellow\n")).toEqual([["config-invalid-value", 1, 10, "fail_on", "invalid value: one of: red, warning, none"]]);
  });

  it("suggests the nearest code for an unknown one, and refuses plan and result codes", () => {
    expect(codesOf("codes:\n  unknown-colum: off\n  plan-yaml-error: off\n  stale-data: off\n")).toEqual([
      ["config-unknown-code", 2, 3, "codes.unknown-colum", "unknown diagnostic code unknown-colum. Did you mean: unknown-column?"],
      ["config-unknown-code", 3, 3, "codes.plan-yaml-error", expect.stringContaining("plan-yaml-error cannot be changed in the config")],
      ["config-unknown-code", 4, 3, "codes.stale-data", expect.stringContaining("stale-data cannot be changed")],
    ]);
  });

  it("suggests the nearest threshold for an unknown name, and checks values as --threshold does", () => {
    expect(codesOf("thresholds:\n  stale_yers: 3\n  lag_yellow_points: 50\n")).toEqual([
      ["config-unknown-threshold", 2, 3, "thresholds.stale_yers", "unknown threshold stale_yers. Did you mean: stale_years?"],
      // 50 > lag_red_points' default 30.
      ["config-invalid-value", 3, 22, "thresholds.lag_yellow_points", "the thresholds make no sense: lag_yellow_points ≤ lag_red_points must hold"],
    ]);
    expect(codesOf("thresholds:\n  nearly_met_band: .nan\n")).toEqual([["config-yaml-error", 2, 20, "thresholds.nearly_met_band", "a number that is not finite (.nan, .inf or out of range)"]]);
  });

  it("reports YAML syntax errors and duplicate keys with line and column, worded in Chinese too", () => {
    expect(codesOf("lang: en\nmethod: sdsn: x\n")).toEqual([["config-yaml-error", 2, 9, undefined, "YAML syntax error: Nested mappings are not allowed in compact mappings"]]);
    expect(codesOf("lang: en\nlang: zh\n")).toEqual([["config-yaml-error", 2, 1, undefined, "key lang appears twice"]]);
    expect(parseConfig("lang: en\n\tmethod: sdsn\n", FILE, "zh").diagnostics.map((d) => [d.source?.line, d.message])).toEqual([[2, "YAML 语法错误：不能用制表符缩进，请用空格"]]);
  });

  it("refuses hostile YAML: an alias bomb and nesting past 64 levels", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 6 }, (_, i) => `${"bcdefg"[i]}: &${"bcdefg"[i]} [${Array(10).fill(`*${i === 0 ? "a" : "bcdefg"[i - 1]}`).join(", ")}]`), "codes: {}"].join("\n");
    expect(codesOf(bomb).map((d) => [d[0], d[4]])).toEqual([["config-refused", "too many YAML alias expansions (over 100): refused as a likely alias bomb"]]);
    const deep = "codes:\n" + Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n") + " 1\n";
    expect(codesOf(deep).map((d) => [d[0], d[4]])).toEqual([["config-refused", "the config file nests over 64 levels; refused"]]);
  });

  it("does not let __proto__ keys through", () => {
    expect(codesOf("__proto__:\n  lang: en\n").map((d) => d[0])).toEqual(["config-unknown-field"]);
    expect(codesOf("codes:\n  __proto__: off\n").map((d) => d[0])).toEqual(["config-unknown-code"]);
  });
});
