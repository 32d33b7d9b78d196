// How the count screens word a count: its number, what it covers and how far it got, and who
// may apply or abandon it. The words are the `counts` catalogue's, said with the `t` given.
import type { CountInfo, CountScanCode, CountStatus, Role, SetAside, UnitStatus, User } from "../bindings";
import type { Say } from "../widgets/rich";

/** The number people say and write on the shelf label. */
export const countName = (c: { id: number }) => `COUNT-${c.id}`;

/** Each status's word (the list's tag, "This count is …"). */
export const STATUS_WORD: Record<CountStatus, string> = {
  open: "counts.status.open",
  finished: "counts.status.finished",
  applied: "counts.status.applied",
  abandoned: "counts.status.abandoned",
};

/** What a scan of the count became, as its tag says it. */
export const SCAN_CODE_WORD: Record<CountScanCode, string> = {
  counted: "counts.code.counted",
  already_counted: "counts.code.already_counted",
  lot_counted: "counts.code.lot_counted",
  elsewhere: "counts.code.elsewhere",
  wrong_status: "counts.code.wrong_status",
  not_received: "counts.code.not_received",
  not_in_count: "counts.code.not_in_count",
  unknown_product: "counts.code.unknown_product",
  decode_error: "counts.code.decode_error",
  missing_serial: "counts.code.missing_serial",
  missing_lot: "counts.code.missing_lot",
  no_product: "counts.code.no_product",
  quantity_needed: "counts.code.quantity_needed",
};

/** Where the ledger has a pack, as the variance says it. */
export const UNIT_STATUS_WORD: Record<UnitStatus, string> = {
  in_stock: "counts.unit.in_stock",
  quarantined: "counts.unit.quarantined",
  dispensed: "counts.unit.dispensed",
  transferred_out: "counts.unit.transferred_out",
  returned_to_supplier: "counts.unit.returned_to_supplier",
  destroyed: "counts.unit.destroyed",
  missing: "counts.unit.missing",
};

/** Blind or not, everything or some products. */
export function countScope(c: CountInfo, t: Say): string {
  return t(c.blind ? "counts.scope.blind" : "counts.scope.notBlind", { products: c.products.length });
}

type Progress = Pick<CountInfo, "counted_units" | "expected_units" | "counted_lot_quantity">;

/** How far it got, short (the list): packs of those expected, when the reader may see it, and
 * lot quantities. */
export function countProgress(c: Progress, t: Say): string {
  const packs = c.expected_units === null ? t("counts.progress.packs", { counted: c.counted_units }) : t("counts.progress.packsOf", { counted: c.counted_units, expected: c.expected_units });
  return c.counted_lot_quantity > 0 ? t("counts.progress.withLots", { packs, lots: c.counted_lot_quantity }) : packs;
}

/** How far it got, in a sentence (while scanning). */
export function countProgressSentence(c: Progress, t: Say): string {
  const values = { counted: c.counted_units, expected: c.expected_units, lots: c.counted_lot_quantity };
  if (c.expected_units === null) return t(c.counted_lot_quantity > 0 ? "counts.sentence.lots" : "counts.sentence.counted", values);
  return t(c.counted_lot_quantity > 0 ? "counts.sentence.ofLots" : "counts.sentence.of", values);
}

/** Applying a count writes to the ledger, signed: managers and administrators only (the
 * api refuses anyone else; the screen says so before the click). */
export const mayApply = (role: Role | undefined) => role === "manager" || role === "admin";

/** Who may abandon a count: whoever started it, or someone who may apply counts. */
export const mayAbandon = (c: CountInfo, actor: User | null | undefined) =>
  !!actor && (actor.username === c.started_by || mayApply(actor.role));

/** What to do with a pack the count found recalled or expired, in a few words (the expiry as
 * the pack prints it). */
export function setAsideWords(s: SetAside, t: Say): string {
  return s.kind === "recalled" ? t("counts.setAside.recalled", { recall: s.recall }) : t("counts.setAside.expired", { expiry: s.expiry });
}
