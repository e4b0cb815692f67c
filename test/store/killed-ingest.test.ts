// A kill mid-ingest must leave the database as it was: the child runs the real compiled CLI code from dist/.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../src/store/sqlite-store.js";
import { tempDir, steppingClock } from "./store-fixtures.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist/cli/commands/db-commands.js");
const built = existsSync(DIST);
const REGIONS = 1000, Y0 = 1950, Y1 = 2016, INDICATORS = ["maternal_mortality_ratio", "cervical_cancer_screening_rate", "female_share_employed"];
const ROWS = INDICATORS.length * REGIONS * (Y1 - Y0 + 1);

let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-kill-")));
afterEach(() => cleanup());

/** The mini plan with 1000 extra counties, so 201,000 distinct keys fit three indicators. */
function writeFixtures(): void {
  const mini = readFileSync(path.join(ROOT, "fixtures/plans/mini-v1.yaml"), "utf8");
  const regions = Array.from({ length: REGIONS }, (_, i) => `  - {code: "${990000 + i}", name: {zh: 测试县${i}, en: Test County ${i}}, level: county, parent: "211400"}`).join("\n");
  writeFileSync(path.join(dir, "big-plan.yaml"), mini.replace(/(regions:\n(?: {2}- .*\n)+)/, (m) => m + regions + "\n"));
  const lines = ["指标代码,地区代码,年份,数值"];
  for (const id of INDICATORS) for (let r = 0; r < REGIONS; r++) for (let y = Y0; y <= Y1; y++) lines.push(`${id},${990000 + r},${y},${(40 + (r % 10) + (y % 3) * 0.1).toFixed(1)}`);
  writeFileSync(path.join(dir, "big.csv"), lines.join("\n") + "\n");
}

function runChild(args: string[]): { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "hld-women.js"), ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return { done, kill: () => child.kill("SIGKILL") };
}

const sizeOf = (f: string): number => (existsSync(f) ? statSync(f).size : 0);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("an ingest killed mid-transaction", () => {
  it.skipIf(!built)(`leaves a consistent database with all or none of the file's rows${built ? "" : " — SKIPPED: dist/ is missing, run `npm run build` first"}`, async () => {
    writeFixtures();
    const dbFile = path.join(dir, "big.db");
    // Created and migrated here and closed cleanly (no -wal left), so WAL growth in the child means its ingest is writing.
    await (await openSqliteStore(dbFile, { now: steppingClock(), access: "write" })).close();
    const mainBefore = readFileSync(dbFile);
    const wal = `${dbFile}-wal`;

    const child = runChild(["ingest", "big.csv", "--plan", "big-plan.yaml", "--db", "big.db"]);
    let exited = false;
    void child.done.then(() => (exited = true));
    let walAtKill = 0;
    for (const started = Date.now(); !exited && Date.now() - started < 60_000; await sleep(2)) {
      walAtKill = sizeOf(wal);
      if (walAtKill > 0) {
        child.kill();
        break;
      }
    }
    const end = await child.done;
    expect(end.signal, `the child ended on its own before any database activity was seen: ${end.stderr}`).toBe("SIGKILL");
    expect(walAtKill).toBeGreaterThan(0);

    const db = new Database(dbFile);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const revisions = db.prepare("SELECT count(*) FROM revisions").pluck().get() as number;
    const keys = db.prepare("SELECT count(*) FROM observations").pluck().get() as number;
    const files = db.prepare("SELECT count(*) FROM files").pluck().get() as number;
    db.close();
    if (process.env.HLD_KILL_DEBUG) console.log({ walAtKill, revisions });
    expect([0, ROWS]).toContain(revisions);
    expect(keys).toBe(revisions);
    expect(files).toBe(revisions === 0 ? 0 : 1);
    if (revisions === 0) expect(readFileSync(dbFile).equals(mainBefore)).toBe(true);

    // The database takes the same file afterwards, completely.
    const again = await runChild(["ingest", "big.csv", "--plan", "big-plan.yaml", "--db", "big.db"]).done;
    expect(again.code, again.stderr).toBe(0);
    const after = new Database(dbFile, { readonly: true });
    expect(after.prepare("SELECT count(*) FROM revisions").pluck().get()).toBe(ROWS);
    expect(after.prepare("SELECT status FROM files").pluck().all()).toEqual(["complete"]);
    after.close();
  }, 120_000);
});
