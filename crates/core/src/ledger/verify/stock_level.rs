//! The kept in-stock sums (`stock_level`) against what they sum: the packs and lot quantities
//! in stock, by location, product and expiry. The packs and lots are themselves compared with
//! the ledger, so a sum that differs from them was edited, or a trigger that keeps it was
//! changed, behind the ledger's back. A few hundred thousand rows at a large hospital: both
//! verifications check all of them (well under a second).
//!
//! The same sums by product and expiry at every location together (`stock_expiry`, kept from
//! `stock_level` by triggers) are compared with `stock_level` added up: the chain from the packs
//! to Home's figures is checked link by link, and an edit is reported once, where it was made.

use std::collections::HashMap;

use rusqlite::Connection;

use super::{FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::stored::Keys;

/// (location, product, expiry as stored, '' when none).
type Place = (i64, i64, String);

/// What the packs and lot quantities in stock add up to, as the migration first filled the sums.
const SUMS: &str = "SELECT location_id, product_id, expiry, sum(quantity) FROM (
        SELECT coalesce(location_id, 0) AS location_id, product_id,
               coalesce(expiry, '') AS expiry, count(*) AS quantity
          FROM unit WHERE status = 'in_stock' GROUP BY 1, 2, 3
        UNION ALL
        SELECT location_id, product_id, coalesce(expiry, ''), quantity
          FROM lot_stock WHERE status = 'in_stock'
    ) GROUP BY location_id, product_id, expiry HAVING sum(quantity) <> 0";

/// Each kept sum that is not what the packs and lots in stock add up to, both ways.
pub(super) fn compare_stock_level(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
) -> CoreResult<()> {
    let mut sums: HashMap<Place, i64> = HashMap::new();
    let mut stmt = conn.prepare(SUMS)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        sums.insert((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?);
    }
    let mut stmt =
        conn.prepare("SELECT location_id, product_id, expiry, quantity FROM stock_level")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let place: Place = (r.get(0)?, r.get(1)?, r.get(2)?);
        let kept: i64 = r.get(3)?;
        let held = sums.remove(&place).unwrap_or(0);
        if kept != held {
            report.add(
                FindingKind::StateMismatch,
                None,
                mismatch(keys, &place, kept, held),
            );
        }
    }
    for (place, held) in sums {
        report.add(
            FindingKind::StateMismatch,
            None,
            mismatch(keys, &place, 0, held),
        );
    }
    Ok(())
}

/// (product, expiry as stored, '' when none).
type Dated = (i64, String);

/// Each kept sum by product and expiry that is not what `stock_level` adds up to, both ways.
pub(super) fn compare_stock_expiry(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
) -> CoreResult<()> {
    let mut sums: HashMap<Dated, i64> = HashMap::new();
    let mut stmt = conn.prepare("SELECT product_id, expiry, quantity FROM stock_level")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        *sums.entry((r.get(0)?, r.get(1)?)).or_default() += r.get::<_, i64>(2)?;
    }
    sums.retain(|_, q| *q != 0);
    let mut stmt = conn.prepare("SELECT product_id, expiry, quantity FROM stock_expiry")?;
    let mut rows = stmt.query([])?;
    let mut found = Vec::new();
    while let Some(r) = rows.next()? {
        let dated: Dated = (r.get(0)?, r.get(1)?);
        let kept: i64 = r.get(2)?;
        let held = sums.remove(&dated).unwrap_or(0);
        if kept != held {
            found.push((dated, kept, held));
        }
    }
    found.extend(sums.into_iter().map(|(dated, held)| (dated, 0, held)));
    for ((product, expiry), kept, held) in found {
        let gtin = keys.gtins.get(&product).map_or("?", String::as_str);
        let expiry = if expiry.is_empty() {
            "-"
        } else {
            expiry.as_str()
        };
        report.add(
            FindingKind::StateMismatch,
            None,
            format!(
                "stock of {gtin} expiring {expiry}, all locations: the kept sum says {kept} in stock, but the stock levels of its locations add up to {held}"
            ),
        );
    }
    Ok(())
}

/// The finding for one place, in words.
fn mismatch(keys: &Keys, (location, product, expiry): &Place, kept: i64, held: i64) -> String {
    let gtin = keys.gtins.get(product).map_or("?", String::as_str);
    let loc = keys.locations.get(location).map_or("?", String::as_str);
    let expiry = if expiry.is_empty() { "-" } else { expiry };
    format!(
        "stock of {gtin} at {loc} expiring {expiry}: the kept stock level says {kept} in stock, but the packs and lot quantities in stock add up to {held}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sum_is_named_with_its_product_place_and_both_figures() {
        let mut keys = Keys::default();
        keys.gtins.insert(1, "09506000134352".into());
        keys.locations.insert(5, "MAIN".into());
        assert_eq!(
            mismatch(&keys, &(5, 1, String::new()), 3, 2),
            "stock of 09506000134352 at MAIN expiring -: the kept stock level says 3 in stock, but the packs and lot quantities in stock add up to 2"
        );
    }
}
