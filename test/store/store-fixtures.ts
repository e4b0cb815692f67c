/** Helpers for store tests: temp dirs, hand-made observations, a fixed clock, file metadata. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Observation, Sex } from "../../src/model/observation.js";
import type { FileMeta } from "../../src/store/observation-store.js";

/** A fresh temp directory; call the returned cleanup in afterEach. */
export function tempDir(prefix = "hld-store-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock that advances one minute per reading, from 2025-03-31T00:00Z. */
export function steppingClock(): () => Date {
  let t = Date.UTC(2025, 2, 31);
  return () => new Date((t += 60_000));
}

/** One observation from a file, row numbers as given. */
export function obs(indicator: string, region: string, year: number, value: number, row: number, file = "a.csv", sex?: Sex): Observation {
  const o: Observation = { indicator, region, year, value, source: { file, row } };
  if (sex) o.sex = sex;
  return o;
}

/** File metadata with a sha256 made from a seed (64 hex digits). */
export function meta(name: string, seed: string, kind: FileMeta["kind"] = "ingest"): FileMeta {
  return { name, sha256: seed.padEnd(64, "0").slice(0, 64), size: 100, kind };
}
