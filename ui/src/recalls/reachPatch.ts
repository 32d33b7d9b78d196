// What the Outcomes panel works out from the reach it already has: how many open items an
// outcome for "everything open" will record (said before it is recorded), and the reach after one
// scanned pack's outcome (the api answers that pack as the reach now shows it, so each scan
// updates the screen without reading the whole reach again).
import type { AffectedUnit, Reach, ReachSummary, RecallListItem, RecallOutcome, UnitStatus } from "../bindings";

const HELD: ReadonlySet<UnitStatus> = new Set(["in_stock", "quarantined"]);

/** Whether an outcome is for a pack or quantity in this status (as the core decides). */
export function applies(outcome: RecallOutcome, status: UnitStatus): boolean {
  switch (outcome) {
    case "returned_to_supplier":
    case "destroyed":
      return HELD.has(status);
    case "notified":
      return status === "dispensed" || status === "transferred_out";
    case "not_found":
      return HELD.has(status) || status === "dispensed" || status === "transferred_out" || status === "missing";
  }
}

/** The open packs and lot quantity an outcome for every open item will record. */
export function openFor(reach: Reach, outcome: RecallOutcome): { packs: number; lotQuantity: number } {
  const packs = reach.units.filter((u) => u.open && applies(outcome, u.status)).length;
  const lotQuantity = reach.lots.filter((l) => l.open && applies(outcome, l.status)).reduce((n, l) => n + l.quantity, 0);
  return { packs, lotQuantity };
}

const COUNTED: Partial<Record<UnitStatus, keyof ReachSummary>> = {
  in_stock: "in_stock",
  quarantined: "quarantined",
  dispensed: "dispensed",
  transferred_out: "transferred_out",
  returned_to_supplier: "returned_to_supplier",
  destroyed: "destroyed",
  missing: "missing",
};

/** The summary after one pack went from `was` (open) to `unit`'s status and openness. */
function moved(s: ReachSummary, was: UnitStatus, wasOpen: boolean, unit: AffectedUnit): ReachSummary {
  const next = { ...s };
  const from = COUNTED[was];
  const to = COUNTED[unit.status];
  if (from) next[from] -= 1;
  if (to) next[to] += 1;
  next.open += Number(unit.open) - Number(wasOpen);
  return next;
}

const STATUS_ORDER: UnitStatus[] = ["in_stock", "quarantined", "dispensed", "transferred_out", "returned_to_supplier", "destroyed", "missing"];

/** The reach's order of packs (as the core sorts them): held first, by location; then what
 * left, by status; then by GTIN and serial. */
function byReachOrder(a: AffectedUnit, b: AffectedUnit): number {
  const cmp = <T extends string | number>(x: T, y: T) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    cmp(HELD.has(a.status) ? 0 : 1, HELD.has(b.status) ? 0 : 1) ||
    cmp(a.location ?? "", b.location ?? "") ||
    cmp(STATUS_ORDER.indexOf(a.status), STATUS_ORDER.indexOf(b.status)) ||
    cmp(a.gtin, b.gtin) ||
    cmp(a.serial, b.serial)
  );
}

/** The reach with one pack replaced by its state after an outcome (its counts moved with it). */
export function withPack(reach: Reach, unit: AffectedUnit, was: UnitStatus): Reach {
  const i = reach.units.findIndex((u) => u.gtin === unit.gtin && u.serial === unit.serial);
  const old = reach.units[i];
  if (!old) return reach;
  const units = [...reach.units];
  const wasOpen = old.open;
  units[i] = unit;
  // A pack that left (returned, destroyed) moves among those that left, where a fresh read puts it.
  units.sort(byReachOrder);
  return { ...reach, units, summary: moved(reach.summary, was, wasOpen, unit) };
}

/** The recall list with the recall's counts moved the same way. */
export function listWithPack(list: RecallListItem[], number: string, unit: AffectedUnit, was: UnitStatus, wasOpen: boolean): RecallListItem[] {
  return list.map((r) => (r.recall.number === number ? { ...r, summary: moved(r.summary, was, wasOpen, unit) } : r));
}
