// A code scanned again in the session: the scanner reading twice, or a second pack? The api
// decides a double read (the same code moments after it was recorded, by the same person, no
// other scan between) and counts it once. Any other repeat of a recorded code in this session
// is asked about before anything is sent: "the same pack again, or a second pack with the same
// code?". Only serialized packs are asked about: two packs of one lot share a code by design.
import type { Movement } from "../bindings";
import type { SessionScan } from "./VerdictPanel";

/** Within this long after the last scan, the same code is left to the api's double-read rule
 * (its window is 5 s; the screen's is shorter so that what the api will call a double read is
 * never asked about). */
export const DOUBLE_READ_MS = 4000;

/** Whether to ask before sending `raw` for `movement` at `now` (ms): the code was recorded as a
 * serialized pack earlier in this session, and this is not an immediate double read. */
export function asksIfSamePack(scans: ReadonlyArray<SessionScan>, raw: string, movement: Movement, now: number): SessionScan | null {
  const earlier = scans.find((s) => s.raw === raw && s.movement === movement && s.verdict?.recorded && s.verdict.serial);
  if (!earlier) return null;
  const last = scans.find((s) => !s.samePack);
  const doubleRead = last === earlier && now - earlier.at < DOUBLE_READ_MS;
  return doubleRead ? null : earlier;
}
