// The scan box: keeps the group separator, submits on Enter, and takes a scan typed anywhere on
// the page (a scanner does not care where the focus is) when no other text field has it.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from "react";
import { GS, isGroupSeparator, isTextField } from "./scanner";

export interface ScanFieldHandle {
  focus(): void;
}

interface Props {
  label: string;
  onScan(raw: string): void;
  disabled?: boolean;
  /** Take keystrokes typed while no text field has the focus (the scan workspace does). */
  captureAnywhere?: boolean;
}

export const ScanField = forwardRef<ScanFieldHandle, Props>(function ScanField(
  { label, onScan, disabled, captureAnywhere },
  ref,
) {
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState("");
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  const submit = (raw: string) => {
    const trimmed = raw.replace(/[\r\n]+$/, "");
    setValue("");
    if (trimmed.trim()) onScan(trimmed);
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
    let buffer = "";
    let last = 0;
    const listener = (e: globalThis.KeyboardEvent) => {
      if (disabled || isTextField(document.activeElement)) return;
      if (e.altKey || e.metaKey) return;
      const now = performance.now();
      if (now - last > 500) buffer = "";
      last = now;
      if (isGroupSeparator(e)) {
        buffer += GS;
      } else if (e.key === "Enter") {
        if (!buffer) return;
        e.preventDefault();
        const raw = buffer;
        buffer = "";
        submit(raw);
        input.current?.focus();
        return;
      } else if (e.key.length === 1 && !e.ctrlKey) {
        buffer += e.key;
      } else {
        return;
      }
      e.preventDefault();
    };
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
    // `submit` only reads `onScan`, which the listener must see fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [captureAnywhere, disabled, onScan]);

  return (
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
        placeholder="Scan a pack, or type its code and press Enter"
      />
    </label>
  );
});
