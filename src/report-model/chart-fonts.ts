/** The fonts a report's chart pictures are drawn with (found by charts/find-fonts, chosen by the caller). */

/** A font file and the family name its text asks for. */
export interface FontFace {
  file: string;
  family: string;
}

/** The fonts the chart renderer loads; without `cjk` the charts are labelled in English. */
export interface ChartFonts {
  latin?: FontFace;
  cjk?: FontFace;
}
