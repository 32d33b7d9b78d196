// How the count screens word a count: its number, when and by whom it started, what it covers
// and how far it got, and who may apply or abandon it.
import type { CountInfo, Role, SetAside, User } from "../bindings";

/** The number people say and write on the shelf label. */
export const countName = (c: { id: number }) => `COUNT-${c.id}`;

/** A UTC instant as local "YYYY-MM-DD HH:MM" (the workstation's clock is the pharmacy's). */
export function localTime(utc: string): string {
  const d = new Date(utc);
  if (Number.isNaN(d.getTime())) return utc;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Blind or not, everything or some products. */
export function countScope(c: CountInfo): string {
  const what = c.products.length === 0 ? "all products" : c.products.length === 1 ? "1 product" : `${c.products.length} products`;
  return `${c.blind ? "Blind" : "Not blind"} · ${what}`;
}

type Progress = Pick<CountInfo, "counted_units" | "expected_units" | "counted_lot_quantity">;

/** How far it got, short (the list): packs of those expected, when the reader may see it, and
 * lot quantities. */
export function countProgress(c: Progress): string {
  const packs = c.expected_units === null ? `${c.counted_units} packs` : `${c.counted_units} of ${c.expected_units} packs`;
  return c.counted_lot_quantity > 0 ? `${packs} · ${c.counted_lot_quantity} by lot` : packs;
}

/** How far it got, in a sentence (while scanning). */
export function countProgressSentence(c: Progress): string {
  const expected = c.expected_units === null ? "" : ` of ${c.expected_units} expected`;
  const lots = c.counted_lot_quantity > 0 ? `, ${c.counted_lot_quantity} counted by lot` : "";
  return `${c.counted_units} packs counted${expected}${lots}`;
}

/** Applying a count writes to the ledger, signed: managers and administrators only (the
 * api refuses anyone else; the screen says so before the click). */
export const mayApply = (role: Role | undefined) => role === "manager" || role === "admin";

/** Who may abandon a count: whoever started it, or someone who may apply counts. */
export const mayAbandon = (c: CountInfo, actor: User | null | undefined) =>
  !!actor && (actor.username === c.started_by || mayApply(actor.role));

/** What to do with a pack the count found recalled or expired, in a few words. */
export function setAsideWords(s: SetAside): string {
  return s.kind === "recalled" ? `Recalled (${s.recall}): set it aside` : `Expired ${s.expiry}: set it aside`;
}
