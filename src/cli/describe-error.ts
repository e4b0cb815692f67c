/** The one place where errors become what the user reads and the exit code: domain errors, CLI errors, anything else is a bug. */
import { CliError, EXIT } from "./cli-error.js";
import { cliMessages, type CliMessageKey } from "./messages.js";
import { describeStoreError } from "./store-error-messages.js";
import { translator } from "../i18n/messages.js";
import type { Lang } from "../i18n/lang.js";
import { StoreError } from "../store/store-error.js";
import { IngestOptionError } from "../ingest/ingest-types.js";
import { OutputError } from "../util/atomic-write.js";

const OUTPUT_MESSAGE = { "is-input": "output-is-input", busy: "output-busy", io: "output-io" } as const satisfies Record<OutputError["reason"], CliMessageKey>;

/** The message and exit code of an error a command stopped at; undefined for an error nobody expected (a bug). */
export function describeError(err: unknown, lang: Lang): { message: string; exitCode: number } | undefined {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof StoreError) return { message: describeStoreError(err, lang), exitCode: EXIT.cannotRun };
  if (err instanceof IngestOptionError) return { message: err.message, exitCode: EXIT.cannotRun };
  if (err instanceof OutputError) return { message: translator(cliMessages, lang)(OUTPUT_MESSAGE[err.reason], { file: err.target, detail: err.detail }), exitCode: EXIT.cannotRun };
  return undefined;
}
