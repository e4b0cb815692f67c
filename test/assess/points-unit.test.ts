// Which units are percentage points (where an absolute floor of a few points makes sense).
import { describe, expect, it } from "vitest";
import { isPointsUnit } from "../../src/assess/points-unit.js";

describe("isPointsUnit", () => {
  it.each([
    { zh: "%", en: "%", points: true },
    { zh: "‰", en: "per mille", points: true },
    // either language naming points is enough
    { zh: "百分点", en: "pp", points: true },
    { zh: "个", en: "percentage points", points: true },
    { zh: "年", en: "years", points: false },
    { zh: "/10万", en: "per 100,000", points: false },
    { zh: "万人", en: "10k persons", points: false },
  ])("$zh / $en → $points", ({ zh, en, points }) => {
    expect(isPointsUnit({ unit: { zh, en } })).toBe(points);
  });
});
