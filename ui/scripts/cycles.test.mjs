// Tests of the import-cycle check (node --test): it must find a cycle when there is one, through
// every form of import, and stay quiet on a tree without one.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { cycles, importGraph, specifiers } from "./cycles.mjs";

test("every form of relative import is read, packages and comments are not", () => {
  const text = `
    import { a } from "./a";
    import type { B } from '../b/B';
    import {
      c,
      d,
    } from "./c.tsx";
    export { e } from "./e";
    export * from "./f";
    import "./styles.css";
    const g = await import("./g");
    import React from "react";
    // import { h } from "./h";
    /* import { i } from "./i"; */
  `;
  assert.deepEqual(
    specifiers(text).sort(),
    ["../b/B", "./a", "./c.tsx", "./e", "./f", "./g", "./styles.css"],
    "a missed form would hide a cycle; a commented-out import is not one",
  );
});

test("a cycle through three modules is one component, a chain is none", () => {
  const ring = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
    ["d", ["a"]],
  ]);
  assert.deepEqual(
    cycles(ring).map((c) => c.sort()),
    [["a", "b", "c"]],
    "d only imports the ring, it is not part of it",
  );
  const chain = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", []],
  ]);
  assert.deepEqual(cycles(chain), [], "a module imported by many is not a cycle");
  assert.deepEqual(cycles(new Map([["a", ["a"]]])), [["a"]], "a module that imports itself");
});

test("files on disk are resolved with their extensions and index files", () => {
  const dir = mkdtempSync(join(tmpdir(), "cycles-"));
  mkdirSync(join(dir, "lists"));
  writeFileSync(join(dir, "screens.tsx"), 'import { List } from "./lists";\n');
  writeFileSync(join(dir, "lists", "index.ts"), 'export { List } from "./List";\n');
  writeFileSync(join(dir, "lists", "List.tsx"), 'import { open } from "../screens";\n');
  const found = cycles(importGraph(dir));
  assert.equal(found.length, 1, "screens -> lists/index -> List -> screens is a cycle");
  assert.equal(found[0].length, 3, "all three modules are named");
});
