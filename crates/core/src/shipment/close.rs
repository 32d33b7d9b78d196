//! Closing an expected shipment: what never came, what differed from the advice and what was
//! unexpected, recorded in words with the closing.

use rusqlite::params;

use super::advice::{Discrepancy, DiscrepancyCode, Shipment};
use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

impl Store {
    /// Closes a shipment, recording what was expected and never scanned.
    pub fn close_shipment(
        &mut self,
        actor: &User,
        id: i64,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Shipment> {
        require(actor, Operation::Receive)?;
        let s = self.shipment(actor, id)?;
        if s.closed_at.is_some() {
            return Err(CoreError::refused("shipment.closed").arg("reference", s.reference));
        }
        let missing: Vec<String> = s
            .outstanding()
            .map(|i| match &i.serial {
                Some(serial) => format!("{} serial {serial}", i.gtin),
                None => format!(
                    "{} lot {} ({} of {})",
                    i.gtin,
                    i.lot.as_deref().unwrap_or("?"),
                    i.quantity - i.received,
                    i.quantity
                ),
            })
            .collect();
        let of = |code: DiscrepancyCode| -> Vec<String> {
            s.discrepancies
                .iter()
                .filter(|d| d.code == code)
                .map(Discrepancy::describe)
                .collect()
        };
        let mut parts = Vec::new();
        for (list, what) in [
            (missing, "not received"),
            (
                of(DiscrepancyCode::DiffersFromAdvice),
                "differ from the advice",
            ),
            (of(DiscrepancyCode::Unexpected), "unexpected"),
        ] {
            if !list.is_empty() {
                parts.push(format!("{} {what}: {}", list.len(), list.join("; ")));
            }
        }
        if let Some(n) = note {
            parts.push(n.to_string());
        }
        let discrepancy = (!parts.is_empty()).then(|| parts.join(". "));
        self.conn().execute(
            "UPDATE shipment SET closed_at = ?2, closed_by = ?3, discrepancy = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, discrepancy],
        )?;
        self.shipment(actor, id)
    }
}
