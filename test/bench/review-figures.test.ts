import { describe, expect, it } from "vitest";
import { aimsFor, baselineFor, median, parseSize } from "../../bench/review-figures.js";

type Fig = { command: string; size: string; rows: number | null; cpu_s: number | null; wall_s: number | null; rss_mb: number | null; rows_per_s: number | null; in_process_cpu_s: number | null; timed_out: boolean; failed: string | null };
const fig = (over: Partial<Fig>): Fig => ({ command: "validate", size: "1M", rows: 1_000_000, cpu_s: 5, wall_s: 6, rss_mb: 200, rows_per_s: 200_000, in_process_cpu_s: 5, timed_out: false, failed: null, ...over });
const lookup = (figs: Fig[]) => (command: string, size: string) => figs.find((f) => f.command === command && f.size === size) ?? null;

describe("bench sizes and medians", () => {
  it("reads size labels as row counts", () => {
    expect(parseSize("10k")).toBe(10_000);
    expect(parseSize("100K")).toBe(100_000);
    expect(parseSize("1M")).toBe(1_000_000);
    expect(parseSize("3.42M")).toBe(3_420_000);
    expect(parseSize("2500")).toBe(2500);
    expect(() => parseSize("1G")).toThrow(/not a size/);
    expect(() => parseSize("0")).toThrow(/not a size/);
  });

  it("takes the middle value, the upper one of an even count, skipping missing values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([null, 7, undefined])).toBe(7);
    expect(median([])).toBeNull();
  });

  it("keeps the review's figures, with a note where the command did not finish", () => {
    expect(baselineFor("check-json", "1M")).toEqual({ cpu_s: 21.0, rss_mb: 3000 });
    expect(baselineFor("check-table", "1M")).toEqual({ cpu_s: null, rss_mb: null, note: "> 20 min, nothing printed" });
    expect(baselineFor("validate", "3.42M")).toEqual({ cpu_s: 13.8, rss_mb: 374 });
    expect(baselineFor("report-100", "100 regions")).toBeNull();
  });
});

describe("bench aims", () => {
  it("compares validate with csv-parse on the same file by rows per in-process CPU second from 100k rows on, and its memory at 1M", () => {
    const base = fig({ command: "csv-parse", in_process_cpu_s: 4.25, rows_per_s: 1 });
    expect(aimsFor(fig({ in_process_cpu_s: 5, rows_per_s: 1 }), lookup([base]))).toEqual([
      { text: "≥ 0.85× csv-parse rows/CPU s", met: true },
      { text: "≤ 250 MB", met: true },
    ]);
    expect(aimsFor(fig({ in_process_cpu_s: 5.01, rss_mb: 251 }), lookup([base])).map((a: { met: boolean }) => a.met)).toEqual([false, false]);
    expect(aimsFor(fig({ size: "10k", rows: 10_000 }), lookup([{ ...base, size: "10k" }]))).toEqual([]);
    expect(aimsFor(fig({ size: "100k", rows: 100_000 }), lookup([]))).toEqual([{ text: "≥ 0.85× csv-parse rows/CPU s", met: null }]);
  });

  it("compares validate XLSX with exceljs by rows per in-process CPU second", () => {
    const base = fig({ command: "exceljs", size: "100k", rows: 100_000, in_process_cpu_s: 2 });
    const xlsx = fig({ command: "validate-xlsx", size: "100k", rows: 100_000, in_process_cpu_s: 2.5 });
    expect(aimsFor(xlsx, lookup([base]))).toEqual([{ text: "≥ 0.80× exceljs rows/CPU s", met: true }]);
    expect(aimsFor({ ...xlsx, in_process_cpu_s: 2.51 }, lookup([base]))[0].met).toBe(false);
  });

  it("holds check json at 1M to 1.5× validate's CPU and the table to 2× json", () => {
    const validate = fig({ cpu_s: 10 });
    const json = fig({ command: "check-json", cpu_s: 15 });
    expect(aimsFor(json, lookup([validate]))).toEqual([{ text: "CPU ≤ 1.5× validate", met: true }]);
    expect(aimsFor({ ...json, cpu_s: 15.1 }, lookup([validate]))[0].met).toBe(false);
    expect(aimsFor(fig({ command: "check-table", cpu_s: 30 }), lookup([json]))).toEqual([{ text: "CPU ≤ 2× check json", met: true }]);
    expect(aimsFor(fig({ command: "check-table", cpu_s: 30.1 }), lookup([json]))[0].met).toBe(false);
  });

  it("never counts a run that timed out or failed as meeting its aim", () => {
    const json = fig({ command: "check-json", cpu_s: 15 });
    expect(aimsFor(fig({ command: "check-table", cpu_s: null, wall_s: null, timed_out: true }), lookup([json]))).toEqual([{ text: "CPU ≤ 2× check json", met: false }]);
    expect(aimsFor(fig({ command: "check-json", size: "3.42M", rss_mb: null, failed: "crashed: JavaScript heap out of memory" }), lookup([]))).toEqual([{ text: "≤ 1 GB", met: false }]);
  });

  it("applies the 3.42M aims to ingest and check json, the memory aim to the 100-region report and wall time to the sample", () => {
    expect(aimsFor(fig({ command: "ingest", size: "3.42M", rows_per_s: 150_000, rss_mb: 400 }), lookup([])).map((a: { met: boolean }) => a.met)).toEqual([true, true]);
    expect(aimsFor(fig({ command: "ingest", size: "3.42M", rows_per_s: 149_999, rss_mb: 401 }), lookup([])).map((a: { met: boolean }) => a.met)).toEqual([false, false]);
    expect(aimsFor(fig({ command: "ingest", size: "1M" }), lookup([]))).toEqual([]);
    expect(aimsFor(fig({ command: "check-json", size: "3.42M", rss_mb: 1024 }), lookup([]))).toEqual([{ text: "≤ 1 GB", met: true }]);
    expect(aimsFor(fig({ command: "report-100", size: "100 regions", rss_mb: 501 }), lookup([]))).toEqual([{ text: "≤ 500 MB", met: false }]);
    expect(aimsFor(fig({ command: "report-sample", size: "sample", wall_s: 1.5 }), lookup([]))).toEqual([{ text: "≤ 1.5 s wall", met: true }]);
  });
});
