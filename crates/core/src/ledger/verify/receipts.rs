//! The receipt table against the arrivals rebuilt from the ledger (`ledger::receipt`). A year
//! holds hundreds of thousands, so neither side is held: each is digested per local day and the
//! digests compared. A day whose rows differ is a finding naming it, with both row counts.

use std::collections::BTreeSet;

use rusqlite::Connection;

use super::compare::{each_row, Rows};
use super::{FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::receipt::{read_row, RECEIPT_COLUMNS};
use crate::ledger::stays::memory::Digests;

/// Compares the table's rows that `rows` selects with the arrivals the ledger makes on the same
/// days.
pub(super) fn compare_receipts(
    conn: &Connection,
    report: &mut VerifyReport,
    ledger: Digests<String>,
    rows: Rows<'_>,
) -> CoreResult<()> {
    let mut table: Digests<String> = Digests::default();
    let sql = format!("SELECT {RECEIPT_COLUMNS} FROM receipt");
    each_row(conn, &sql, rows, |r| {
        let row = read_row(r)?;
        table.add(row.day.clone(), &row);
        Ok(())
    })?;
    let days: BTreeSet<&String> = table.groups.keys().chain(ledger.groups.keys()).collect();
    for day in days {
        let held = table.groups.get(day).copied().unwrap_or_default();
        let made = ledger.groups.get(day).copied().unwrap_or_default();
        if held != made {
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "the receipts of {day}: the receipt table holds {} rows, the ledger makes {}{}: the table was changed behind the store's back",
                    held.0,
                    made.0,
                    if held.0 == made.0 { " that differ" } else { "" }
                ),
            );
        }
    }
    Ok(())
}
