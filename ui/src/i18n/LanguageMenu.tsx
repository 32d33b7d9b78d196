// The language menu: each language named in itself, so a person finds theirs whatever the
// screen speaks now.
import { useId } from "react";
import { useLang, useT } from "./I18n";
import { LANGS, NATIVE_NAMES, parseLang, type Lang } from "./lang";

export function LanguageMenu({ onChange, disabled }: { onChange: (lang: Lang) => void; disabled?: boolean }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  return (
    <div className="field language-menu">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        value={lang}
        disabled={disabled}
        onChange={(e) => {
          const chosen = parseLang(e.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l === "en-XA" ? "en" : l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
      <p className="hint">{t("language.hint")}</p>
    </div>
  );
}
