/** Observations held compactly, column by column: millions of values without an object each (read from the database for `check`). */
import type { Observation, Sex } from "./observation.js";

const SEXES: readonly (Sex | undefined)[] = [undefined, "total", "female", "male"];
const SEX_CODE: Record<string, number> = { "": 0, total: 1, female: 2, male: 3 };

/** What an observation says besides its key, value and row: the same few combinations repeat over millions of rows. */
interface Detail {
  unit: string | null;
  note: string | null;
  sheet: string | null;
  column: string | null;
  file: string;
}

/**
 * A table of observations: values, years and source rows in typed arrays (as SQLite gives them), indicator, region and the rest as ids of
 * texts stored once. Rows keep the order they were added in; `at(i)` makes row i's Observation when one is needed.
 */
export class ObservationTable implements Iterable<Observation> {
  #length = 0;
  #values = new Float64Array(1024);
  #years = new Float64Array(1024);
  #rows = new Float64Array(1024);
  #indicators = new Uint32Array(1024);
  #regions = new Uint32Array(1024);
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
    this.#years[i] = year;
    this.#rows[i] = row;
    this.#indicators[i] = this.#text(indicator);
    this.#regions[i] = this.#text(region);
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
    const more = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.#values = more(this.#values, (k) => new Float64Array(k));
    this.#years = more(this.#years, (k) => new Float64Array(k));
    this.#rows = more(this.#rows, (k) => new Float64Array(k));
    this.#indicators = more(this.#indicators, (k) => new Uint32Array(k));
    this.#regions = more(this.#regions, (k) => new Uint32Array(k));
    this.#details = more(this.#details, (k) => new Uint32Array(k));
    this.#sexes = more(this.#sexes, (k) => new Uint8Array(k));
  }
}
