// The languages the app speaks, as the shell, the catalogues and `Intl` name them.

/** A language of the catalogues; `en-XA` is the pseudo-locale (accented English, 30 % longer),
 *  for screenshots that show where a longer language would be cut. */
export type Lang = "en" | "fr" | "es" | "pt" | "ar" | "en-XA";

/** Every language, the pseudo-locale last. */
export const LANGS: readonly Lang[] = ["en", "fr", "es", "pt", "ar", "en-XA"];

/** The languages translated from English: each must hold every key English holds. */
export const TRANSLATED: readonly Exclude<Lang, "en" | "en-XA">[] = ["fr", "es", "pt", "ar"];

/** Each language's name in itself, for the language menu. */
export const NATIVE_NAMES: Record<Lang, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  pt: "Português",
  ar: "العربية",
  "en-XA": "Ƥšéûðö (en-XA)",
};

/** Reads a tag as a browser, a shell or a user's setting writes it (`fr-FR`, `pt_BR`, `en-XA`). */
export function parseLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace(/_/g, "-").toLowerCase();
  if (t === "en-xa") return "en-XA";
  const primary = t.split("-")[0] ?? "";
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/** The machine's language (the webview's), English when it is none the app speaks. */
export function machineLang(): Lang {
  const tags = typeof navigator === "undefined" ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of tags) {
    const lang = parseLang(tag);
    if (lang) return lang;
  }
  return "en";
}

/** The locale `Intl` formats with: Arabic with Western digits, as hospital labels print them. */
export function intlLocale(lang: Lang): string {
  if (lang === "ar") return "ar-u-nu-latn";
  if (lang === "en-XA") return "en";
  return lang;
}

/** Whether the language is written right to left. */
export function isRtl(lang: Lang): boolean {
  return lang === "ar";
}
