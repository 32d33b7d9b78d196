// A GTIN checked as it is typed, in the words a person needs to correct it: the same rules as
// custody-gs1's `Gtin::parse` (8, 12, 13 or 14 digits, the GS1 mod-10 check digit), so a GTIN the
// form accepts is one the api accepts. The api still checks it; this only saves a round trip.
// The words are the catalogue's (`settings.gtin.*`): the form passes its `t`; English otherwise.
import { createIntl, type IntlShape } from "react-intl";
import { messagesFor } from "../i18n/catalogue";

/** Says a key of the catalogue, as `useT()` gives it. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

let english: IntlShape | undefined;

/** The catalogue's English, for callers without a language (the api's own checks, tests). */
const sayEnglish: Say = (key, values) => (english ??= createIntl({ locale: "en", messages: messagesFor("en") })).formatMessage({ id: key }, values);

/** The GS1 check digit for `body` (every digit of a GTIN but the last). */
export function checkDigit(body: string): number {
  let sum = 0;
  // Weights 3, 1, 3, … from the rightmost digit of the body.
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with `text` as a GTIN, or null when it is one (spaces around it ignored). An
 * empty field is not a problem here: the form asks for it on saving. */
export function gtinProblem(text: string, say: Say = sayEnglish): string | null {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d+$/.test(t)) return say("settings.gtin.digitsOnly");
  if (![8, 12, 13, 14].includes(t.length)) return say("settings.gtin.length", { n: t.length });
  const expected = checkDigit(t.slice(0, -1));
  if (Number(t[t.length - 1]) !== expected) return say("settings.gtin.checkDigit", { digit: expected });
  return null;
}
