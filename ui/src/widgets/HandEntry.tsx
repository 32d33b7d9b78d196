// The code of a pack typed by hand, from the lines printed beside it (PC/GTIN, SN, Batch/Lot,
// Exp), when no scanner or photo can read it. The lines are checked here, beside each field, and
// then sent as the bracketed GS1 form through `onScan`, exactly as a scanner's keystrokes are:
// the same decoder and the same verdict decide. A panel in place or inside a dialog.
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useFormat, useLang, useT } from "../i18n/I18n";
import { intlLocale } from "../i18n/lang";
import { Button, Field } from "./controls";
import { checkLines, monthNames, readExpiry, type Expiry, type HandLines, type Problem } from "./handEntry";

const EMPTY: HandLines = { gtin: "", serial: "", lot: "", expiry: "" };

/** The order the fields are shown in, and the first one at fault takes the focus. */
const ORDER: ReadonlyArray<keyof HandLines> = ["gtin", "serial", "lot", "expiry"];

export function HandEntry({ onScan, onClose }: { onScan(raw: string): void; onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const lang = useLang();
  const format = useFormat();
  // Month names in the form's language, and English as packs are often printed in it.
  const months = useMemo(() => monthNames([intlLocale(lang), "en"]), [lang]);
  const [lines, setLines] = useState<HandLines>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<keyof HandLines, Problem>>>({});
  const inputs = {
    gtin: useRef<HTMLInputElement>(null),
    serial: useRef<HTMLInputElement>(null),
    lot: useRef<HTMLInputElement>(null),
    expiry: useRef<HTMLInputElement>(null),
  };

  const change = (field: keyof HandLines) => (value: string) => {
    setLines((l) => ({ ...l, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const said = (field: keyof HandLines) => {
    const p = problems[field];
    return p ? t(p.key, p.values) : null;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkLines(lines, new Date(), months);
    if (!checked.ok) {
      setProblems(checked.problems);
      const first = ORDER.find((f) => checked.problems[f]);
      if (first) inputs[first].current?.focus();
      return;
    }
    onScan(checked.raw);
    // The next pack starts from empty lines: nothing of this one is carried into it unseen.
    setLines(EMPTY);
    setProblems({});
    inputs.gtin.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  /** An expiry in words: its day as the language writes dates, or the end of its month. */
  function expiryWords(e: Expiry): string {
    if (e.day !== null) return t("entry.hand.expiry.read", { date: format.date(new Date(e.year, e.month - 1, e.day)) });
    const month = new Intl.DateTimeFormat(intlLocale(lang), { month: "long", year: "numeric" }).format(new Date(e.year, e.month - 1, 1));
    return t("entry.hand.expiry.readMonth", { month });
  }

  // How the expiry typed is read, shown as it is typed: a day and month swapped is seen at once.
  const expiry = readExpiry(lines.expiry, new Date(), months);
  const expiryRead = expiry.ok && expiry.value ? expiryWords(expiry.value) : null;
  const smallLetters = /[a-z]/.test(lines.serial);
  const checked = checkLines(lines, new Date(), months);

  return (
    <section className="hand-entry" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("entry.hand.title")}</h2>
      <p className="muted">{t("entry.hand.intro")}</p>
      <form aria-label={t("entry.hand.form")} onSubmit={submit} onKeyDown={onKeyDown}>
        <div className="hand-entry-fields">
          <Field
            label={t("entry.hand.gtin.label")}
            inputRef={inputs.gtin}
            value={lines.gtin}
            onChange={change("gtin")}
            description={t("entry.hand.gtin.help")}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            errorMessage={said("gtin")}
          />
          <Field
            label={t("entry.hand.serial.label")}
            inputRef={inputs.serial}
            value={lines.serial}
            onChange={change("serial")}
            description={smallLetters ? `${t("entry.hand.serial.help")} ${t("entry.hand.serial.small")}` : t("entry.hand.serial.help")}
            autoComplete="off"
            spellCheck={false}
            errorMessage={said("serial")}
          />
          <Field
            label={t("entry.hand.lot.label")}
            inputRef={inputs.lot}
            value={lines.lot}
            onChange={change("lot")}
            description={t("entry.hand.lot.help")}
            autoComplete="off"
            spellCheck={false}
            errorMessage={said("lot")}
          />
          <Field
            label={t("entry.hand.expiry.label")}
            inputRef={inputs.expiry}
            value={lines.expiry}
            onChange={change("expiry")}
            description={expiryRead ?? t("entry.hand.expiry.help")}
            autoComplete="off"
            spellCheck={false}
            errorMessage={said("expiry")}
          />
        </div>
        {checked.ok ? (
          <p className="muted hand-entry-sends">
            {t("entry.hand.sends")} <code>{checked.raw}</code>
          </p>
        ) : null}
        <div className="actions">
          <Button onPress={onClose}>{t("entry.hand.cancel")}</Button>
          <Button type="submit" variant="primary">
            {t("entry.hand.send")}
          </Button>
        </div>
      </form>
    </section>
  );
}
