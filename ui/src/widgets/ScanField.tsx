// The scan box: keeps the group separator, submits on Enter, and takes a scan typed anywhere on
// the page (a scanner does not care where the focus is) when no other text field has it. Under
// it, the other ways a code arrives (the camera, a photo, typed by hand: ScanAlternatives).
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/I18n";
import { ScanAlternatives } from "./ScanAlternatives";
import { GS, isGroupSeparator, isTextField } from "./scanner";

export interface ScanFieldHandle {
  focus(): void;
}

interface Props {
  label: string;
  onScan(raw: string): void;
  disabled?: boolean;
  /** Take keystrokes typed while no text field has the focus (the scan screens do). */
  captureAnywhere?: boolean;
  /** Enter in the empty box (the scan screen's "press Enter to confirm"). */
  onEmptyEnter?(): void;
  /** What must be done before a scan is taken, said in the box and under it. */
  missing?: string | null;
}

export const ScanField = forwardRef<ScanFieldHandle, Props>(function ScanField(
  { label, onScan, disabled, captureAnywhere, onEmptyEnter, missing },
  ref,
) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  const submit = (raw: string) => {
    const trimmed = raw.replace(/[\r\n]+$/, "");
    setValue("");
    if (trimmed.trim()) onScan(trimmed);
    else onEmptyEnter?.();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isGroupSeparator(e)) {
      e.preventDefault();
      const el = e.currentTarget;
      el.setRangeText(GS, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, "end");
      setValue(el.value);
    } else if (e.key === "Enter") {
      e.preventDefault();
      submit(e.currentTarget.value);
    }
  };

  useEffect(() => {
    if (!captureAnywhere) return;
    // A keystroke while no text field has the focus (after a stray click) moves the focus back
    // to the scan box before the character lands, so a scan is never lost or half-typed.
    // A list (<select>) takes no text: a character sent to it only picks another entry by
    // type-ahead. So a scan's characters arriving while a list has the focus (the supplier just
    // picked with the mouse) go to the scan box too; a list keeps its arrows, Enter and Tab.
    const listener = (e: globalThis.KeyboardEvent) => {
      const el = input.current;
      const focused = document.activeElement;
      const printable = isGroupSeparator(e) || (e.key.length === 1 && !e.ctrlKey);
      const takesText = isTextField(focused) && !(focused instanceof HTMLSelectElement && printable);
      if (!el || disabled || takesText) return;
      if (e.altKey || e.metaKey) return;
      if (isGroupSeparator(e)) {
        e.preventDefault();
        el.focus();
        el.setRangeText(GS, el.value.length, el.value.length, "end");
        setValue(el.value);
      } else if (e.key.length === 1 && !e.ctrlKey) {
        // A list would act on the character as type-ahead before the focus moves: only the
        // scan box may receive it.
        if (focused instanceof HTMLSelectElement) {
          e.preventDefault();
          el.focus();
          el.setRangeText(e.key, el.value.length, el.value.length, "end");
          setValue(el.value);
        } else el.focus();
      }
    };
    window.addEventListener("keydown", listener, true);
    return () => window.removeEventListener("keydown", listener, true);
  }, [captureAnywhere, disabled]);

  return (
    <>
    <label className="scan-field">
      <span>{label}</span>
      <input
        ref={input}
        value={value}
        disabled={disabled}
        autoFocus
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        aria-label={label}
        aria-describedby={missing ? "scan-field-missing" : undefined}
        data-scan-field=""
        placeholder={missing ?? t("widgets.scan.placeholder")}
      />
      {missing ? (
        <span id="scan-field-missing" className="scan-missing" role="note">
          {t("widgets.scan.before", { missing })}
        </span>
      ) : null}
    </label>
    <ScanAlternatives onScan={onScan} disabled={disabled} />
    </>
  );
});
