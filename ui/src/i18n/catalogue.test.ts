import { isStructurallySame, parse } from "@formatjs/icu-messageformat-parser";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { areas, catalogue, messagesFor } from "./catalogue";
import { LANGS, TRANSLATED } from "./lang";

// Vitest runs in ui/.
const SRC = join(process.cwd(), "src");

/** The app's source files, tests and the catalogues' own code left out. */
function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "test" || name === "locales" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the UI's catalogues", () => {
  const english = areas("en");

  it("keep each key in the file of its area", () => {
    for (const lang of ["en", ...TRANSLATED] as const) {
      for (const [area, messages] of Object.entries(areas(lang))) {
        for (const key of Object.keys(messages)) {
          expect(key.startsWith(`${area}.`), `${lang}/${area}.json: ${key} belongs in ${key.split(".")[0]}.json`).toBe(true);
        }
      }
    }
  });

  it("have every English key in every language, and no other", () => {
    for (const lang of TRANSLATED) {
      const theirs = areas(lang);
      for (const [area, messages] of Object.entries(english)) {
        const own = theirs[area] ?? {};
        const missing = Object.keys(messages).filter((k) => !(k in own));
        const extra = Object.keys(own).filter((k) => !(k in messages));
        expect(missing, `${lang}/${area}.json lacks these keys: the screen would show English`).toEqual([]);
        expect(extra, `${lang}/${area}.json has keys English no longer has`).toEqual([]);
      }
      expect(Object.keys(theirs).sort(), `${lang} has the same files as English`).toEqual(Object.keys(english).sort());
    }
  });

  it("say the same arguments in every language, and every message parses", () => {
    const en = catalogue("en");
    for (const lang of TRANSLATED) {
      for (const [key, text] of Object.entries(catalogue(lang))) {
        if (!(key in en)) continue;
        const same = isStructurallySame(parse(en[key] ?? ""), parse(text));
        expect(same.success, `${lang} ${key}: ${same.error?.message ?? ""} (${text})`).toBe(true);
      }
    }
    for (const lang of LANGS) expect(() => messagesFor(lang)).not.toThrow();
  });

  it("hold every key the code says, and the code says every key", () => {
    const en = catalogue("en");
    const used = new Set<string>();
    const unknown: string[] = [];
    for (const file of sources()) {
      // Comments may show keys as examples.
      const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      for (const [, key = ""] of text.matchAll(/\bt\(\s*["'`]([^"'`]+)["'`]/g)) {
        if (!(key in en)) unknown.push(`${file.slice(SRC.length + 1)}: ${key}`);
      }
      // A key may also be named in a table (`{ receive: "scan.movement.receive" }`).
      for (const [, key = ""] of text.matchAll(/["'`]([a-z][a-zA-Z]*\.[a-zA-Z0-9_.-]+)["'`]/g)) used.add(key);
    }
    expect(unknown, "t() with a key the English catalogue lacks").toEqual([]);
    const unused = Object.keys(en).filter((k) => !used.has(k));
    expect(unused, "keys no code says: remove them, or say them").toEqual([]);
  });
});
