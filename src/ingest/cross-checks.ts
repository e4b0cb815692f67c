/** Checks over all files together: implausible year-on-year changes and (for --year) missing observations. */
import type { RunContext } from "./mapping-context.js";
import { displayName, tableLocation } from "./mapping-context.js";
import { YEAR_SPAN } from "./parse-year.js";
import { implausibleChange, type ImplausibleChangeThreshold } from "./implausible-change.js";
import { describePlace, describeSeries } from "./describe.js";

const round = (n: number, d = 2): number => Number(n.toFixed(d));

/** Warn about consecutive-year changes beyond the threshold. */
export function checkImplausibleChanges(run: RunContext, threshold: ImplausibleChangeThreshold): void {
  const { buffer, lookup, sink, t } = run;
  const perIndicator = buffer.regionCount * 3 * YEAR_SPAN;
  for (let slot = 0; slot < buffer.count; slot++) {
    const key = buffer.keyOf(slot);
    if (key % YEAR_SPAN === 0) continue;
    const prevSlot = buffer.slot(key - 1);
    if (prevSlot < 0) continue;
    // The indicator is the key's leading part; the full split waits until a change is actually reported.
    const ind = Math.floor(key / perIndicator);
    const share = lookup.percent[ind]! || lookup.permille[ind]!;
    const prev = buffer.value(prevSlot), value = buffer.value(slot);
    const change = implausibleChange(prev, value, share, threshold);
    if (change === undefined) continue;
    const { indicator, region, year } = buffer.parts(key);
    const place = buffer.place(slot);
    const src = buffer.sources[place.source]!;
    if (!sink.accepts(src.file)) {
      sink.skip(src.file, "warning", "implausible-change");
      continue;
    }
    const shown = share ? t("change-points", { value: round(change) }) : t("change-relative", { value: round(change * 100, 1) });
    const limit = share ? t("change-points", { value: threshold.points }) : t("change-relative", { value: round(threshold.relative * 100, 1) });
    const p = { ...describeSeries(run, indicator, region, buffer.sex(slot), year), prevYear: year - 1, prev, value, change: shown, threshold: limit };
    sink.add("implausible-change", "warning", tableLocation({ file: src.file, sheet: src.sheet, letters: false, structural: false }, place.row, src.labels[place.col], place.col + 1), p, {
      indicator: lookup.plan.indicators[indicator]!.id,
      region: lookup.plan.regions[region]!.code,
      year,
      value: String(value),
    });
  }
}

/** Report every indicator × region the plan expects for `year` that no file gave (info when a file marked it missing); the counts behind rates are optional. */
export function checkMissingObservations(run: RunContext, year: number, file: string): void {
  const { buffer, lookup, sink } = run;
  const { plan } = lookup;
  const regions = run.region !== undefined ? [run.region] : plan.regions.map((_, i) => i);
  // The counts behind a rate are optional: a submission may give the rate, the counts, or both.
  const optional = new Set(plan.indicators.flatMap((i) => (i.formula ? [i.formula.numerator, i.formula.denominator] : [])));
  for (let i = 0; i < plan.indicators.length; i++) {
    const indicator = plan.indicators[i]!;
    if (optional.has(indicator.id) && indicator.targets.length === 0) continue;
    for (const r of regions) {
      const region = plan.regions[r]!;
      if (!lookup.levels[i]!.has(region.level)) continue;
      let found = false, attempted = false;
      let declared: ReturnType<typeof buffer.attempted.get> = null;
      for (const sex of [0, 2, 3]) {
        const key = buffer.key(i, r, sex, year);
        if (buffer.slot(key) >= 0) found = true;
        if (buffer.attempted.has(key)) {
          attempted = true;
          declared ??= buffer.attempted.get(key) ?? null;
        }
      }
      if (found || (attempted && !declared)) continue;
      const p = { indicator: displayName(indicator.name, run.lang), id: indicator.id, region: displayName(region.name, run.lang), year };
      const extras = { indicator: indicator.id, region: region.code, year };
      if (declared) {
        const src = buffer.sources[declared.source]!;
        sink.add("missing-observation", "info", tableLocation({ file: src.file, sheet: src.sheet, letters: false, structural: false }, declared.row, src.labels[declared.col], declared.col + 1), { ...p, where: describePlace(run, declared) }, extras, "missing-observation-declared");
      } else {
        // A row whose unknown indicator is closest to this one, for the same region and year, most likely meant it.
        const guess = buffer.misnamed.find((m) => m.near[0] === i && m.region === r && m.years.includes(year));
        if (!guess) sink.add("missing-observation", "error", { file }, p, extras);
        else {
          const src = buffer.sources[guess.source]!;
          const at = tableLocation({ file: src.file, sheet: src.sheet, letters: false, structural: false }, guess.row, src.labels[guess.col], guess.col + 1);
          sink.add("missing-observation", "error", at, { ...p, row: guess.row, value: guess.text }, { ...extras, value: guess.text }, "missing-observation-near");
        }
      }
    }
  }
}
