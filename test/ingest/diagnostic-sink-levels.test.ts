import { describe, expect, it } from "vitest";
import { DiagnosticSink, type LevelOf } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";
import { levelOf } from "../../src/config/code-levels.js";

const t = translator(ingestMessages, "en");
const levels: LevelOf = levelOf(new Map([["invalid-number", "off"], ["blank-row", "error"], ["implausible-change", "info"]]))!;

describe("DiagnosticSink with code levels", () => {
  it("drops a code turned off without using the file's list, and raises the others at their level", () => {
    const sink = new DiagnosticSink(t, 2, levels);
    for (let row = 1; row <= 5; row++) sink.add("invalid-number", "error", { file: "a.csv", row });
    sink.add("blank-row", "info", { file: "a.csv", row: 9 });
    sink.add("unknown-column", "warning", { file: "a.csv", row: 1 });
    expect(sink.list.map((d) => [d.code, d.severity])).toEqual([["blank-row", "error"], ["unknown-column", "warning"]]);
    expect(sink.added).toBe(2);
  });

  it("counts the overflow at the new level, and not at all for a code turned off", () => {
    const sink = new DiagnosticSink(t, 1, levels);
    sink.add("unknown-column", "warning", { file: "a.csv" });
    sink.add("blank-row", "info", { file: "a.csv" });
    sink.skip("a.csv", "warning", "implausible-change");
    sink.skip("a.csv", "error", "invalid-number");
    expect(sink.list.map((d) => [d.code, d.severity, d.count])).toEqual([["unknown-column", "warning", undefined], ["too-many-diagnostics", "error", 1], ["too-many-diagnostics", "info", 1]]);
    expect(sink.added).toBe(3);
  });

  it("applies the level to the problem that stopped a file, and drops it when off", () => {
    const sink = new DiagnosticSink(t, 10, levelOf(new Map([["parse-error", "warning"], ["empty-file", "off"]])));
    sink.refuse("parse-error", { file: "a.csv" });
    sink.refuse("empty-file", { file: "b.csv" });
    expect(sink.list.map((d) => [d.code, d.severity])).toEqual([["parse-error", "warning"]]);
  });

  it("without levels raises every code as given", () => {
    expect(levelOf(new Map())).toBeUndefined();
    const sink = new DiagnosticSink(t, 10);
    sink.add("invalid-number", "error", { file: "a.csv" });
    sink.skip("a.csv", "warning", "implausible-change");
    expect(sink.list.map((d) => [d.code, d.severity, d.count])).toEqual([["invalid-number", "error", undefined], ["too-many-diagnostics", "warning", 1]]);
    expect(sink.added).toBe(2);
  });
});
