/** The command line's option values: each list of choices declared once (its type and commander's .choices() come from it), and the parsers for years, counts, numbers and thresholds. */
import { Option } from "commander";
import { CliError } from "./cli-error.js";
import { parseYear } from "../ingest/parse-year.js";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../assess/index.js";
import type { Severity } from "../model/diagnostic.js";

/** --format of the commands that print a table or JSON (plan list/show, explain, ingest, db …). */
export const TABLE_JSON_FORMATS = ["table", "json"] as const;
/** --format of `plan diff`. */
export const PLAN_DIFF_FORMATS = ["table", "json", "markdown"] as const;
/** --format of `report` (the first is the default). */
export const REPORT_FORMATS = ["xlsx", "json", "csv", "markdown"] as const;
/** --format of `template`: the workbook only. */
export const TEMPLATE_FORMATS = ["xlsx"] as const;
/** --fail-on of `check`, the default first. */
export const FAIL_ON = ["red", "warning", "none"] as const;
/** When `check` exits 1. */
export type FailOn = (typeof FAIL_ON)[number];
/** --fail-severity of validate, ingest and db import, the default first. */
export const FAIL_SEVERITIES = ["error", "warning"] as const satisfies readonly Severity[];
/** The severity at which a file fails. */
export type FailSeverity = (typeof FAIL_SEVERITIES)[number];
/** --prefer of `db import`, the default first. */
export const PREFER = ["current", "incoming"] as const;
/** Which side wins a conflict in `db import`. */
export type Prefer = (typeof PREFER)[number];

/** Whether `value` is one of `choices` (narrows it to their type). */
export function isOneOf<T extends string>(choices: readonly T[], value: string): value is T {
  return (choices as readonly string[]).includes(value);
}

/** An option whose value must be one of `choices`: listed in --help, a bad value refused in the user's words (exit 2). `lenient` accepts any case and surrounding spaces. */
export function choiceOption<T extends string>(flags: string, description: string, choices: readonly T[], bad: (value: string) => string, lenient = false): Option {
  return new Option(flags, description).choices(choices).argParser((value: string): T => {
    const v = lenient ? value.trim().toLowerCase() : value;
    if (isOneOf(choices, v)) return v;
    throw new CliError(bad(value));
  });
}

/** A year option as typed and the year it names: 2024, "2024年", "２０２４" → 2024; undefined when it names none. */
export interface YearArg {
  text: string;
  year: number | undefined;
}

/** Read a year option's value (the one parser of every year option; the range is checked by the command, which knows the plan). */
export function parseYearArg(text: string): YearArg {
  return { text, year: parseYear(text) };
}

/** An option that takes a year (see parseYearArg). */
export function yearOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser(parseYearArg);
}

/** The year of a year option when it lies within [min, max]; otherwise a CliError worded by `bad`. */
export function yearWithin(arg: YearArg, min: number, max: number, bad: () => string): number {
  if (arg.year === undefined || arg.year < min || arg.year > max) throw new CliError(bad());
  return arg.year;
}

/** An option that takes a whole number of at least 1. */
export function positiveIntegerOption(flags: string, description: string, bad: (value: string) => string): Option {
  return new Option(flags, description).argParser((value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new CliError(bad(value));
    return n;
  });
}

/** An option that takes a finite number above 0. */
export function positiveNumberOption(flags: string, description: string, bad: (value: string) => string): Option {
  return new Option(flags, description).argParser((value: string): number => {
    const n = Number(value);
    if (!(n > 0) || !Number.isFinite(n)) throw new CliError(bad(value));
    return n;
  });
}

/** The names --threshold accepts. */
export const THRESHOLD_NAMES = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];

/** A repeatable `--threshold name=value`, collected into overrides; an unknown name or a value that is not a number is refused. */
export function thresholdOption(flags: string, description: string, bad: (value: string) => string): Option {
  return new Option(flags, description).argParser((value: string, previous: Partial<Thresholds> | undefined): Partial<Thresholds> => {
    const match = /^\s*([a-z_]+)\s*=\s*(-?[0-9.]+(?:e-?\d+)?)\s*$/i.exec(value);
    const name = THRESHOLD_NAMES.find((n) => n === match?.[1]);
    const num = Number(match?.[2]);
    if (!name || !Number.isFinite(num)) throw new CliError(bad(value));
    return { ...previous, [name]: num };
  });
}
