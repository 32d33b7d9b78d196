//! Shrinkage: what counts found that the ledger did not expect, per location and month, with
//! its value.
//!
//! A count's variances are the `count_adjust` events whose reference is `COUNT-<id>` (a
//! recall's outcome "not found" also writes `count_adjust`, with the recall's number: never
//! counted here). Each line's kind comes from its statuses and places, as `count::apply`
//! writes them:
//!
//! | line | kind | charged to |
//! |---|---|---|
//! | held → `missing`, a pack | missing | where it was |
//! | held → `missing`, a lot | lot short | where it was |
//! | `missing` → in stock | found again | where it was found |
//! | held at A → held at B | found elsewhere | A, where the ledger had it |
//! | gone or never received → quarantined | wrong status | the counted location |
//! | nothing → in stock, a lot | lot surplus | where it was counted |

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::params;

use crate::error::CoreResult;
use crate::model::*;
use crate::Store;

use super::names::{month_of, months, Names};
use super::value::{Receipt, StockKey, Valuer};
use super::{InsightQuery, Scope, ShrinkageFigures, ShrinkageInsight, ShrinkageLine};
use super::{ShrinkageLocation, VarianceKind};

/// A count's line as stored.
struct CountLine {
    event_id: String,
    day: NaiveDate,
    reference: String,
    count: i64,
    /// The location counted (the event's).
    counted_at: Option<LocationId>,
    product: ProductId,
    serial: Option<String>,
    lot: Option<String>,
    quantity: i64,
    before: Option<(UnitStatus, Option<LocationId>)>,
    after: Option<(UnitStatus, Option<LocationId>)>,
}

/// The `kind IN` is the condition of the partial index `event_exception` (migrations 0029 and
/// 0030), word for word, so that SQLite reads the period's exceptions through it.
const COUNT_LINES: &str =
    "SELECT e.id, date(e.occurred_at, printf('%+d minutes', e.occurred_offset)),
        e.reference, e.location_id, l.product_id, l.serial, l.lot, l.quantity,
        l.status_before, l.location_before, l.status_after, l.location_after
    FROM event e JOIN event_line l ON l.event_seq = e.seq
    WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2
      AND e.kind IN ('destroy', 'return_to_supplier', 'quarantine', 'mark_suspect', 'count_adjust')
      AND e.kind = 'count_adjust' AND e.reference LIKE 'COUNT-%'
    ORDER BY e.occurred_at, e.seq, l.line_no";

/// A line's kind of variance and the location it is charged to.
pub(crate) fn classify(
    serial: bool,
    counted_at: Option<LocationId>,
    before: Option<(UnitStatus, Option<LocationId>)>,
    after: Option<(UnitStatus, Option<LocationId>)>,
) -> Option<(VarianceKind, Option<LocationId>)> {
    use UnitStatus as S;
    use VarianceKind as K;
    let (after_status, after_at) = after?;
    Some(match (before, after_status) {
        (Some((_, was_at)), S::Missing) if serial => (K::Missing, was_at.or(counted_at)),
        (Some((_, was_at)), S::Missing) => (K::LotShort, was_at.or(counted_at)),
        (None, _) if serial => (K::WrongStatus, counted_at),
        (None, _) => (K::LotSurplus, after_at.or(counted_at)),
        (Some((S::Missing, _)), _) => (K::FoundAgain, after_at.or(counted_at)),
        (Some((b, was_at)), a) if b.is_held() && a.is_held() && was_at != after_at => {
            (K::FoundElsewhere, was_at)
        }
        (Some((b, _)), S::Quarantined) if !b.is_held() => (K::WrongStatus, counted_at),
        _ => return None,
    })
}

/// Adds a variance to figures: its units to its kind, its value to what was lost (what was
/// found again or in surplus comes off).
fn add(f: &mut ShrinkageFigures, kind: VarianceKind, quantity: i64, value: Option<i64>) {
    use VarianceKind as K;
    let q = quantity.max(0) as u64;
    let (slot, sign) = match kind {
        K::Missing => (&mut f.missing, 1),
        K::LotShort => (&mut f.lot_short, 1),
        K::FoundAgain => (&mut f.found_again, -1),
        K::LotSurplus => (&mut f.lot_surplus, -1),
        K::FoundElsewhere => (&mut f.found_elsewhere, 0),
        K::WrongStatus => (&mut f.wrong_status, 0),
    };
    *slot += q;
    f.value_lost_cents += sign * value.unwrap_or(0);
}

fn place(
    status: Option<String>,
    location: Option<i64>,
) -> Option<(UnitStatus, Option<LocationId>)> {
    let status = status?.parse().ok()?;
    Some((status, location.map(LocationId)))
}

/// A location's counts: applied in the period, and those that disagreed.
#[derive(Default)]
struct Counted {
    counts: BTreeSet<i64>,
    with_variance: BTreeSet<i64>,
}

impl Store {
    /// Shrinkage over the query's period: every variance counts applied, by month and by
    /// location charged, with the counts applied per location and those whose counts keep
    /// disagreeing with the ledger.
    pub fn shrinkage_insight(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<ShrinkageInsight> {
        let scope = self.insight_scope(actor, query, now)?;
        let lines = self.count_lines(&scope)?;
        let keys: Vec<Option<StockKey>> = lines
            .iter()
            .map(|l| StockKey::of(l.product, l.serial.as_deref(), l.lot.as_deref()))
            .collect();
        let receipts = self.receipts_of(keys.iter().flatten())?;
        let counts_at = self.counts_applied(&scope, now)?;
        let count_location: HashMap<i64, LocationId> = counts_at
            .iter()
            .flat_map(|(l, ids)| ids.iter().map(|id| (*id, *l)))
            .collect();
        let mut names = Names::new(self)?;
        let mut valuer = Valuer::new(self);
        let mut out = Tally::new(&scope, counts_at);
        for (line, key) in lines.into_iter().zip(keys) {
            let receipt = key.as_ref().and_then(|k| receipts.get(k));
            if !in_scope(&scope, &line, receipt) {
                continue;
            }
            let Some((kind, charged)) = classify(
                line.serial.is_some(),
                line.counted_at,
                line.before,
                line.after,
            ) else {
                continue;
            };
            if let Some(at) = count_location.get(&line.count) {
                out.counted
                    .entry(*at)
                    .or_default()
                    .with_variance
                    .insert(line.count);
            }
            if scope
                .location
                .as_ref()
                .is_some_and(|l| Some(l.id) != charged)
            {
                continue;
            }
            let (value, _) = valuer.value(line.product, receipt, line.quantity, line.day)?;
            let (gtin, product) = names.product(line.product)?;
            out.add(
                charged,
                ShrinkageLine {
                    event_id: line.event_id,
                    day: line.day,
                    count: line.reference,
                    location: names.location(charged).0.to_string(),
                    kind,
                    gtin,
                    product,
                    serial: line.serial,
                    lot: line.lot,
                    quantity: line.quantity.max(0) as u64,
                    value_cents: value,
                },
            );
        }
        Ok(out.finish(&names, self.currency()?.map(|c| c.code().to_string())))
    }

    /// The count lines of the period (by local day), oldest first.
    fn count_lines(&self, scope: &Scope) -> CoreResult<Vec<CountLine>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(COUNT_LINES)?;
        let mut rows = stmt.query(params![from, to])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let Some(day) = r.get::<_, String>(1)?.parse().ok() else {
                continue;
            };
            let reference: String = r.get(2)?;
            let Some(count) = reference
                .strip_prefix("COUNT-")
                .and_then(|n| n.parse().ok())
            else {
                continue;
            };
            out.push(CountLine {
                event_id: r.get(0)?,
                day,
                reference,
                count,
                counted_at: r.get::<_, Option<i64>>(3)?.map(LocationId),
                product: ProductId(r.get(4)?),
                serial: r.get(5)?,
                lot: r.get(6)?,
                quantity: r.get(7)?,
                before: place(r.get(8)?, r.get(9)?),
                after: place(r.get(10)?, r.get(11)?),
            });
        }
        out.retain(|l| scope.covers(l.day));
        Ok(out)
    }

    /// The counts applied in the period (by the local day they were applied, at `now`'s
    /// offset), per location counted: at the query's location only, and when the query names a
    /// product, only counts that covered it (a count limited to other products did not).
    fn counts_applied(
        &self,
        scope: &Scope,
        now: Timestamp,
    ) -> CoreResult<BTreeMap<LocationId, BTreeSet<i64>>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.location_id, c.closed_at FROM stock_count c
             WHERE c.status = 'applied' AND c.closed_at >= ?1 AND c.closed_at < ?2
               AND (?3 IS NULL OR c.location_id = ?3)
               AND (?4 IS NULL OR c.limited = 0 OR EXISTS (SELECT 1 FROM stock_count_product cp
                    WHERE cp.count_id = c.id AND cp.product_id = ?4))",
        )?;
        let location = scope.location.as_ref().map(|l| l.id.0);
        let product = scope.product.as_ref().map(|p| p.id.0);
        let mut rows = stmt.query(params![from, to, location, product])?;
        let mut out: BTreeMap<LocationId, BTreeSet<i64>> = BTreeMap::new();
        while let Some(r) = rows.next()? {
            let closed: String = r.get(2)?;
            let day = Timestamp::from_stored(&closed, now.offset_minutes()).map(|t| t.local_date());
            if day.is_some_and(|d| scope.covers(d)) {
                out.entry(LocationId(r.get(1)?))
                    .or_default()
                    .insert(r.get(0)?);
            }
        }
        Ok(out)
    }
}

/// Whether a line is in the query's product and supplier (received from it).
fn in_scope(scope: &Scope, line: &CountLine, receipt: Option<&Receipt>) -> bool {
    let product = scope.product.as_ref().is_none_or(|p| p.id == line.product);
    let supplier = scope
        .supplier
        .as_ref()
        .is_none_or(|s| receipt.and_then(|r| r.supplier) == Some(s.id));
    product && supplier
}

/// The answer being added up.
struct Tally {
    period: super::Period,
    totals: ShrinkageFigures,
    by_month: BTreeMap<String, ShrinkageFigures>,
    by_location: BTreeMap<Option<LocationId>, ShrinkageFigures>,
    counted: BTreeMap<LocationId, Counted>,
    lines: Vec<ShrinkageLine>,
}

impl Tally {
    fn new(scope: &Scope, counts_at: BTreeMap<LocationId, BTreeSet<i64>>) -> Self {
        Tally {
            period: scope.period,
            totals: ShrinkageFigures::default(),
            by_month: months(&scope.period)
                .into_iter()
                .map(|m| (m, ShrinkageFigures::default()))
                .collect(),
            by_location: BTreeMap::new(),
            counted: counts_at
                .into_iter()
                .map(|(l, counts)| {
                    let c = Counted {
                        counts,
                        with_variance: BTreeSet::new(),
                    };
                    (l, c)
                })
                .collect(),
            lines: Vec::new(),
        }
    }

    fn add(&mut self, charged: Option<LocationId>, line: ShrinkageLine) {
        let q = line.quantity as i64;
        add(&mut self.totals, line.kind, q, line.value_cents);
        let month = self.by_month.entry(month_of(line.day)).or_default();
        add(month, line.kind, q, line.value_cents);
        let at = self.by_location.entry(charged).or_default();
        add(at, line.kind, q, line.value_cents);
        self.lines.push(line);
    }

    fn finish(mut self, names: &Names<'_>, currency: Option<String>) -> ShrinkageInsight {
        let mut places: BTreeSet<Option<LocationId>> = self.by_location.keys().copied().collect();
        places.extend(self.counted.keys().map(|l| Some(*l)));
        let mut by_location: Vec<ShrinkageLocation> = places
            .into_iter()
            .map(|at| {
                let counted = at.and_then(|l| self.counted.remove(&l)).unwrap_or_default();
                let counts = counted.counts.len() as u64;
                let with_variance = counted.with_variance.intersection(&counted.counts).count();
                let (code, name) = names.location(at);
                ShrinkageLocation {
                    location: code.to_string(),
                    name: name.to_string(),
                    counts,
                    counts_with_variance: with_variance as u64,
                    figures: self.by_location.remove(&at).unwrap_or_default(),
                    keeps_disagreeing: counts >= 2 && 2 * with_variance as u64 >= counts,
                }
            })
            .collect();
        by_location.sort_by(|a, b| {
            (b.figures.value_lost_cents, &a.location)
                .cmp(&(a.figures.value_lost_cents, &b.location))
        });
        ShrinkageInsight {
            period: self.period,
            currency,
            totals: self.totals,
            by_month: self.by_month.into_iter().collect(),
            by_location,
            lines: self.lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UnitStatus as S;
    use VarianceKind as K;

    const HERE: Option<LocationId> = Some(LocationId(1));
    const THERE: Option<LocationId> = Some(LocationId(2));
    const QUAR: Option<LocationId> = Some(LocationId(3));

    #[test]
    fn each_line_a_count_writes_has_its_kind_and_the_location_it_is_charged_to() {
        let cases = [
            (
                true,
                Some((S::Quarantined, HERE)),
                Some((S::Missing, None)),
                Some((K::Missing, HERE)),
            ),
            (
                false,
                Some((S::InStock, HERE)),
                Some((S::Missing, None)),
                Some((K::LotShort, HERE)),
            ),
            (
                true,
                Some((S::InStock, THERE)),
                Some((S::InStock, HERE)),
                Some((K::FoundElsewhere, THERE)),
            ),
            (
                true,
                Some((S::Missing, None)),
                Some((S::InStock, HERE)),
                Some((K::FoundAgain, HERE)),
            ),
            (
                true,
                Some((S::Dispensed, None)),
                Some((S::Quarantined, QUAR)),
                Some((K::WrongStatus, HERE)),
            ),
            (
                true,
                None,
                Some((S::Quarantined, QUAR)),
                Some((K::WrongStatus, HERE)),
            ),
            (
                false,
                None,
                Some((S::InStock, HERE)),
                Some((K::LotSurplus, HERE)),
            ),
            (
                true,
                Some((S::InStock, HERE)),
                Some((S::Quarantined, HERE)),
                None,
            ),
        ];
        for (serial, before, after, expect) in cases {
            assert_eq!(
                classify(serial, HERE, before, after),
                expect,
                "{before:?} → {after:?}: a found-elsewhere pack is the loss of where the ledger \
                 had it; a suspect pack is held in quarantine but charged to the counted place"
            );
        }
    }

    #[test]
    fn finds_come_off_the_value_lost_and_moves_leave_it_alone() {
        let mut f = ShrinkageFigures::default();
        add(&mut f, K::Missing, 1, Some(500));
        add(&mut f, K::LotShort, 4, Some(200));
        add(&mut f, K::FoundAgain, 1, Some(300));
        add(&mut f, K::FoundElsewhere, 1, Some(900));
        add(&mut f, K::LotSurplus, 2, None);
        assert_eq!(
            f,
            ShrinkageFigures {
                missing: 1,
                found_elsewhere: 1,
                found_again: 1,
                wrong_status: 0,
                lot_short: 4,
                lot_surplus: 2,
                value_lost_cents: 400,
            }
        );
    }
}
