/** A value in a report table, before any output formats it. */

/** Text, a number, or nothing; each output escapes or neutralises text its own way. */
export type ReportCell = string | number | null | undefined;
