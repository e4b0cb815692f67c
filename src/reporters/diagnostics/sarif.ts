/** Diagnostics as SARIF 2.1.0 (what GitHub code scanning reads): one rule per code, one result per diagnostic. */
import type { DiagnosticsReporter } from "./reporter.js";
import type { Diagnostic } from "../../model/diagnostic.js";

const LEVELS = { error: "error", warning: "warning", info: "note" } as const;

// SARIF wants a URI reference: forward slashes, each segment percent-encoded (Chinese file names included).
const uri = (file: string): string => file.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");

function location(d: Diagnostic): Record<string, unknown>[] {
  const s = d.source;
  if (!s?.file) return [];
  const region: Record<string, number> = {};
  const line = s.line ?? s.row;
  if (line !== undefined && line >= 1) region.startLine = line;
  if (s.col !== undefined && s.col >= 1 && region.startLine !== undefined) region.startColumn = s.col;
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: uri(s.file) } };
  if (region.startLine !== undefined) physicalLocation.region = region;
  return [{ physicalLocation }];
}

/** Render as SARIF JSON. */
export const diagnosticsSarifReporter: DiagnosticsReporter = (report) => {
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const results = report.diagnostics.map((d) => {
    const where = [d.source?.sheet, d.source?.column].filter(Boolean).join(" · ");
    const r: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: index.get(d.code),
      level: LEVELS[d.severity],
      message: { text: where ? `${where}: ${d.message}` : d.message },
      locations: location(d),
    };
    const props: Record<string, string | number> = {};
    for (const [k, v] of [["sheet", d.source?.sheet], ["column", d.source?.column], ["indicator", d.indicator], ["region", d.region], ["year", d.year], ["value", d.value], ["expected", d.expected]] as const)
      if (v !== undefined) props[k] = v;
    if (Object.keys(props).length) r.properties = props;
    return r;
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "hld-women", version: report.version, rules: codes.map((id) => ({ id, shortDescription: { text: id } })) } },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
};
