// Notes go from one database to another through db export and db import unchanged, byte for byte, although the
// CSV export guards those a spreadsheet would run as formulas.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";

const HEADER = "指标代码,指标名称,地区代码,地区,年份,数值,单位,备注";
// Stored notes as a county keeps them; the last ones already begin with apostrophes.
const NOTES = ["=SUM(A1)", "-3", "+86", "@home", "＝全角", "'=A1", "''+1", "'plain", "plain'", "普通备注"];

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-notes-")));
afterEach(() => cleanup());
const cli = (...args: string[]) => runCli(args, { cwd: dir });

function storedNotes(db: string): string[] {
  const d = new Database(path.join(dir, db), { readonly: true });
  try {
    return d.prepare("SELECT r.note FROM revisions r JOIN observations o ON o.id = r.observation_id ORDER BY o.year").pluck().all() as string[];
  } finally {
    d.close();
  }
}

/** A county database whose notes are exactly NOTES, one a year (written directly: ingest reads a CSV's cells as text). */
async function county(): Promise<void> {
  const rows = NOTES.map((_, i) => `female_life_expectancy,妇女人均预期寿命,211421,绥中县,${2010 + i},80,岁,x${i}`);
  writeFileSync(path.join(dir, "county.csv"), "\uFEFF" + [HEADER, ...rows].join("\r\n") + "\r\n");
  expect((await cli("ingest", "county.csv", "--db", "county.db")).code).toBe(0);
  const d = new Database(path.join(dir, "county.db"));
  NOTES.forEach((note, i) => d.prepare("UPDATE revisions SET note = ? WHERE note = ?").run(note, `x${i}`));
  d.close();
  expect(storedNotes("county.db")).toEqual(NOTES);
}

describe("db export → db import keeps notes exactly", () => {
  it("through CSV: the export guards formulas with an apostrophe, the import takes exactly that apostrophe off", async () => {
    await county();
    expect((await cli("db", "export", "--db", "county.db", "-o", "out.csv")).code).toBe(0);
    const csv = readFileSync(path.join(dir, "out.csv"), "utf8");
    expect(csv).toContain(",80,岁,'=SUM(A1)\r\n");
    expect(csv).toContain(",80,岁,'-3\r\n");
    const imp = await cli("db", "import", "out.csv", "--db", "city.db");
    expect(imp.code, imp.stdout + imp.stderr).toBe(0);
    expect(storedNotes("city.db")).toEqual(NOTES);
    // And once more: the city's own export is the county's, byte for byte.
    expect((await cli("db", "export", "--db", "city.db", "-o", "again.csv")).code).toBe(0);
    expect(readFileSync(path.join(dir, "again.csv"), "utf8")).toBe(csv);
  });

  it("through XLSX and through ingest as well", async () => {
    await county();
    expect((await cli("db", "export", "--db", "county.db", "-o", "out.xlsx")).code).toBe(0);
    expect((await cli("db", "import", "out.xlsx", "--db", "city.db")).code).toBe(0);
    expect(storedNotes("city.db")).toEqual(NOTES);
    expect((await cli("db", "export", "--db", "county.db", "-o", "out.csv")).code).toBe(0);
    expect((await cli("ingest", "out.csv", "--db", "province.db")).code).toBe(0);
    expect(storedNotes("province.db")).toEqual(NOTES);
  });
});
