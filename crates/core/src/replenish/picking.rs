//! Picking by scanning: a scanned pack is matched to the list's open line for its product (and
//! the ward being picked for, when named) whose supplying location is where the pack is, and
//! recorded as that line's transfer, from the supplying location to the ward, through
//! `movement`'s scan (the same checks, ledger event and verdict as a transfer on the scan
//! screen), under the list's reference. A pack of another product, one that is expired, or one
//! for a line already picked is refused before anything is recorded; a pack of the right product
//! from a lot that was not proposed is taken, and said so.
//!
//! A pack is never sent to a ward by guess: when it could fill the lines of more than one ward
//! and none is named, the scan is refused with the wards to choose from. A serialized pack is
//! always one pack, whatever quantity is entered.

use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::movement::{Movement, ScanInput, ScanSession, Verdict};
use crate::permissions::{require, Operation};
use crate::Store;

use super::pick_list::{PickLine, PickList};

/// The answer to one scan on a pick list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PickScan {
    /// The movement's verdict on the transfer (recorded, held, or blocked).
    pub verdict: Verdict,
    /// The line the pack was picked for.
    pub line_no: i64,
    /// Whether the pack's lot was not one of those proposed for the line.
    pub not_proposed_lot: bool,
    /// The list afterwards.
    pub list: PickList,
}

impl Store {
    /// Records a scanned pack against pick list `id`: see the module's documentation.
    /// `session` gives the scanner settings and limits (its movement and places are the line's);
    /// `ward` (a location code), when given, is the ward being picked for.
    pub fn pick_scan(
        &mut self,
        actor: &User,
        id: i64,
        ward: Option<&str>,
        session: &ScanSession,
        input: &ScanInput,
        now: Timestamp,
    ) -> CoreResult<PickScan> {
        require(actor, Operation::Transfer)?;
        let today = now.local_date();
        let list = self.pick_list(actor, id)?;
        if list.replaced {
            return Err(
                CoreError::refused("replenish.pick_list_replaced").arg("list", list.reference)
            );
        }
        let mut options = session.scanner.clone();
        options.today = today;
        let scan = custody_gs1::decode(&input.raw, &options).map_err(|e| {
            CoreError::refused("replenish.pick_unreadable")
                .field("raw")
                .arg("reason", e.to_string())
        })?;
        let product = self.product_for_scan(&scan)?.ok_or_else(|| {
            CoreError::refused("replenish.pick_not_on_list")
                .arg(
                    "product",
                    scan.gtin.map(|g| g.to_string()).unwrap_or_default(),
                )
                .arg("list", list.reference.clone())
        })?;
        let here = self.pack_places(&product, &scan)?;
        let line = open_line(&list, &product, ward, here.as_deref())?;
        if let Some(expiry) = scan.expiry.filter(|e| *e < today) {
            return Err(CoreError::refused("replenish.pick_expired")
                .arg("product", product.data.name)
                .arg("expiry", expiry.to_string()));
        }
        // A serialized pack is one pack: an entered quantity (left over from a lot-tracked
        // product) must neither refuse it nor be passed on.
        let mut input = input.clone();
        if product.tracking == TrackingMode::Serial {
            input.quantity = None;
        }
        let quantity = input.quantity.unwrap_or(1);
        if quantity > line.wanted - line.picked {
            return Err(CoreError::refused("replenish.pick_more_than_wanted")
                .field("quantity")
                .arg("quantity", quantity)
                .arg("left", line.wanted - line.picked)
                .arg("product", product.data.name));
        }
        let not_proposed_lot = !line.proposed.iter().any(|p| p.lot == scan.lot);
        let line_no = line.line_no;
        let mut transfer = session.clone();
        transfer.movement = Movement::Transfer;
        transfer.location = self.location(&line.from_location)?.id;
        transfer.to_location = Some(self.location(&line.to_location)?.id);
        transfer.counterparty = None;
        transfer.reference = Some(list.reference.clone());
        let verdict = self.scan(actor, &transfer, &input, now)?;
        Ok(PickScan {
            verdict,
            line_no,
            not_proposed_lot,
            list: self.pick_list(actor, id)?,
        })
    }
}

impl Store {
    /// The location codes where the scanned pack is in stock, when that can be known: a
    /// serialized pack's own location; for a lot, every location holding it in stock. `None`
    /// when nothing is known (a pack never seen, a lot in stock nowhere): the transfer's own
    /// checks then say what is wrong with it.
    fn pack_places(
        &self,
        product: &Product,
        scan: &custody_gs1::Scan,
    ) -> CoreResult<Option<Vec<String>>> {
        let codes: Vec<String> = match (&product.tracking, &scan.serial, &scan.lot) {
            (TrackingMode::Serial, Some(serial), _) => match self.unit_now(product.id, serial)? {
                Some(unit) if unit.status == UnitStatus::InStock => match unit.location {
                    Some(at) => vec![self.location_code(at)?],
                    None => Vec::new(),
                },
                _ => Vec::new(),
            },
            (TrackingMode::Lot, _, Some(lot)) => {
                let mut stmt = self.conn().prepare_cached(
                    "SELECT l.code FROM lot_stock s JOIN location l ON l.id = s.location_id
                     WHERE s.product_id = ?1 AND s.lot = ?2 AND s.status = 'in_stock'
                       AND s.quantity > 0",
                )?;
                let rows = stmt.query_map(rusqlite::params![product.id.0, lot], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            }
            _ => Vec::new(),
        };
        Ok((!codes.is_empty()).then_some(codes))
    }
}

/// The line of `list` this pack is picked for, or why there is none: the open lines for
/// `product` (for `ward` when named) whose supplying location is one of `here` (when known).
/// More than one ward left is a question for the person picking, never a guess.
fn open_line<'l>(
    list: &'l PickList,
    product: &Product,
    ward: Option<&str>,
    here: Option<&[String]>,
) -> CoreResult<&'l PickLine> {
    let name = || product.data.name.clone();
    let lines: Vec<&PickLine> = list
        .lines
        .iter()
        .filter(|l| l.gtin == product.data.gtin)
        .collect();
    if lines.is_empty() {
        return Err(CoreError::refused("replenish.pick_not_on_list")
            .arg("product", name())
            .arg("list", list.reference.clone()));
    }
    let for_ward: Vec<&PickLine> = match ward {
        Some(w) => {
            let named: Vec<&PickLine> = lines
                .iter()
                .copied()
                .filter(|l| l.to_location.eq_ignore_ascii_case(w))
                .collect();
            if named.is_empty() {
                return Err(CoreError::refused("replenish.pick_not_for_ward")
                    .arg("product", name())
                    .arg("ward", w.to_string())
                    .arg("list", list.reference.clone()));
            }
            named
        }
        None => lines,
    };
    let open: Vec<&PickLine> = for_ward
        .iter()
        .copied()
        .filter(|l| l.picked < l.wanted)
        .collect();
    let Some(first) = open.first() else {
        return Err(CoreError::refused("replenish.pick_line_complete")
            .arg("product", name())
            .arg("location", wards(&for_ward)));
    };
    let matching: Vec<&PickLine> = match here {
        Some(here) => open
            .iter()
            .copied()
            .filter(|l| here.contains(&l.from_location))
            .collect(),
        None => open.clone(),
    };
    if matching.is_empty() {
        let mut from: Vec<&str> = open.iter().map(|l| l.from_location.as_str()).collect();
        from.dedup();
        return Err(CoreError::refused("replenish.pick_not_from_here")
            .arg("product", name())
            .arg("location", here.unwrap_or_default().join(", "))
            .arg("from", from.join(", ")));
    }
    if matching.len() > 1 {
        return Err(CoreError::refused("replenish.pick_choose_ward")
            .arg("product", name())
            .arg("wards", wards(&matching)));
    }
    Ok(matching.first().copied().unwrap_or(first))
}

/// The wards of `lines`, in list order, each once: "WARD-3A and WARD-4B".
fn wards(lines: &[&PickLine]) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for l in lines {
        if !codes.contains(&l.to_location.as_str()) {
            codes.push(&l.to_location);
        }
    }
    match codes.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => codes.join(""),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_reference_names_the_list() {
        assert_eq!(
            super::super::pick_list::reference(12),
            "PICK-12",
            "transfers are found by this reference: it must not change once printed"
        );
    }
}
