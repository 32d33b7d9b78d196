// A scanner's burst in a field that is not the scan box. A keyboard-wedge scanner types a whole
// code in a few milliseconds and ends it with Enter; a person types a few characters far slower.
// So a run of at least BURST_MIN characters, each under BURST_GAP_MS after the one before,
// ending in Enter as fast, is a scan that landed in the wrong field, not something typed.
// (Pasted text arrives as one input event with no keystrokes, so it never looks like a burst.)
// The keys themselves are kept, not the field's text: a number field drops the letters and the
// group separator a code carries.
import { GS, isGroupSeparator } from "../widgets/scanner";

/** The fewest characters a burst has (the shortest code a scanner sends is longer). */
export const BURST_MIN = 8;
/** The longest gap between two keystrokes of a burst, in milliseconds. */
export const BURST_GAP_MS = 30;

interface Key {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** Watches a field's keystrokes; `key` answers the code read when a burst ends. */
export class BurstDetector {
  private run = "";
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Takes one keydown; the code read when it is the Enter ending a burst, else null. */
  key(e: Key): string | null {
    const at = this.now();
    const fast = at - this.last < BURST_GAP_MS;
    this.last = at;
    if (e.key === "Enter") {
      const run = this.run;
      this.run = "";
      return fast && run.length >= BURST_MIN ? run : null;
    }
    const ch = isGroupSeparator(e) ? GS : e.key.length === 1 && !e.altKey && !e.metaKey && !e.ctrlKey ? e.key : null;
    if (ch === null) {
      // A key that types nothing (Backspace, an arrow) is a person's: the run is over.
      this.run = "";
      return null;
    }
    this.run = fast ? this.run + ch : ch;
    return null;
  }
}
