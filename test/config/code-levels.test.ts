import { describe, expect, it } from "vitest";
import { applyCodeLevels, isLevelledCode, levelledCodes } from "../../src/config/code-levels.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";

const d = (code: Diagnostic["code"], severity: Diagnostic["severity"]): Diagnostic => ({ code, severity, message: code });

describe("applyCodeLevels", () => {
  const list = [d("unknown-column", "warning"), d("invalid-number", "error"), d("blank-row", "info")];

  it("drops codes turned off, re-levels others and keeps the order", () => {
    expect(applyCodeLevels(list, new Map([["unknown-column", "off"], ["blank-row", "error"]]))).toEqual([d("invalid-number", "error"), d("blank-row", "error")]);
  });

  it("returns an equal list when no level applies, and does not change the given diagnostics", () => {
    expect(applyCodeLevels(list, new Map())).toEqual(list);
    applyCodeLevels(list, new Map([["invalid-number", "info"]]));
    expect(list[1]).toEqual(d("invalid-number", "error"));
  });

  it("levels the codes of reading data and the database, not plan or result codes", () => {
    expect([isLevelledCode("unknown-column"), isLevelledCode("aggregate-mismatch"), isLevelledCode("db-unknown-region")]).toEqual([true, true, true]);
    expect([isLevelledCode("plan-yaml-error"), isLevelledCode("stale-data"), isLevelledCode("config-refused"), isLevelledCode("nonsense")]).toEqual([false, false, false, false]);
    expect(levelledCodes()).toContain("too-many-diagnostics");
  });
});
