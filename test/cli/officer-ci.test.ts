import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { displayWidth } from "../../src/util/display-width.js";

const F = "fixtures/officer";
// Exit 0 with one warning (the title and the file name disagree on the year) and two infos.
const WARNED = `${F}/绥中县2023年报.csv`;

describe("validate in CI: --quiet, --max-warnings, terminal width", () => {
  it("--quiet lists errors only and keeps the counts", async () => {
    const r = await runCli(["validate", WARNED, "--quiet"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe("1 个文件，3 行：0 个错误，1 个警告，2 个提示\n");
    const errors = await runCli(["validate", `${F}/typos-and-units.csv`, "--quiet", "-f", "json"]);
    const j = JSON.parse(errors.stdout) as { summary: Record<string, number>; diagnostics: { severity: string }[] };
    expect(errors.code).toBe(1);
    expect(j.diagnostics.map((d) => d.severity)).toEqual(["error", "error"]);
    expect(j.summary).toMatchObject({ errors: 2, warnings: 1 });
  });

  it("--max-warnings n exits 1 only when the warnings exceed n", async () => {
    expect((await runCli(["validate", WARNED, "--max-warnings", "0"])).code).toBe(1);
    expect((await runCli(["validate", WARNED, "--max-warnings", "1"])).code).toBe(0);
    const bad = await runCli(["validate", WARNED, "--max-warnings", "-1"]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, "", "hld-women: --max-warnings：-1 不是大于等于 0 的整数\n"]);
  });

  it("wraps the table to COLUMNS=80 at word and CJK boundaries, never inside an ASCII word", async () => {
    const r = await runCli(["validate", `${F}/title-only-2024.csv`, "--lang", "en"], { env: { COLUMNS: "80" } });
    const lines = r.stdout.split("\n");
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
    expect(r.stdout).toContain("The plan has no indicator 宫颈癌患者早珍率; did you\n");
    // A word cut in two would leave pieces that are not words of any message.
    const j = await runCli(["validate", `${F}/title-only-2024.csv`, "--lang", "en", "-f", "json"]);
    const words = new Set(j.stdout.match(/[A-Za-z0-9_]+/g));
    const own = new Set(["row", "error", "warning", "info", "file", "s"]);
    expect(r.stdout.match(/[A-Za-z0-9_]+/g)!.filter((w) => !words.has(w) && !own.has(w))).toEqual([]);
  });
});
