// The pseudo-locale: every literal of an English message accented, its arguments untouched, and
// a third more length, so a screenshot shows what a longer language would cut.
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = [..."àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"];

function accent(text: string): string {
  return [...text].map((c) => ACCENTED[PLAIN.indexOf(c)] ?? c).join("");
}

function accentAll(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    if (el.type === TYPE.tag) return { ...el, children: accentAll(el.children) };
    return el;
  });
}

function literalLength(elements: MessageFormatElement[]): number {
  return elements.reduce((n, el) => n + (el.type === TYPE.literal ? el.value.length : 4), 0);
}

/** The pseudo-localized form of a parsed English message. */
export function pseudoLocalize(elements: MessageFormatElement[]): MessageFormatElement[] {
  const pad = Math.max(1, Math.ceil(literalLength(elements) * 0.3) - 3);
  return [
    { type: TYPE.literal, value: "[" },
    ...accentAll(elements),
    { type: TYPE.literal, value: ` ${"·".repeat(pad)}]` },
  ];
}
