//! Reading ahead, once the file is open, the indexes a scan reads or changes at its pack's own
//! place: the ones that hold every pack and every line the ledger has ever had, so that a
//! person's first scans do not each wait for the disk.
//!
//! A dispense adds its pack's line to `event_line_serial`, finds the pack by its product and
//! serial (`unit`'s unique index) and its open stay (`stay_open`), and changes the pack's entry
//! in `unit_product_lot` and its stay's in `stay_stock`; a receipt adds the new pack to all of
//! these and to `unit_expiry` and `event_line_arrival`. Those leaves lie anywhere in indexes
//! that grow with the history (2.5 GB of them on the benchmark's six years of a hospital, 0.48
//! GB on its hospital file with the same stock and a sixth of the history), so on a file not
//! yet in memory a person's first scans waited for them, up to a few milliseconds a leaf
//! (`docs/decisions/2026-12-02-history-independent-levels.md`). The indexes sized by today's
//! stock (the packs in stock, at a place, quarantined) and the ones a scan only adds to at their
//! end (the ledger's own order, departures by day) are left to the scans.

use std::path::Path;

use crate::db::open_reader;
use crate::error::StoreError;

/// The indexes read ahead, by name, each with a statement that reads every entry of it and
/// nothing else, in the order of what a scan reads first. Each statement has a condition: a
/// partial index's own (SQLite refuses `INDEXED BY` one whose condition the statement does not
/// imply), else one every row meets (the product is never missing). Without any, SQLite counts
/// a table's rows on its smallest index, whichever is named.
pub(crate) const SCANS_INDEXES: [(&str, &str); 7] = [
    (
        "event_line_serial",
        "SELECT count(*) FROM event_line INDEXED BY event_line_serial WHERE serial IS NOT NULL",
    ),
    (
        "stay_open",
        "SELECT count(*) FROM stay INDEXED BY stay_open WHERE product_id IS NOT NULL",
    ),
    (
        "sqlite_autoindex_unit_1",
        "SELECT count(*) FROM unit INDEXED BY sqlite_autoindex_unit_1 WHERE product_id IS NOT NULL",
    ),
    (
        "unit_expiry",
        "SELECT count(*) FROM unit INDEXED BY unit_expiry WHERE product_id IS NOT NULL",
    ),
    (
        "event_line_arrival",
        "SELECT count(*) FROM event_line INDEXED BY event_line_arrival
         WHERE status_before IS NULL AND serial IS NOT NULL",
    ),
    (
        "unit_product_lot",
        "SELECT count(*) FROM unit INDEXED BY unit_product_lot WHERE product_id IS NOT NULL",
    ),
    (
        "stay_stock",
        "SELECT count(*) FROM stay INDEXED BY stay_stock WHERE product_id IS NOT NULL",
    ),
];

/// Reads every page of the indexes a scan reads or changes at its pack's own place
/// ([`SCANS_INDEXES`]) of the database at `path` into the operating system's cache, on a
/// read-only connection of its own that copies what it reads rather than mapping it: where an
/// index's pages lie in order, the system reads ahead of them; where they lie apart, a page is
/// read with a few neighbours at most, not the 8 MB around it that a fault on a mapping reads.
/// Gives the entries read. For a thread of its own, behind the window. Changes nothing; each
/// index is read in a transaction of its own, so the log is held back from being copied for one
/// index's reading at most. Seconds on six years of a hospital's history from a cold disk where
/// the pages lie in order, longer where they lie apart; the pages stay for as long as the
/// system has the memory.
pub fn read_ahead_for_scans(path: &Path) -> Result<u64, StoreError> {
    let conn = open_reader(path, 0)?;
    let mut entries = 0u64;
    for (_, sql) in SCANS_INDEXES {
        let counted: i64 = conn.query_row(sql, [], |r| r.get(0))?;
        entries += counted.unsigned_abs();
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_statement_reads_its_own_index_and_every_entry_of_it() {
        let (_dir, store, _now) = crate::demo::small_for_tests();
        let conn = store.conn();
        for (index, sql) in SCANS_INDEXES {
            let plan: Vec<String> = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map([], |r| r.get::<_, String>(3))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(
                plan.iter()
                    .any(|step| step.contains(&format!("INDEX {index}"))),
                "{index} is read by its statement: {plan:?}"
            );
            assert!(
                plan.iter().all(|step| !step.contains("SEARCH")),
                "{index} is read whole, not searched: {plan:?}"
            );
            let table: String = conn
                .query_row(
                    "SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                    [index],
                    |r| r.get(0),
                )
                .unwrap();
            let condition = sql.split_once("WHERE").map(|(_, c)| c).unwrap_or("1");
            let (read, rows): (i64, i64) = (
                conn.query_row(sql, [], |r| r.get(0)).unwrap(),
                conn.query_row(
                    &format!("SELECT count(*) FROM {table} NOT INDEXED WHERE {condition}"),
                    [],
                    |r| r.get(0),
                )
                .unwrap(),
            );
            assert!(rows > 0, "the demo has entries in {index}");
            assert_eq!(read, rows, "every entry of {index} is read");
        }
    }

    #[test]
    fn reading_ahead_reads_every_index_and_changes_nothing() {
        let (_dir, store, _now) = crate::demo::small_for_tests();
        let changes = |store: &crate::Store| -> i64 {
            store
                .conn()
                .query_row("PRAGMA data_version", [], |r| r.get(0))
                .unwrap()
        };
        let before = changes(&store);
        let every: i64 = SCANS_INDEXES
            .iter()
            .map(|(_, sql)| {
                store
                    .conn()
                    .query_row(sql, [], |r| r.get::<_, i64>(0))
                    .unwrap()
            })
            .sum();
        assert_eq!(
            read_ahead_for_scans(store.path()).unwrap(),
            every.unsigned_abs(),
            "each index's entries, all told"
        );
        assert_eq!(changes(&store), before, "nothing was written to the file");
    }
}
