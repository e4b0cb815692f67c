/** Public API of the monitoring database: the storage interface and its SQLite implementation. */
export type {
  ObservationStore, FileIngest, FileMeta, FileRecord, FileCounts, FileOrigin, FileStatus, MergePolicy, UpsertOutcome,
  ObservationKey, ObservationFilter, StoredObservation, Revision, ConflictRecord,
} from "./observation-store.js";
export { openSqliteStore, type SqliteStoreOptions, type StoreAccess } from "./sqlite-store.js";
export { StoreError, type StoreErrorCode } from "./store-error.js";
export { storeFile, type FileOutcome, type KeyChange } from "./store-file.js";

export { exportTable, EXPORT_HEADER, EXPORT_SEX_HEADER, type ExportTable } from "./export-table.js";
export { MIGRATIONS, LATEST_SCHEMA_VERSION } from "./migrations.js";
