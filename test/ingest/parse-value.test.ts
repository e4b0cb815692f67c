import { describe, expect, it } from "vitest";
import { parseValue } from "../../src/ingest/parse-value.js";
import { parseYear, parseYearHeader } from "../../src/ingest/parse-year.js";
import { parseSex } from "../../src/ingest/parse-sex.js";

const num = (s: string | number) => {
  const v = parseValue(s);
  return v.kind === "number" ? v.value : v.kind;
};

describe("parseValue", () => {
  it("reads plain numbers and numbers stored as text", () => {
    expect(num(96.1)).toBe(96.1);
    expect(num("96.1")).toBe(96.1);
    expect(num(" 7 ")).toBe(7);
    expect(num("-3.5")).toBe(-3.5);
    expect(num(".5")).toBe(0.5);
    expect(num("'96.1")).toBe(96.1);
  });
  it("understands percent, per mille, thousands separators and full-width digits", () => {
    expect(parseValue("45%")).toEqual({ kind: "number", value: 45, percent: true, permille: false });
    expect(parseValue("４５％")).toEqual({ kind: "number", value: 45, percent: true, permille: false });
    expect(parseValue("3.2‰")).toEqual({ kind: "number", value: 3.2, percent: false, permille: true });
    expect(num("1,234")).toBe(1234);
    expect(num("1,234,567.5")).toBe(1234567.5);
    expect(num("９６．５")).toBe(96.5);
    expect(num("－２")).toBe(-2);
  });
  it("treats the missing markers as missing", () => {
    for (const m of ["", "—", "——", "–", "-", "..", "…", "...", "NA", "n/a", "无", "/", "  —  "]) expect(num(m), m).toBe("missing");
  });
  it("rejects everything else", () => {
    for (const bad of ["约96", "96.1.2", "1,23", "12,34,567", "0x1A", "#DIV/0!", "TRUE", "96 %x", "Infinity", "1e999", "二十"]) expect(num(bad), bad).toBe("invalid");
    expect(num(Number.NaN)).toBe("invalid");
  });
});

describe("parseYear", () => {
  it("reads years as numbers, text, 年 and 年度 forms, full-width digits and dates", () => {
    expect(parseYear(2024)).toBe(2024);
    expect(parseYear("2024")).toBe(2024);
    expect(parseYear("2024年")).toBe(2024);
    expect(parseYear("2024年度")).toBe(2024);
    expect(parseYear("２０２４年")).toBe(2024);
    expect(parseYear("２０２４")).toBe(2024);
    expect(parseYear(new Date(Date.UTC(2024, 0, 1)))).toBe(2024);
  });
  it("accepts Excel date serials in a year column (the streaming reader hands East-Asian date formats over as serials)", () => {
    expect(parseYear(45292)).toBe(2024); // 2024-01-01
    expect(parseYear(45657)).toBe(2024); // 2024-12-31
  });
  it("rejects what is not a year", () => {
    for (const bad of ["二〇二四", "24", "2024-01", "2024.5", 2024.5, "", null, true]) expect(parseYear(bad), String(bad)).toBeUndefined();
  });
  it("accepts as year headers only years, never serials", () => {
    expect(parseYearHeader("2020年")).toBe(2020);
    expect(parseYearHeader(2022)).toBe(2022);
    expect(parseYearHeader(45292)).toBeUndefined();
    expect(parseYearHeader("数值")).toBeUndefined();
  });
});

describe("parseSex", () => {
  it("maps Chinese and English names, and empty to null", () => {
    expect(parseSex("女")).toBe("female");
    expect(parseSex(" Female ")).toBe("female");
    expect(parseSex("男性")).toBe("male");
    expect(parseSex("合计")).toBe("total");
    expect(parseSex("")).toBeNull();
    expect(parseSex("未知")).toBeUndefined();
  });
});
