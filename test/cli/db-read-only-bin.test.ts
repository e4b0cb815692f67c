// The real bin (dist/, made by `npm test`'s pretest build) run as an unprivileged user on a database it may only read:
// under root (usual in CI) permission bits stop nothing, so this is where "read-only" is really exercised.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/hld-women.js");
const built = existsSync(path.join(ROOT, "dist/cli/run.js"));
const runuser = ["/usr/sbin/runuser", "/sbin/runuser"].find((p) => existsSync(p));
const canDrop = process.getuid?.() === 0 && runuser !== undefined;

let dir: string, cleanup: () => void, db: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir("hld-db-ro-bin-"));
  const sub = path.join(dir, "ro");
  mkdirSync(sub);
  db = path.join(sub, "hld-women.db");
  expect((await runCli(["ingest", path.resolve("fixtures/ingest/clean-long.csv"), "--db", db])).code).toBe(0);
  chmodSync(db, 0o444);
  chmodSync(sub, 0o555);
  chmodSync(dir, 0o755);
}, 60_000);
afterAll(() => {
  chmodSync(path.join(dir, "ro"), 0o755);
  cleanup();
});

describe.skipIf(!built || !canDrop)("a read-only database read by a user who cannot write it", () => {
  it("check, db log and db export read it; nothing appears beside it", () => {
    const out = path.join(dir, "export.csv");
    chmodSync(dir, 0o777);
    for (const args of [["check", "--db", db, "--fail-on", "none", "-f", "json"], ["db", "log", "--db", db], ["db", "export", "--db", db, "-o", out]]) {
      const r = spawnSync(runuser!, ["-u", "nobody", "--", process.execPath, BIN, ...args], { cwd: ROOT, encoding: "utf8" });
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toContain("只读");
    }
    expect(readdirSync(path.join(dir, "ro"))).toEqual(["hld-women.db"]);
    expect(existsSync(out)).toBe(true);
  });

  it("ingest is told the database is read-only (exit 2)", () => {
    const r = spawnSync(runuser!, ["-u", "nobody", "--", process.execPath, BIN, "ingest", "fixtures/ingest/clean-long.csv", "--db", db], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`hld-women: 数据库 ${db} 是只读的，无法写入\n`);
  });
});
