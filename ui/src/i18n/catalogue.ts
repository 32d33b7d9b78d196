// The UI's own words, per language: `locales/<lang>/<area>.json`, flat objects of ICU messages
// whose keys start with the area (`scan.ready` is in `scan.json`). Refusals and verdicts are not
// here: the shell renders them in the session's language from the one Fluent catalogue.
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { TRANSLATED, type Lang } from "./lang";
import { pseudoLocalize } from "./pseudo";

type Messages = Record<string, string>;

const FILES = import.meta.glob<Messages>("./locales/*/*.json", { eager: true, import: "default" });

/** One language's files: area → messages. */
export function areas(lang: Exclude<Lang, "en-XA">): Record<string, Messages> {
  const out: Record<string, Messages> = {};
  for (const [path, messages] of Object.entries(FILES)) {
    const m = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m?.[1] === lang && m[2]) out[m[2]] = messages;
  }
  return out;
}

/** One language's messages, all areas together. */
export function catalogue(lang: Exclude<Lang, "en-XA">): Messages {
  return Object.assign({}, ...Object.values(areas(lang))) as Messages;
}

const compiled = new Map<Lang, Record<string, MessageFormatElement[]>>();

/** The messages `IntlProvider` is given for `lang`, parsed once: the language's own over
 *  English (the tests refuse a key a language lacks, so English shows only while one is being
 *  written), or for the pseudo-locale English accented. */
export function messagesFor(lang: Lang): Record<string, MessageFormatElement[]> {
  const known = compiled.get(lang);
  if (known) return known;
  const english = catalogue("en");
  const own = lang === "en" || lang === "en-XA" ? {} : catalogue(lang);
  const out: Record<string, MessageFormatElement[]> = {};
  for (const [key, text] of Object.entries({ ...english, ...own })) {
    const ast = parse(text, { ignoreTag: false });
    out[key] = lang === "en-XA" ? pseudoLocalize(ast) : ast;
  }
  compiled.set(lang, out);
  return out;
}

export { TRANSLATED };
