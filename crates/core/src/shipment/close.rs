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
        let discrepancy = closing_words(&s, note);
        self.conn().execute(
            "UPDATE shipment SET closed_at = ?2, closed_by = ?3, discrepancy = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, discrepancy],
        )?;
        self.shipment(actor, id)
    }
}

/// What is recorded at closing, in words: what never came, what differed from the advice and
/// what was unexpected, each counted and listed, then the note; `None` when there is nothing
/// to say.
fn closing_words(s: &Shipment, note: Option<&str>) -> Option<String> {
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
    (!parts.is_empty()).then(|| parts.join(". "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shipment::ExpectedItem;

    fn shipment(items: Vec<ExpectedItem>, discrepancies: Vec<Discrepancy>) -> Shipment {
        Shipment {
            id: 1,
            reference: "ASN-1".into(),
            supplier: None,
            source: "csv".into(),
            closed_at: None,
            discrepancy: None,
            expected: items.len() as i64,
            matched: 0,
            items,
            discrepancies,
        }
    }

    fn lot_line(line: i64, quantity: i64, received: i64) -> ExpectedItem {
        ExpectedItem {
            line,
            gtin: "09506000134352".into(),
            serial: None,
            lot: Some("L1".into()),
            expiry: None,
            quantity,
            po: None,
            unit_price_cents: None,
            received,
        }
    }

    #[test]
    fn closing_counts_what_never_came_and_what_was_unexpected() {
        let unexpected = Discrepancy {
            code: DiscrepancyCode::Unexpected,
            line: None,
            gtin: "09506000134352".into(),
            serial: Some("X9".into()),
            lot: None,
            expiry: None,
            quantity: 1,
            advice_lot: None,
            advice_expiry: None,
            event_seq: 4,
        };
        let s = shipment(
            vec![lot_line(1, 10, 4), lot_line(2, 5, 5)],
            vec![unexpected],
        );
        assert_eq!(
            closing_words(&s, Some("driver short")).as_deref(),
            Some("1 not received: 09506000134352 lot L1 (6 of 10). 1 unexpected: 09506000134352 serial X9. driver short"),
            "the record says how many of a lot never came, what came unasked, and the note last"
        );
    }

    #[test]
    fn a_shipment_received_whole_closes_with_nothing_to_say() {
        let s = shipment(vec![lot_line(1, 5, 5)], Vec::new());
        assert_eq!(
            closing_words(&s, None),
            None,
            "no discrepancy is recorded when everything came as advised"
        );
    }
}
