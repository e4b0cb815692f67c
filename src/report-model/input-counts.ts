/** How much input a report rests on, for the data-problems summary line. */
import type { Report } from "../model/report.js";

/** What was read: as given, or counted from the report (files named by diagnostics, points in the series). */
export function inputCounts(report: Report, input?: { files: number; rows: number }): { files: number; rows: number } {
  if (input) return input;
  const files = new Set(report.diagnostics.map((d) => d.source?.file).filter(Boolean)).size;
  return { files, rows: report.results.reduce((n, r) => n + r.series.length, 0) };
}
