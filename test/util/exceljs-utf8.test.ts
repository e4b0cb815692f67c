// exceljs's streaming parser decoded each chunk on its own and garbled characters split between chunks (南票区 → 南票��).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PATCHED_PARSE_SAX } from "../../src/util/exceljs.js";
import "../../src/ingest/xlsx-stream.js";

const require = createRequire(import.meta.url);

describe("exceljs UTF-8-safe stream parser", () => {
  it("is the parse-sax exceljs uses", () => {
    const parseSax = require(PATCHED_PARSE_SAX) as { utf8Safe?: boolean };
    expect(parseSax.utf8Safe).toBe(true);
  });

  it("keeps a Chinese character whole when a chunk boundary splits its bytes", async () => {
    const parseSax = require(PATCHED_PARSE_SAX) as (s: AsyncIterable<Buffer>) => AsyncGenerator<{ eventType: string; value: unknown }[]>;
    const xml = Buffer.from("<c><is><t>南票区</t></is></c>", "utf8");
    const cut = xml.indexOf(Buffer.from("票")) + 1; // inside the three bytes of 票
    async function* chunks(): AsyncGenerator<Buffer> {
      yield xml.subarray(0, cut);
      yield xml.subarray(cut);
    }
    let text = "";
    for await (const events of parseSax(chunks())) for (const e of events) if (e.eventType === "text") text += String(e.value);
    expect(text).toBe("南票区");
  });
});
