//! Which receipts the suspect events fall on: each suspect event's units count for the latest
//! receipt of its pack (or lot) in the period at or before it, then the one before that while
//! units are left, never more than a receipt brought. A pack held at receipt is its own
//! receipt's; one marked suspect twice counts once.

use std::collections::{BTreeMap, HashMap};

use crate::model::ProductId;

use super::supplier_read::{Arrival, Suspicion};

/// A pack (its serial) or a lot-tracked quantity (its lot) of a product, borrowed.
type Key<'a> = (ProductId, bool, &'a str);

/// The key of a line: a pack when it has a serial, a lot when it has only a lot.
fn key<'a>(product: ProductId, serial: Option<&'a str>, lot: Option<&'a str>) -> Option<Key<'a>> {
    match (serial, lot) {
        (Some(s), _) => Some((product, true, s)),
        (None, Some(l)) => Some((product, false, l)),
        (None, None) => None,
    }
}

/// The suspect units of each arrival that has any: (its index in `arrivals`, units), in the
/// arrivals' order. `suspicions` are in the order recorded; `arrivals` in any order. Only the
/// packs and lots with a suspicion are looked at (a year's receipts are hundreds of thousands).
pub(super) fn allocate_suspicions(
    arrivals: &[Arrival],
    suspicions: &[Suspicion],
) -> Vec<(usize, i64)> {
    // Per suspect pack or lot: its receipts, with the units not yet found suspect.
    let mut receipts: HashMap<Key<'_>, Vec<(i64, usize, i64)>> = suspicions
        .iter()
        .filter_map(|s| key(s.product, s.serial.as_deref(), s.lot.as_deref()))
        .map(|k| (k, Vec::new()))
        .collect();
    for (i, a) in arrivals.iter().enumerate() {
        let k = key(a.product, a.serial.as_deref(), a.lot.as_deref());
        if let (false, Some(list)) = (a.duplicate, k.and_then(|k| receipts.get_mut(&k))) {
            list.push((a.seq, i, a.quantity));
        }
    }
    for list in receipts.values_mut() {
        list.sort_unstable();
    }
    let mut units: BTreeMap<usize, i64> = BTreeMap::new();
    for s in suspicions {
        let k = key(s.product, s.serial.as_deref(), s.lot.as_deref());
        let Some(list) = k.and_then(|k| receipts.get_mut(&k)) else {
            continue;
        };
        let mut left = s.quantity;
        for (seq, i, open) in list.iter_mut().rev() {
            if left <= 0 {
                break;
            }
            if *seq > s.seq || *open <= 0 {
                continue;
            }
            let take = left.min(*open);
            *open -= take;
            left -= take;
            *units.entry(*i).or_default() += take;
        }
    }
    units.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartnerId;

    fn arrival(seq: i64, serial: Option<&str>, lot: &str, quantity: i64) -> Arrival {
        Arrival {
            seq,
            day: "2027-01-10".parse().unwrap(),
            supplier: Some(PartnerId(1)),
            product: ProductId(1),
            serial: serial.map(String::from),
            lot: Some(lot.into()),
            expiry: None,
            quantity,
            unit_cost_cents: None,
            duplicate: false,
        }
    }

    fn suspicion(seq: i64, serial: Option<&str>, lot: &str, quantity: i64) -> Suspicion {
        Suspicion {
            seq,
            product: ProductId(1),
            serial: serial.map(String::from),
            lot: Some(lot.into()),
            quantity,
        }
    }

    #[test]
    fn a_suspicion_falls_on_the_latest_receipt_before_it_and_a_pack_counts_once() {
        let arrivals = vec![
            arrival(1, Some("S1"), "L1", 1),
            arrival(5, Some("S1"), "L1", 1),
            arrival(6, Some("S2"), "L1", 1),
        ];
        let suspicions = vec![
            suspicion(4, Some("S1"), "L1", 1),
            suspicion(7, Some("S1"), "L1", 1),
            suspicion(8, Some("S1"), "L1", 1),
            suspicion(3, Some("S2"), "L1", 1),
        ];
        assert_eq!(
            allocate_suspicions(&arrivals, &suspicions),
            vec![(0, 1), (1, 1)],
            "S1 held before its second receipt is the first's; held twice after, the second's \
             once; S2 held before it arrived is no receipt's"
        );
    }

    #[test]
    fn a_lots_suspect_units_never_exceed_what_its_receipts_brought() {
        let arrivals = vec![arrival(1, None, "G1", 10), arrival(3, None, "G1", 5)];
        let suspicions = vec![suspicion(4, None, "G1", 8), suspicion(9, None, "G1", 20)];
        assert_eq!(
            allocate_suspicions(&arrivals, &suspicions),
            vec![(0, 10), (1, 5)],
            "the later receipt first, then the earlier, up to what each brought"
        );
    }
}
