// Every message catalog in src/ (every file that calls defineMessages) has the same keys and placeholders in zh and en.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function findCatalogFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? findCatalogFiles(path.join(dir, e.name))
      : e.name.endsWith(".ts") && dir !== "src/i18n" && readFileSync(path.join(dir, e.name), "utf8").includes("defineMessages(")
        ? [path.join(dir, e.name)]
        : [],
  );
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("message catalogs", () => {
  const files = findCatalogFiles("src");
  it("exist", () => expect(files.length).toBeGreaterThan(2));
  it.each(files)("%s: zh and en have the same keys and placeholders, none empty", async (file) => {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    const catalogs = Object.values(mod).filter((v): v is { zh: Record<string, string>; en: Record<string, string> } => typeof v === "object" && v !== null && "zh" in v && "en" in v);
    expect(catalogs.length).toBeGreaterThan(0);
    for (const c of catalogs) {
      expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.zh).sort());
      for (const k of Object.keys(c.zh)) {
        expect(c.zh[k], k).not.toBe("");
        expect(placeholders(c.en[k]!), k).toEqual(placeholders(c.zh[k]!));
      }
    }
  });
});

describe("dynamic keys", () => {
  it("hasKey tells a key built at run time from one the catalog lacks", async () => {
    const { hasKey } = await import("../../src/i18n/messages.js");
    const { explainMessages } = await import("../../src/assess/explain-messages.js");
    expect(hasKey(explainMessages, "step-gap")).toBe(true);
    expect(hasKey(explainMessages, "step-no-such-step")).toBe(false);
    expect(hasKey(explainMessages, "toString")).toBe(false);
  });
});
