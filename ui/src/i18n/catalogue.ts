// The UI's own words, per language: `locales/<lang>/<area>.json`, flat objects of ICU messages
// whose keys start with the area (`scan.ready` is in `scan.json`). Refusals and verdicts are not
// here: the shell renders them in the session's language from the one Fluent catalogue.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { TRANSLATED, type Lang } from "./lang";
import { pseudoLocalize } from "./pseudo";

type Messages = Record<string, string>;

// Each file is kept as its text and read the first time its language is asked for: a page that
// evaluated every language's messages as objects as it loaded (five catalogues, 6,000-odd
// messages) took that long longer to show its sign-in screen.
const FILES = import.meta.glob<string>("./locales/*/*.json", { eager: true, query: "?raw", import: "default" });
const read = new Map<string, Messages>();

/** One language's files: area → messages. */
export function areas(lang: Exclude<Lang, "en-XA">): Record<string, Messages> {
  const out: Record<string, Messages> = {};
  for (const [path, text] of Object.entries(FILES)) {
    const m = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m?.[1] !== lang || !m[2]) continue;
    let messages = read.get(path);
    if (!messages) {
      messages = JSON.parse(text) as Messages;
      read.set(path, messages);
    }
    out[m[2]] = messages;
  }
  return out;
}

/** One language's messages, all areas together. */
export function catalogue(lang: Exclude<Lang, "en-XA">): Messages {
  return Object.assign({}, ...Object.values(areas(lang))) as Messages;
}

/** What `IntlProvider` is given for a message: its text, parsed by react-intl the first time it
 *  is said (and kept), or already parsed. */
type Message = string | MessageFormatElement[];

/** react-intl's type for its messages: all texts or all parsed. Its `formatMessage` looks at
 *  each message on its own (parsed: said; a text: parsed, kept, said), so a record of both is
 *  what it reads; the type says one of the two. */
type IntlMessages = Record<string, string> | Record<string, MessageFormatElement[]>;

const prepared = new Map<Lang, IntlMessages>();

/** ICU's syntax characters: a message without any is its own text. */
const SYNTAX = /[{}'<#]/;

/** The messages `IntlProvider` is given for `lang`: the language's own over English (the tests
 *  refuse a key a language lacks, so English shows only while one is being written), or for the
 *  pseudo-locale English accented. A message that is plain text is given as one literal, which
 *  react-intl says as it is; any other is parsed by react-intl when first said, so the window
 *  parses the few dozen messages its first screen says, not the catalogue's 1,250. */
export function messagesFor(lang: Lang): IntlMessages {
  const known = prepared.get(lang);
  if (known) return known;
  const english = catalogue("en");
  const own = lang === "en" || lang === "en-XA" ? {} : catalogue(lang);
  const out: Record<string, Message> = {};
  for (const [key, text] of Object.entries({ ...english, ...own })) {
    if (lang === "en-XA") out[key] = pseudoLocalize(parse(text, { ignoreTag: false }));
    else out[key] = SYNTAX.test(text) ? text : [{ type: TYPE.literal, value: text }];
  }
  const messages = out as IntlMessages;
  prepared.set(lang, messages);
  return messages;
}

export { TRANSLATED };
