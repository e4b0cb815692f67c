import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findConfig } from "../../src/config/find-config.js";

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), "hld-find-config-"));
  mkdirSync(path.join(root, "repo/a/b"), { recursive: true });
  return root;
}

describe("findConfig", () => {
  it("finds the config two folders up", () => {
    const root = tree();
    writeFileSync(path.join(root, "repo/hld-women.config.yaml"), "lang: en\n");
    expect(findConfig(path.join(root, "repo/a/b"))).toBe(path.join(root, "repo/hld-women.config.yaml"));
  });

  it("prefers the nearest folder, and hld-women.config.yaml over .hld-women.yaml in one folder", () => {
    const root = tree();
    writeFileSync(path.join(root, "repo/hld-women.config.yaml"), "");
    writeFileSync(path.join(root, "repo/a/.hld-women.yaml"), "");
    expect(findConfig(path.join(root, "repo/a/b"))).toBe(path.join(root, "repo/a/.hld-women.yaml"));
    writeFileSync(path.join(root, "repo/a/hld-women.config.yaml"), "");
    expect(findConfig(path.join(root, "repo/a/b"))).toBe(path.join(root, "repo/a/hld-women.config.yaml"));
  });

  it("stops at a folder holding .git (the repository root)", () => {
    const root = tree();
    writeFileSync(path.join(root, "hld-women.config.yaml"), "");
    mkdirSync(path.join(root, "repo/.git"));
    expect(findConfig(path.join(root, "repo/a/b"))).toBeUndefined();
    writeFileSync(path.join(root, "repo/.hld-women.yaml"), "");
    expect(findConfig(path.join(root, "repo/a/b"))).toBe(path.join(root, "repo/.hld-women.yaml"));
  });

  it("ignores a folder that bears the config's name", () => {
    const root = tree();
    mkdirSync(path.join(root, "repo/a/hld-women.config.yaml"));
    mkdirSync(path.join(root, "repo/.git"));
    expect(findConfig(path.join(root, "repo/a/b"))).toBeUndefined();
  });
});
