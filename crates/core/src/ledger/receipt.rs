//! Receipts: what arrived from whom, one row per ledger line (table `receipt`, migration 0032),
//! kept beside the ledger for the supplier quality insight, which reads a year of them (700,000
//! on a hospital) by local day instead of each receipt event's line from the ledger.
//!
//! An arrival is a line of a `receive` event, or a pack a receipt session held as suspect
//! because its serial was already known: a `mark_suspect` event naming the supplier, of a pack
//! in stock or quarantined, or gone for good, before it (a `duplicate`). The rule is written
//! once, [`arrival`]; the appender writes the rows ([`insert_row`]), `verify` makes them again
//! from the ledger and compares them by digest per day, and the migration's SQL says the same.

use rusqlite::{params, Row, Statement};

use crate::error::CoreResult;

/// The statuses a known pack can be in when it arrives again and is held as a duplicate: in
/// stock or quarantined here (`verdict.duplicate_serial`), or gone for good
/// (`verdict.already_decommissioned`), as SQL. A pack transferred out or missing may come back.
pub(crate) const DUPLICATE_BEFORE: &str =
    "('in_stock', 'quarantined', 'dispensed', 'destroyed', 'returned_to_supplier')";

/// Whether a line is an arrival, and if so whether it is a duplicate (see the module).
pub(crate) fn arrival(
    kind: &str,
    counterparty: Option<i64>,
    serial: Option<&str>,
    status_before: Option<&str>,
) -> Option<bool> {
    match kind {
        "receive" => Some(false),
        "mark_suspect" => {
            let known = matches!(
                status_before,
                Some(
                    "in_stock" | "quarantined" | "dispensed" | "destroyed" | "returned_to_supplier"
                )
            );
            (counterparty.is_some() && serial.is_some() && known).then_some(true)
        }
        _ => None,
    }
}

/// A receipt row as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct ReceiptRow {
    /// The local day the event occurred on.
    pub(crate) day: String,
    pub(crate) event_seq: i64,
    pub(crate) line_no: i64,
    /// The event's counterparty.
    pub(crate) supplier: Option<i64>,
    /// The event's location.
    pub(crate) location: Option<i64>,
    pub(crate) product: i64,
    pub(crate) serial: Option<String>,
    pub(crate) lot: Option<String>,
    pub(crate) expiry: Option<String>,
    pub(crate) quantity: i64,
    pub(crate) unit_cost_cents: Option<i64>,
    pub(crate) duplicate: bool,
}

/// Inserts a row.
pub(crate) const INSERT_ROW: &str = "INSERT INTO receipt (day, event_seq, line_no, supplier_id,
        location_id, product_id, serial, lot, expiry, quantity, unit_cost_cents, duplicate)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

/// The columns [`read_row`] reads, in its order.
pub(crate) const RECEIPT_COLUMNS: &str = "day, event_seq, line_no, supplier_id, location_id,
    product_id, serial, lot, expiry, quantity, unit_cost_cents, duplicate";

/// Inserts `row` with a statement prepared from [`INSERT_ROW`].
pub(crate) fn insert_row(stmt: &mut Statement<'_>, row: &ReceiptRow) -> CoreResult<()> {
    stmt.execute(params![
        row.day,
        row.event_seq,
        row.line_no,
        row.supplier,
        row.location,
        row.product,
        row.serial,
        row.lot,
        row.expiry,
        row.quantity,
        row.unit_cost_cents,
        row.duplicate
    ])?;
    Ok(())
}

/// A row selected with [`RECEIPT_COLUMNS`].
pub(crate) fn read_row(r: &Row<'_>) -> rusqlite::Result<ReceiptRow> {
    Ok(ReceiptRow {
        day: r.get(0)?,
        event_seq: r.get(1)?,
        line_no: r.get(2)?,
        supplier: r.get(3)?,
        location: r.get(4)?,
        product: r.get(5)?,
        serial: r.get(6)?,
        lot: r.get(7)?,
        expiry: r.get(8)?,
        quantity: r.get(9)?,
        unit_cost_cents: r.get(10)?,
        duplicate: r.get(11)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_line_arrives_and_a_known_serial_held_from_a_supplier_is_a_duplicate() {
        assert_eq!(arrival("receive", Some(1), Some("S1"), None), Some(false));
        assert_eq!(
            arrival("receive", None, None, Some("missing")),
            Some(false),
            "a pack found missing comes back in"
        );
        assert_eq!(
            arrival("mark_suspect", Some(1), Some("S1"), Some("dispensed")),
            Some(true)
        );
        assert_eq!(
            arrival("mark_suspect", None, Some("S1"), Some("in_stock")),
            None,
            "a hold naming no supplier is a suspicion, not an arrival"
        );
        assert_eq!(
            arrival("mark_suspect", Some(1), Some("S1"), Some("transferred_out")),
            None
        );
        assert_eq!(
            arrival("mark_suspect", Some(1), None, Some("in_stock")),
            None
        );
        assert_eq!(arrival("transfer", Some(1), Some("S1"), None), None);
    }
}
