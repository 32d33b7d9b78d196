//! Starting a count: its scope (a location, everything there or some products) and the snapshot
//! of what the ledger holds there.

use rusqlite::{params, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::CountInfo;

impl Store {
    /// Starts a count at a location, of everything there or of some products (GTINs), and
    /// snapshots what the ledger holds there.
    pub fn start_count(
        &mut self,
        actor: &User,
        location: LocationId,
        gtins: &[String],
        blind: bool,
        now: Timestamp,
    ) -> CoreResult<CountInfo> {
        require(actor, Operation::Count)?;
        let products = self.count_scope(gtins)?;
        self.refuse_second_count(location)?;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO stock_count (location_id, blind, limited, status, snapshot_seq, started_at, started_by)
             VALUES (?1, ?2, ?3, 'open', (SELECT coalesce(max(seq), 0) FROM event), ?4, ?5)",
            params![location.0, blind, !products.is_empty(), now.utc_text(), actor.id.0],
        )?;
        let id = tx.last_insert_rowid();
        for p in &products {
            tx.execute(
                "INSERT OR IGNORE INTO stock_count_product (count_id, product_id) VALUES (?1, ?2)",
                params![id, p.0],
            )?;
        }
        snapshot(&tx, id, location)?;
        tx.commit()?;
        self.count(actor, id)
    }

    /// The products a count is limited to, from their GTINs (none: everything at the location).
    /// A GTIN that does not read, or names no product, refuses the count.
    fn count_scope(&self, gtins: &[String]) -> CoreResult<Vec<ProductId>> {
        gtins
            .iter()
            .map(|g| {
                let gtin = custody_gs1::Gtin::parse(g.trim())
                    .map_err(|e| crate::fields::gtin_invalid("product", g, &e.to_string()))?;
                Ok(self.product_by_gtin(gtin.as_str())?.id)
            })
            .collect()
    }

    /// One count at a time per location: a count there still open or finished (not yet
    /// applied or abandoned) refuses a new one, naming it.
    fn refuse_second_count(&self, location: LocationId) -> CoreResult<()> {
        let open: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM stock_count WHERE location_id = ?1 AND status IN ('open', 'finished') LIMIT 1",
                [location.0],
                |r| r.get(0),
            )
            .optional()?;
        let Some(other) = open else {
            return Ok(());
        };
        let code: String = self.conn().query_row(
            "SELECT code FROM location WHERE id = ?1",
            [location.0],
            |r| r.get(0),
        )?;
        Err(CoreError::refused("count.open_at_location")
            .field("location")
            .arg("count", other)
            .arg("location", code))
    }
}

/// Records what the ledger holds at the location as the count starts, in stock or quarantined,
/// of the count's products (all of them when it is not limited).
fn snapshot(tx: &rusqlite::Transaction, id: i64, location: LocationId) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO stock_count_expected (count_id, product_id, serial, lot, expiry, status)
         SELECT ?1, u.product_id, u.serial, u.lot, u.expiry, u.status FROM unit u
         WHERE u.location_id = ?2 AND u.status IN ('in_stock', 'quarantined')
           AND (NOT EXISTS (SELECT 1 FROM stock_count_product WHERE count_id = ?1)
                OR u.product_id IN (SELECT product_id FROM stock_count_product WHERE count_id = ?1))",
        params![id, location.0],
    )?;
    Ok(())
}
