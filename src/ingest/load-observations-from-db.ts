/** Read the current observations of a database for `check --db`, `report --db` and the other reading commands. */
import type { Observation } from "../model/observation.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import { findRegion, regionAndDescendants } from "./region-scope.js";
import { StoreError } from "../store/store-error.js";
import { dbSourceMessages } from "./db-source-messages.js";

/** What to read from the database. */
export interface DbFilter {
  /** Language of diagnostics (default zh). */
  lang?: Lang;
  /** Region by code, name or alias; the regions below it are included. */
  region?: string;
  /** Only these years and later. */
  since?: number;
  /** Only these years and earlier. */
  until?: number;
  /** Only these indicator ids. */
  indicators?: readonly string[];
}

/**
 * Current values (latest revision of every key) as Observations whose source is the file, sheet and row they came from.
 * Values for indicators or regions the plan does not know are left out with one warning each.
 * Throws StoreError when the database cannot be used (missing, not ours, older or newer schema) or the region is unknown.
 */
export async function loadObservationsFromDb(dbPath: string, plan: Plan, filter: DbFilter = {}): Promise<{ observations: Observation[]; diagnostics: Diagnostic[] }> {
  const t = translator(dbSourceMessages, filter.lang ?? "zh");
  let regions: string[] | undefined;
  if (filter.region !== undefined) {
    const r = findRegion(plan, filter.region);
    if (!r) throw new StoreError("unknown-region", { region: filter.region });
    regions = regionAndDescendants(plan, r.code);
  }
  // Read-only: reading commands never create, migrate or switch the database (an older one is refused with advice).
  const store = await openSqliteStore(dbPath, { now: () => new Date(), access: "read" });
  try {
    const indicators = new Set(plan.indicators.map((i) => i.id));
    const known = new Set(plan.regions.map((r) => r.code));
    const unknownIndicators = new Set<string>(), unknownRegions = new Set<string>();
    const observations: Observation[] = [];
    // Row by row out of SQLite: each value becomes one Observation, with no intermediate copies of the whole set.
    for (const o of store.eachCurrentObservation({ regions, indicators: filter.indicators, sinceYear: filter.since, untilYear: filter.until })) {
      if (!indicators.has(o.indicator)) unknownIndicators.add(o.indicator);
      else if (!known.has(o.region)) unknownRegions.add(o.region);
      else observations.push(o);
    }
    const source = { file: dbPath };
    const diagnostics: Diagnostic[] = [
      ...[...unknownIndicators].map((indicator): Diagnostic => ({ code: "db-unknown-indicator", severity: "warning", message: t("db-unknown-indicator", { indicator }), source, indicator })),
      ...[...unknownRegions].map((region): Diagnostic => ({ code: "db-unknown-region", severity: "warning", message: t("db-unknown-region", { region }), source, region })),
    ];
    return { observations, diagnostics };
  } finally {
    await store.close();
  }
}
