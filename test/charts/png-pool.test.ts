import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PngPool, poolSize } from "../../src/charts/png-pool.js";
import { renderCharts } from "../../src/charts/render-charts.js";
import { Resvg } from "@resvg/resvg-js";
import { fixture } from "../helpers/report-fixture.js";
import { decodePng } from "../helpers/decode-png.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
const dims = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
const rect = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#1f3b73"/></svg>`;

describe("poolSize", () => {
  it("takes the request, but at least 1 and at most the available parallelism", () => {
    expect(poolSize(undefined, 2)).toBe(2);
    expect(poolSize(8, 2)).toBe(2);
    expect(poolSize(0, 4)).toBe(1);
    expect(poolSize(-3, 4)).toBe(1);
    expect(poolSize(3, 4)).toBe(3);
    expect(poolSize(undefined, 0)).toBe(1);
  });
});

describe("PngPool", () => {
  it("returns real PNGs in the order asked, whichever worker finished first", async () => {
    const pool = new PngPool(2);
    try {
      // Big pictures first, so the later small ones finish earlier on the other thread.
      const sizes = [[900, 700], [10, 20], [600, 500], [30, 5], [7, 9]] as const;
      const pngs = await Promise.all(sizes.map(([w, h]) => pool.render(rect(w, h), {})));
      for (const [i, png] of pngs.entries()) {
        expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
        expect(dims(png)).toEqual(sizes[i]);
      }
      expect(pool.threads).toBeLessThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });

  it("writes the same pixels as resvg's own PNG writer: a chart as RGB, a see-through drawing as RGBA", async () => {
    const { plan, report } = fixture();
    const svgs = await renderCharts(report, plan, { lang: "en", fonts: {}, png: false });
    const chart = svgs.charts[0]!.svg;
    const seeThrough = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><circle cx="15" cy="15" r="11" fill="#1f3b73" fill-opacity="0.4"/><path d="M0 30 L40 0" stroke="#c33" stroke-width="1.5" stroke-opacity="0.7"/></svg>`;
    const pool = new PngPool(2);
    try {
      const cases = [[chart, { fitTo: { mode: "zoom", value: 2 }, background: "white" }, 2], [seeThrough, { fitTo: { mode: "zoom", value: 1.5 } }, 6]] as const;
      for (const [svg, options, colorType] of cases) {
        const ours = decodePng(await pool.render(svg, options));
        const theirs = decodePng(new Resvg(svg, options).render().asPng());
        expect(ours.colorType).toBe(colorType);
        expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
        expect(Buffer.from(ours.pixels).equals(Buffer.from(theirs.pixels))).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });

  it("rejects a drawing resvg refuses with resvg's reason, and keeps drawing the next ones", async () => {
    const pool = new PngPool(1);
    try {
      const [bad, zero, good] = await Promise.allSettled([pool.render("<svg", {}), pool.render(rect(4, 4), { fitTo: { mode: "zoom", value: 0 } }), pool.render(rect(4, 4), { fitTo: { mode: "zoom", value: 2 } })]);
      expect(bad.status === "rejected" && String(bad.reason.message)).toMatch(/root node/);
      expect(zero.status === "rejected" && String(zero.reason.message)).toMatch(/zero/);
      expect(good.status === "fulfilled" && dims(good.value)).toEqual([8, 8]);
    } finally {
      await pool.close();
    }
  });

  it("shuts down: no thread left after close, and later drawings are refused", async () => {
    const pool = new PngPool(2);
    await Promise.all([pool.render(rect(5, 5), {}), pool.render(rect(6, 6), {})]);
    expect(pool.threads).toBe(2);
    await pool.close();
    expect(pool.threads).toBe(0);
    await expect(pool.render(rect(5, 5), {})).rejects.toThrow(/closed/);
  });

  it("works from dist/ (the compiled code) and the process exits even when close() is forgotten", () => {
    const compiled = path.resolve("dist/charts/png-pool.js");
    expect(existsSync(compiled), "run npm run build first").toBe(true);
    const script = `import { PngPool } from ${JSON.stringify(new URL(`file://${compiled}`).href)};
const png = await new PngPool(2).render(${JSON.stringify(rect(3, 4))}, {});
console.log(png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20000 });
    expect(out.trim()).toBe("PNG 3 4");
  });
});

describe("renderCharts on the pool", () => {
  it("turns a chart resvg refuses into a chart-failed warning per indicator, in plan order, not a crash", async () => {
    const { plan, report } = fixture();
    const set = await renderCharts(report, plan, { lang: "en", fonts: {}, png: true, zoom: 0 });
    expect(set.charts).toEqual([]);
    expect(set.diagnostics.map((d) => [d.code, d.severity, d.indicator])).toEqual([
      ["chart-failed", "warning", "maternal_mortality_ratio"],
      ["chart-failed", "warning", "maternal_system_management_rate"],
    ]);
    expect(set.diagnostics[0]!.message).toBe("The chart of indicator maternal_mortality_ratio could not be drawn and is left out: Target size is zero (please do not set the width/height/zoom options to 0)");
  });

  it("keeps plan order and gives PNGs the size of their SVG at the zoom", async () => {
    const { plan, report } = fixture();
    const set = await renderCharts(report, plan, { lang: "en", fonts: {}, png: true, zoom: 1, concurrency: 2 });
    expect(set.diagnostics).toEqual([]);
    expect(set.charts.map((c) => c.indicator)).toEqual(["maternal_mortality_ratio", "maternal_system_management_rate"]);
    for (const c of set.charts) {
      expect(c.png!.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(dims(c.png!)).toEqual([c.width, c.height]);
    }
  });
});
