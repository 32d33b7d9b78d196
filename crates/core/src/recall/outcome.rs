//! Recording a recall's outcomes: which outcome applies to a pack or quantity in which state,
//! the ledger events of outcomes that move stock, and the rows of those that do not.

use std::collections::{BTreeMap, HashSet};

use rusqlite::params;
use serde::Serialize;

use super::optional;
use super::reach::reach;
use super::stored::load_recall;
use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::ledger::{Appended, Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// Which open items of a recall an outcome is for. Every given filter must match; with none,
/// the outcome is for every open item it applies to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeTarget {
    /// Only this GTIN.
    pub gtin: Option<String>,
    /// Only this lot.
    pub lot: Option<String>,
    /// Only these serials.
    pub serials: Vec<String>,
    /// Only stock held at this location.
    pub location: Option<LocationId>,
}

/// An outcome to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRequest {
    /// The outcome.
    pub outcome: RecallOutcome,
    /// For which items.
    pub target: OutcomeTarget,
    /// The supplier stock goes back to (for `returned_to_supplier`).
    pub partner: Option<PartnerId>,
    /// A note (who was notified, how; the RMA number).
    pub note: Option<String>,
    /// The acting user's signature: required to destroy stock.
    pub signature: Option<crate::model::Signature>,
}

/// What an outcome did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutcomeRecorded {
    /// Packs resolved.
    pub units: i64,
    /// Lot-tracked quantity resolved.
    pub lot_quantity: i64,
    /// Ledger events written (for outcomes that move stock).
    pub events: Vec<String>,
    /// Packs and lot quantities still open in the recall.
    pub still_open: i64,
}

/// Whether an outcome is for a pack or quantity in this status.
fn applies(outcome: RecallOutcome, status: UnitStatus) -> bool {
    use RecallOutcome as O;
    use UnitStatus as S;
    match outcome {
        O::ReturnedToSupplier | O::Destroyed => status.is_held(),
        O::Notified => matches!(status, S::Dispensed | S::TransferredOut),
        O::NotFound => {
            status.is_held() || matches!(status, S::Dispensed | S::TransferredOut | S::Missing)
        }
    }
}

impl Store {
    /// Records an outcome for the open items of a recall that the target selects. Outcomes that
    /// move stock are ledger events referencing the recall (one per location).
    pub fn record_recall_outcome(
        &mut self,
        actor: &User,
        number: &str,
        request: &OutcomeRequest,
        now: Timestamp,
    ) -> CoreResult<OutcomeRecorded> {
        require(actor, Operation::ManageRecalls)?;
        let outcome = request.outcome;
        match outcome {
            RecallOutcome::Destroyed => require(actor, Operation::Destroy)?,
            RecallOutcome::ReturnedToSupplier => require(actor, Operation::ReturnToSupplier)?,
            _ => {}
        }
        if outcome == RecallOutcome::Destroyed && request.signature.is_none() {
            return Err(CoreError::refused("recall.destroy_needs_signature").field("password"));
        }
        if outcome == RecallOutcome::ReturnedToSupplier && request.partner.is_none() {
            return Err(CoreError::refused("recall.return_needs_supplier").field("partner"));
        }
        let note = optional("note", request.note.as_deref(), 1000)?;
        let t = &request.target;
        let gtin = match &t.gtin {
            Some(g) => Some(
                custody_gs1::Gtin::parse(g.trim())
                    .map_err(|e| crate::fields::gtin_invalid("gtin", g, &e.to_string()))?
                    .to_string(),
            ),
            None => None,
        };
        let r = reach(self.conn(), load_recall(self.conn(), number)?)?;
        if r.recall.closed_at.is_some() {
            return Err(CoreError::refused("recall.closed").arg("recall", r.recall.number));
        }
        let serials: HashSet<&str> = t.serials.iter().map(|s| s.trim()).collect();
        for s in &serials {
            if !r.units.iter().any(|u| u.serial == *s) {
                return Err(CoreError::refused("recall.pack_not_affected")
                    .field("serial")
                    .arg("serial", *s)
                    .arg("recall", r.recall.number));
            }
        }
        let selected =
            |g: &str, lot: Option<&str>, serial: Option<&str>, loc: Option<LocationId>| {
                gtin.as_deref().is_none_or(|x| x == g)
                    && t.lot.as_deref().is_none_or(|x| Some(x) == lot)
                    && (serials.is_empty() || serial.is_some_and(|s| serials.contains(s)))
                    && t.location.is_none_or(|x| Some(x) == loc)
            };
        let mut done = OutcomeRecorded::default();
        let mut moves: BTreeMap<LocationId, Vec<NewLine>> = BTreeMap::new();
        let mut rows: Vec<(ProductId, Option<String>, Option<String>, UnitStatus)> = Vec::new();
        let mut blocked_by_status = BTreeMap::<UnitStatus, i64>::new();
        let after = match outcome {
            RecallOutcome::Destroyed => Place::gone(UnitStatus::Destroyed),
            RecallOutcome::ReturnedToSupplier => Place::gone(UnitStatus::ReturnedToSupplier),
            _ => Place::gone(UnitStatus::Missing),
        };
        for u in r.units.iter().filter(|u| u.open) {
            if !selected(&u.gtin, u.lot.as_deref(), Some(&u.serial), u.location_id) {
                continue;
            }
            if !applies(outcome, u.status) {
                *blocked_by_status.entry(u.status).or_default() += 1;
                continue;
            }
            done.units += 1;
            if outcome == RecallOutcome::NotFound {
                // A held pack not found is recorded missing (below) and answered here.
                let status = if u.status.is_held() {
                    UnitStatus::Missing
                } else {
                    u.status
                };
                rows.push((u.product_id, Some(u.serial.clone()), u.lot.clone(), status));
            }
            match (u.status.is_held(), u.location_id) {
                (true, Some(loc)) => moves.entry(loc).or_default().push(NewLine {
                    product: u.product_id,
                    lot: u.lot.clone(),
                    serial: Some(u.serial.clone()),
                    expiry: parse_date(u.expiry.clone()),
                    quantity: 1,
                    before: Some(Place::at(u.status, loc)),
                    after: Some(after),
                    unit_cost_cents: None,
                }),
                _ if outcome == RecallOutcome::NotFound => {}
                _ => rows.push((
                    u.product_id,
                    Some(u.serial.clone()),
                    u.lot.clone(),
                    u.status,
                )),
            }
        }
        if serials.is_empty() {
            for l in r.lots.iter().filter(|l| l.open) {
                if !selected(&l.gtin, Some(&l.lot), None, l.location_id) {
                    continue;
                }
                if !applies(outcome, l.status) {
                    *blocked_by_status.entry(l.status).or_default() += 1;
                    continue;
                }
                done.lot_quantity += l.quantity;
                if outcome == RecallOutcome::NotFound {
                    let status = if l.status.is_held() {
                        UnitStatus::Missing
                    } else {
                        l.status
                    };
                    rows.push((l.product_id, None, Some(l.lot.clone()), status));
                }
                match (l.status.is_held(), l.location_id) {
                    (true, Some(loc)) => moves.entry(loc).or_default().push(NewLine {
                        product: l.product_id,
                        lot: Some(l.lot.clone()),
                        serial: None,
                        expiry: parse_date(l.expiry.clone()),
                        quantity: l.quantity,
                        before: Some(Place::at(l.status, loc)),
                        after: Some(after),
                        unit_cost_cents: None,
                    }),
                    _ if outcome == RecallOutcome::NotFound => {}
                    _ => rows.push((l.product_id, None, Some(l.lot.clone()), l.status)),
                }
            }
        }
        if moves.is_empty() && rows.is_empty() {
            if blocked_by_status.is_empty() {
                return Err(CoreError::refused("recall.nothing_matches").field("outcome"));
            }
            let what: Vec<String> = blocked_by_status
                .iter()
                .map(|(s, n)| format!("{n} {}", s.as_str().replace('_', " ")))
                .collect();
            return Err(CoreError::refused("recall.outcome_does_not_apply")
                .field("outcome")
                .arg("outcome", outcome.as_str())
                .arg("matches", what.join(", ")));
        }
        let kind = match outcome {
            RecallOutcome::Destroyed => EventKind::Destroy,
            RecallOutcome::ReturnedToSupplier => EventKind::ReturnToSupplier,
            _ => EventKind::CountAdjust,
        };
        let reason = format!(
            "recall {}: {}{}",
            r.recall.number,
            outcome.as_str().replace('_', " "),
            note.as_deref()
                .map(|n| format!("; {n}"))
                .unwrap_or_default()
        );
        let recall_id = r.recall.id;
        let tx = self.conn_mut().transaction()?;
        if !moves.is_empty() {
            let mut appender = Appender::new(&tx, now)?;
            for (location, lines) in moves {
                let a: Appended = appender.append_signed(
                    actor,
                    &NewEvent {
                        kind,
                        occurred_at: now,
                        location: Some(location),
                        counterparty: request.partner,
                        reference: Some(r.recall.number.clone()),
                        reason: Some(reason.clone()),
                        raw_scan: None,
                        lines,
                    },
                    request.signature.as_ref(),
                )?;
                done.events.push(a.id);
            }
            appender.finish()?;
        }
        {
            let mut insert = tx.prepare(
                "INSERT INTO recall_outcome (recall_id, product_id, serial, lot, status, outcome, note, recorded_at, recorded_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for (product, serial, lot, status) in &rows {
                insert.execute(params![
                    recall_id,
                    product.0,
                    serial,
                    lot,
                    status.as_str(),
                    outcome.as_str(),
                    note,
                    now.utc_text(),
                    actor.id.0
                ])?;
            }
        }
        tx.commit()?;
        done.still_open = reach(self.conn(), load_recall(self.conn(), number)?)?
            .summary
            .open;
        Ok(done)
    }
}
