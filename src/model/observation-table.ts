/** Observations held compactly, column by column: millions of values without an object each (read from the database for `check`). */
import type { Observation, Sex } from "./observation.js";

const SEXES: readonly (Sex | undefined)[] = [undefined, "total", "female", "male"];
const SEX_CODE: Record<string, number> = { "": 0, total: 1, female: 2, male: 3 };

/** A column of the table. */
type Column = Float64Array | Int32Array | Int16Array | Uint32Array | Uint16Array | Uint8Array;
type ColumnType<C extends Column> = new (length: number) => C;

/** A copy of a column `length` long (of `type`, by default its own), the values it holds kept. */
function resized<C extends Column>(column: Column, length: number, type: ColumnType<C> = column.constructor as ColumnType<C>): C {
  const wider = new type(length);
  wider.set(column.subarray(0, Math.min(column.length, length)));
  return wider;
}

/** Store v at i, widening the column to `wide` (keeping what it holds) when v does not fit; the column now holding it. */
function put(column: Column, i: number, v: number, wide: ColumnType<Float64Array | Uint32Array>): Column {
  column[i] = v;
  if (Object.is(column[i], v) || column instanceof Float64Array) return column;
  // A text id beyond 16 bits still fits 32; anything else that does not fit its narrow column is kept as a double.
  const type: ColumnType<Column> = wide === Uint32Array && !(column instanceof Uint32Array) && Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? Uint32Array : Float64Array;
  const wider = resized(column, column.length, type);
  wider[i] = v;
  return wider;
}

/** What an observation says besides its key, value and row: the same few combinations repeat over millions of rows. */
interface Detail {
  unit: string | null;
  note: string | null;
  sheet: string | null;
  column: string | null;
  file: string;
}

/**
 * A table of observations: values, years and source rows in typed arrays (as narrow as what they hold allows), indicator, region and the rest as ids of
 * texts stored once. Rows keep the order they were added in; `at(i)` makes row i's Observation when one is needed.
 */
export class ObservationTable implements Iterable<Observation> {
  #length = 0;
  #values = new Float64Array(1024);
  // Narrow while what comes fits (years, row numbers and text ids are small), widened for good when a value does not.
  #years: Column = new Int16Array(1024);
  #rows: Column = new Int32Array(1024);
  #indicators: Column = new Uint16Array(1024);
  #regions: Column = new Uint16Array(1024);
  #details = new Uint32Array(1024);
  #sexes = new Uint8Array(1024);
  readonly #texts: string[] = [];
  readonly #textIds = new Map<string, number>();
  readonly #detailList: Detail[] = [];
  readonly #detailIds = new Map<string, number>();

  /** How many observations it holds. */
  get length(): number {
    return this.#length;
  }

  /** Add one observation (a row of the current values: sex "" for none, null for an absent text). */
  push(indicator: string, region: string, year: number, sex: "" | Sex, value: number, unit: string | null, note: string | null, sheet: string | null, row: number, column: string | null, file: string): void {
    if (this.#length === this.#values.length) this.#grow();
    const i = this.#length++;
    this.#values[i] = value;
    this.#years = put(this.#years, i, year, Float64Array);
    this.#rows = put(this.#rows, i, row, Float64Array);
    this.#indicators = put(this.#indicators, i, this.#text(indicator), Uint32Array);
    this.#regions = put(this.#regions, i, this.#text(region), Uint32Array);
    this.#sexes[i] = SEX_CODE[sex] ?? 0;
    const key = `${unit ?? "\u0001"}\u0000${note ?? "\u0001"}\u0000${sheet ?? "\u0001"}\u0000${column ?? "\u0001"}\u0000${file}`;
    let d = this.#detailIds.get(key);
    if (d === undefined) {
      d = this.#detailList.length;
      this.#detailList.push({ unit: unit === null ? null : this.#shared(unit), note, sheet: sheet === null ? null : this.#shared(sheet), column: column === null ? null : this.#shared(column), file: this.#shared(file) });
      this.#detailIds.set(key, d);
    }
    this.#details[i] = d;
  }

  /** Row i's indicator id. */
  indicatorOf(i: number): string {
    return this.#texts[this.#indicators[i]!]!;
  }

  /** Row i's region code. */
  regionOf(i: number): string {
    return this.#texts[this.#regions[i]!]!;
  }

  /** Row i's sex, undefined when none was given. */
  sexOf(i: number): Sex | undefined {
    return SEXES[this.#sexes[i]!];
  }

  /** Row i's year. */
  yearOf(i: number): number {
    return this.#years[i]!;
  }

  /** Row i's value. */
  valueOf(i: number): number {
    return this.#values[i]!;
  }

  /** Row i as an Observation (made anew on each call; its texts are shared with the table). */
  at(i: number): Observation {
    const d = this.#detailList[this.#details[i]!]!;
    const row = this.#rows[i]!;
    const source: Observation["source"] = d.sheet !== null
      ? d.column !== null ? { file: d.file, row, sheet: d.sheet, column: d.column } : { file: d.file, row, sheet: d.sheet }
      : d.column !== null ? { file: d.file, row, column: d.column } : { file: d.file, row };
    const indicator = this.indicatorOf(i), region = this.regionOf(i), year = this.#years[i]!, value = this.#values[i]!, sex = this.sexOf(i);
    const o: Observation = sex !== undefined
      ? d.unit !== null ? { indicator, region, year, value, source, sex, unit: d.unit } : { indicator, region, year, value, source, sex }
      : d.unit !== null ? { indicator, region, year, value, source, unit: d.unit } : { indicator, region, year, value, source };
    if (d.note !== null) o.note = d.note;
    return o;
  }

  /** Every row as an Observation, in order, made as it is read. */
  *[Symbol.iterator](): Generator<Observation> {
    for (let i = 0; i < this.#length; i++) yield this.at(i);
  }

  /** The id of a text, added on first sight. */
  #text(s: string): number {
    let id = this.#textIds.get(s);
    if (id === undefined) {
      id = this.#texts.length;
      this.#texts.push(s);
      this.#textIds.set(s, id);
    }
    return id;
  }

  /** The table's one copy of a text. */
  #shared(s: string): string {
    return this.#texts[this.#text(s)]!;
  }

  /** Half as much room again in every column. */
  #grow(): void {
    const n = Math.ceil(this.#values.length * 1.5);
    this.#values = resized(this.#values, n, Float64Array);
    this.#years = resized(this.#years, n);
    this.#rows = resized(this.#rows, n);
    this.#indicators = resized(this.#indicators, n);
    this.#regions = resized(this.#regions, n);
    this.#details = resized(this.#details, n, Uint32Array);
    this.#sexes = resized(this.#sexes, n, Uint8Array);
  }
}
