//! The rules of a count's variance: where a pack falls (found, missing, left during the count,
//! unexpected, wrong status, never received) and how lots are tallied. Pure: the variance reads
//! the store and asks these.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::*;

/// A lot, by product and lot code.
pub(super) type LotKey = (ProductId, String);

/// A lot's counted quantity and the expiry its code gave.
pub(super) type LotCounted = (i64, Option<String>);

/// A lot the ledger holds at the location now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LotHeld {
    /// In stock and quarantined: what the count is compared with.
    pub(super) held: i64,
    /// In stock alone: what a shortfall is taken from first.
    pub(super) in_stock: i64,
    /// The expiry the ledger has.
    pub(super) expiry: Option<String>,
}

/// A lot's line of the variance before its product is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LotTally {
    pub(super) key: LotKey,
    pub(super) held: LotHeld,
    pub(super) counted: i64,
    /// The ledger's expiry, else the one the scanned code gave.
    pub(super) expiry: Option<String>,
}

/// Where a pack falls in the variance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Finding {
    /// Counted, and accounted for.
    Found,
    /// Expected, not counted, still here by the ledger.
    Missing,
    /// Expected, not counted, and it left during the count: accounted for.
    LeftDuringCount,
    /// Counted here, held elsewhere by the ledger.
    Unexpected,
    /// Counted here, recorded gone by the ledger.
    WrongStatus,
    /// Counted here, never received.
    NotReceived,
}

/// A pack of the snapshot: counted, or else still here by the ledger (missing), or else gone
/// during the count (it left after the count started, so it is not missing).
pub(super) fn expected_finding(scanned: bool, held_here_now: bool) -> Finding {
    if scanned {
        Finding::Found
    } else if held_here_now {
        Finding::Missing
    } else {
        Finding::LeftDuringCount
    }
}

/// A pack counted here that was not in the snapshot. Held here now, it arrived during the count
/// and was counted. Otherwise the ledger decides (`ledger`: its status and last event now): a
/// pack it moved after it was scanned here, itself after the count started, had arrived during
/// the count and is found; one held elsewhere is unexpected; one recorded gone has the wrong
/// status; one it has never seen was never received.
pub(super) fn scanned_finding(
    held_here_now: bool,
    ledger: Option<(UnitStatus, i64)>,
    scanned_at: i64,
    snapshot_seq: i64,
) -> Finding {
    if held_here_now {
        return Finding::Found;
    }
    match ledger {
        None => Finding::NotReceived,
        Some((_, last)) if last > scanned_at && last > snapshot_seq => Finding::Found,
        Some((status, _)) if status.is_held() => Finding::Unexpected,
        Some(_) => Finding::WrongStatus,
    }
}

/// Every lot held at the location or counted, with both figures (zero for the side without it).
pub(super) fn tally_lots(
    held: &BTreeMap<LotKey, LotHeld>,
    counted: &BTreeMap<LotKey, LotCounted>,
) -> Vec<LotTally> {
    let keys: BTreeSet<&LotKey> = held.keys().chain(counted.keys()).collect();
    keys.into_iter()
        .map(|key| {
            let held = held.get(key).cloned().unwrap_or_default();
            let (counted, scanned_expiry) = counted.get(key).cloned().unwrap_or((0, None));
            LotTally {
                key: key.clone(),
                expiry: held.expiry.clone().or(scanned_expiry),
                held,
                counted,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(p: i64, lot: &str) -> LotKey {
        (ProductId(p), lot.to_string())
    }

    #[test]
    fn a_pack_of_the_snapshot_is_found_missing_or_gone_during_the_count() {
        assert_eq!(
            expected_finding(true, false),
            Finding::Found,
            "counted before it left: it was there, so it is found, not missing"
        );
        assert_eq!(
            expected_finding(false, true),
            Finding::Missing,
            "not counted and still here by the ledger: missing"
        );
        assert_eq!(
            expected_finding(false, false),
            Finding::LeftDuringCount,
            "not counted and gone by the ledger: it left during the count, accounted for"
        );
    }

    #[test]
    fn a_scanned_pack_outside_the_snapshot_is_judged_by_the_ledger_now() {
        let (snapshot, scanned_at) = (10, 20);
        assert_eq!(
            scanned_finding(true, None, scanned_at, snapshot),
            Finding::Found,
            "held here now: it arrived during the count and was counted"
        );
        assert_eq!(
            scanned_finding(false, None, scanned_at, snapshot),
            Finding::NotReceived,
            "a pack the ledger has never seen was never received"
        );
        assert_eq!(
            scanned_finding(
                false,
                Some((UnitStatus::Dispensed, 25)),
                scanned_at,
                snapshot
            ),
            Finding::Found,
            "dispensed after it was scanned here: it was on the shelf when counted"
        );
        assert_eq!(
            scanned_finding(
                false,
                Some((UnitStatus::Dispensed, 5)),
                scanned_at,
                snapshot
            ),
            Finding::WrongStatus,
            "dispensed before the count and still on the shelf: suspect"
        );
        assert_eq!(
            scanned_finding(false, Some((UnitStatus::InStock, 15)), scanned_at, snapshot),
            Finding::Unexpected,
            "held at another location since before it was scanned here: unexpected"
        );
        assert_eq!(
            scanned_finding(false, Some((UnitStatus::InStock, 8)), 5, snapshot),
            Finding::Unexpected,
            "a move after the scan but before the count's start cannot explain it"
        );
    }

    #[test]
    fn every_lot_held_or_counted_is_compared_and_the_ledgers_expiry_wins() {
        let held = BTreeMap::from([
            (
                key(1, "A"),
                LotHeld {
                    held: 10,
                    in_stock: 8,
                    expiry: Some("2027-01-31".into()),
                },
            ),
            (key(1, "B"), LotHeld::default()),
        ]);
        let counted = BTreeMap::from([
            (key(1, "A"), (9, Some("2099-12-31".into()))),
            (key(2, "C"), (4, Some("2028-02-29".into()))),
        ]);
        let tally = tally_lots(&held, &counted);
        let seen: Vec<(&str, i64, i64, Option<&str>)> = tally
            .iter()
            .map(|t| {
                (
                    t.key.1.as_str(),
                    t.held.held,
                    t.counted,
                    t.expiry.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                ("A", 10, 9, Some("2027-01-31")),
                ("B", 0, 0, None),
                ("C", 0, 4, Some("2028-02-29")),
            ],
            "a lot held and not counted, or counted and not held, still has its line; the \
             ledger's expiry is kept over a code's, the code's used when the ledger has none"
        );
    }
}
