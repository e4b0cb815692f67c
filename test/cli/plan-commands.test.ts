import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("hld-women plan", () => {
  it("validates the bundled plan with exit 0", async () => {
    const r = await runCli(["plan", "validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/huludao-women@1 有效（78 个主要目标/);
    expect(r.stderr).toBe("");
  });

  it("rejects an unknown format with exit 2 and the list of formats", async () => {
    const r = await runCli(["plan", "show", "-f", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不支持的输出格式 xml；可用：table, json");
    expect(r.stdout).toBe("");
  });

  it("maps commander usage errors to exit 2", async () => {
    const r = await runCli(["no-such-command"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("hld-women: 未知命令 no-such-command\n用“hld-women --help”查看用法。\n");
  });
});
