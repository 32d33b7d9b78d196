//! The packs and lots a supplier sent first: what `--supplier` keeps of the stock dwell measures.
//!
//! A pack or lot is a supplier's when the first receipt line that brought it in (the lowest
//! ledger sequence among its `receive` lines) names that supplier. [`crate::Store::receipts_of`] says
//! the same for a few keys, with one difference: it reads only a pack's first arrival
//! (`status_before IS NULL`), so a pack whose first line was not a receipt (returned by a ward
//! before any receipt) and that was later received has no supplier there and this receipt's
//! supplier here. The `receipt` projection does not keep `status_before`. Dwell asks it of
//! every stay of a year (1.3 million on a hospital), so the answer is read from the `receipt`
//! projection (migration 0032) through two indexes (migration 0036): the supplier's own arrival
//! lines from `receipt_supplier`, each kept unless `receipt_key` holds a line of the same pack
//! (its serial) or lot (its code, no serial) from anyone else with a lower sequence. A key the
//! supplier sent is theirs exactly when one of its lines has no earlier line from another (the
//! earliest of theirs has none then). No other supplier's line is read but those of their keys.

use rusqlite::Connection;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::error::CoreResult;
use crate::model::*;

/// The supplier's (`?1`) arrival lines, a duplicate's hold excepted, that no other supplier's
/// (or no one's) line of the same pack or lot came before. A lot line's first test finds
/// nothing (no serial), so its own runs; a pack's second is skipped.
const FIRST_ARRIVALS: &str = "SELECT product_id, serial, lot FROM receipt s
    WHERE supplier_id = ?1 AND duplicate = 0
      AND NOT EXISTS (SELECT 1 FROM receipt o
          WHERE o.product_id = s.product_id AND o.serial = s.serial
            AND o.event_seq < s.event_seq AND o.duplicate = 0 AND o.supplier_id IS NOT ?1)
      AND (s.serial IS NOT NULL OR NOT EXISTS (SELECT 1 FROM receipt o
          WHERE o.product_id = s.product_id AND o.serial IS NULL AND o.lot = s.lot
            AND o.event_seq < s.event_seq AND o.duplicate = 0 AND o.supplier_id IS NOT ?1))";

/// Keys of one kind (a product's serials, or its lots).
type Keys = FxHashMap<ProductId, FxHashSet<String>>;

/// The packs and lots whose first receipt came from one supplier.
#[derive(Debug, Default)]
pub(crate) struct ReceivedFrom {
    packs: Keys,
    lots: Keys,
}

impl ReceivedFrom {
    /// Whether the stock of a line (a pack by its serial, else a lot by its code) is the
    /// supplier's.
    pub(crate) fn contains(
        &self,
        product: ProductId,
        serial: Option<&str>,
        lot: Option<&str>,
    ) -> bool {
        let (keys, code) = match (serial, lot) {
            (Some(serial), _) => (&self.packs, serial),
            (None, Some(lot)) => (&self.lots, lot),
            (None, None) => return false,
        };
        keys.get(&product).is_some_and(|codes| codes.contains(code))
    }

    /// How many packs and lots.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.packs
            .values()
            .chain(self.lots.values())
            .map(FxHashSet::len)
            .sum()
    }
}

/// The packs and lots first received from `supplier`, read on `conn` (the store's, or a second
/// connection to its file: dwell reads this beside its stays), in one statement: the supplier's
/// lines that nobody else's came before, in the index's order (a key's lines together, so a
/// key is allocated once).
pub(crate) fn received_first_from(
    conn: &Connection,
    supplier: PartnerId,
) -> CoreResult<ReceivedFrom> {
    let mut from = ReceivedFrom::default();
    let mut stmt = conn.prepare_cached(FIRST_ARRIVALS)?;
    let mut rows = stmt.query([supplier.0])?;
    while let Some(r) = rows.next()? {
        let Some((product, is_pack, code)) = line(r)? else {
            continue;
        };
        let keys = if is_pack {
            &mut from.packs
        } else {
            &mut from.lots
        };
        let codes = keys.entry(product).or_default();
        if !codes.contains(code) {
            codes.insert(code.to_string());
        }
    }
    Ok(from)
}

/// A row's product (its first column), whether it is a pack, and its serial (a pack) or lot
/// code (a lot), borrowed from the row; none for a line with neither.
fn line<'r>(r: &'r rusqlite::Row<'_>) -> rusqlite::Result<Option<(ProductId, bool, &'r str)>> {
    let text = |column: usize| -> rusqlite::Result<Option<&'r str>> {
        r.get_ref(column)?.as_str_or_null().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    };
    let product = ProductId(r.get(0)?);
    Ok(match (text(1)?, text(2)?) {
        (Some(serial), _) => Some((product, true, serial)),
        (None, Some(lot)) => Some((product, false, lot)),
        (None, None) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashSet;

    use crate::insights::value::StockKey;
    use crate::Store;

    #[test]
    fn each_supplier_has_exactly_the_keys_whose_first_receipt_names_it() {
        let (_dir, store, _) = crate::demo::small_for_tests();
        let keys: Vec<StockKey> = store
            .conn()
            .prepare("SELECT DISTINCT product_id, serial, lot FROM stay")
            .and_then(|mut s| {
                s.query_map([], |r| {
                    let (serial, lot): (Option<String>, Option<String>) = (r.get(1)?, r.get(2)?);
                    Ok(StockKey::of(
                        ProductId(r.get(0)?),
                        serial.as_deref(),
                        lot.as_deref(),
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()
            })
            .expect("the stays' keys")
            .into_iter()
            .flatten()
            .collect();
        let receipts = store.receipts_of(&keys).expect("each key's receipts");
        let suppliers: FxHashSet<PartnerId> =
            receipts.values().filter_map(|r| r.supplier).collect();
        assert!(suppliers.len() > 1, "the demo has several suppliers");
        for supplier in suppliers {
            let from = received_first_from(store.conn(), supplier).expect("one supplier's keys");
            let expected: Vec<&StockKey> = keys
                .iter()
                .filter(|k| receipts.get(*k).and_then(|r| r.supplier) == Some(supplier))
                .collect();
            assert!(
                expected.len() > 100,
                "{supplier:?} delivered: {}",
                expected.len()
            );
            for k in &keys {
                let (product, serial, lot) = match k {
                    StockKey::Pack(p, s) => (*p, Some(s.as_str()), None),
                    StockKey::Lot(p, l) => (*p, None, Some(l.as_str())),
                };
                assert_eq!(
                    from.contains(product, serial, lot),
                    expected.contains(&k),
                    "{k:?} and {supplier:?}"
                );
            }
            assert!(from.len() >= expected.len());
        }
    }

    /// A receipt line: its sequence, supplier, serial, lot and whether it is a duplicate's hold.
    type Line = (
        i64,
        Option<i64>,
        Option<&'static str>,
        Option<&'static str>,
        i64,
    );

    #[test]
    fn a_key_is_the_supplier_s_only_when_nobody_delivered_it_before() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let store = Store::open(dir.path().join("empty.db")).expect("a new database");
        // (seq, supplier, serial, lot, duplicate) of product 7, all received on one day.
        let lines: [Line; 9] = [
            (10, Some(1), Some("P1"), Some("L"), 0), // 1's pack, 2 later with another lot
            (20, Some(2), Some("P1"), Some("M"), 0),
            (30, Some(1), Some("P2"), Some("L"), 0), // 2 first: 2's pack
            (25, Some(2), Some("P2"), Some("L"), 0),
            (40, None, Some("P3"), None, 0), // no one first: nobody's
            (41, Some(1), Some("P3"), None, 0),
            (50, Some(1), None, Some("LOT-A"), 0), // 1's lot; the same code of a pack
            (45, Some(2), Some("LOT-A"), None, 0), // is another key
            (5, Some(2), None, Some("LOT-B"), 1),  // a duplicate's hold does not count
        ];
        let mut insert = store
            .conn()
            .prepare(
                "INSERT INTO receipt (day, event_seq, line_no, supplier_id, product_id, serial,
                 lot, quantity, duplicate) VALUES ('2026-01-01', ?1, 0, ?2, 7, ?3, ?4, 1, ?5)",
            )
            .expect("a statement");
        for l in lines {
            insert
                .execute(rusqlite::params![l.0, l.1, l.2, l.3, l.4])
                .expect("a line");
        }
        insert
            .execute(rusqlite::params![60, 1, None::<&str>, "LOT-B", 0])
            .expect("a line");
        let (one, two) = (
            received_first_from(store.conn(), PartnerId(1)).expect("1's keys"),
            received_first_from(store.conn(), PartnerId(2)).expect("2's keys"),
        );
        let p = ProductId(7);
        let pack = |from: &ReceivedFrom, serial| from.contains(p, Some(serial), None);
        let lot = |from: &ReceivedFrom, lot| from.contains(p, None, Some(lot));
        assert!(pack(&one, "P1") && !pack(&two, "P1"));
        assert!(!pack(&one, "P2") && pack(&two, "P2"));
        assert!(!pack(&one, "P3") && !pack(&two, "P3"));
        assert!(lot(&one, "LOT-A") && pack(&two, "LOT-A") && !lot(&two, "LOT-A"));
        assert!(lot(&one, "LOT-B") && !lot(&two, "LOT-B"));
        assert_eq!((one.len(), two.len()), (3, 2));
    }

    #[test]
    fn both_reads_are_searches_of_the_covering_indexes() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let store = Store::open(dir.path().join("empty.db")).expect("a new database");
        let plan: Vec<String> = store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {FIRST_ARRIVALS}"))
            .and_then(|mut s| s.query_map([3], |r| r.get(3))?.collect())
            .expect("the plan");
        assert_eq!(
            plan.iter()
                .filter(|step| step.starts_with("SEARCH"))
                .collect::<Vec<_>>(),
            [
                "SEARCH s USING COVERING INDEX receipt_supplier (supplier_id=? AND duplicate=?)",
                "SEARCH o USING COVERING INDEX receipt_key (product_id=? AND serial=?)",
                "SEARCH o USING COVERING INDEX receipt_key \
                 (product_id=? AND serial=? AND lot=? AND event_seq<?)",
            ],
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.starts_with("SCAN")),
            "{plan:?}"
        );
    }
}
