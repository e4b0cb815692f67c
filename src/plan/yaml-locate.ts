/** Map a JSON path inside a parsed YAML document to a line and column. */
import type { Document, LineCounter, Node } from "yaml";
import { yamlLib } from "../util/lazy-require.js";

export interface YamlPosition {
  line: number;
  col: number;
}

/** Split an ajv instancePath ("/areas/0/goals") into YAML path segments. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Human path: areas[0].goals[1].unit */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || "(root)";
}

function position(lc: LineCounter, offset: number | undefined): YamlPosition | undefined {
  if (offset === undefined) return undefined;
  const p = lc.linePos(offset);
  return { line: p.line, col: p.col };
}

/** Line/column of the node at `path`; with `key`, of that key inside the map at `path`. Falls back to the nearest ancestor. */
export function locate(doc: Document, lc: LineCounter, path: readonly (string | number)[], key?: string): YamlPosition | undefined {
  const { isMap, isPair, isScalar } = yamlLib();
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (!node) continue;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === key);
      if (pair && isScalar(pair.key)) return position(lc, pair.key.range?.[0]);
    }
    return position(lc, node.range?.[0]);
  }
  return undefined;
}
