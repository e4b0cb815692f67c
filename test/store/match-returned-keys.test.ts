import { describe, expect, it } from "vitest";
import { matchReturnedKeys, type StoredKey } from "../../src/store/match-returned-keys.js";

const k = (indicator: string, year: number, sex = ""): StoredKey => ({ indicator, region: "211400", year, sex });
const keys = [k("mmr", 2023), k("mmr", 2024), k("lfp", 2023, "female"), k("lfp", 2023, "male"), k("mmr", 2023)];

describe("matchReturnedKeys", () => {
  it("gives each returned row's id to its key's position, undefined where no row came back", () => {
    expect(matchReturnedKeys(keys, [{ ...k("mmr", 2023), id: 7 }, { ...k("lfp", 2023, "male"), id: 8 }])).toEqual([7, undefined, undefined, 8, undefined]);
    expect(matchReturnedKeys(keys, [])).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("matches rows that come back out of order by key, giving a key offered twice to its first position", () => {
    const rows = [{ ...k("lfp", 2023, "male"), id: 8 }, { ...k("mmr", 2024), id: 5 }, { ...k("mmr", 2023), id: 4 }];
    expect(matchReturnedKeys(keys, rows)).toEqual([4, 5, undefined, 8, undefined]);
  });

  it("tells keys apart by every part, sex included", () => {
    expect(matchReturnedKeys([k("lfp", 2023, "female"), k("lfp", 2023, "male")], [{ ...k("lfp", 2023, "male"), id: 2 }])).toEqual([undefined, 2]);
    expect(matchReturnedKeys([k("lfp", 2023), { ...k("lfp", 2023), region: "211421" }], [{ ...k("lfp", 2023), region: "211421", id: 3 }])).toEqual([undefined, 3]);
  });
});
