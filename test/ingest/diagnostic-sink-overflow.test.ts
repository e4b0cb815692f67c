import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/ingest/diagnostic-sink.js";
import { translator } from "../../src/i18n/messages.js";
import { ingestMessages } from "../../src/ingest/messages.js";

const t = translator(ingestMessages, "en");

describe("DiagnosticSink's overflow count", () => {
  it("says how many were not listed, up to date each time the list is read", () => {
    const sink = new DiagnosticSink(t, 2);
    for (let row = 1; row <= 5; row++) sink.add("invalid-number", "error", { file: "a.csv", row });
    // 2 listed, 5 − 2 = 3 counted
    const first = sink.list.find((d) => d.code === "too-many-diagnostics")!;
    expect(first.count).toBe(3);
    expect(first.message).toBe(t("too-many-errors", { limit: 2, count: 3 }));
    expect(first.message).toContain("3");
    for (let row = 6; row <= 1005; row++) sink.add("invalid-number", "error", { file: "a.csv", row });
    // 3 + 1,000 more
    const later = sink.list.find((d) => d.code === "too-many-diagnostics")!;
    expect(later).toBe(first);
    expect(later.message).toBe(t("too-many-errors", { limit: 2, count: 1003 }));
    expect(sink.added).toBe(1005);
  });
});
