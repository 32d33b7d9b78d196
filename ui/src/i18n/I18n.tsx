// The app's language: an `Intl` object for the chosen language, `useT` to say a key in it, and
// `useFormat` for dates, numbers and money as the language writes them.
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import { createIntl, createIntlCache, IntlProvider, type IntlShape } from "react-intl";
import { messagesFor } from "./catalogue";
import { currencyDecimals } from "./decimals";
import { intlLocale, isRtl, type Lang } from "./lang";

const cache = createIntlCache();

function intlFor(lang: Lang): IntlShape {
  return createIntl({ locale: intlLocale(lang), defaultLocale: "en", messages: messagesFor(lang) }, cache);
}

interface I18n {
  lang: Lang;
  intl: IntlShape;
}

// Outside a provider (a component's unit test) the app speaks English.
const I18nContext = createContext<I18n>({ lang: "en", intl: intlFor("en") });

/** Speaks `lang` below it, and sets the document's language and direction (Arabic is laid out
 *  right to left; codes, numbers and serials are isolated left to right where they are shown). */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, intl: intlFor(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = intlLocale(lang);
    document.documentElement.dir = isRtl(lang) ? "rtl" : "ltr";
  }, [lang]);
  return (
    <I18nContext.Provider value={value}>
      <IntlProvider locale={value.intl.locale} defaultLocale="en" messages={messagesFor(lang)}>
        {children}
      </IntlProvider>
    </I18nContext.Provider>
  );
}

/** The language being spoken. */
export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** `t("scan.ready")`, `t("counts.packs", { n: 3 })`: a key of the UI's catalogue in the
 *  current language. Keys are literal strings, so the tests can find every one in the code. */
export function useT(): (key: string, values?: Values) => string {
  const { intl } = useContext(I18nContext);
  return useCallback((key: string, values?: Values) => intl.formatMessage({ id: key }, values), [intl]);
}

/** Dates, numbers and money in the current language's way. */
export function useFormat() {
  const { intl } = useContext(I18nContext);
  return useMemo(
    () => ({
      /** 2 Dec 2026 */
      date: (d: Date | string) => intl.formatDate(typeof d === "string" ? new Date(d) : d, { dateStyle: "medium" }),
      /** 2 Dec 2026, 14:05 */
      dateTime: (d: Date | string) =>
        intl.formatDate(typeof d === "string" ? new Date(d) : d, { dateStyle: "medium", timeStyle: "short" }),
      /** 14:05 */
      time: (d: Date | string) => intl.formatTime(typeof d === "string" ? new Date(d) : d, { timeStyle: "short" }),
      /** 12,500 */
      number: (n: number) => intl.formatNumber(n),
      /** €12.50 from 1250 cents, in the site's currency, with the decimals custody-core writes it
       *  with (ISO 4217's, where the browser's own tables sometimes differ) */
      money: (cents: number, currency: string) => {
        const digits = currencyDecimals(currency);
        return intl.formatNumber(cents / 100, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
      },
      /** 25 % from 0.25 */
      percent: (ratio: number) => intl.formatNumber(ratio, { style: "percent", maximumFractionDigits: 0 }),
    }),
    [intl],
  );
}
