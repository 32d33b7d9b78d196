// A scanner's burst told from typing. A keyboard-wedge scanner types a whole code in a few
// milliseconds and ends it with Enter; a person types far slower. A burst that lands in another
// text field of the scan screen (the document, the reason, the supplier search) is a scan the
// person meant for the scan box: it is taken as a scan, and the field gets back the text it had
// before. Pasted text arrives with no keystrokes, so it stays text.
import { useEffect, useRef } from "react";
import { GS, isGroupSeparator, isTextField } from "../widgets/scanner";

/** The fewest characters a burst has: shorter codes are not GS1 codes worth taking over a field. */
export const BURST_MIN_CHARS = 8;
/** The longest gap between two keystrokes of one burst, in milliseconds. Scanners send a
 * character every few milliseconds; the fastest typists leave 60 ms or more between keys. */
export const BURST_MAX_GAP_MS = 30;

/** The keystrokes of a possible burst: what they typed and when the last came. */
export class BurstDetector {
  private chars = "";
  private last = -Infinity;

  /** A character typed at `at` (ms). Returns true when it starts a new run (the field's text
   * before it is then what a burst would restore). */
  key(char: string, at: number): boolean {
    const fresh = at - this.last > BURST_MAX_GAP_MS || this.chars === "";
    if (fresh) this.chars = "";
    this.chars += char;
    this.last = at;
    return fresh;
  }

  /** Enter at `at`: the scan when the run is a burst (long enough, and Enter as quick as the
   * rest), else null. Either way the run ends. */
  enter(at: number): string | null {
    const burst = this.chars.length >= BURST_MIN_CHARS && at - this.last <= BURST_MAX_GAP_MS ? this.chars : null;
    this.reset();
    return burst;
  }

  /** Forgets the run (a key that is not a character, a click). */
  reset(): void {
    this.chars = "";
    this.last = -Infinity;
  }
}

/** Whether the field holds a secret: a password field, or one a password manager fills. */
export function isSecretField(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  return (el instanceof HTMLInputElement && el.type === "password") || /\b(current|new)-password\b/.test(el.autocomplete ?? "");
}

/** Sets a React-controlled field's value as if typed, so its state follows. */
function restore(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * Watches every text field inside `root` but the scan box (marked `data-scan-field`) for a
 * scanner burst, and hands a burst to `onScan`, putting the field's text back as it was before
 * the burst. Listens on the document, before the fields' own handlers, so Enter never submits a
 * form with half a code in it.
 */
export function useScannerBurst(root: React.RefObject<HTMLElement | null>, onScan: (raw: string) => void, enabled = true) {
  const handler = useRef(onScan);
  handler.current = onScan;
  useEffect(() => {
    if (!enabled) return;
    const detector = new BurstDetector();
    let before: { el: HTMLInputElement | HTMLTextAreaElement; value: string } | null = null;
    const listener = (e: KeyboardEvent) => {
      const el = e.target;
      const inField =
        (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
        isTextField(el) &&
        !isSecretField(el) &&
        !el.hasAttribute("data-scan-field") &&
        root.current?.contains(el);
      if (!inField) {
        detector.reset();
        before = null;
        return;
      }
      // When the key was sent, not when this handler got to it: a screen busy rendering the
      // previous keystroke must not spread a scanner's burst out into "typing".
      const at = e.timeStamp;
      if (e.key === "Enter") {
        const raw = detector.enter(at);
        if (raw !== null && before?.el === el) {
          e.preventDefault();
          e.stopPropagation();
          restore(el, before.value);
          before = null;
          handler.current(raw);
        }
        return;
      }
      const char = isGroupSeparator(e) ? GS : e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey ? e.key : null;
      if (char === null) {
        if (e.key !== "Shift") detector.reset();
        return;
      }
      if (detector.key(char, at) || before?.el !== el) before = { el, value: el.value };
    };
    document.addEventListener("keydown", listener, true);
    return () => document.removeEventListener("keydown", listener, true);
  }, [root, enabled]);
}
