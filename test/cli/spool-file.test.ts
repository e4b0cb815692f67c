import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spoolPieces } from "../../src/cli/spool-file.js";

describe("spoolPieces", () => {
  it("reads back exactly what was written, across chunk edges inside multi-byte characters, then leaves nothing behind", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-spool-test-"));
    const pieces = Array.from({ length: 3000 }, (_, i) => `${"妇女发展😀".repeat(40)}${i}\n`);
    const spool = spoolPieces(pieces, dir);
    // Already gone from the folder: only the open descriptor holds it.
    expect(readdirSync(dir)).toEqual([]);
    const back = [...spool.read()];
    expect(back.length).toBeGreaterThan(1);
    expect(back.join("")).toBe(pieces.join(""));
    expect([...spool.read()].join("")).toBe(pieces.join(""));
    spool.dispose();
    spool.dispose();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it("hands the text back as bytes, undecoded, in fresh buffers (a chunk edge may fall inside a character)", () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `${"妇女发展😀".repeat(40)}${i}\n`);
    const spool = spoolPieces(pieces);
    const chunks = [...spool.bytes()];
    expect(chunks.length).toBeGreaterThan(1);
    // Each chunk is its own buffer, so a writer that keeps a reference (an async stream) keeps its bytes.
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(pieces.join(""));
    expect(Buffer.concat(chunks).length).toBe(Buffer.byteLength(pieces.join(""), "utf8"));
    spool.dispose();
  });

  it("removes the temp file when making the pieces fails", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-spool-test-"));
    function* failing() {
      yield "x".repeat(2 << 20);
      throw new Error("assessment failed");
    }
    expect(() => spoolPieces(failing(), dir)).toThrow("assessment failed");
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it("says which folder it could not write to", () => {
    const missing = path.join(tmpdir(), "hld-spool-none", "deeper");
    expect(() => spoolPieces(["x"], missing)).toThrow(expect.objectContaining({ reason: "io", target: missing }));
    expect(existsSync(missing)).toBe(false);
  });

  it("reads an empty spool as nothing", () => {
    const spool = spoolPieces([]);
    expect([...spool.read()]).toEqual([]);
    spool.dispose();
  });
});
