//! Picking by scanning: a scanned pack is matched to the list's open line for its product and
//! recorded as that line's transfer, from the supplying location to the ward, through
//! `movement`'s scan (the same checks, ledger event and verdict as a transfer on the scan
//! screen), under the list's reference. A pack of another product, one that is expired, or one
//! for a line already picked is refused before anything is recorded; a pack of the right product
//! from a lot that was not proposed is taken, and said so.

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
    /// `session` gives the scanner settings and limits (its movement and places are the line's).
    pub fn pick_scan(
        &mut self,
        actor: &User,
        id: i64,
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
        let line = open_line(&list, &product)?;
        if let Some(expiry) = scan.expiry.filter(|e| *e < today) {
            return Err(CoreError::refused("replenish.pick_expired")
                .arg("product", product.data.name)
                .arg("expiry", expiry.to_string()));
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
        let verdict = self.scan(actor, &transfer, input, now)?;
        Ok(PickScan {
            verdict,
            line_no,
            not_proposed_lot,
            list: self.pick_list(actor, id)?,
        })
    }
}

/// The first line of `list` for `product` that still wants picking, or why there is none.
fn open_line<'l>(list: &'l PickList, product: &Product) -> CoreResult<&'l PickLine> {
    let mut lines = list.lines.iter().filter(|l| l.gtin == product.data.gtin);
    let first = lines.clone().next().ok_or_else(|| {
        CoreError::refused("replenish.pick_not_on_list")
            .arg("product", product.data.name.clone())
            .arg("list", list.reference.clone())
    })?;
    lines.find(|l| l.picked < l.wanted).ok_or_else(|| {
        CoreError::refused("replenish.pick_line_complete")
            .arg("product", product.data.name.clone())
            .arg("location", first.to_location.clone())
    })
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
