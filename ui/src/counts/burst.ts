// A scanner's burst in a field that is not the scan box. A keyboard-wedge scanner types a whole
// code in a few milliseconds and ends it with Enter; a person types far slower. So when Enter
// ends a run in which at least BURST_MIN characters each came under BURST_GAP_MS after the one
// before, the run is a scan that landed in the wrong field, not something typed. (Pasted text
// arrives as one input event with no keystrokes, so it never looks like a burst.)
//
// Decisions: the times are the events' own (`timeStamp`, when the key was pressed), so a busy
// page handling the keys late does not stretch a burst; the fast characters need not be
// unbroken (a pause of the machine mid-code would otherwise cut it in two), and the whole run
// since the field was opened, or since the last key that types nothing, is the scan: a quantity
// field holds a few digits, so anything longer in it is the code, and a wrong guess is a scan
// the count answers "unreadable", never a quantity. The keys themselves are kept, not the
// field's text: a number field drops the letters and the group separator a code carries.
import { GS, isGroupSeparator } from "../widgets/scanner";

/** The fewest fast characters a burst has (the shortest code a scanner sends is longer). */
export const BURST_MIN = 8;
/** The longest gap between two keystrokes of a burst, in milliseconds. */
export const BURST_GAP_MS = 30;

export interface BurstKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** When the key was pressed, in milliseconds. */
  timeStamp: number;
}

/** Watches a field's keystrokes; `key` answers the code read when a burst ends. */
export class BurstDetector {
  private run = "";
  private fast = 0;
  private last = Number.NEGATIVE_INFINITY;

  /** Takes one keydown; the code read when it is the Enter ending a burst, else null. */
  key(e: BurstKey): string | null {
    const quick = e.timeStamp - this.last < BURST_GAP_MS;
    this.last = e.timeStamp;
    if (e.key === "Enter") {
      const burst = this.fast >= BURST_MIN ? this.run : null;
      this.reset();
      return burst;
    }
    const ch = isGroupSeparator(e) ? GS : e.key.length === 1 && !e.altKey && !e.metaKey && !e.ctrlKey ? e.key : null;
    if (ch === null) {
      // A key that types nothing (Backspace, an arrow, Tab) is a person's: the run is over.
      this.reset();
      return null;
    }
    this.run += ch;
    if (quick || this.run.length === 1) this.fast += 1;
    return null;
  }

  private reset() {
    this.run = "";
    this.fast = 0;
  }
}
