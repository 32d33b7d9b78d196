// When a code seen by the camera is taken as a scan. A camera sees the same pack in frame after
// frame: a code is taken once it has been read in two frames close together (one misread frame
// is never a scan), and not again while it stays in view. Once it has been out of view for a
// moment it may be taken again — the scan screen then asks, as it does for a scanner, whether it
// is the same pack again or a second one.

/** How close together the two readings must be, in milliseconds. */
export const CONFIRM_WITHIN_MS = 700;
/** How long a taken code must be out of view before it can be taken again. */
export const GONE_AFTER_MS = 1500;

export class Taker {
  private candidate: { raw: string; at: number } | null = null;
  /** Each code taken and still (or lately) in view: when it was last seen. */
  private readonly taken = new Map<string, number>();

  /** The codes read in the frame at `now` (ms); the one to take as a scan, if any. */
  see(codes: readonly string[], now: number): string | null {
    for (const [raw, seen] of this.taken) {
      if (codes.includes(raw)) this.taken.set(raw, now);
      else if (now - seen >= GONE_AFTER_MS) this.taken.delete(raw);
    }
    const fresh = codes.find((raw) => !this.taken.has(raw));
    if (fresh === undefined) return null;
    const candidate = this.candidate;
    if (candidate && candidate.raw === fresh && now - candidate.at <= CONFIRM_WITHIN_MS) {
      this.candidate = null;
      this.taken.set(fresh, now);
      return fresh;
    }
    this.candidate = { raw: fresh, at: now };
    return null;
  }

  /** Forgets what was taken (the person chose another camera or closed the view). */
  reset(): void {
    this.candidate = null;
    this.taken.clear();
  }
}
