//! The stay table against the stays rebuilt from the ledger (`ledger::stays`). There are
//! millions of rows, so neither side is held: each is digested per group (a product in a full
//! verification, a pack or a lot in an incremental one) and the digests compared. A group whose
//! rows differ is a finding naming it, with both row counts.

use std::collections::BTreeSet;

use rusqlite::Connection;

use super::compare::{each_row, Rows};
use super::replay::{stay_group, StayGroup};
use super::{FindingKind, VerifyReport};
use crate::error::CoreResult;
use crate::ledger::stays::memory::{Digests, MemoryStays};
use crate::ledger::stays::sql::{read_row, STAY_COLUMNS};
use crate::ledger::stays::StayKey;
use crate::ledger::stored::Keys;

/// The stays rebuilt from the ledger: those still open, and the closed ones' digests.
pub(super) struct Rebuilt {
    pub(super) open: MemoryStays,
    pub(super) closed: Digests<StayGroup>,
    pub(super) per_key: bool,
}

/// Compares the table's rows that `rows` select with the rebuilt stays of the same groups.
pub(super) fn compare_stays(
    conn: &Connection,
    report: &mut VerifyReport,
    keys: &Keys,
    rebuilt: Rebuilt,
    rows: &[Rows<'_>],
) -> CoreResult<()> {
    let Rebuilt {
        open,
        closed: mut ledger,
        per_key,
    } = rebuilt;
    for row in open.into_open_rows() {
        ledger.add(stay_group(&row, per_key), &row);
    }
    let mut table: Digests<StayGroup> = Digests::default();
    let sql = format!("SELECT {STAY_COLUMNS} FROM stay");
    for selected in rows {
        each_row(conn, &sql, *selected, |r| {
            let row = read_row(r)?;
            table.add(stay_group(&row, per_key), &row);
            Ok(())
        })?;
    }
    let groups: BTreeSet<&StayGroup> = table.groups.keys().chain(ledger.groups.keys()).collect();
    for group in groups {
        let held = table.groups.get(group).copied().unwrap_or_default();
        let made = ledger.groups.get(group).copied().unwrap_or_default();
        if held != made {
            report.add(
                FindingKind::StateMismatch,
                None,
                format!(
                    "the stays of {}: the stay table holds {} rows, the ledger makes {}{}: the table was changed behind the store's back",
                    whose(keys, group),
                    held.0,
                    made.0,
                    if held.0 == made.0 { " that differ" } else { "" }
                ),
            );
        }
    }
    Ok(())
}

/// How a group reads in a finding.
fn whose(keys: &Keys, (product, key): &StayGroup) -> String {
    let gtin = keys.gtins.get(product).map_or("?", String::as_str);
    match key {
        None => format!("product {gtin}"),
        Some(StayKey::Pack(_, serial)) => format!("pack {gtin} serial {serial}"),
        Some(StayKey::Lot(_, lot)) => format!("lot {lot} of {gtin}"),
    }
}
