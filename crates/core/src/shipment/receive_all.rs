//! Receiving a whole shipment by inference (a sealed case): every outstanding line that can be
//! received, one event per product and lot, and why the others were left outstanding.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::advice::{ExpectedItem, Shipment};
use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

type GroupKey = (String, Option<String>);

/// The lines to receive, grouped by (GTIN, lot) in the shipment's order, with each GTIN's
/// product.
struct Plan<'s> {
    groups: Vec<(GroupKey, Vec<&'s ExpectedItem>)>,
    products: HashMap<String, ProductId>,
}

/// Where and from whom the packs are received, and under which document.
struct Receipt<'a> {
    actor: &'a User,
    location: LocationId,
    supplier: PartnerId,
    reference: &'a str,
    now: Timestamp,
}

/// The lines of one event, and per line of the advice the quantity it receives.
type GroupLines = (Vec<NewLine>, Vec<(i64, i64)>);

impl Store {
    /// Receives every outstanding line of a shipment at once (a sealed case, received by
    /// inference), in one transaction: one event per product and lot, one line per pack.
    /// Lines that cannot be received (already in stock, expired, under a recall) are left
    /// outstanding and reported.
    pub fn receive_all(
        &mut self,
        actor: &User,
        id: i64,
        location: LocationId,
        now: Timestamp,
    ) -> CoreResult<ReceiveAll> {
        require(actor, Operation::Receive)?;
        self.refuse_closed(id)?;
        let s = self.shipment(actor, id)?;
        // A shipment that names no supplier cannot be received by inference: nothing would say
        // where its packs came from. It is refused; scanning it names the supplier instead.
        let supplier = match &s.supplier {
            Some(code) => Some(self.partner(code)?.id),
            None => None,
        };
        let supplier = super::receipt_names_its_origin(supplier)?;
        let mut skipped = Vec::new();
        let plan = self.plan_receipt(&s, now.local_date(), &mut skipped)?;
        let receipt = Receipt {
            actor,
            location,
            supplier,
            reference: &s.reference,
            now,
        };
        let tx = self.conn_mut().transaction()?;
        let marks = record_groups(&tx, &receipt, &plan, &mut skipped)?;
        mark_received(&tx, id, &marks)?;
        tx.commit()?;
        let received = marks.iter().map(|(_, q, _)| q).sum();
        Ok(ReceiveAll { received, skipped })
    }

    /// Refuses a closed shipment by its reference (and an unknown one).
    fn refuse_closed(&self, id: i64) -> CoreResult<()> {
        if self.shipment_is_open(id)? {
            return Ok(());
        }
        let reference: String =
            self.conn()
                .query_row("SELECT reference FROM shipment WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
        Err(CoreError::refused("shipment.closed").arg("reference", reference))
    }

    /// The outstanding lines that can be received by inference, grouped by product and lot.
    /// An expired line or one under recall is left outstanding, with why in `skipped`.
    fn plan_receipt<'s>(
        &self,
        s: &'s Shipment,
        today: chrono::NaiveDate,
        skipped: &mut Vec<String>,
    ) -> CoreResult<Plan<'s>> {
        let mut plan = Plan {
            groups: Vec::new(),
            products: HashMap::new(),
        };
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
            if !plan.products.contains_key(&item.gtin) {
                let product = self.product_by_gtin(&item.gtin)?.id;
                plan.products.insert(item.gtin.clone(), product);
            }
            if let Some(why) = self.under_recall(item, &mut recalled_gtins)? {
                skipped.push(why);
                continue;
            }
            let key = (item.gtin.clone(), item.lot.clone());
            match plan.groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(item),
                None => plan.groups.push((key, vec![item])),
            }
        }
        Ok(plan)
    }

    /// Why a line is not received by inference when a recall covers it: scanning it holds it.
    /// `recalled_gtins` remembers which GTINs have a recall at all, so a shipment of a product
    /// never recalled costs one lookup.
    fn under_recall(
        &self,
        item: &ExpectedItem,
        recalled_gtins: &mut HashMap<String, bool>,
    ) -> CoreResult<Option<String>> {
        let gtin_recalled = match recalled_gtins.get(&item.gtin) {
            Some(r) => *r,
            None => {
                let r = self.any_recall_for(&item.gtin)?;
                recalled_gtins.insert(item.gtin.clone(), r);
                r
            }
        };
        if !gtin_recalled {
            return Ok(None);
        }
        let covering =
            self.recall_covering(&item.gtin, item.lot.as_deref(), item.serial.as_deref())?;
        Ok(covering.map(|(number, _)| {
            format!(
                "{} {}: under recall {number}; scan it to receive it into quarantine",
                item.gtin,
                item.serial.as_deref().or(item.lot.as_deref()).unwrap_or("")
            )
        }))
    }
}

/// Appends one receive event per group with a line to receive, and returns per line of the
/// advice the quantity received and the event's sequence number.
fn record_groups(
    tx: &Transaction<'_>,
    receipt: &Receipt<'_>,
    plan: &Plan<'_>,
    skipped: &mut Vec<String>,
) -> CoreResult<Vec<(i64, i64, i64)>> {
    let mut marks = Vec::new();
    let mut known =
        tx.prepare_cached("SELECT status FROM unit WHERE product_id = ?1 AND serial = ?2")?;
    let mut appender = Appender::new(tx, receipt.now)?;
    for ((gtin, lot), items) in &plan.groups {
        let product = plan.products[gtin];
        let mut status = |serial: &str| -> CoreResult<Option<String>> {
            Ok(known
                .query_row(params![product.0, serial], |r| r.get(0))
                .optional()?)
        };
        let (lines, line_items) =
            group_lines(product, receipt.location, items, &mut status, skipped)?;
        if lines.is_empty() {
            continue;
        }
        let event = receive_event(receipt, lot, lines);
        let appended = appender.append(receipt.actor, &event)?;
        // What the site's national setting asks of a receipt (a decommission at receipt), in
        // this transaction; nothing received here is held.
        let cause = crate::national::Cause::of(&event);
        crate::national::queue_for_event(tx, &mut appender, receipt.actor, cause, receipt.now)?;
        marks.extend(
            line_items
                .into_iter()
                .map(|(line, q)| (line, q, appended.seq)),
        );
    }
    appender.finish()?;
    Ok(marks)
}

/// The event lines of one group: each line's outstanding quantity into stock at `location`.
/// A pack already known here is left outstanding (scanning it has it checked), except one
/// transferred out, which comes back. `status` gives a serial's status here, if any.
fn group_lines(
    product: ProductId,
    location: LocationId,
    items: &[&ExpectedItem],
    status: &mut dyn FnMut(&str) -> CoreResult<Option<String>>,
    skipped: &mut Vec<String>,
) -> CoreResult<GroupLines> {
    let mut lines = Vec::with_capacity(items.len());
    let mut line_items = Vec::with_capacity(items.len());
    for item in items {
        let before = match &item.serial {
            Some(serial) => match status(serial)?.as_deref() {
                None => None,
                Some("transferred_out") => Some(Place::gone(UnitStatus::TransferredOut)),
                Some(other) => {
                    skipped.push(format!(
                        "{} {serial}: already {other}; scan it to have it checked",
                        item.gtin
                    ));
                    continue;
                }
            },
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
            // What the advice invoices it at: a sealed case is received at its advice's price.
            unit_cost_cents: item.unit_price_cents,
        });
        line_items.push((item.line, item.quantity - item.received));
    }
    Ok((lines, line_items))
}

/// The receive event of one group, its reason saying it was received by inference.
fn receive_event(receipt: &Receipt<'_>, lot: &Option<String>, lines: Vec<NewLine>) -> NewEvent {
    NewEvent {
        kind: EventKind::Receive,
        occurred_at: receipt.now,
        location: Some(receipt.location),
        counterparty: Some(receipt.supplier),
        reference: Some(receipt.reference.to_string()),
        reason: Some(format!(
            "received by inference from expected shipment {} (lot {})",
            receipt.reference,
            lot.as_deref().unwrap_or("-")
        )),
        raw_scan: None,
        lines,
    }
}

/// Marks each advice line received by its quantity, with the event that received it.
fn mark_received(tx: &Transaction<'_>, id: i64, marks: &[(i64, i64, i64)]) -> CoreResult<()> {
    let mut mark = tx.prepare("UPDATE shipment_item SET received_quantity = received_quantity + ?3, received_event_seq = ?4 WHERE shipment_id = ?1 AND line = ?2")?;
    for (line, q, seq) in marks {
        mark.execute(params![id, line, q, seq])?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(line: i64, serial: Option<&str>, quantity: i64, received: i64) -> ExpectedItem {
        ExpectedItem {
            line,
            gtin: "09506000134352".into(),
            serial: serial.map(String::from),
            lot: Some("L1".into()),
            expiry: None,
            quantity,
            po: None,
            unit_price_cents: None,
            received,
        }
    }

    #[test]
    fn a_group_receives_what_is_outstanding_and_leaves_a_pack_already_here() {
        let items = [
            item(1, Some("S1"), 1, 0),
            item(2, Some("S2"), 1, 0),
            item(3, Some("S3"), 1, 0),
            item(4, None, 10, 4),
        ];
        let refs: Vec<&ExpectedItem> = items.iter().collect();
        let mut status = |serial: &str| -> CoreResult<Option<String>> {
            Ok(match serial {
                "S2" => Some("in_stock".into()),
                "S3" => Some("transferred_out".into()),
                _ => None,
            })
        };
        let mut skipped = Vec::new();
        let (lines, line_items) = group_lines(
            ProductId(7),
            LocationId(3),
            &refs,
            &mut status,
            &mut skipped,
        )
        .expect("the status lookup does not fail here");
        assert_eq!(
            line_items,
            vec![(1, 1), (3, 1), (4, 6)],
            "a pack already in stock is left outstanding; a lot line receives only what is still to come"
        );
        assert_eq!(
            skipped,
            vec!["09506000134352 S2: already in_stock; scan it to have it checked"],
            "the pack left outstanding is reported with why"
        );
        assert_eq!(
            lines[1].before,
            Some(Place::gone(UnitStatus::TransferredOut)),
            "a pack that was transferred out comes back from where it went"
        );
        assert!(
            lines
                .iter()
                .all(|l| l.after == Some(Place::at(UnitStatus::InStock, LocationId(3)))),
            "everything received by inference goes into stock at the chosen location"
        );
    }

    #[test]
    fn the_reason_says_the_group_was_received_by_inference() {
        let actor = User {
            id: UserId(1),
            username: "ann".into(),
            name: "Ann".into(),
            role: Role::Staff,
            active: true,
        };
        let receipt = Receipt {
            actor: &actor,
            location: LocationId(3),
            supplier: PartnerId(2),
            reference: "ASN-1",
            now: Timestamp::parse("2026-06-01T08:00:00Z").expect("a valid time"),
        };
        let event = receive_event(&receipt, &None, Vec::new());
        assert_eq!(
            event.counterparty,
            Some(PartnerId(2)),
            "a receipt by inference names the shipment's supplier, as a scanned receipt does"
        );
        assert_eq!(
            event.reason.as_deref(),
            Some("received by inference from expected shipment ASN-1 (lot -)"),
            "the ledger must say the packs were not scanned, and from which shipment"
        );
        assert_eq!(
            event.reference.as_deref(),
            Some("ASN-1"),
            "the event names the shipment's document"
        );
    }
}
