// Sentences of the catalogue with codes inside them: a code, a serial, a lot or a location shown
// in running text is isolated left to right (`<bdi dir="ltr">`), so it reads as printed in an
// Arabic sentence too; and the English words helpers fall back to where no language is given.
import { cloneElement, Fragment, isValidElement, useCallback, type ReactElement, type ReactNode } from "react";
import { createIntl, createIntlCache } from "react-intl";
import { messagesFor } from "../i18n/catalogue";
import { useT } from "../i18n/I18n";

/** What `useT` gives: a key and its values in the current language. */
export type Say = ReturnType<typeof useT>;

type Plain = string | number | boolean | Date | null | undefined;

/** A code, serial, lot, location or number inside a sentence, kept left to right. */
export const ltr = (text: ReactNode): ReactElement => <bdi dir="ltr">{text}</bdi>;

const english = createIntl({ locale: "en", defaultLocale: "en", messages: messagesFor("en") }, createIntlCache());

/** English, for a helper called without a language (a unit test, a log line). */
export const sayEnglish: Say = (key, values) => english.formatMessage({ id: key }, values);

// A value that is an element stands in the formatted text as this mark (a private-use character) and its index.
const MARK = "\uE000";

/** `rich("scan.repeat.question", { product, serial: ltr(serial) })`: a message whose values may
 *  be elements (isolated codes). Plain values are formatted as `t` formats them. */
export function useRich(): (key: string, values: Record<string, Plain | ReactElement>) => ReactNode {
  const t = useT();
  return useCallback(
    (key, values) => {
      const plain: Record<string, Plain> = {};
      const elements: ReactElement[] = [];
      for (const [name, value] of Object.entries(values)) {
        if (isValidElement(value)) {
          plain[name] = `${MARK}${elements.length}${MARK}`;
          elements.push(value);
        } else {
          plain[name] = value;
        }
      }
      const parts = t(key, plain).split(/\uE000(\d+)\uE000/);
      return (
        <>
          {parts.map((part, i) => {
            if (i % 2 === 0) return part === "" ? null : <Fragment key={i}>{part}</Fragment>;
            const element = elements[Number(part)];
            return element ? cloneElement(element, { key: i }) : null;
          })}
        </>
      );
    },
    [t],
  );
}
