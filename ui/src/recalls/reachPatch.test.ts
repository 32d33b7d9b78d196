// The reach after one scanned pack's outcome, worked out from the api's answer: the screen shows
// what a fresh read of the reach would show, without reading it again.
import { describe, expect, it } from "vitest";
import type { AffectedUnit, Reach, ReachSummary } from "../bindings";
import { openFor, withPack } from "./reachPatch";

const unit = (serial: string, status: AffectedUnit["status"], location: string | null, open = true): AffectedUnit => ({
  gtin: "09506000134352",
  product: "Amoxicillin",
  serial,
  lot: "L1",
  expiry: null,
  status,
  location,
  since: "2026-12-01T09:00:00+01:00",
  reference: null,
  counterparty: null,
  outcome: status === "destroyed" ? "destroyed" : null,
  open,
});

const summary = (s: Partial<ReachSummary>): ReachSummary => ({
  units: 0, in_stock: 0, quarantined: 0, dispensed: 0, transferred_out: 0, returned_to_supplier: 0, destroyed: 0, missing: 0,
  lot_quantity_held: 0, lot_quantity_issued: 0, expected: 0, not_received: 0, open: 0, ...s,
});

const reach = (units: AffectedUnit[], s: Partial<ReachSummary>) => ({ recall: {}, summary: summary(s), units, lots: [], expected: [], not_received: [] }) as unknown as Reach;

describe("the reach after a scanned pack", () => {
  it("moves the pack and its counts as a fresh read would: among those that left, one fewer open", () => {
    const before = reach([unit("A", "quarantined", "MAIN"), unit("B", "quarantined", "WARD"), unit("C", "dispensed", null)], { units: 3, quarantined: 2, dispensed: 1, open: 3 });
    const after = withPack(before, unit("A", "destroyed", null, false), "quarantined");
    expect(after.summary, "quarantined one fewer, destroyed one more, one fewer open").toMatchObject({ quarantined: 1, destroyed: 1, dispensed: 1, open: 2 });
    expect(after.units.map((u) => u.serial), "held first, then what left by status, as the core sorts").toEqual(["B", "C", "A"]);
  });

  it("counts what everything open will record: only the open items the outcome applies to", () => {
    const r = reach([unit("A", "quarantined", "MAIN"), unit("B", "dispensed", null), unit("C", "quarantined", "MAIN", false)], {});
    expect(openFor(r, "destroyed"), "destroying is for held stock").toEqual({ packs: 1, lotQuantity: 0 });
    expect(openFor(r, "notified"), "notifying is for packs that left").toEqual({ packs: 1, lotQuantity: 0 });
    expect(openFor(r, "not_found"), "not found is for both").toEqual({ packs: 2, lotQuantity: 0 });
  });
});
