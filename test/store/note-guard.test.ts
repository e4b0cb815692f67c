import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteForExport, noteFromImport } from "../../src/store/note-guard.js";
import { safeText } from "../../src/util/safe-text.js";

// Strings rich in what matters here: apostrophes and formula triggers at the start.
const note = fc.array(fc.constantFrom("'", "=", "+", "-", "@", "\t", "＝", "a", "1", "备"), { maxLength: 6 }).map((a) => a.join(""));

describe("note guard", () => {
  it("export then import gives every note back: through CSV (formula guard applied) and XLSX (not applied)", () => {
    fc.assert(fc.property(fc.oneof(note, fc.string()), (s) => {
      expect(noteFromImport(safeText(noteForExport(s)))).toBe(s);
      expect(noteFromImport(noteForExport(s))).toBe(s);
    }));
  });

  it("leaves ordinary notes and apostrophes before ordinary text alone", () => {
    for (const s of ["普通备注", "'plain", "plain'", "3", ""]) {
      expect(noteForExport(s)).toBe(s);
      expect(noteFromImport(s)).toBe(s);
    }
    expect(noteFromImport("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(noteForExport("'-3")).toBe("''-3");
  });
});
