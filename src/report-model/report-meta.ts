/** What the report builders need besides the report itself: inputs, the time of generation, language, fonts. */
import type { Lang } from "../i18n/lang.js";
import type { MethodId } from "../model/report.js";
import type { ChartFonts } from "./chart-fonts.js";

/** An input file as the report lists it. */
export interface ReportInput {
  file: string;
  sha256: string;
  rows?: number;
}

/** Passed in by the caller, so that the builders stay free of clocks and file system lookups. */
export interface ReportMeta {
  lang: Lang;
  /** When the report was generated, as text (the builder has no clock). */
  generatedAt: string;
  inputs: ReportInput[];
  /** The method the user asked for (defaults to the report's). */
  method?: MethodId;
  /** Fonts for the chart pictures; null = no CJK font found (English chart labels); omitted = no charts. */
  fonts?: ChartFonts | null;
}
