// Planted answers of the three insights, as custody-api answers them (see ./types): for the tests
// and for looking at the screen in a browser before the api has the operations.
import type { DwellInsight, ShrinkageFigures, ShrinkageInsight, WasteFigures, WasteInsight } from "./types";

const period = { from: "2026-01-01", to: "2026-03-31" };

export const DWELL: DwellInsight = {
  period,
  locations: [
    { location: "WARD-3B", gtin: null, product: null, stays: 120, median_days: 12.5, p90_days: 41.5, histogram: [0, 2, 3, 10, 20, 40, 30, 10, 5, 0, 0] },
    { location: "MAIN", gtin: null, product: null, stays: 300, median_days: 3.2, p90_days: 9.8, histogram: [40, 60, 50, 90, 40, 20, 0, 0, 0, 0, 0] },
  ],
  rows: [
    { location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", stays: 120, median_days: 12.5, p90_days: 41.5, histogram: [0, 2, 3, 10, 20, 40, 30, 10, 5, 0, 0] },
  ],
  older_than_days: 90,
  waiting: [
    { location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: "S77", lot: "L1", expiry: "2027-01-31", quantity: 1, status: "in_stock", since: "2025-11-20", days: 131 },
  ],
};

const waste = (f: Partial<WasteFigures>): WasteFigures => ({ packs: 0, value_cents: 0, unpriced: 0, expired: 0, recalled: 0, damaged: 0, predicted: 0, surprise: 0, ...f });

export const WASTE: WasteInsight = {
  period,
  currency: "EUR",
  totals: waste({ packs: 7, value_cents: 12345, expired: 5, recalled: 1, damaged: 1, predicted: 3, surprise: 2 }),
  by_month: [
    { key: "2026-01", name: "2026-01", figures: waste({ packs: 4, value_cents: 8000, expired: 3, damaged: 1, predicted: 3, surprise: 0 }) },
    { key: "2026-02", name: "2026-02", figures: waste({}) },
    { key: "2026-03", name: "2026-03", figures: waste({ packs: 3, value_cents: 4345, expired: 2, recalled: 1, predicted: 0, surprise: 2 }) },
  ],
  by_product: [{ key: "09506000134352", name: "Amoxicillin 500 mg", figures: waste({ packs: 7, value_cents: 12345 }) }],
  by_location: [{ key: "WARD-3B", name: "Ward 3B", figures: waste({ packs: 7, value_cents: 12345 }) }],
  by_supplier: [{ key: "PHARMACO", name: "Pharmaco Ltd", figures: waste({ packs: 7, value_cents: 12345 }) }],
  lines: [
    { event_id: "e1", day: "2026-01-10", disposition: "destroyed", cause: "expired", location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: null, lot: "L1", expiry: "2026-01-05", quantity: 3, supplier: "PHARMACO", value_cents: 6000, priced_by: "receipt", predicted: true },
    { event_id: "e2", day: "2026-01-20", disposition: "destroyed", cause: "damaged", location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: "S9", lot: "L1", expiry: "2027-01-05", quantity: 1, supplier: "PHARMACO", value_cents: 2000, priced_by: "receipt", predicted: false },
    { event_id: "e3", day: "2026-03-02", disposition: "destroyed", cause: "expired", location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: null, lot: "L2", expiry: "2026-02-28", quantity: 2, supplier: "PHARMACO", value_cents: 2345, priced_by: "contract", predicted: false },
    { event_id: "e4", day: "2026-03-15", disposition: "returned_to_supplier", cause: "recalled", location: "WARD-3B", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: "S12", lot: "L3", expiry: "2027-06-30", quantity: 1, supplier: "PHARMACO", value_cents: 2000, priced_by: "receipt", predicted: false },
  ],
};

const shrink = (f: Partial<ShrinkageFigures>): ShrinkageFigures => ({ missing: 0, found_elsewhere: 0, found_again: 0, wrong_status: 0, lot_short: 0, lot_surplus: 0, value_lost_cents: 0, ...f });

export const SHRINKAGE: ShrinkageInsight = {
  period,
  currency: "EUR",
  totals: shrink({ missing: 4, found_elsewhere: 1, value_lost_cents: 8800 }),
  by_month: [
    ["2026-01", shrink({ missing: 2, value_lost_cents: 4400 })],
    ["2026-02", shrink({ missing: 2, found_elsewhere: 1, value_lost_cents: 4400 })],
    ["2026-03", shrink({})],
  ],
  by_location: [
    { location: "ICU", name: "Intensive care", counts: 3, counts_with_variance: 3, figures: shrink({ missing: 4, value_lost_cents: 8800 }), keeps_disagreeing: true },
    { location: "WARD-2A", name: "Ward 2A", counts: 3, counts_with_variance: 1, figures: shrink({ found_elsewhere: 1 }), keeps_disagreeing: false },
  ],
  lines: [
    { event_id: "c1", day: "2026-01-01", count: "COUNT-1", location: "ICU", kind: "missing", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: "S40", lot: "L1", quantity: 1, value_cents: 2200 },
    { event_id: "c2", day: "2026-02-01", count: "COUNT-4", location: "WARD-2A", kind: "found_elsewhere", gtin: "09506000134352", product: "Amoxicillin 500 mg", serial: "S41", lot: "L1", quantity: 1, value_cents: null },
  ],
};

/** The answers when nothing happened in the period. */
export const NOTHING = {
  dwell: { ...DWELL, locations: [], rows: [], waiting: [] } satisfies DwellInsight,
  waste: { ...WASTE, totals: waste({}), by_month: WASTE.by_month.map((m) => ({ ...m, figures: waste({}) })), by_product: [], by_location: [], by_supplier: [], lines: [] } satisfies WasteInsight,
  shrinkage: { ...SHRINKAGE, totals: shrink({}), by_month: SHRINKAGE.by_month.map(([m]) => [m, shrink({})] as [string, ShrinkageFigures]), by_location: [], lines: [] } satisfies ShrinkageInsight,
};
