// When a code seen by the camera is taken as a scan. A camera sees the same pack in frame after
// frame: a code is taken once it has been read in two frames close together (one misread frame
// is never a scan), and not again while it keeps being read. "Out of view" can only mean "not
// read": once a taken code has not been read for a while (the pack put down, or glare), it may
// be taken again — and then it is a new scan, which the screen treats as it treats a scanner's
// second read of the same code (the scan screen asks about a serialized pack; a double read
// within seconds is counted once by custody-api).

/** How close together the two readings must be, in milliseconds. */
export const CONFIRM_WITHIN_MS = 700;
/** How long a taken code must go unread before it can be taken again. */
export const GONE_AFTER_MS = 2500;

export class Taker {
  /** Each code read once and waiting for its second reading: when it was read. */
  private readonly candidates = new Map<string, number>();
  /** Each code taken and still (or lately) in view: when it was last read. */
  private readonly taken = new Map<string, number>();

  /** The codes read in the frame at `now` (ms); the one to take as a scan, if any. */
  see(codes: readonly string[], now: number): string | null {
    this.refresh(codes, now);
    for (const raw of codes) {
      if (this.taken.has(raw)) continue;
      const first = this.candidates.get(raw);
      if (first !== undefined && now - first <= CONFIRM_WITHIN_MS) {
        this.candidates.delete(raw);
        this.taken.set(raw, now);
        return raw;
      }
      this.candidates.set(raw, now);
    }
    return null;
  }

  /** The codes read while the screen takes no scan (it is asking something): the codes already
   * taken stay taken while they are in view, and nothing new is taken. */
  hold(codes: readonly string[], now: number): void {
    this.refresh(codes, now);
    this.candidates.clear();
  }

  /** Forgets what was taken (the person chose another camera or closed the view). */
  reset(): void {
    this.candidates.clear();
    this.taken.clear();
  }

  private refresh(codes: readonly string[], now: number) {
    for (const [raw, seen] of this.taken) {
      if (codes.includes(raw)) this.taken.set(raw, now);
      else if (now - seen >= GONE_AFTER_MS) this.taken.delete(raw);
    }
    for (const [raw, at] of this.candidates) if (now - at > CONFIRM_WITHIN_MS) this.candidates.delete(raw);
  }
}

/** The codes of a frame worth taking: a GS1 code (DataMatrix, QR, GS1-128) when the frame, or
 * one read within `RECENT_MS`, has one — a pack's EAN-13 or plain barcode beside its DataMatrix
 * would otherwise be a second scan, refused for want of a serial — and otherwise all of them
 * (a pack that carries only an EAN). */
export function worthTaking(codes: readonly string[], lastGs1At: number, now: number): string[] {
  const gs1 = codes.filter(isGs1);
  if (gs1.length > 0) return gs1;
  return now - lastGs1At < RECENT_MS ? [] : [...codes];
}

/** How long after a GS1 code was read a plain code is not taken. */
export const RECENT_MS = 1500;

/** Whether a code is GS1 data by its symbology identifier. */
export function isGs1(raw: string): boolean {
  return /^\](d2|Q3|C1|e0|d5|Q5|J1)/.test(raw);
}
