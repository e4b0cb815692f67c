// The review's figures (issue 11: a 2-core machine, medians of 3, CPU seconds / peak RSS) and the aims,
// hard-coded so every bench run prints today's figures beside them. Sizes are labels: 10k, 100k, 1M, 3.42M.

/** Baselines from the issue, by command and size label: CPU s, peak RSS MB, and a note where it did not finish. */
export const REVIEW_BASELINES = {
  validate: { "10k": { cpu_s: 0.58, rss_mb: 82 }, "100k": { cpu_s: 1.01, rss_mb: 111 }, "1M": { cpu_s: 4.78, rss_mb: 178 }, "3.42M": { cpu_s: 13.8, rss_mb: 374 } },
  ingest: { "10k": { cpu_s: 0.69, rss_mb: 86 }, "100k": { cpu_s: 1.67, rss_mb: 143 }, "1M": { cpu_s: 11.5, rss_mb: 336 }, "3.42M": { cpu_s: 39.6, rss_mb: 932 } },
  "check-json": {
    "10k": { cpu_s: 0.71, rss_mb: 113 },
    "100k": { cpu_s: 2.56, rss_mb: 401 },
    "1M": { cpu_s: 21.0, rss_mb: 3000 },
    "3.42M": { cpu_s: null, rss_mb: null, note: "heap OOM, nothing written" },
  },
  "check-table": {
    "10k": { cpu_s: 1.7, rss_mb: 114 },
    "100k": { cpu_s: 15.9, rss_mb: 331 },
    "1M": { cpu_s: null, rss_mb: null, note: "> 20 min, nothing printed" },
    "3.42M": { cpu_s: null, rss_mb: null, note: "≈ 4 h extrapolated" },
  },
};

/** The review's baseline for a figure, or null when the issue gives none. */
export function baselineFor(command, size) {
  return REVIEW_BASELINES[command]?.[size] ?? null;
}

/** Size labels ("10k", "1M", "3.42M") as row counts; throws on anything else. */
export function parseSize(label) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(label.trim());
  if (!m) throw new Error(`not a size: ${label} (e.g. 10k, 100k, 1M)`);
  const n = Math.round(Number(m[1]) * { "": 1, k: 1e3, m: 1e6 }[m[2].toLowerCase()]);
  if (!(n > 0)) throw new Error(`not a size: ${label}`);
  return n;
}

/** The middle value (the upper middle of an even count); null for none. */
export function median(xs) {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
}

/**
 * The aims that apply to one figure: [{ text, met }] where met is true, false, or null (not measurable:
 * the figure or the one it is compared with is missing). `get(command, size)` finds another figure.
 * A figure that timed out or failed meets no aim.
 */
export function aimsFor(fig, get) {
  const aims = [];
  const done = (f) => f && !f.timed_out && !f.failed;
  const cmp = (text, ok) => aims.push({ text, met: !done(fig) ? false : ok });
  const { command, size } = fig;
  // Validate against the raw readers: rows per CPU second of the measured part (without node's start-up),
  // which a machine shared with other work distorts far less than rows per wall second.
  const speed = (f) => (f.in_process_cpu_s > 0 ? f.rows / f.in_process_cpu_s : null);
  if (command === "validate" && fig.rows >= 100_000) {
    const base = get("csv-parse", size);
    cmp("≥ 0.85× csv-parse rows/CPU s", done(base) && speed(fig) && speed(base) ? speed(fig) >= 0.85 * speed(base) : null);
  }
  if (command === "validate" && size === "1M") cmp("≤ 250 MB", fig.rss_mb !== null ? fig.rss_mb <= 250 : null);
  if (command === "validate-xlsx") {
    const base = get("exceljs", size);
    cmp("≥ 0.80× exceljs rows/CPU s", done(base) && speed(fig) && speed(base) ? speed(fig) >= 0.8 * speed(base) : null);
  }
  if (command === "validate-sample") cmp("< 0.5 s wall", fig.wall_s < 0.5);
  if (command === "ingest" && size === "3.42M") {
    cmp("≥ 150k rows/s", fig.rows_per_s >= 150_000);
    cmp("≤ 400 MB", fig.rss_mb !== null ? fig.rss_mb <= 400 : null);
  }
  if (command === "check-json" && size === "1M") {
    const v = get("validate", size);
    cmp("CPU ≤ 1.5× validate", done(v) && fig.cpu_s !== null ? fig.cpu_s <= 1.5 * v.cpu_s : null);
  }
  if (command === "check-json" && size === "3.42M") cmp("≤ 1 GB", fig.rss_mb !== null ? fig.rss_mb <= 1024 : null);
  if (command === "check-table" && size === "1M") {
    const j = get("check-json", size);
    cmp("CPU ≤ 2× check json", done(j) && fig.cpu_s !== null ? fig.cpu_s <= 2 * j.cpu_s : null);
  }
  if (command === "report-100") cmp("≤ 500 MB", fig.rss_mb !== null ? fig.rss_mb <= 500 : null);
  if (command === "report-sample") cmp("≤ 1.5 s wall", fig.wall_s <= 1.5);
  return aims;
}
