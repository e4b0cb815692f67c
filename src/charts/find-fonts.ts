/** Find fonts for the chart pictures: a Latin font for numbers and a CJK font for Chinese labels (resvg sees no fonts by itself). */
import { readdirSync, statSync, existsSync, type Dirent } from "node:fs";
import path from "node:path";
import os from "node:os";
import type { ChartFonts, FontFace } from "../report-model/chart-fonts.js";

/** File names by preference: TrueType faces first (resvg outlines their glyphs ~10× faster than CFF ones such as Noto CJK), sans before serif. */
const CJK: [RegExp, string][] = [
  [/^wqy-microhei\.ttc$/i, "WenQuanYi Micro Hei"],
  [/^msyh\.tt[cf]$/i, "Microsoft YaHei"],
  [/^wqy-zenhei\.ttc$/i, "WenQuanYi Zen Hei"],
  [/^simhei\.ttf$/i, "SimHei"],
  [/^PingFang\.ttc$/i, "PingFang SC"],
  [/^Hiragino Sans GB\.ttc$/i, "Hiragino Sans GB"],
  [/^STHeiti (Light|Medium)\.ttc$/i, "Heiti SC"],
  [/^DroidSansFallback(Full)?\.ttf$/i, "Droid Sans Fallback"],
  [/^NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i, "Noto Sans CJK SC"],
  [/^NotoSansSC-(Regular|VF)\.(otf|ttf)$/i, "Noto Sans SC"],
  [/^SourceHanSans(SC|CN)?-Regular\.(ttc|otf)$/i, "Source Han Sans SC"],
  [/^simsun\.tt[cf]$/i, "SimSun"],
  [/^NotoSansCJK.*\.ttc$/i, "Noto Sans CJK SC"],
  [/^NotoSerifCJK.*\.ttc$/i, "Noto Serif CJK SC"],
];

const LATIN: [RegExp, string][] = [
  [/^DejaVuSans\.ttf$/i, "DejaVu Sans"],
  [/^LiberationSans-Regular\.ttf$/i, "Liberation Sans"],
  [/^arial\.ttf$/i, "Arial"],
  [/^Helvetica\.ttc$/i, "Helvetica"],
  [/^NotoSans-Regular\.ttf$/i, "Noto Sans"],
];

function pick(files: readonly string[], table: readonly [RegExp, string][]): FontFace | undefined {
  for (const [re, family] of table) {
    const file = files.find((f) => re.test(path.basename(f)));
    if (file) return { file, family };
  }
  return undefined;
}

/** Choose the fonts from a list of font files (pure, so the choice is testable). */
export function pickFonts(files: readonly string[]): ChartFonts {
  const fonts: ChartFonts = {};
  const latin = pick(files, LATIN), cjk = pick(files, CJK);
  if (latin) fonts.latin = latin;
  if (cjk) fonts.cjk = cjk;
  return fonts;
}

/** The usual font folders of Linux (fontconfig), Windows and macOS. */
export function fontDirs(env: Record<string, string | undefined>): string[] {
  const home = os.homedir();
  const dirs = ["/usr/share/fonts", "/usr/local/share/fonts", path.join(home, ".fonts"), path.join(home, ".local/share/fonts")];
  if (env.WINDIR) dirs.push(path.join(env.WINDIR, "Fonts"));
  if (env.LOCALAPPDATA) dirs.push(path.join(env.LOCALAPPDATA, "Microsoft/Windows/Fonts"));
  dirs.push("/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", path.join(home, "Library/Fonts"));
  return dirs;
}

function walk(dir: string, depth: number, out: string[]): void {
  if (depth > 5 || out.length > 20000) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (/\.(ttf|ttc|otf)$/i.test(e.name)) out.push(full);
    else if (e.isDirectory()) walk(full, depth + 1, out);
    else if (e.isSymbolicLink()) {
      try {
        if (statSync(full).isDirectory()) walk(full, depth + 1, out);
      } catch {
        // a dangling link only means one font fewer
      }
    }
  }
}

/** Look for fonts on this system; HLD_WOMEN_CJK_FONT names a CJK font file explicitly. */
export function findFonts(env: Record<string, string | undefined> = process.env): ChartFonts {
  const files: string[] = [];
  for (const dir of fontDirs(env)) walk(dir, 0, files);
  const fonts = pickFonts(files);
  const forced = env.HLD_WOMEN_CJK_FONT;
  if (forced && existsSync(forced)) fonts.cjk = { file: forced, family: path.basename(forced).replace(/\.[^.]+$/, "") };
  return fonts;
}
