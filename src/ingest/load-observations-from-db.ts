/** Read the current observations of a database for `check --db`, `report --db` and the other reading commands. */
import type { Observation } from "../model/observation.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import type { ObservationFilter, ObservationStore } from "../store/observation-store.js";
import type { ObservationTable } from "../model/observation-table.js";
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
  return readCurrent(dbPath, plan, filter, (store, f, keep) => {
    const observations: Observation[] = [];
    // Row by row out of SQLite: each value becomes one Observation, with no intermediate copies of the whole set.
    for (const o of store.eachCurrentObservation(f)) if (keep(o.indicator, o.region)) observations.push(o);
    return observations;
  });
}

/** loadObservationsFromDb's values held compactly, as an ObservationTable (for assessing millions of values without an object each). */
export async function loadObservationTableFromDb(dbPath: string, plan: Plan, filter: DbFilter = {}): Promise<{ observations: ObservationTable; diagnostics: Diagnostic[] }> {
  return readCurrent(dbPath, plan, filter, (store, f, keep) => store.currentObservationTable(f, keep));
}

/** Open the database read-only, read its current values with `read` (keeping what the plan knows) and warn once about each unknown indicator and region. */
async function readCurrent<T>(
  dbPath: string, plan: Plan, filter: DbFilter,
  read: (store: ObservationStore, f: ObservationFilter, keep: (indicator: string, region: string) => boolean) => T,
): Promise<{ observations: T; diagnostics: Diagnostic[] }> {
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
    const keep = (indicator: string, region: string): boolean => {
      if (!indicators.has(indicator)) unknownIndicators.add(indicator);
      else if (!known.has(region)) unknownRegions.add(region);
      else return true;
      return false;
    };
    const observations = read(store, { regions, indicators: filter.indicators, sinceYear: filter.since, untilYear: filter.until }, keep);
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
