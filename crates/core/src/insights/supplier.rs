//! Supplier quality: what each supplier and manufacturer sent, and what was wrong with it,
//! each finding traced to the packs it touches.
//!
//! Over the receipts whose local day is in the period (`supplier_read.rs`), per supplier (the
//! receipt's counterparty) and per manufacturer (the product's):
//!
//! - **Short-dated**: the scan's rule at receipt: the expiry at most the site's short-dated
//!   days after the day it arrived (both ends counted; expired on arrival too).
//! - **Lot or expiry differs** and **unexpected**: the discrepancies the receipt recorded
//!   against its despatch advice. **Missing**: advice lines of shipments closed in the period
//!   that never arrived, as closing counts them.
//! - **Suspect**: received units held as suspect at receipt or afterwards (the stock list's
//!   `SUSPECT_EVENT`): each suspect event counts for the latest receipt of its pack or lot in
//!   the period before it, up to the units that receipt brought (`supplier_suspect.rs`).
//! - **Duplicate serials**: the ledger keeps no verdict code, but a receipt session holds a
//!   pack whose serial is already known (in stock or quarantine, or gone for good) as a
//!   `mark_suspect` event naming the supplier, with the pack's status before it: that is the
//!   trace counted. A duplicate refused outright, never recorded, cannot be known.
//! - **Over contract**: the receipt line's unit cost above the contract of its own supplier on
//!   its day (`Store::contract_price`'s rule, `supplier_contract.rs`) by more than the site's
//!   tolerance (exactly at it is within), the scan's rule; no unit cost or no contract: nothing
//!   to compare.
//! - **Recalls**: distinct recalls whose scope covers a pack or lot received (by
//!   `Store::recall_covering`'s rule), open or closed.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::CoreResult;
use crate::model::*;
use crate::movement::ScanPolicy;
use crate::site_setting::{PRICE_TOLERANCE, SHORT_DATED_DAYS};
use crate::Store;

use super::names::Names;
use super::supplier_contract::Contracts;
use super::supplier_read::{Arrival, ProductInfo, RecallLine};
use super::supplier_suspect::allocate_suspicions;
use super::{AffectedPack, InsightQuery, PriceExcess, SupplierFinding, SupplierInsight};
use super::{SupplierFinding as F, SupplierQuality};

/// One supplier's or manufacturer's figures as they are added up (borrowing the arrivals' lots).
#[derive(Default)]
struct Book<'a> {
    quality: SupplierQuality,
    deliveries: FxHashSet<(NaiveDate, ProductId, Option<&'a str>)>,
    recalls: FxHashSet<i64>,
}

impl Book<'_> {
    /// The record under its key and name, its sets counted.
    fn close(mut self, key: &str, name: &str) -> SupplierQuality {
        self.quality.key = key.to_string();
        self.quality.name = name.to_string();
        self.quality.deliveries = self.deliveries.len() as u64;
        self.quality.recalls = self.recalls.len() as u64;
        self.quality
    }
}

/// The figures of every supplier and manufacturer.
#[derive(Default)]
struct Tally<'a> {
    suppliers: FxHashMap<Option<PartnerId>, Book<'a>>,
    makers: FxHashMap<&'a str, Book<'a>>,
}

impl<'a> Tally<'a> {
    /// Applies `f` to the books of a supplier and a manufacturer.
    fn both(&mut self, supplier: Option<PartnerId>, maker: &'a str, f: impl Fn(&mut Book<'a>)) {
        f(self.suppliers.entry(supplier).or_default());
        f(self.makers.entry(maker).or_default());
    }

    /// Adds what one receipt line brought (its figures, its delivery, the recalls covering
    /// it) to the books of its supplier and manufacturer: one look-up in each.
    fn receipt(
        &mut self,
        a: &'a Arrival,
        maker: &'a str,
        figures: &SupplierQuality,
        recalls: &[i64],
    ) {
        let delivery = (!a.duplicate).then_some((a.day, a.product, a.lot.as_deref()));
        for book in [
            self.suppliers.entry(a.supplier).or_default(),
            self.makers.entry(maker).or_default(),
        ] {
            add(&mut book.quality, figures);
            book.deliveries.extend(delivery);
            book.recalls.extend(recalls.iter().copied());
        }
    }
}

/// Adds a receipt line's figures (those it can have alone) to a record.
fn add(q: &mut SupplierQuality, f: &SupplierQuality) {
    q.packs += f.packs;
    q.short_dated += f.short_dated;
    q.duplicate_serials += f.duplicate_serials;
    q.over_contract += f.over_contract;
    q.excess_cents += f.excess_cents;
}

/// Every finding of a record added up (not deliveries or packs).
fn findings(q: &SupplierQuality) -> u64 {
    q.short_dated
        + q.lot_or_expiry_differs
        + q.unexpected
        + q.missing
        + q.suspect
        + q.duplicate_serials
        + q.over_contract
        + q.recalls
}

/// The records, most findings first, then by key.
fn ranked(mut v: Vec<SupplierQuality>) -> Vec<SupplierQuality> {
    v.sort_by(|a, b| (findings(b), &a.key).cmp(&(findings(a), &b.key)));
    v
}

/// The site's settings the findings use.
#[derive(Debug, Clone, Copy)]
struct Limits {
    short_dated_days: i64,
    tolerance_percent: i64,
}

/// Whether a unit cost is above the contract by more than the tolerance (the scan's rule).
fn over_contract(cost: i64, contract: i64, tolerance: i64) -> bool {
    cost * 100 > contract * (100 + tolerance)
}

/// Whether a pack arriving on `day` is short-dated (the scan's rule: the expiry at most the
/// short-dated days after, both ends counted).
fn short_dated(expiry: Option<NaiveDate>, day: NaiveDate, days: i64) -> bool {
    expiry.is_some_and(|e| e <= day + Duration::days(days))
}

/// What the findings are read against: the products, the recalls' scopes, the contracts, the
/// site's limits and the partners' names.
struct Context<'s> {
    products: FxHashMap<ProductId, ProductInfo>,
    recalls: FxHashMap<String, Vec<RecallLine>>,
    contracts: Contracts,
    names: Names<'s>,
    limits: Limits,
}

impl Context<'_> {
    /// A product's GTIN, name and manufacturer (empty when unknown).
    fn product(&self, id: ProductId) -> (&str, &str, &str) {
        self.products.get(&id).map_or(("", "", ""), |p| {
            (
                p.gtin.as_str(),
                p.name.as_str(),
                p.manufacturer.as_deref().unwrap_or(""),
            )
        })
    }

    /// A product's manufacturer (empty when none).
    fn maker(&self, id: ProductId) -> &str {
        self.product(id).2
    }

    /// A supplier's code and name (empty for none).
    fn supplier(&self, id: Option<PartnerId>) -> (&str, &str) {
        id.and_then(|s| self.names.partner(s)).unwrap_or(("", ""))
    }
}

/// Units received at one price above contract: by day, supplier, product, lot, unit cost and
/// contract price.
type Excesses<'a> = BTreeMap<
    (
        NaiveDate,
        Option<PartnerId>,
        ProductId,
        Option<&'a str>,
        i64,
        i64,
    ),
    u64,
>;

/// A finding on an arrival (by its index), with the units it touches.
type Hit = (usize, SupplierFinding, i64);

/// The affected packs listed at most (by supplier, oldest first); `affected_total` counts all.
pub const AFFECTED_LISTED: usize = 2000;

impl Store {
    /// Supplier quality over the query's period: per supplier and manufacturer, what arrived
    /// and what was wrong with it, the units received above contract with the amounts, and
    /// every pack a finding touches traced to its receipt.
    pub fn supplier_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<SupplierInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        let limits = self.supplier_limits()?;
        let arrivals = self.supplier_arrivals(&scope)?;
        let cx = Context {
            products: self.product_infos()?,
            recalls: self.recall_lines()?,
            contracts: Contracts::read(self)?,
            names: Names::new(self)?,
            limits,
        };
        let mut tally = Tally::default();
        let mut hits: Vec<Hit> = Vec::new();
        let mut excesses = Excesses::new();
        for (i, a) in arrivals.iter().enumerate() {
            let found = receipt_findings(&cx, a, &mut tally, &mut excesses);
            hits.extend(found.into_iter().map(|(f, q)| (i, f, q)));
        }
        self.add_discrepancies(&cx, &arrivals, &mut tally, &mut hits)?;
        self.add_suspicions(&cx, &arrivals, &mut tally, &mut hits)?;
        for m in self.missing_lines(&scope, now.offset_minutes())? {
            let n = m.quantity.max(0) as u64;
            tally.both(m.supplier, cx.maker(m.product), |b| b.quality.missing += n);
        }
        let affected_total = hits.len() as u64;
        let affected = self.trace(
            listed(&cx, &arrivals, hits)
                .into_iter()
                .map(|(i, f, q)| (arrivals[i].seq, affected(&cx, &arrivals[i], f, q))),
            AFFECTED_LISTED,
        )?;
        let suppliers = tally.suppliers.into_iter().map(|(id, b)| {
            let (code, name) = cx.supplier(id);
            b.close(code, name)
        });
        let makers = tally.makers.into_iter().map(|(m, b)| b.close(m, m));
        Ok(SupplierInsight {
            period: scope.period,
            currency: self.currency()?.map(|c| c.code().to_string()),
            tolerance_percent: u32::try_from(limits.tolerance_percent.max(0)).unwrap_or(u32::MAX),
            short_dated_days: u32::try_from(limits.short_dated_days.max(0)).unwrap_or(u32::MAX),
            suppliers: ranked(suppliers.collect()),
            manufacturers: ranked(makers.collect()),
            over_contract: excess_lines(&cx, excesses),
            affected_total,
            affected,
        })
    }

    /// The site's short-dated days and price tolerance, the scan's defaults where none is set.
    fn supplier_limits(&self) -> CoreResult<Limits> {
        let defaults = ScanPolicy::default();
        let number = |key, default: i64| -> CoreResult<i64> {
            Ok(self
                .setting(key)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(default))
        };
        Ok(Limits {
            short_dated_days: number(SHORT_DATED_DAYS, defaults.short_dated_days)?,
            tolerance_percent: number(PRICE_TOLERANCE, defaults.price_tolerance_percent)?,
        })
    }

    /// Adds the discrepancies the arrivals recorded against their advices: each to the
    /// arrival line it names (a receipt of a whole case has several).
    fn add_discrepancies<'a>(
        &self,
        cx: &'a Context<'_>,
        arrivals: &'a [Arrival],
        tally: &mut Tally<'a>,
        hits: &mut Vec<Hit>,
    ) -> CoreResult<()> {
        let seqs = arrivals.iter().map(|a| a.seq);
        let (Some(first), Some(last)) = (seqs.clone().min(), seqs.max()) else {
            return Ok(());
        };
        let found = self.advice_discrepancies((first, last))?;
        let wanted: HashSet<i64> = found.iter().map(|d| d.seq).collect();
        let mut by_seq: HashMap<i64, Vec<usize>> = HashMap::new();
        for (i, a) in arrivals.iter().enumerate() {
            if wanted.contains(&a.seq) {
                by_seq.entry(a.seq).or_default().push(i);
            }
        }
        for d in found {
            let lines = by_seq.get(&d.seq).map(Vec::as_slice).unwrap_or_default();
            let named = lines.iter().copied().find(|&i| {
                let a = &arrivals[i];
                cx.product(a.product).0 == d.gtin && a.serial == d.serial && a.lot == d.lot
            });
            let Some(i) = named.or(lines.first().copied()) else {
                continue;
            };
            let a = &arrivals[i];
            let n = d.quantity.max(0) as u64;
            let maker = cx.maker(a.product);
            let finding = if d.differs {
                tally.both(a.supplier, maker, |b| b.quality.lot_or_expiry_differs += n);
                F::LotOrExpiryDiffers
            } else {
                tally.both(a.supplier, maker, |b| b.quality.unexpected += n);
                F::Unexpected
            };
            hits.push((i, finding, d.quantity));
        }
        Ok(())
    }

    /// Adds the units received that were held as suspect at receipt or afterwards.
    fn add_suspicions<'a>(
        &self,
        cx: &'a Context<'_>,
        arrivals: &'a [Arrival],
        tally: &mut Tally<'a>,
        hits: &mut Vec<Hit>,
    ) -> CoreResult<()> {
        let Some(first) = arrivals.iter().map(|a| a.seq).min() else {
            return Ok(());
        };
        let suspicions = self.suspicions_since(first)?;
        for (i, units) in allocate_suspicions(arrivals, &suspicions) {
            let a = &arrivals[i];
            let n = units.max(0) as u64;
            tally.both(a.supplier, cx.maker(a.product), |b| b.quality.suspect += n);
            hits.push((i, F::Suspect, units));
        }
        Ok(())
    }
}

/// The hits [`Store::trace`] lists, in its order (by supplier, day received, receipt and
/// finding; hits alike stay in the order found): only those are made into packs, where a year
/// has hundreds of thousands.
fn listed(cx: &Context<'_>, arrivals: &[Arrival], hits: Vec<Hit>) -> Vec<Hit> {
    let key = |n: usize, (i, f, _): &Hit| {
        let a = &arrivals[*i];
        (cx.supplier(a.supplier).0, a.day, a.seq, *f, n)
    };
    let mut order: Vec<_> = hits.iter().enumerate().map(|(n, h)| key(n, h)).collect();
    if order.len() > AFFECTED_LISTED {
        order.select_nth_unstable(AFFECTED_LISTED);
        order.truncate(AFFECTED_LISTED);
    }
    order.sort_unstable();
    order.into_iter().map(|(.., n)| hits[n]).collect()
}

/// A pack a finding touches, as it arrived (its event's id and its manufacturing date are read
/// later, for the packs found only).
fn affected(cx: &Context<'_>, a: &Arrival, finding: SupplierFinding, units: i64) -> AffectedPack {
    let (gtin, product, maker) = cx.product(a.product);
    AffectedPack {
        supplier: cx.supplier(a.supplier).0.to_string(),
        finding,
        received: a.day,
        gtin: gtin.to_string(),
        product: product.to_string(),
        manufacturer: (!maker.is_empty()).then(|| maker.to_string()),
        serial: a.serial.clone(),
        lot: a.lot.clone(),
        expiry: a.expiry.map(|e| e.to_string()),
        manufactured: None,
        quantity: units.max(0) as u64,
        event_id: String::new(),
    }
}

/// The findings of one arrival on its own (short-dated, price, recall; a duplicate serial),
/// added to its books: each finding with the units it touches.
fn receipt_findings<'a>(
    cx: &'a Context<'_>,
    a: &'a Arrival,
    tally: &mut Tally<'a>,
    excesses: &mut Excesses<'a>,
) -> Vec<(SupplierFinding, i64)> {
    let (gtin, _, maker) = cx.product(a.product);
    let units = a.quantity.max(0) as u64;
    let mut figures = SupplierQuality::default();
    let mut found = Vec::new();
    if a.duplicate {
        figures.duplicate_serials = units;
        tally.receipt(a, maker, &figures, &[]);
        return vec![(F::DuplicateSerial, a.quantity)];
    }
    figures.packs = units;
    if short_dated(a.expiry, a.day, cx.limits.short_dated_days) {
        figures.short_dated = units;
        found.push((F::ShortDated, a.quantity));
    }
    let contract = cx.contracts.price(a.supplier, a.product, a.day);
    if let (Some(cost), Some(contract)) = (a.unit_cost_cents, contract) {
        if over_contract(cost, contract, cx.limits.tolerance_percent) {
            figures.over_contract = units;
            figures.excess_cents = (cost - contract) * a.quantity;
            let key = (
                a.day,
                a.supplier,
                a.product,
                a.lot.as_deref(),
                cost,
                contract,
            );
            *excesses.entry(key).or_default() += units;
            found.push((F::OverContract, a.quantity));
        }
    }
    let recalls: Vec<i64> = match cx.recalls.get(gtin) {
        Some(lines) => lines
            .iter()
            .filter(|r| r.covers(a.lot.as_deref(), a.serial.as_deref()))
            .map(|r| r.recall)
            .collect(),
        None => Vec::new(),
    };
    if !recalls.is_empty() {
        found.push((F::Recalled, a.quantity));
    }
    tally.receipt(a, maker, &figures, &recalls);
    found
}

/// The units received above contract, oldest first, then by supplier, GTIN and lot.
fn excess_lines(cx: &Context<'_>, excesses: Excesses<'_>) -> Vec<PriceExcess> {
    let mut lines: Vec<PriceExcess> = excesses
        .into_iter()
        .map(
            |((day, supplier, product, lot, cost, contract), quantity)| {
                let (gtin, name, _) = cx.product(product);
                PriceExcess {
                    supplier: cx.supplier(supplier).0.to_string(),
                    day,
                    gtin: gtin.to_string(),
                    product: name.to_string(),
                    lot: lot.map(String::from),
                    quantity,
                    unit_cost_cents: cost,
                    contract_cents: contract,
                    excess_cents: (cost - contract) * quantity as i64,
                }
            },
        )
        .collect();
    lines.sort_by(|a, b| {
        (a.day, &a.supplier, &a.gtin, &a.lot, a.unit_cost_cents).cmp(&(
            b.day,
            &b.supplier,
            &b.gtin,
            &b.lot,
            b.unit_cost_cents,
        ))
    });
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn short_dated_is_the_scans_rule_both_ends_counted() {
        let day = d("2027-01-10");
        assert!(short_dated(Some(d("2027-04-10")), day, 90), "90 days left");
        assert!(!short_dated(Some(d("2027-04-11")), day, 90), "91 days left");
        assert!(
            short_dated(Some(d("2027-01-01")), day, 90),
            "expired on arrival"
        );
        assert!(!short_dated(None, day, 90), "no expiry: nothing to say");
    }

    #[test]
    fn exactly_at_the_tolerance_is_within_the_contract() {
        assert!(!over_contract(1050, 1000, 5));
        assert!(over_contract(1051, 1000, 5));
        assert!(over_contract(1001, 1000, 0));
    }
}
