// Planted answers of the insights, typed by the generated bindings as custody-api answers them:
// for the tests.
import type { DwellInsight, RuleLevels, ShrinkageFigures, ShrinkageInsight, SupplierInsight, SupplierQuality, TrendInsight, TrendRow, TrendWeek, WasteFigures, WasteInsight } from "../bindings";

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
  rows_total: 1,
  products_listed: 100,
  older_than_days: 90,
  waiting_total: 1,
  waiting_units: 1,
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

const quality = (q: Partial<SupplierQuality> & Pick<SupplierQuality, "key" | "name">): SupplierQuality => ({
  deliveries: 0,
  packs: 0,
  short_dated: 0,
  lot_or_expiry_differs: 0,
  unexpected: 0,
  missing: 0,
  suspect: 0,
  duplicate_serials: 0,
  over_contract: 0,
  excess_cents: 0,
  recalls: 0,
  ...q,
});

export const SUPPLIERS: SupplierInsight = {
  period,
  currency: "EUR",
  tolerance_percent: 5,
  short_dated_days: 180,
  suppliers: [
    quality({ key: "MEDIDIST", name: "Medi-Dist SA", deliveries: 14, packs: 620, short_dated: 48, lot_or_expiry_differs: 2, unexpected: 3, missing: 5, suspect: 1, over_contract: 3, excess_cents: 18450, recalls: 1 }),
    quality({ key: "PHARMACO", name: "Pharmaco Ltd", deliveries: 22, packs: 1340, lot_or_expiry_differs: 1, missing: 2, duplicate_serials: 1 }),
    quality({ key: "NORDHEALTH", name: "Nord Health GmbH", deliveries: 6, packs: 210 }),
  ],
  manufacturers: [
    quality({ key: "Sandoz", name: "Sandoz", deliveries: 12, packs: 540, short_dated: 48, lot_or_expiry_differs: 2, over_contract: 3, excess_cents: 18450, recalls: 1 }),
    quality({ key: "Teva", name: "Teva", deliveries: 20, packs: 1420, lot_or_expiry_differs: 1, unexpected: 3, suspect: 1, duplicate_serials: 1 }),
  ],
  over_contract: [
    { supplier: "MEDIDIST", day: "2026-01-14", gtin: "09506000134352", product: "Amoxicillin 500 mg", lot: "AMX2409", quantity: 120, unit_cost_cents: 495, contract_cents: 420, excess_cents: 9000 },
    { supplier: "MEDIDIST", day: "2026-02-11", gtin: "09506000134352", product: "Amoxicillin 500 mg", lot: "AMX2411", quantity: 90, unit_cost_cents: 480, contract_cents: 420, excess_cents: 5400 },
    { supplier: "MEDIDIST", day: "2026-03-10", gtin: "05012345678900", product: "Ceftriaxone 1 g vial", lot: "CFX0925", quantity: 30, unit_cost_cents: 1235, contract_cents: 1100, excess_cents: 4050 },
  ],
  affected_total: 4,
  affected: [
    { supplier: "MEDIDIST", finding: "short_dated", received: "2026-01-14", gtin: "09506000134352", product: "Amoxicillin 500 mg", manufacturer: "Sandoz", serial: null, lot: "AMX2409", expiry: "2026-05-31", manufactured: "2024-06-02", event_id: "r1", quantity: 1 },
    { supplier: "MEDIDIST", finding: "over_contract", received: "2026-01-14", gtin: "09506000134352", product: "Amoxicillin 500 mg", manufacturer: "Sandoz", serial: null, lot: "AMX2409", expiry: "2026-05-31", manufactured: "2024-06-02", event_id: "r1", quantity: 1 },
    { supplier: "MEDIDIST", finding: "recalled", received: "2026-02-11", gtin: "09506000134352", product: "Amoxicillin 500 mg", manufacturer: "Sandoz", serial: "SN40021", lot: "AMX2411", expiry: "2027-10-31", manufactured: "2025-11-04", event_id: "r2", quantity: 1 },
    { supplier: "PHARMACO", finding: "duplicate_serial", received: "2026-02-20", gtin: "05012345678917", product: "Enoxaparin 40 mg syringe", manufacturer: "Teva", serial: "EN778812", lot: "ENX5521", expiry: "2027-08-31", manufactured: null, event_id: "r3", quantity: 1 },
  ],
};

/** `used` and last year's use week by week from the ISO week 2026-W01 (Monday 2025-12-29), under
 * `rule` (none: no rule in force). */
function weeks(used: number[], lastYear: Array<number | null>, rule: RuleLevels | null, stockout: number[] = [], overstock: number[] = []): TrendWeek[] {
  return used.map((u, i) => ({
    week: `2026-W${String(i + 1).padStart(2, "0")}`,
    starts: new Date(Date.UTC(2025, 11, 29 + 7 * i)).toISOString().slice(0, 10),
    used: u,
    used_last_year: lastYear[i] ?? null,
    rule,
    stockout_days: stockout[i] ?? 0,
    overstock_days: overstock[i] ?? 0,
  }));
}

/** A row of its weeks, with its days summed. */
function trend(row: Omit<TrendRow, "stockout_days" | "overstock_days">): TrendRow {
  return { ...row, stockout_days: row.weeks.reduce((n, w) => n + w.stockout_days, 0), overstock_days: row.weeks.reduce((n, w) => n + w.overstock_days, 0) };
}

/** Most used first, as the api orders them. */
export const TRENDS: TrendInsight = {
  period,
  rows_total: 4,
  verdicts: { too_low: 1, too_high: 1, fits: 1, no_rule: 1 },
  rows: [
    trend({
      gtin: "09506000134352",
      product: "Amoxicillin 500 mg",
      location: "WARD-3B",
      weeks: weeks([42, 48, 55, 61, 58, 64, 70, 66, 59, 52, 47, 44, 40], [38, 41, 45, 47, 50, 49, 52, 48, 44, 40, 39, 36, 35], { reorder_point: 40, par_level: 90, lead_time_days: 7 }, [0, 0, 0, 1, 2, 0, 3, 0, 0, 0, 0, 0, 0]),
      verdict: "too_low",
    }),
    trend({
      gtin: "05012345678917",
      product: "Enoxaparin 40 mg syringe",
      location: "ICU",
      weeks: weeks([30, 28, 31, 29, 33, 30, 27, 32, 29, 31, 30, 28, 30], [], { reorder_point: 35, par_level: 80, lead_time_days: 5 }),
      verdict: "fits",
    }),
    trend({
      gtin: "05012345678900",
      product: "Ceftriaxone 1 g vial",
      location: "MAIN",
      weeks: weeks([20, 18, 22, 19, 21, 17, 20, 23, 18, 19, 21, 20, 22], [19, 20, 21, 18, 20, 19, 21, 22, 20, 18, 20, 21, 19], { reorder_point: 60, par_level: 240, lead_time_days: 7 }, [], [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]),
      verdict: "too_high",
    }),
    trend({
      gtin: "05012345678924",
      product: "Ondansetron 4 mg tablet",
      location: "WARD-2A",
      weeks: weeks([6, 4, 7, 5, 3, 6, 5, 4, 6, 5, 7, 4, 5], [5, 6, 4, 5, 6, 5, 4, 6, 5, 4, 5, 6, 5], null),
      verdict: "no_rule",
    }),
  ],
};

/** The answers when nothing happened in the period. */
export const NOTHING = {
  dwell: { ...DWELL, locations: [], rows: [], rows_total: 0, waiting_total: 0, waiting_units: 0, waiting: [] } satisfies DwellInsight,
  waste: { ...WASTE, totals: waste({}), by_month: WASTE.by_month.map((m) => ({ ...m, figures: waste({}) })), by_product: [], by_location: [], by_supplier: [], lines: [] } satisfies WasteInsight,
  shrinkage: { ...SHRINKAGE, totals: shrink({}), by_month: SHRINKAGE.by_month.map(([m]) => [m, shrink({})] as [string, ShrinkageFigures]), by_location: [], lines: [] } satisfies ShrinkageInsight,
  suppliers: { ...SUPPLIERS, suppliers: [], manufacturers: [], over_contract: [], affected: [] } satisfies SupplierInsight,
  trends: { ...TRENDS, rows: [] } satisfies TrendInsight,
};
