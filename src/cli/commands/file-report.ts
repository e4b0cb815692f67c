/** What happened to each file of an `ingest` or `db import`, as text lines and as JSON. */
import type { Plan } from "../../model/plan.js";
import type { Severity } from "../../model/diagnostic.js";
import type { Lang } from "../../i18n/lang.js";
import { translator, type Translate } from "../../i18n/messages.js";
import { dbCommandMessages, type DbCommandMessageKey } from "./db-command-messages.js";
import type { FileOrigin, FileRecord, ObservationKey } from "../../store/observation-store.js";
import type { FileOutcome, KeyChange } from "../../store/store-file.js";

/** One file's fate. */
export type FileReport =
  | { file: string; status: "stored"; kind: FileOrigin; outcome: FileOutcome }
  | { file: string; status: "skipped"; sha256: string; previous: FileRecord }
  | { file: string; status: "rejected"; sha256: string; rows: number; failing: number }
  | { file: string; status: "unreadable" };

/** How to word the reports. */
export interface DescribeOptions {
  lang: Lang;
  plan: Plan;
  dryRun: boolean;
  failSeverity: Severity;
  /** Revised and conflicting keys listed per file before "… and N more". */
  maxLines: number;
}

/** "mmr · 兴城市 · 2023 · 女": a key in words (region and sex by name, indicator by id). */
export function describeKey(key: ObservationKey, plan: Plan, t: Translate<DbCommandMessageKey>, lang: Lang): string {
  const region = plan.regions.find((r) => r.code === key.region);
  const parts = [key.indicator, region ? region.name[lang] : key.region, String(key.year)];
  if (key.sex && key.sex !== "total") parts.push(t(`sex-${key.sex}`));
  return parts.join(" · ");
}

function where(c: KeyChange, t: Translate<DbCommandMessageKey>): string {
  return c.sheet !== undefined ? t("where-sheet-row", { sheet: c.sheet, row: c.row }) : t("where-row", { row: c.row });
}

/** One summary line per file, followed by its revised and conflicting keys (old → new). */
export function describeFileReports(reports: readonly FileReport[], o: DescribeOptions): string[] {
  const t = translator(dbCommandMessages, o.lang);
  const lines: string[] = [];
  const list = (changes: readonly KeyChange[], line: (c: KeyChange) => string): void => {
    for (const c of changes.slice(0, o.maxLines)) lines.push(line(c));
    if (changes.length > o.maxLines) lines.push(t("more-lines", { count: changes.length - o.maxLines }));
  };
  for (const r of reports) {
    if (r.status === "skipped") {
      lines.push(t("file-skipped", { file: r.file, name: r.previous.name, at: r.previous.ingestedAt, sha: r.sha256.slice(0, 12) }));
    } else if (r.status === "rejected") {
      lines.push(t("file-rejected", { file: r.file, count: r.failing, severity: o.failSeverity }));
    } else if (r.status === "unreadable") {
      lines.push(t("file-unusable", { file: r.file }));
    } else {
      const { counts, revised, conflicts } = r.outcome;

      const key = r.kind === "import" ? (o.dryRun ? "file-imported-dry" : "file-imported") : o.dryRun ? "file-stored-dry" : "file-stored";
      lines.push(t(key, { file: r.file, stored: r.outcome.observations, ...counts }));
      list(revised, (c) => t("revised-line", { key: describeKey(c, o.plan, t, o.lang), old: c.old, new: c.new, where: where(c, t) }));
      const conflictLine = r.outcome.policy === "take-incoming" ? "conflict-took" : "conflict-kept";
      list(conflicts, (c) => t(conflictLine, { key: describeKey(c, o.plan, t, o.lang), old: c.old, new: c.new, where: where(c, t) }));
    }
  }
  return lines;
}

/** The JSON form of a report (the documented contract of `ingest -f json` and `db import -f json`). */
export function fileReportJson(r: FileReport): Record<string, unknown> {
  if (r.status === "skipped") return { file: r.file, status: r.status, sha256: r.sha256, previous: { id: r.previous.id, name: r.previous.name, ingestedAt: r.previous.ingestedAt } };
  if (r.status === "rejected") return { file: r.file, status: r.status, sha256: r.sha256, rows: r.rows, failing: r.failing };
  if (r.status === "unreadable") return { file: r.file, status: r.status };
  const { record, counts, revised, conflicts } = r.outcome;
  return { file: r.file, status: r.status, kind: r.kind, sha256: record.sha256, region: record.region ?? null, ingestedAt: record.ingestedAt, ...counts, observations: r.outcome.observations, revisedKeys: revised, conflictKeys: conflicts };
}
