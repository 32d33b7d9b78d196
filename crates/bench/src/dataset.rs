//! The database under test, read directly: the few questions the benchmarks ask that the app
//! has no operation for (which pack, which location, which products), on a connection of the
//! benchmark's own, set up as core sets up every connection. Also the check, before anything
//! is written, that the database has what the benchmarks act on.

use std::path::Path;

use custody_core::Store;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{BenchError, BenchResult};

/// The benchmark's own connection to the database under test.
pub fn connect(path: &Path) -> BenchResult<Connection> {
    Ok(custody_core::open_connection(path)?)
}

/// The code of the location holding the most packs in stock.
pub fn busiest_location(conn: &Connection) -> BenchResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT l.code FROM unit u JOIN location l ON l.id = u.location_id
             WHERE u.status = 'in_stock' GROUP BY u.location_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// The GTIN and serial of a pack with many events (among the last 200,000 events).
pub fn longest_history(conn: &Connection) -> BenchResult<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT p.gtin, l.serial FROM event_line l JOIN product p ON p.id = l.product_id
             WHERE l.serial IS NOT NULL AND l.event_seq > (SELECT max(seq) - 200000 FROM event)
             GROUP BY l.product_id, l.serial ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Copies the WAL back into the database first, as the desktop app's background checkpointer
/// does between scans (on a connection of its own, so the store's page cache is kept, as the
/// app's is), so that a timed write does not pay for the benchmarks before it.
pub fn checkpoint(store: &Store) -> BenchResult<()> {
    custody_core::db::Checkpointer::open(store.path())?.checkpoint()?;
    Ok(())
}

/// A pack's expiry as the two-digit-year date of a GS1 scan (AI 17), empty when unknown.
pub(crate) fn yymmdd(expiry: Option<String>) -> String {
    expiry
        .and_then(|e| chrono::NaiveDate::parse_from_str(&e, "%Y-%m-%d").ok())
        .map(|d| d.format("%y%m%d").to_string())
        .unwrap_or_default()
}

/// What the database under test holds that the benchmarks act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    /// Serialized packs of products not under recall, ever received.
    pub recallable_packs: i64,
    /// Serialized packs in stock that a dispense can scan (serial of at most 20 characters, of
    /// a product not under recall).
    pub dispensable_packs: i64,
}

/// Looks the database over before a run and refuses, with what is missing, one the benchmarks
/// would fail on half-way: they act as the user `admin`, receive and dispense serialized packs
/// of products not under recall, and enter recalls of whole products.
pub fn survey(store: &Store, conn: &Connection) -> BenchResult<Survey> {
    if store.actor("admin").is_err() {
        return Err(BenchError::Unfit(
            "the benchmarks act as the user admin, and it has no active user admin".into(),
        ));
    }
    let count = |sql: &str| -> BenchResult<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    let survey = Survey {
        recallable_packs: count(
            "SELECT count(*) FROM unit u JOIN product p ON p.id = u.product_id
             WHERE p.tracking = 'serial' AND p.gtin NOT IN (SELECT gtin FROM recall_scope)",
        )?,
        dispensable_packs: count(
            "SELECT count(*) FROM unit u JOIN product p ON p.id = u.product_id
             WHERE u.status = 'in_stock' AND p.tracking = 'serial' AND length(u.serial) <= 20
               AND p.gtin NOT IN (SELECT gtin FROM recall_scope)",
        )?,
    };
    if survey.dispensable_packs == 0 {
        return Err(BenchError::Unfit(
            "it has no serialized pack in stock of a product not under recall, to dispense".into(),
        ));
    }
    Ok(survey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expiry_becomes_the_scan_s_two_digit_year_date() {
        assert_eq!(
            yymmdd(Some("2027-03-31".into())),
            "270331",
            "AI 17 is YYMMDD, so the scan the benchmark builds decodes to the stored expiry"
        );
        assert_eq!(
            yymmdd(None),
            "",
            "a pack with no expiry gets an empty AI 17 value, as before the move"
        );
    }
}
