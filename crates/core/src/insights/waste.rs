//! Waste: stock destroyed or returned to the supplier, with why (from the ledger's facts, never
//! the reason's words), what it was worth, who supplied it, and whether its expiry had been
//! predicted.
//!
//! - **Cause**: `recalled` when the event names a recall (its reference is a recall's number)
//!   or the pack or lot is in a recall's scope; else `expired` when its expiry is before the
//!   local day it went; else `damaged`.
//! - **Predicted**: an expired unit was predicted when, 30 days before its expiry, it was on
//!   the expires-unused list: the stock of its product at its location that day, used first
//!   expiry first out at the daily consumption of the window ending that day (the levels' own
//!   [`cover_by_batch`] and [`LevelPolicy::consumption_window`]), could not all be used before
//!   that expiry. Of the units of an expiry wasted at a location, as many as were unusable then
//!   are predicted, oldest lines first; the rest were a surprise.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Days, NaiveDate};
use rusqlite::params;

use crate::error::CoreResult;
use crate::levels::{cover_by_batch, LevelPolicy};
use crate::model::*;
use crate::Store;

use super::names::{month_of, months, Names};
use super::value::{Receipt, StockKey, Valuer};
use super::{InsightQuery, Scope, WasteCause, WasteFigures, WasteGroup, WasteInsight, WasteLine};

/// How many days before its expiry stock must have been on the expires-unused list to count
/// as predicted.
pub const PREDICTED_DAYS_BEFORE: u64 = 30;

/// A destroyed or returned line as stored.
struct Lost {
    event_id: String,
    day: NaiveDate,
    reference: Option<String>,
    location: Option<LocationId>,
    product: ProductId,
    serial: Option<String>,
    lot: Option<String>,
    expiry: Option<NaiveDate>,
    quantity: i64,
    disposition: String,
}

/// The first `kind IN` is the condition of the partial index `event_exception` (migrations 0029
/// and 0030), word for word, so that SQLite reads the period's exceptions through it (and
/// nothing of their events' rows); a pack's expiry comes from index `unit_expiry`.
const LOST_LINES: &str =
    "SELECT e.id, date(e.occurred_at, printf('%+d minutes', e.occurred_offset)),
        e.reference, coalesce(l.location_before, e.location_id), l.product_id, l.serial, l.lot,
        coalesce(l.expiry, u.expiry, li.expiry), l.quantity, l.status_after
    FROM event e JOIN event_line l ON l.event_seq = e.seq
    LEFT JOIN unit u INDEXED BY unit_expiry
        ON l.serial IS NOT NULL AND u.product_id = l.product_id AND u.serial = l.serial
    LEFT JOIN lot_info li ON l.serial IS NULL AND li.product_id = l.product_id AND li.lot = l.lot
    WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2
      AND e.kind IN ('destroy', 'return_to_supplier', 'quarantine', 'mark_suspect', 'count_adjust')
      AND e.kind IN ('destroy', 'return_to_supplier')
      AND l.status_after IN ('destroyed', 'returned_to_supplier')
    ORDER BY e.occurred_at, e.seq, l.line_no";

/// Adds units lost to figures.
fn add(f: &mut WasteFigures, line: &WasteLine, predicted: u64) {
    let q = line.quantity;
    f.packs += q;
    match line.value_cents {
        Some(v) => f.value_cents += v,
        None => f.unpriced += q,
    }
    match line.cause {
        WasteCause::Recalled => f.recalled += q,
        WasteCause::Damaged => f.damaged += q,
        WasteCause::Expired => {
            f.expired += q;
            f.predicted += predicted;
            f.surprise += q - predicted;
        }
    }
}

/// The cause of a loss on its day.
fn cause(recalled: bool, expiry: Option<NaiveDate>, day: NaiveDate) -> WasteCause {
    if recalled {
        WasteCause::Recalled
    } else if expiry.is_some_and(|e| e < day) {
        WasteCause::Expired
    } else {
        WasteCause::Damaged
    }
}

impl Store {
    /// Waste over the query's period: every destroyed or returned line, by month, product,
    /// location and supplier, with its cause and value, and how much expired waste had been
    /// predicted.
    pub fn waste_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<WasteInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        let lost = self.lost_lines(&scope)?;
        let keys: Vec<Option<StockKey>> = lost
            .iter()
            .map(|l| StockKey::of(l.product, l.serial.as_deref(), l.lot.as_deref()))
            .collect();
        let receipts = self.receipts_of(keys.iter().flatten())?;
        let recalls = Recalls::new(self)?;
        let mut names = Names::new(self)?;
        let mut valuer = Valuer::new(self);
        let mut lines = Vec::new();
        for (l, key) in lost.into_iter().zip(keys) {
            let receipt = key.as_ref().and_then(|k| receipts.get(k));
            if !in_scope(&scope, &l, receipt) {
                continue;
            }
            let (gtin, product) = names.product(l.product)?;
            let recalled = recalls.covers(self, &l, &gtin)?;
            let (value, priced_by) = valuer.value(l.product, receipt, l.quantity, l.day)?;
            let supplier = receipt
                .and_then(|r| r.supplier)
                .and_then(|s| names.partner(s))
                .map(|(code, _)| code.to_string());
            lines.push((
                (l.product, l.location),
                WasteLine {
                    event_id: l.event_id,
                    day: l.day,
                    disposition: l.disposition,
                    cause: cause(recalled, l.expiry, l.day),
                    location: names.location(l.location).0.to_string(),
                    gtin,
                    product,
                    serial: l.serial,
                    lot: l.lot,
                    expiry: l.expiry.map(|e| e.to_string()),
                    quantity: l.quantity.max(0) as u64,
                    supplier,
                    value_cents: value,
                    priced_by: priced_by.as_str().to_string(),
                    predicted: false,
                },
            ));
        }
        let predicted = self.predict(&mut lines)?;
        let currency = self.currency()?.map(|c| c.code().to_string());
        Ok(tally(&scope, &names, currency, lines, &predicted))
    }

    /// The destroyed and returned lines of the period (by local day), oldest first.
    fn lost_lines(&self, scope: &Scope) -> CoreResult<Vec<Lost>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(LOST_LINES)?;
        let mut rows = stmt.query(params![from, to])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let Some(day) = r.get::<_, String>(1)?.parse().ok() else {
                continue;
            };
            if !scope.covers(day) {
                continue;
            }
            out.push(Lost {
                event_id: r.get(0)?,
                day,
                reference: r.get(2)?,
                location: r.get::<_, Option<i64>>(3)?.map(LocationId),
                product: ProductId(r.get(4)?),
                serial: r.get(5)?,
                lot: r.get(6)?,
                expiry: r.get::<_, Option<String>>(7)?.and_then(|e| e.parse().ok()),
                quantity: r.get(8)?,
                disposition: r.get(9)?,
            });
        }
        Ok(out)
    }

    /// Marks the expired lines that had been predicted; the units predicted per line.
    fn predict(
        &self,
        lines: &mut [((ProductId, Option<LocationId>), WasteLine)],
    ) -> CoreResult<Vec<u64>> {
        // Units of each expiry wasted at each place, then how many of them were unusable 30
        // days before that expiry.
        let mut unusable: BTreeMap<(ProductId, LocationId, NaiveDate), i64> = BTreeMap::new();
        for ((product, location), l) in lines.iter() {
            let expiry = l.expiry.as_deref().and_then(|e| e.parse().ok());
            if let (WasteCause::Expired, Some(at), Some(e)) = (l.cause, location, expiry) {
                unusable.insert((*product, *at, e), 0);
            }
        }
        for ((product, location, expiry), left) in unusable.iter_mut() {
            *left = self.unusable_before(*product, *location, *expiry)?;
        }
        let mut out = Vec::with_capacity(lines.len());
        for ((product, location), l) in lines.iter_mut() {
            let expiry: Option<NaiveDate> = l.expiry.as_deref().and_then(|e| e.parse().ok());
            let left = match (l.cause, location, expiry) {
                (WasteCause::Expired, Some(at), Some(e)) => unusable.get_mut(&(*product, *at, e)),
                _ => None,
            };
            let predicted = left.map_or(0, |left| {
                let take = (*left).clamp(0, l.quantity as i64);
                *left -= take;
                take as u64
            });
            l.predicted = predicted > 0;
            out.push(predicted);
        }
        Ok(out)
    }

    /// How much of a product's stock at a location expiring on `expiry` was on the
    /// expires-unused list 30 days before: in stock there that day, and not usable before
    /// it expires at that day's consumption.
    fn unusable_before(
        &self,
        product: ProductId,
        location: LocationId,
        expiry: NaiveDate,
    ) -> CoreResult<i64> {
        let Some(day) = expiry.checked_sub_days(Days::new(PREDICTED_DAYS_BEFORE)) else {
            return Ok(0);
        };
        let mut batches = self.stock_by_expiry_on(product, location, day)?;
        let window = LevelPolicy::default().consumption_window(day);
        let used: i64 = self
            .conn()
            // `+?n`: one plan for every group (see `stock_on`).
            .prepare_cached(
                "SELECT coalesce(sum(quantity), 0) FROM consumption
             WHERE product_id = +?1 AND location_id = +?2 AND day BETWEEN +?3 AND +?4",
            )?
            .query_row(
                params![
                    product.0,
                    location.0,
                    window.first_day.to_string(),
                    window.last_day.to_string()
                ],
                |r| r.get(0),
            )?;
        Ok(cover_by_batch(&mut batches, window.daily_rate(used), day)
            .into_iter()
            .filter(|(e, _, _)| *e == Some(expiry))
            .map(|(_, q, usable)| q - usable)
            .sum())
    }
}

/// Whether a line is in the query's location, product and supplier (received from it).
fn in_scope(scope: &Scope, l: &Lost, receipt: Option<&Receipt>) -> bool {
    scope
        .location
        .as_ref()
        .is_none_or(|x| Some(x.id) == l.location)
        && scope.product.as_ref().is_none_or(|p| p.id == l.product)
        && scope
            .supplier
            .as_ref()
            .is_none_or(|s| receipt.and_then(|r| r.supplier) == Some(s.id))
}

/// The recalls, to tell a recalled loss: their numbers, and their scopes by GTIN.
struct Recalls {
    numbers: HashSet<String>,
    gtins: HashSet<String>,
}

impl Recalls {
    fn new(store: &Store) -> CoreResult<Self> {
        let conn = store.conn();
        let numbers = conn
            .prepare_cached("SELECT number FROM recall")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let gtins = conn
            .prepare_cached("SELECT DISTINCT gtin FROM recall_scope")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(Recalls { numbers, gtins })
    }

    /// Whether the loss names a recall or its stock is in a recall's scope.
    fn covers(&self, store: &Store, l: &Lost, gtin: &str) -> CoreResult<bool> {
        if l.reference
            .as_ref()
            .is_some_and(|r| self.numbers.contains(r))
        {
            return Ok(true);
        }
        if !self.gtins.contains(gtin) {
            return Ok(false);
        }
        Ok(store
            .recall_covering(gtin, l.lot.as_deref(), l.serial.as_deref())?
            .is_some())
    }
}

/// The answer: figures per month, product, location and supplier, and the lines.
fn tally(
    scope: &Scope,
    names: &Names<'_>,
    currency: Option<String>,
    lines: Vec<((ProductId, Option<LocationId>), WasteLine)>,
    predicted: &[u64],
) -> WasteInsight {
    let mut totals = WasteFigures::default();
    let mut by_month: BTreeMap<String, WasteFigures> = months(&scope.period)
        .into_iter()
        .map(|m| (m, WasteFigures::default()))
        .collect();
    let mut groups: [HashMap<String, WasteGroup>; 3] = Default::default();
    let mut out = Vec::with_capacity(lines.len());
    for (((_, location), l), p) in lines.into_iter().zip(predicted) {
        add(&mut totals, &l, *p);
        add(by_month.entry(month_of(l.day)).or_default(), &l, *p);
        let supplier = l.supplier.clone().unwrap_or_default();
        let supplier_name = names
            .partner_by_code(&supplier)
            .unwrap_or_default()
            .to_string();
        let keys = [
            (l.gtin.clone(), l.product.clone()),
            (l.location.clone(), names.location(location).1.to_string()),
            (supplier, supplier_name),
        ];
        for (group, (key, name)) in groups.iter_mut().zip(keys) {
            let g = group.entry(key.clone()).or_insert_with(|| WasteGroup {
                key,
                name,
                figures: WasteFigures::default(),
            });
            add(&mut g.figures, &l, *p);
        }
        out.push(l);
    }
    let [by_product, by_location, by_supplier] = groups.map(|g| {
        let mut v: Vec<WasteGroup> = g.into_values().collect();
        v.sort_by(|a, b| (b.figures.value_cents, &a.key).cmp(&(a.figures.value_cents, &b.key)));
        v
    });
    WasteInsight {
        period: scope.period,
        currency,
        totals,
        by_month: by_month
            .into_iter()
            .map(|(key, figures)| WasteGroup {
                name: key.clone(),
                key,
                figures,
            })
            .collect(),
        by_product,
        by_location,
        by_supplier,
        lines: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_recall_comes_before_an_expiry_and_an_expiry_before_damage() {
        let day = d("2027-04-02");
        assert_eq!(
            cause(true, Some(d("2027-03-31")), day),
            WasteCause::Recalled
        );
        assert_eq!(
            cause(false, Some(d("2027-03-31")), day),
            WasteCause::Expired
        );
        assert_eq!(
            cause(false, Some(d("2027-04-02")), day),
            WasteCause::Damaged,
            "a pack may still be used on its expiry date: destroyed that day, it was not expired"
        );
        assert_eq!(cause(false, None, day), WasteCause::Damaged);
    }
}
