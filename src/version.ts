/** The tool's version (kept equal to package.json by a test), written into every machine-readable report. */
export const VERSION = "0.1.0";
