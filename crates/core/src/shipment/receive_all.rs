//! Receiving a whole shipment by inference (a sealed case): every outstanding line that can be
//! received, one event per product and lot, and why the others were left outstanding.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::advice::ExpectedItem;
use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

type GroupKey = (String, Option<String>);

impl Store {
    /// Receives every outstanding line of a shipment at once (a sealed case, received by
    /// inference), in one transaction: one event per product and lot, one line per pack.
    /// Lines that cannot be received (already in stock, expired) are left outstanding and
    /// reported.
    pub fn receive_all(
        &mut self,
        actor: &User,
        id: i64,
        location: LocationId,
        now: Timestamp,
    ) -> CoreResult<ReceiveAll> {
        require(actor, Operation::Receive)?;
        if !self.shipment_is_open(id)? {
            let reference: String = self.conn().query_row(
                "SELECT reference FROM shipment WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            return Err(CoreError::refused("shipment.closed").arg("reference", reference));
        }
        let s = self.shipment(actor, id)?;
        let supplier = match &s.supplier {
            Some(code) => Some(self.partner(code)?.id),
            None => None,
        };
        let today = now.local_date();
        let mut skipped = Vec::new();
        // Grouped by (GTIN, lot), in the shipment's order.
        let mut groups: Vec<(GroupKey, Vec<&ExpectedItem>)> = Vec::new();
        let mut products: HashMap<String, ProductId> = HashMap::new();
        let mut recalled_gtins: HashMap<String, bool> = HashMap::new();
        for item in s.outstanding() {
            if item.expiry.is_some_and(|e| e < today) {
                skipped.push(format!(
                    "{} {}: expired on {}",
                    item.gtin,
                    item.serial.as_deref().unwrap_or(""),
                    item.expiry.map(|d| d.to_string()).unwrap_or_default()
                ));
                continue;
            }
            if !products.contains_key(&item.gtin) {
                products.insert(item.gtin.clone(), self.product_by_gtin(&item.gtin)?.id);
            }
            // Recalled packs are not received by inference: scanning them holds them.
            let gtin_recalled = match recalled_gtins.get(&item.gtin) {
                Some(r) => *r,
                None => {
                    let r = self.any_recall_for(&item.gtin)?;
                    recalled_gtins.insert(item.gtin.clone(), r);
                    r
                }
            };
            if gtin_recalled {
                if let Some((number, _)) =
                    self.recall_covering(&item.gtin, item.lot.as_deref(), item.serial.as_deref())?
                {
                    skipped.push(format!(
                        "{} {}: under recall {number}; scan it to receive it into quarantine",
                        item.gtin,
                        item.serial.as_deref().or(item.lot.as_deref()).unwrap_or("")
                    ));
                    continue;
                }
            }
            let key = (item.gtin.clone(), item.lot.clone());
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(item),
                None => groups.push((key, vec![item])),
            }
        }
        let mut received = 0i64;
        let mut marks = Vec::new();
        let tx = self.conn_mut().transaction()?;
        {
            let mut known =
                tx.prepare_cached("SELECT status FROM unit WHERE product_id = ?1 AND serial = ?2")?;
            let mut appender = Appender::new(&tx, now)?;
            for ((gtin, lot), items) in &groups {
                let product = products[gtin];
                let mut lines = Vec::with_capacity(items.len());
                let mut line_items = Vec::with_capacity(items.len());
                for item in items {
                    let before = match &item.serial {
                        Some(serial) => {
                            let status: Option<String> = known
                                .query_row(params![product.0, serial], |r| r.get(0))
                                .optional()?;
                            match status.as_deref() {
                                None => None,
                                Some("transferred_out") => {
                                    Some(Place::gone(UnitStatus::TransferredOut))
                                }
                                Some(other) => {
                                    skipped.push(format!("{gtin} {serial}: already {other}; scan it to have it checked"));
                                    continue;
                                }
                            }
                        }
                        None => None,
                    };
                    lines.push(NewLine {
                        product,
                        lot: item.lot.clone(),
                        serial: item.serial.clone(),
                        expiry: item.expiry,
                        quantity: item.quantity - item.received,
                        before,
                        after: Some(Place::at(UnitStatus::InStock, location)),
                        unit_cost_cents: None,
                    });
                    line_items.push((item.line, item.quantity - item.received));
                }
                if lines.is_empty() {
                    continue;
                }
                let appended = appender.append(
                    actor,
                    &NewEvent {
                        kind: EventKind::Receive,
                        occurred_at: now,
                        location: Some(location),
                        counterparty: supplier,
                        reference: Some(s.reference.clone()),
                        reason: Some(format!(
                            "received by inference from expected shipment {} (lot {})",
                            s.reference,
                            lot.as_deref().unwrap_or("-")
                        )),
                        raw_scan: None,
                        lines,
                    },
                )?;
                received += line_items.iter().map(|(_, q)| q).sum::<i64>();
                marks.extend(
                    line_items
                        .into_iter()
                        .map(|(line, q)| (line, q, appended.seq)),
                );
            }
            appender.finish()?;
            let mut mark = tx.prepare("UPDATE shipment_item SET received_quantity = received_quantity + ?3, received_event_seq = ?4 WHERE shipment_id = ?1 AND line = ?2")?;
            for (line, q, seq) in &marks {
                mark.execute(params![id, line, q, seq])?;
            }
        }
        tx.commit()?;
        Ok(ReceiveAll { received, skipped })
    }
}

/// The outcome of [`Store::receive_all`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReceiveAll {
    /// Packs (or units of lots) received.
    pub received: i64,
    /// Lines left outstanding, and why.
    pub skipped: Vec<String>,
}
