//! What supplier quality reads from the store, each in one statement over the whole period
//! (never one per line): the period's arrivals, their despatch-advice discrepancies, the
//! suspect events that followed them, the recalls' scopes, the advice lines closed as never
//! received, the products, and the raw scans of the packs a finding touches.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::params;
use rustc_hash::FxHashMap;

use crate::error::CoreResult;
use crate::ledger::receipt::DUPLICATE_BEFORE;
use crate::model::*;
use crate::stock::SUSPECT_EVENT;
use crate::Store;

use super::Scope;

/// A pack or lot quantity that arrived from a counterparty in the period: a receipt line, or a
/// serial already known that arrived again and was held as suspect (`duplicate`).
#[derive(Debug, Clone)]
pub(super) struct Arrival {
    pub(super) seq: i64,
    pub(super) day: NaiveDate,
    pub(super) supplier: Option<PartnerId>,
    pub(super) product: ProductId,
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    pub(super) expiry: Option<NaiveDate>,
    pub(super) quantity: i64,
    pub(super) unit_cost_cents: Option<i64>,
    pub(super) duplicate: bool,
}

/// The arrivals of a period's local days (`?1` to `?2`), from the `receipt` projection
/// (`ledger::receipt` says which lines arrive; migration 0032), of the scope's supplier (`?3`),
/// product (`?4`) and location (`?5`): one range of the table's key, where the ledger cost a
/// search of its lines for each receipt event. In no particular order: what is made of them is
/// ordered at the end.
const ARRIVALS: &str = "SELECT event_seq, day, duplicate, supplier_id, product_id, serial, lot,
        expiry, quantity, unit_cost_cents
    FROM receipt
    WHERE day BETWEEN ?1 AND ?2
      AND (?3 IS NULL OR supplier_id = ?3)
      AND (?4 IS NULL OR product_id = ?4)
      AND (?5 IS NULL OR location_id = ?5)";

/// The local day of a stored UTC time (`YYYY-MM-DDTHH:MM…`) at an offset in minutes, as
/// SQLite's `date(t, '+N minutes')` says it.
pub(super) fn local_day(utc: &str, offset_minutes: i32) -> Option<NaiveDate> {
    let b = utc.as_bytes();
    let num = |from: usize, to: usize| -> Option<i32> {
        let digits = b.get(from..to)?;
        digits.iter().try_fold(0i32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + i32::from(d - b'0'))
        })
    };
    let day = NaiveDate::from_ymd_opt(num(0, 4)?, num(5, 7)? as u32, num(8, 10)? as u32)?;
    let minutes = i64::from(num(11, 13)? * 60 + num(14, 16)?) + i64::from(offset_minutes);
    day.checked_add_signed(chrono::Duration::try_days(minutes.div_euclid(24 * 60))?)
}

/// A stored date (`YYYY-MM-DD`) read as `NaiveDate`'s own parsing reads it, without making a
/// string first (a year has 700,000 receipt lines): written so, it is read here, anything else
/// by the parser.
pub(super) fn date(text: &[u8]) -> Option<NaiveDate> {
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = text.get(r)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if text.len() == 10 && text.get(4) == Some(&b'-') && text.get(7) == Some(&b'-') {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

/// What a receipt brought that its despatch advice did not say.
#[derive(Debug, Clone)]
pub(super) struct AdviceDiscrepancy {
    pub(super) seq: i64,
    pub(super) differs: bool,
    pub(super) gtin: String,
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    pub(super) quantity: i64,
}

/// A suspect event's line: a pack or lot quantity held as suspect.
#[derive(Debug, Clone)]
pub(super) struct Suspicion {
    pub(super) seq: i64,
    pub(super) product: ProductId,
    pub(super) serial: Option<String>,
    pub(super) lot: Option<String>,
    pub(super) quantity: i64,
}

/// The suspect events (`stock::SUSPECT_EVENT`, read through their own index) from a receipt
/// on, less the holds of a serial arriving again: those are the later sender's duplicate, not
/// a suspicion on the pack first received.
fn suspicions_sql() -> String {
    format!(
        "SELECT e.seq, l.product_id, l.serial, l.lot, l.quantity
        FROM event e JOIN event_line l ON l.event_seq = e.seq
        WHERE {SUSPECT_EVENT} AND e.seq >= ?1
          AND NOT (e.kind = 'mark_suspect' AND e.counterparty_id IS NOT NULL
                   AND l.serial IS NOT NULL AND coalesce(l.status_before IN {DUPLICATE_BEFORE}, 0))
        ORDER BY e.seq, l.line_no"
    )
}

/// Advice lines of shipments closed in the period that never (fully) arrived, as closing
/// counts them: not received, and not a pack that came differing from the advice.
const MISSING: &str = "SELECT s.supplier_id, p.id, i.quantity - i.received_quantity
    FROM shipment s JOIN shipment_item i ON i.shipment_id = s.id
    JOIN product p ON p.gtin = i.gtin
    WHERE s.closed_at IS NOT NULL AND s.closed_at >= ?1 AND s.closed_at < ?2
      AND date(s.closed_at, printf('%+d minutes', ?3)) BETWEEN ?4 AND ?5
      AND i.received_quantity < i.quantity
      AND NOT EXISTS (SELECT 1 FROM shipment_discrepancy d WHERE d.shipment_id = s.id
                      AND d.code = 'differs_from_advice' AND d.line = i.line)
      AND (?6 IS NULL OR s.supplier_id = ?6)
      AND (?7 IS NULL OR p.id = ?7)
      AND (?8 IS NULL OR EXISTS (SELECT 1 FROM event e WHERE e.location_id = ?8
            AND (e.seq IN (SELECT received_event_seq FROM shipment_item WHERE shipment_id = s.id)
                 OR e.seq IN (SELECT event_seq FROM shipment_discrepancy WHERE shipment_id = s.id))))
    ORDER BY s.id, i.line";

/// Advice lines that never arrived.
#[derive(Debug, Clone)]
pub(super) struct MissingLine {
    pub(super) supplier: Option<PartnerId>,
    pub(super) product: ProductId,
    pub(super) quantity: i64,
}

/// A product as the insight prints it.
#[derive(Debug, Clone)]
pub(super) struct ProductInfo {
    pub(super) gtin: String,
    pub(super) name: String,
    pub(super) manufacturer: Option<String>,
}

/// One line of a recall's scope: the whole GTIN, one of its lots, or one pack.
#[derive(Debug, Clone)]
pub(super) struct RecallLine {
    pub(super) recall: i64,
    pub(super) lot: Option<String>,
    pub(super) serial: Option<String>,
}

impl RecallLine {
    /// Whether it covers a pack or lot of its GTIN, by `Store::recall_covering`'s rule: a
    /// GTIN-wide line covers everything, a lot line that lot, a serial line that pack.
    pub(super) fn covers(&self, lot: Option<&str>, serial: Option<&str>) -> bool {
        match (&self.serial, &self.lot) {
            (Some(s), _) => serial == Some(s.as_str()),
            (None, Some(l)) => lot == Some(l.as_str()),
            (None, None) => true,
        }
    }
}

impl Store {
    /// The arrivals of the scope's period (by local day) from its supplier, of its product, at
    /// its location, in no particular order.
    pub(super) fn supplier_arrivals(&self, scope: &Scope) -> CoreResult<Vec<Arrival>> {
        let mut stmt = self.conn().prepare_cached(ARRIVALS)?;
        let mut rows = stmt.query(params![
            scope.period.from.to_string(),
            scope.period.to.to_string(),
            scope.supplier.as_ref().map(|s| s.id.0),
            scope.product.as_ref().map(|p| p.id.0),
            scope.location.as_ref().map(|l| l.id.0),
        ])?;
        let text_date = |v: rusqlite::types::ValueRef<'_>| match v {
            rusqlite::types::ValueRef::Text(t) => date(t),
            _ => None,
        };
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let Some(day) = text_date(r.get_ref(1)?) else {
                continue;
            };
            out.push(Arrival {
                seq: r.get(0)?,
                day,
                duplicate: r.get(2)?,
                supplier: r.get::<_, Option<i64>>(3)?.map(PartnerId),
                product: ProductId(r.get(4)?),
                serial: r.get(5)?,
                lot: r.get(6)?,
                expiry: text_date(r.get_ref(7)?),
                quantity: r.get(8)?,
                unit_cost_cents: r.get(9)?,
            });
        }
        Ok(out)
    }

    /// The discrepancies recorded with the events from `first` to `last` (a small table, read
    /// in one pass).
    pub(super) fn advice_discrepancies(
        &self,
        (first, last): (i64, i64),
    ) -> CoreResult<Vec<AdviceDiscrepancy>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT event_seq, code = 'differs_from_advice', gtin, serial, lot, quantity
             FROM shipment_discrepancy WHERE event_seq BETWEEN ?1 AND ?2 ORDER BY id",
        )?;
        let mut rows = stmt.query(params![first, last])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(AdviceDiscrepancy {
                seq: r.get(0)?,
                differs: r.get(1)?,
                gtin: r.get(2)?,
                serial: r.get(3)?,
                lot: r.get(4)?,
                quantity: r.get(5)?,
            });
        }
        Ok(out)
    }

    /// The suspect events' lines from the event `from` on, in the order recorded.
    pub(super) fn suspicions_since(&self, from: i64) -> CoreResult<Vec<Suspicion>> {
        let mut stmt = self.conn().prepare_cached(&suspicions_sql())?;
        let mut rows = stmt.query([from])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(Suspicion {
                seq: r.get(0)?,
                product: ProductId(r.get(1)?),
                serial: r.get(2)?,
                lot: r.get(3)?,
                quantity: r.get(4)?,
            });
        }
        Ok(out)
    }

    /// Advice lines never received, of the shipments closed in the scope's period (their
    /// local day at `offset_minutes`, the site's offset now), from its supplier, of its product,
    /// and (with a location) of shipments received there.
    pub(super) fn missing_lines(
        &self,
        scope: &Scope,
        offset_minutes: i32,
    ) -> CoreResult<Vec<MissingLine>> {
        let (from, to) = scope.utc_bounds();
        let mut stmt = self.conn().prepare_cached(MISSING)?;
        let mut rows = stmt.query(params![
            from,
            to,
            offset_minutes,
            scope.period.from.to_string(),
            scope.period.to.to_string(),
            scope.supplier.as_ref().map(|s| s.id.0),
            scope.product.as_ref().map(|p| p.id.0),
            scope.location.as_ref().map(|l| l.id.0),
        ])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(MissingLine {
                supplier: r.get::<_, Option<i64>>(0)?.map(PartnerId),
                product: ProductId(r.get(1)?),
                quantity: r.get(2)?,
            });
        }
        Ok(out)
    }

    /// Every product's GTIN, name and manufacturer (master data, read whole once).
    pub(super) fn product_infos(&self) -> CoreResult<FxHashMap<ProductId, ProductInfo>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, gtin, name, manufacturer FROM product")?;
        let mut rows = stmt.query([])?;
        let mut out = FxHashMap::default();
        while let Some(r) = rows.next()? {
            out.insert(
                ProductId(r.get(0)?),
                ProductInfo {
                    gtin: r.get(1)?,
                    name: r.get(2)?,
                    manufacturer: r.get(3)?,
                },
            );
        }
        Ok(out)
    }

    /// Every recall's scope lines, by GTIN.
    pub(super) fn recall_lines(&self) -> CoreResult<FxHashMap<String, Vec<RecallLine>>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT recall_id, gtin, lot, serial FROM recall_scope")?;
        let mut rows = stmt.query([])?;
        let mut out: FxHashMap<String, Vec<RecallLine>> = FxHashMap::default();
        while let Some(r) = rows.next()? {
            out.entry(r.get(1)?).or_default().push(RecallLine {
                recall: r.get(0)?,
                lot: r.get(2)?,
                serial: r.get(3)?,
            });
        }
        Ok(out)
    }

    /// The ids and raw scans of these events.
    pub(super) fn event_traces(
        &self,
        seqs: &BTreeSet<i64>,
    ) -> CoreResult<HashMap<i64, (String, Option<String>)>> {
        let list = serde_json::to_string(seqs).unwrap_or_default();
        let mut stmt = self.conn().prepare_cached(
            "SELECT seq, id, raw_scan FROM event WHERE seq IN (SELECT value FROM json_each(?1))",
        )?;
        let mut rows = stmt.query([list])?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            out.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_date_reads_as_the_parser_reads_it() {
        for text in [
            "2027-01-10",
            "2027-02-29",
            "2028-02-29",
            "2027-13-01",
            "0000-01-01",
            "2027-1-10",
            "+2027-01-10",
            "2027-01-10 ",
            "20270110",
            "",
        ] {
            assert_eq!(
                date(text.as_bytes()),
                text.parse::<NaiveDate>().ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_utc_time_falls_on_its_local_day() {
        let d = |s: &str| s.parse::<NaiveDate>().ok();
        assert_eq!(
            local_day("2027-01-10T09:00:00.000000Z", 60),
            d("2027-01-10")
        );
        assert_eq!(
            local_day("2027-01-10T23:30:00.000000Z", 60),
            d("2027-01-11"),
            "half past midnight the next day, an hour east"
        );
        assert_eq!(
            local_day("2027-01-01T03:00:00.000000Z", -300),
            d("2026-12-31"),
            "ten at night the day before, five hours west"
        );
        assert_eq!(local_day("2027-02-28T23:59:00Z", 1), d("2027-03-01"));
        assert_eq!(local_day("not a time", 0), None);
    }
}
