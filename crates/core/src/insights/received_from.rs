//! The packs and lots a supplier sent first: what `--supplier` keeps of the stock dwell measures.
//!
//! A pack or lot is a supplier's when the first receipt line that brought it in (the lowest
//! ledger sequence among its `receive` lines) names that supplier. [`crate::Store::receipts_of`] says
//! the same for a few keys, with one difference: it reads only a pack's first arrival
//! (`status_before IS NULL`), so a pack whose first line was not a receipt (returned by a ward
//! before any receipt) and that was later received has no supplier there and this receipt's
//! supplier here. The `receipt` projection does not keep `status_before`. Dwell asks it of
//! every stay of a year (1.3 million on a hospital), so the answer is read from the `receipt`
//! projection (migration 0032) in one pass over its arrival lines instead: the supplier's own,
//! each key's earliest kept, and everyone else's set aside in one string; then a key another
//! supplier (or no one) delivered earlier is dropped. Keys are looked up by product and then by
//! borrowed text, so only the supplier's keys are allocated.

use rusqlite::Connection;
use rustc_hash::FxHashMap;

use crate::error::CoreResult;
use crate::model::*;

/// Every arrival line, a duplicate's hold excepted, first whether it names the supplier (`?1`).
const ARRIVALS: &str = "SELECT supplier_id IS ?1, event_seq, product_id, serial, lot FROM receipt
    WHERE duplicate = 0";

/// Keys of one kind (a product's serials, or its lots) with the sequence of their first receipt
/// line from the supplier.
type Firsts = FxHashMap<ProductId, FxHashMap<String, i64>>;

/// The packs and lots whose first receipt came from one supplier.
#[derive(Debug, Default)]
pub(crate) struct ReceivedFrom {
    packs: Firsts,
    lots: Firsts,
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
        keys.get(&product)
            .is_some_and(|codes| codes.contains_key(code))
    }

    /// How many packs and lots.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.packs
            .values()
            .chain(self.lots.values())
            .map(FxHashMap::len)
            .sum()
    }
}

/// Other suppliers' arrival lines, kept while the supplier's are read: each one's sequence,
/// product, whether it is a pack, and where its code ends in `codes` (no `String` each).
#[derive(Debug, Default)]
struct Others {
    lines: Vec<(i64, ProductId, bool, usize)>,
    codes: String,
}

/// The packs and lots first received from `supplier`, read on `conn` (the store's, or a second
/// connection to its file: dwell reads this beside its stays). One pass over the arrival lines:
/// the supplier's kept with each key's earliest sequence, everyone else's set aside; then a key
/// another supplier (or no one) delivered earlier is dropped.
pub(crate) fn received_first_from(
    conn: &Connection,
    supplier: PartnerId,
) -> CoreResult<ReceivedFrom> {
    let (mut packs, mut lots) = (Firsts::default(), Firsts::default());
    let mut others = Others::default();
    let mut stmt = conn.prepare_cached(ARRIVALS)?;
    let mut rows = stmt.query([supplier.0])?;
    while let Some(r) = rows.next()? {
        let Some((seq, product, is_pack, code)) = line(r)? else {
            continue;
        };
        if !r.get::<_, bool>(0)? {
            others.codes.push_str(code);
            others
                .lines
                .push((seq, product, is_pack, others.codes.len()));
            continue;
        }
        let firsts = if is_pack { &mut packs } else { &mut lots };
        let codes = firsts.entry(product).or_default();
        match codes.get_mut(code) {
            Some(first) => *first = (*first).min(seq),
            None => {
                codes.insert(code.to_string(), seq);
            }
        }
    }
    let mut start = 0;
    for &(seq, product, is_pack, end) in &others.lines {
        let code = others.codes.get(start..end).unwrap_or_default();
        start = end;
        let firsts = if is_pack { &mut packs } else { &mut lots };
        let Some(codes) = firsts.get_mut(&product) else {
            continue;
        };
        if codes.get(code).is_some_and(|first| seq < *first) {
            codes.remove(code);
        }
    }
    Ok(ReceivedFrom { packs, lots })
}

/// A row's sequence, product (its second and third columns), whether it is a pack, and its serial (a pack) or lot code (a
/// lot), borrowed from the row; none for a line with neither.
fn line<'r>(r: &'r rusqlite::Row<'_>) -> rusqlite::Result<Option<(i64, ProductId, bool, &'r str)>> {
    let text = |column: usize| -> rusqlite::Result<Option<&'r str>> {
        r.get_ref(column)?.as_str_or_null().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })
    };
    let (seq, product) = (r.get(1)?, ProductId(r.get(2)?));
    Ok(match (text(3)?, text(4)?) {
        (Some(serial), _) => Some((seq, product, true, serial)),
        (None, Some(lot)) => Some((seq, product, false, lot)),
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
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut store = Store::open(dir.path().join("demo.db")).expect("a new database");
        let now = Timestamp::parse("2026-11-22T09:00:00+01:00").expect("a time");
        store
            .create_demo(crate::demo::Scale::Small, now)
            .expect("the small demo");
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
}
