// Import cycles among the UI's own modules: reads every relative import (`import … from "./x"`,
// `export … from "./x"`, `import "./x"`, `import("./x")`) under src/, resolves it to a file, and
// reports each strongly connected component of more than one module (or a module that imports
// itself). Exits 1 when there is any, so `npm run lint` fails on a new cycle.
//
// Usage: node scripts/cycles.mjs [folder]   (default: src, relative to ui/)

import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ui = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(ui, process.argv[2] ?? "src");
const EXTENSIONS = [".ts", ".tsx", ".js", ".jsx", ".mjs"];

/** Every source file under `dir`. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The relative specifiers a module imports, type-only imports included: they tie modules as
 * much for a reader, and `import type` cycles hide real ones after a refactoring. */
export function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*["'](\.{1,2}\/[^"']*)["']/g,
    /\bimport\s*["'](\.{1,2}\/[^"']*)["']/g,
    /\bimport\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) found.push(m[1]);
  }
  return found;
}

/** The file a specifier names, or null for one that is not a source (a stylesheet, JSON). */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, "index" + e)),
    // TypeScript's ESM style: "./x.js" naming "./x.ts".
    ...EXTENSIONS.map((e) => base.replace(/\.js$/, e)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile() && EXTENSIONS.some((e) => c.endsWith(e))) ?? null;
}

/** Tarjan's strongly connected components of `graph` (a Map of node to its successors). */
export function components(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const indices = new Map();
  const low = new Map();
  const out = [];
  function visit(v) {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) {
        low.set(v, Math.min(low.get(v), indices.get(w)));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component);
    }
  }
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

/** The import graph of the modules under `dir`, by path relative to ui/. */
export function importGraph(dir) {
  const graph = new Map();
  for (const file of sources(dir)) {
    const edges = specifiers(readFileSync(file, "utf8"))
      .map((s) => resolveImport(file, s))
      .filter((f) => f !== null)
      .map((f) => relative(ui, f));
    graph.set(relative(ui, file), [...new Set(edges)]);
  }
  return graph;
}

/** The cycles of `graph`: components of several modules, and modules that import themselves. */
export function cycles(graph) {
  return components(graph).filter(
    (c) => c.length > 1 || (graph.get(c[0]) ?? []).includes(c[0]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = cycles(importGraph(root));
  for (const c of found) {
    console.error(`import cycle: ${c.sort().join(" <-> ")}`);
  }
  if (found.length > 0) {
    console.error("Move what the modules share into a module of its own that imports neither.");
    process.exit(1);
  }
}
