// Sentences of the catalogue with elements inside them (a code in `<code>`, a serial in `<bdi>`, a
// word in `<strong>`): the message is said whole, so each language keeps its own word order, with
// a mark standing for each element; then it is cut at the marks and the elements put in. A code,
// serial, lot, location or number in running text is isolated left to right (`Ltr`, `ltr`) so it
// reads as printed in an Arabic sentence too. Also the English `t` for helpers called without a
// language (a unit test, a log line).
//
// The one helper for this in the UI. It lives in widgets/, not i18n/: it makes React elements for
// the screens, on top of what i18n/ gives (`useT`, the catalogues), and i18n/ stays the language
// layer that knows nothing of the screens' markup. Most callers already imported it from here.
import { cloneElement, Fragment, isValidElement, useCallback, type ReactElement, type ReactNode } from "react";
import { createIntl, createIntlCache } from "react-intl";
import { messagesFor } from "../i18n/catalogue";
import { useT } from "../i18n/I18n";

/** What `useT` gives: a key and its values in the current language. */
export type Say = ReturnType<typeof useT>;

type Plain = string | number | boolean | Date | null | undefined;

/** The values of a rich message: plain ones are formatted as `t` formats them; elements are put
 *  in where the message places their argument. */
export type RichValues = Record<string, Plain | ReactElement>;

/** A code, serial, lot, path or number shown inside running text: read left to right, also in
 *  a sentence written right to left. */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/** `<Ltr>` as a value of a rich message: `rich("scan.repeat.question", { serial: ltr(serial) })`. */
export const ltr = (text: ReactNode): ReactElement => <bdi dir="ltr">{text}</bdi>;

const english = createIntl({ locale: "en", defaultLocale: "en", messages: messagesFor("en") }, createIntlCache());

/** English, for a helper called without a language (a unit test, a log line). */
export const sayEnglish: Say = (key, values) => english.formatMessage({ id: key }, values);

// An element stands in the said text as its index between two private-use characters.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARK = /\uE000(\d+)\uE001/;
const mark = (n: number) => `${OPEN}${n}${CLOSE}`;

/** `text` cut at the marks, each mark replaced by its element. */
function putIn(text: string, elements: ReadonlyArray<ReactNode>): ReactNode {
  const parts = text.split(MARK);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part === "" ? null : <Fragment key={i}>{part}</Fragment>;
        const element = elements[Number(part)];
        return isValidElement(element) ? cloneElement(element, { key: i }) : <Fragment key={i}>{element}</Fragment>;
      })}
    </>
  );
}

/** The message `key` said by `t`, with the values that are elements put in their places. For a
 *  helper that is given `t`; a component uses `useRich()`. */
export function rich(t: Say, key: string, values: RichValues): ReactNode {
  const plain: Record<string, Plain> = {};
  const elements: ReactElement[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (isValidElement(value)) {
      plain[name] = mark(elements.length);
      elements.push(value);
    } else {
      plain[name] = value;
    }
  }
  return putIn(t(key, plain), elements);
}

/** `rich` in the current language: `const say = useRich(); say("scan.repeat.questionSerial",
 *  { product, serial: ltr(serial) })`. */
export function useRich(): (key: string, values: RichValues) => ReactNode {
  const t = useT();
  return useCallback((key, values) => rich(t, key, values), [t]);
}
