// The insights' question and answers: mirrors crates/core/src/insights/model.rs until the
// generated bindings carry these ops. Written by hand, field for field (serde's snake_case
// names; a NaiveDate is a "YYYY-MM-DD" string, an Option is `T | null`, integers are numbers).
// Once `ui/src/bindings.ts` carries `insights_*`, import these from there and delete this file.
import type { RuleLevels } from "../bindings";

/** What an insight looks at. Days are local calendar days, both included; without them, the
 * 365 days up to and including today. */
export interface InsightQuery {
  /** From this day. */
  from: string | null;
  /** Up to and including this day. */
  to: string | null;
  /** Only this location (code). */
  location: string | null;
  /** Only this product (GTIN). */
  product: string | null;
  /** Only this supplier (partner code). */
  supplier: string | null;
  /** Dwell: list the packs waiting longer than this many days now (90 when none). */
  older_than_days: number | null;
}

/** The days an answer covers, both included, after defaults were applied. */
export interface Period {
  from: string;
  to: string;
}

/** Upper bounds, in whole days, of the dwell histogram's buckets; a last bucket holds longer
 * stays (`DWELL_BUCKETS` in model.rs). */
export const DWELL_BUCKETS = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365] as const;

/** Dwell time: how long packs stay at a location, from arrival to leaving it. */
export interface DwellInsight {
  period: Period;
  /** One row per location, every product together; longest 90th percentile first. */
  locations: DwellRow[];
  /** One row per location and product; longest 90th percentile first. */
  rows: DwellRow[];
  /** The threshold for `waiting`, in days. */
  older_than_days: number;
  /** Packs at a location for longer than the threshold now, longest first. */
  waiting: WaitingStock[];
}

/** Stays that ended in the period, at one location (and one product). */
export interface DwellRow {
  location: string;
  /** None on a location's row. */
  gtin: string | null;
  product: string | null;
  stays: number;
  /** Days, to one decimal. */
  median_days: number;
  /** 90th percentile (nearest rank), days to one decimal. */
  p90_days: number;
  /** Stays per bucket of `DWELL_BUCKETS`, plus the last, longer one. */
  histogram: number[];
}

/** Stock at a location since longer than the threshold. */
export interface WaitingStock {
  location: string;
  gtin: string;
  product: string;
  serial: string | null;
  lot: string | null;
  expiry: string | null;
  quantity: number;
  /** `in_stock` or `quarantined`. */
  status: string;
  since: string;
  days: number;
}

export type WasteCause = "recalled" | "expired" | "damaged";

export interface WasteFigures {
  packs: number;
  value_cents: number;
  /** Units with no price at all (not in `value_cents`). */
  unpriced: number;
  expired: number;
  recalled: number;
  damaged: number;
  /** Expired units on the expires-unused list 30 days or more before their expiry. */
  predicted: number;
  /** Expired units that were not. */
  surprise: number;
}

/** Waste of one group: a month, product, location or supplier. */
export interface WasteGroup {
  /** `YYYY-MM`, GTIN, location code or partner code (empty: received from no supplier). */
  key: string;
  /** Product, location or supplier name; the month again for a month. */
  name: string;
  figures: WasteFigures;
}

export interface WasteLine {
  event_id: string;
  day: string;
  /** `destroyed` or `returned_to_supplier`. */
  disposition: string;
  cause: WasteCause;
  location: string;
  gtin: string;
  product: string;
  serial: string | null;
  lot: string | null;
  expiry: string | null;
  quantity: number;
  supplier: string | null;
  value_cents: number | null;
  /** `receipt`, `contract` or `none`. */
  priced_by: string;
  predicted: boolean;
}

export interface WasteInsight {
  period: Period;
  /** ISO 4217 code of the amounts; none when the site has not chosen one. */
  currency: string | null;
  totals: WasteFigures;
  /** Oldest month first, every month of the period. */
  by_month: WasteGroup[];
  /** Highest value first. */
  by_product: WasteGroup[];
  by_location: WasteGroup[];
  by_supplier: WasteGroup[];
  /** Every line, oldest first. */
  lines: WasteLine[];
}

export type VarianceKind = "missing" | "found_elsewhere" | "found_again" | "wrong_status" | "lot_short" | "lot_surplus";

export interface ShrinkageFigures {
  missing: number;
  found_elsewhere: number;
  found_again: number;
  wrong_status: number;
  lot_short: number;
  lot_surplus: number;
  /** Value of what went missing or short, less what was found again or in surplus. */
  value_lost_cents: number;
}

export interface ShrinkageLocation {
  location: string;
  name: string;
  /** Counts applied there in the period. */
  counts: number;
  /** Of which with at least one variance. */
  counts_with_variance: number;
  figures: ShrinkageFigures;
  /** At least two counts, and half or more of them disagreed with the ledger. */
  keeps_disagreeing: boolean;
}

export interface ShrinkageLine {
  event_id: string;
  day: string;
  /** The count's reference (`COUNT-<id>`). */
  count: string;
  location: string;
  kind: VarianceKind;
  gtin: string;
  product: string;
  serial: string | null;
  lot: string | null;
  quantity: number;
  value_cents: number | null;
}

export interface ShrinkageInsight {
  period: Period;
  currency: string | null;
  totals: ShrinkageFigures;
  /** Oldest month first, every month of the period: `[YYYY-MM, figures]`. */
  by_month: Array<[string, ShrinkageFigures]>;
  /** Most value lost first; only locations with a count in the period. */
  by_location: ShrinkageLocation[];
  /** Every variance, oldest first. */
  lines: ShrinkageLine[];
}

export interface SupplierQuality {
  key: string;
  name: string;
  deliveries: number;
  packs: number;
  short_dated: number;
  lot_or_expiry_differs: number;
  unexpected: number;
  missing: number;
  suspect: number;
  duplicate_serials: number;
  over_contract: number;
  excess_cents: number;
  recalls: number;
}

export interface PriceExcess {
  supplier: string;
  day: string;
  gtin: string;
  product: string;
  lot: string | null;
  quantity: number;
  unit_cost_cents: number;
  contract_cents: number;
  excess_cents: number;
}

export type SupplierFinding = "short_dated" | "lot_or_expiry_differs" | "unexpected" | "suspect" | "duplicate_serial" | "over_contract" | "recalled";

export interface AffectedPack {
  supplier: string;
  finding: SupplierFinding;
  received: string;
  gtin: string;
  product: string;
  manufacturer: string | null;
  serial: string | null;
  lot: string | null;
  expiry: string | null;
  manufactured: string | null;
  event_id: string;
}

export interface SupplierInsight {
  period: Period;
  currency: string | null;
  tolerance_percent: number;
  short_dated_days: number;
  suppliers: SupplierQuality[];
  manufacturers: SupplierQuality[];
  over_contract: PriceExcess[];
  affected: AffectedPack[];
}

export type RuleVerdict = "too_low" | "too_high" | "fits" | "no_rule";

export interface TrendWeek {
  /** `YYYY-Www`. */
  week: string;
  starts: string;
  used: number;
  used_last_year: number | null;
  rule: RuleLevels | null;
  stockout_days: number;
  overstock_days: number;
}

export interface TrendRow {
  gtin: string;
  product: string;
  location: string;
  weeks: TrendWeek[];
  stockout_days: number;
  overstock_days: number;
  verdict: RuleVerdict;
}

export interface TrendInsight {
  period: Period;
  rows: TrendRow[];
}
