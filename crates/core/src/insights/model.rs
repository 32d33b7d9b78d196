//! What each insight answers. The types cross to the app (`ts`) and to `--json` as they are.
//!
//! Amounts are in hundredths of the site's currency (`currency`, none when the site has not
//! chosen one). Days are local calendar days; months are `YYYY-MM`; weeks are ISO `YYYY-Www`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::levels::RuleLevels;

/// What an insight looks at. Days are local calendar days, both included; without them, the
/// 365 days up to and including today.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct InsightQuery {
    /// From this day.
    pub from: Option<NaiveDate>,
    /// Up to and including this day.
    pub to: Option<NaiveDate>,
    /// Only this location (code).
    pub location: Option<String>,
    /// Only this product (GTIN).
    pub product: Option<String>,
    /// Only this supplier (partner code).
    pub supplier: Option<String>,
    /// Dwell: list the packs waiting longer than this many days now (90 when none).
    pub older_than_days: Option<u32>,
}

/// The days an answer covers, both included, after defaults were applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

/// Upper bounds, in whole days, of the dwell histogram's buckets; a last bucket holds longer
/// stays. A stay of `d` days (fractional) falls in the first bucket with `d < bound`.
pub const DWELL_BUCKETS: [u32; 10] = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365];

/// Dwell time: how long packs stay at a location, from arrival to leaving it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DwellInsight {
    /// The days whose departures are counted.
    pub period: Period,
    /// One row per location, every product together; longest 90th percentile first.
    pub locations: Vec<DwellRow>,
    /// One row per location and product, longest 90th percentile first: at each location the
    /// [`DWELL_PRODUCTS_LISTED`](super::DWELL_PRODUCTS_LISTED) longest (`rows_total` counts all).
    pub rows: Vec<DwellRow>,
    /// Location and product pairs with stays in the period, listed or not.
    pub rows_total: u64,
    /// At most this many products are listed per location.
    pub products_listed: u32,
    /// The threshold for `waiting`, in days.
    pub older_than_days: u32,
    /// Packs and lot quantities held at a location for longer than the threshold now.
    pub waiting_total: u64,
    /// The units they hold.
    pub waiting_units: u64,
    /// The longest waiting of them, longest first: at most 500 (`waiting_total` counts all).
    pub waiting: Vec<WaitingStock>,
}

/// Stays that ended in the period, at one location (and one product).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DwellRow {
    /// Location code.
    pub location: String,
    /// GTIN-14; none on a location's row.
    pub gtin: Option<String>,
    /// Product name; none on a location's row.
    pub product: Option<String>,
    /// Stays ended (a lot's quantity counts once per unit).
    pub stays: u64,
    /// Median stay in days, to one decimal.
    pub median_days: f64,
    /// 90th percentile (nearest rank) in days, to one decimal.
    pub p90_days: f64,
    /// Stays per bucket of `DWELL_BUCKETS`, plus the last, longer one.
    pub histogram: Vec<u64>,
}

/// Stock at a location since longer than the threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WaitingStock {
    /// Location code.
    pub location: String,
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// The pack's serial; none for a lot.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry, `YYYY-MM-DD`.
    pub expiry: Option<String>,
    /// Units (1 for a pack).
    pub quantity: u64,
    /// `in_stock` or `quarantined`.
    pub status: String,
    /// The local day it arrived at the location.
    pub since: NaiveDate,
    /// Whole days since then, to today.
    pub days: u32,
}

/// Why stock was lost, from the ledger's facts (never from the reason's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WasteCause {
    /// Its lot was under a recall (the event names the recall, or the pack is in a recall's scope).
    Recalled,
    /// Past its expiry on the day it was destroyed or returned.
    Expired,
    /// Neither: damaged, broken, spoilt.
    Damaged,
}

/// Figures of waste.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WasteFigures {
    /// Units lost.
    pub packs: u64,
    /// Their value.
    pub value_cents: i64,
    /// Units with no price at all (not in `value_cents`).
    pub unpriced: u64,
    /// Units by cause.
    pub expired: u64,
    pub recalled: u64,
    pub damaged: u64,
    /// Expired units that were on the expires-unused list 30 days or more before their expiry.
    pub predicted: u64,
    /// Expired units that were not: a surprise.
    pub surprise: u64,
}

/// Waste of one group: a month, product, location or supplier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WasteGroup {
    /// `YYYY-MM`, GTIN, location code or partner code (empty: received from no supplier).
    pub key: String,
    /// Product, location or supplier name; the month again for a month.
    pub name: String,
    /// Its figures.
    pub figures: WasteFigures,
}

/// One lost pack or lot quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WasteLine {
    /// The event.
    pub event_id: String,
    /// Its local day.
    pub day: NaiveDate,
    /// `destroyed` or `returned_to_supplier`.
    pub disposition: String,
    pub cause: WasteCause,
    /// Where it was (location code).
    pub location: String,
    pub gtin: String,
    pub product: String,
    pub serial: Option<String>,
    pub lot: Option<String>,
    pub expiry: Option<String>,
    pub quantity: u64,
    /// The supplier it was received from (partner code); none when unknown.
    pub supplier: Option<String>,
    /// Value of the quantity; none when unpriced.
    pub value_cents: Option<i64>,
    /// Where the unit price came from: `receipt`, `contract` or `none`.
    pub priced_by: String,
    /// Expired and on the expires-unused list 30 days before its expiry.
    pub predicted: bool,
}

/// Waste: value and packs expired, destroyed, damaged or recalled.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WasteInsight {
    pub period: Period,
    /// ISO 4217 code of the amounts; none when the site has not chosen one.
    pub currency: Option<String>,
    pub totals: WasteFigures,
    /// Oldest month first, every month of the period (empty ones too).
    pub by_month: Vec<WasteGroup>,
    /// Highest value first.
    pub by_product: Vec<WasteGroup>,
    pub by_location: Vec<WasteGroup>,
    pub by_supplier: Vec<WasteGroup>,
    /// Every line, oldest first.
    pub lines: Vec<WasteLine>,
}

/// What a count found that the ledger did not expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VarianceKind {
    /// Expected here, not found: now missing.
    Missing,
    /// Found here while the ledger had it at another location (charged to that location).
    FoundElsewhere,
    /// Found again after it had been missing.
    FoundAgain,
    /// Found in a status it should not have (gone, or never received): held.
    WrongStatus,
    /// Fewer of a lot than the ledger had.
    LotShort,
    /// More of a lot than the ledger had.
    LotSurplus,
}

/// Count variances by kind, with the value lost (missing and lot shortfalls, less finds).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShrinkageFigures {
    pub missing: u64,
    pub found_elsewhere: u64,
    pub found_again: u64,
    pub wrong_status: u64,
    pub lot_short: u64,
    pub lot_surplus: u64,
    /// Value of what went missing or short, less what was found again or in surplus.
    pub value_lost_cents: i64,
}

/// Shrinkage at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShrinkageLocation {
    /// Location code.
    pub location: String,
    /// Location name.
    pub name: String,
    /// Counts applied there in the period.
    pub counts: u64,
    /// Of which with at least one variance.
    pub counts_with_variance: u64,
    pub figures: ShrinkageFigures,
    /// At least two counts, and half or more of them disagreed with the ledger.
    pub keeps_disagreeing: bool,
}

/// One variance a count applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShrinkageLine {
    pub event_id: String,
    pub day: NaiveDate,
    /// The count's reference (`COUNT-<id>`).
    pub count: String,
    /// The location charged (code).
    pub location: String,
    pub kind: VarianceKind,
    pub gtin: String,
    pub product: String,
    pub serial: Option<String>,
    pub lot: Option<String>,
    pub quantity: u64,
    /// Value; none when unpriced.
    pub value_cents: Option<i64>,
}

/// Shrinkage: count variances over time, per location, with the value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShrinkageInsight {
    pub period: Period,
    pub currency: Option<String>,
    pub totals: ShrinkageFigures,
    /// Oldest month first, every month of the period.
    pub by_month: Vec<(String, ShrinkageFigures)>,
    /// Most value lost first, then by code: the locations with a count in the period, and those
    /// a variance is charged to (a pack found at another location's count is its loss).
    pub by_location: Vec<ShrinkageLocation>,
    /// Every variance, oldest first.
    pub lines: Vec<ShrinkageLine>,
}

/// A supplier's (or manufacturer's) record over the period: what arrived from it, and what
/// was wrong with it. Every figure but `deliveries` and `recalls` counts units (1 for a pack,
/// the quantity for a lot).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SupplierQuality {
    /// Partner code, or the manufacturer's name (empty: no supplier named on the receipt, or
    /// no manufacturer in the product list).
    pub key: String,
    /// Partner name, or the manufacturer's name.
    pub name: String,
    /// Deliveries: distinct (day, product, lot) received.
    pub deliveries: u64,
    /// Units received (receipt lines; a duplicate held on arrival is not received).
    pub packs: u64,
    /// Units that arrived with the site's short-dated days or fewer left (expired ones too):
    /// the receipt scan's short-dated rule, with today's setting.
    pub short_dated: u64,
    /// Units that arrived on their despatch advice with another lot or expiry than it says.
    pub lot_or_expiry_differs: u64,
    /// Units that arrived without being on the advice (or beyond a lot's quantity on it).
    pub unexpected: u64,
    /// Units on the advice that never arrived, as recorded when their shipment was closed
    /// (shipments closed in the period; an open shipment may still come).
    pub missing: u64,
    /// Units received that were held as suspect at receipt or afterwards (marked suspect, or
    /// quarantined or counted for a suspect reason).
    pub suspect: u64,
    /// Serials that were already known when they arrived (held in stock or quarantine, or
    /// gone for good): held as suspect on arrival instead of received.
    pub duplicate_serials: u64,
    /// Units received at a unit cost above the contract in force that day beyond the tolerance.
    pub over_contract: u64,
    /// What those units cost above contract.
    pub excess_cents: i64,
    /// Distinct recalls whose scope covers a pack or lot received from them.
    pub recalls: u64,
}

/// Units received at one price above contract: one supplier, day, product, lot and price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PriceExcess {
    /// Partner code.
    pub supplier: String,
    /// The local day received.
    pub day: NaiveDate,
    pub gtin: String,
    pub product: String,
    pub lot: Option<String>,
    /// Units.
    pub quantity: u64,
    /// The unit cost on the receipt.
    pub unit_cost_cents: i64,
    /// The supplier's contract price of one that day.
    pub contract_cents: i64,
    /// (unit cost − contract) × quantity.
    pub excess_cents: i64,
}

/// Why a pack is on a supplier's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SupplierFinding {
    /// Arrived with the short-dated days or fewer left.
    ShortDated,
    /// Arrived with another lot or expiry than its despatch advice says.
    LotOrExpiryDiffers,
    /// Arrived without being on the advice.
    Unexpected,
    /// Held as suspect at receipt or afterwards.
    Suspect,
    /// Its serial was already known when it arrived.
    DuplicateSerial,
    /// Received at a unit cost above contract beyond the tolerance.
    OverContract,
    /// A recall's scope covers it.
    Recalled,
}

/// A pack (or lot quantity) a finding touches, traced back to its source. Advice lines that
/// never arrived have no pack to trace: they are only counted (`missing`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AffectedPack {
    /// Partner code (empty: none named).
    pub supplier: String,
    pub finding: SupplierFinding,
    /// The local day it arrived.
    pub received: NaiveDate,
    pub gtin: String,
    pub product: String,
    pub manufacturer: Option<String>,
    pub serial: Option<String>,
    pub lot: Option<String>,
    /// Expiry on arrival, `YYYY-MM-DD`.
    pub expiry: Option<String>,
    /// Manufacturing date (AI 11) from the scan that received it, `YYYY-MM-DD` (`YYYY-MM` when
    /// the label gives no day); none when the scan carries none, or there was no scan.
    pub manufactured: Option<String>,
    /// Units the finding touches (1 for a pack).
    pub quantity: u64,
    /// The event that brought it in (for a duplicate serial: the one that held it).
    pub event_id: String,
}

/// Supplier quality: what each supplier and manufacturer sent, and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SupplierInsight {
    pub period: Period,
    pub currency: Option<String>,
    /// The site's price tolerance, in percent, used for `over_contract`.
    pub tolerance_percent: u32,
    /// The site's short-dated threshold in days today, used for `short_dated`.
    pub short_dated_days: u32,
    /// Most findings first (every figure but deliveries and packs, added up), then by code.
    pub suppliers: Vec<SupplierQuality>,
    /// Most findings first, then by name.
    pub manufacturers: Vec<SupplierQuality>,
    /// Oldest first, then by supplier, GTIN and lot.
    pub over_contract: Vec<PriceExcess>,
    /// Affected packs (or lot quantities) and findings, all of them.
    pub affected_total: u64,
    /// By supplier, then in the order they arrived, each pack's findings in `SupplierFinding`'s
    /// order: the first 2,000 (`affected_total` counts all; `--supplier` narrows).
    pub affected: Vec<AffectedPack>,
}

/// What a product's stock at a location says about its reorder rules over the weeks looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RuleVerdict {
    /// It ran out while the reorder point in force was below the use over the rule's lead time
    /// (at the row's average daily use): the rule let it run out.
    TooLow,
    /// Not too low, and stock sat above par on more than half the days a rule was in force.
    TooHigh,
    /// A rule was in force and neither: a stock-out under a reorder point that covered the
    /// lead time is an order late or missed, not the rule's fault.
    Fits,
    /// No rule was in force on any of the days (none set, or none recorded then).
    NoRule,
}

/// One ISO week (Monday to Sunday, whole even where the period starts or ends inside it) of a
/// product's use at a location. Stock is counted at each day's end, up to today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrendWeek {
    /// `YYYY-Www`.
    pub week: String,
    /// Its Monday.
    pub starts: NaiveDate,
    /// Units dispensed or issued from the location (the consumption the levels use).
    pub used: u64,
    /// The same ISO week number a year before; none when the ledger began after its Monday, or
    /// for a week 53 the year before did not have.
    pub used_last_year: Option<u64>,
    /// The rule in force at the end of the week's Sunday.
    pub rule: Option<RuleLevels>,
    /// Days ending with nothing in stock there while a rule was in force.
    pub stockout_days: u32,
    /// Days ending with more in stock there than the par level of the rule in force.
    pub overstock_days: u32,
}

/// Weekly use of one product at one location, against last year and its rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrendRow {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// Every ISO week the period overlaps, oldest first.
    pub weeks: Vec<TrendWeek>,
    /// Stock-out days over the weeks.
    pub stockout_days: u32,
    /// Overstock days over the weeks.
    pub overstock_days: u32,
    /// What the stock says about the rules over all the weeks.
    pub verdict: RuleVerdict,
}

/// Consumption trends.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrendInsight {
    /// The days asked; the weeks cover them whole.
    pub period: Period,
    /// Products and locations with use in the weeks or a rule in force on one of their days.
    pub rows_total: u64,
    /// Their verdicts, counted over all of them.
    pub verdicts: TrendVerdicts,
    /// The 500 most used of them, then by GTIN and location code (`--location` or `--product`
    /// narrows to the rest).
    pub rows: Vec<TrendRow>,
}

/// How many products and locations got each verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrendVerdicts {
    pub too_low: u64,
    pub too_high: u64,
    pub fits: u64,
    pub no_rule: u64,
}
