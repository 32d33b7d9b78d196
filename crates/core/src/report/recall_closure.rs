//! The recall's reconciliation and closure report: every affected item with its outcome, the
//! ledger events that refer to the recall, and the follow-up recorded without moving stock.

use rusqlite::params;

use super::header::{status, when_short, when_text, Header};
use super::recall::{recall_facts, summary_facts};
use super::*;
use crate::model::*;
use crate::recall::Reach;
use crate::Store;

/// Where a recall stands, for its reconciliation: closed (when, by whom, signed how), open with
/// items still needing an outcome, or ready to close.
fn closure_state(reach: &Reach) -> String {
    let r = &reach.recall;
    match (&r.closed_at, &r.closed_by) {
        (Some(at), Some(by)) => format!(
            "closed {} by {}{}",
            when_text(at),
            by,
            r.close_meaning
                .map(|m| format!(", signed ({m})"))
                .unwrap_or_default()
        ),
        _ if reach.summary.open > 0 => format!(
            "open: {} item(s) still need an outcome",
            thousands(reach.summary.open as u64)
        ),
        _ => "open: every item has an outcome; ready to close".into(),
    }
}

/// An item's outcome as the reconciliation prints it: the outcome recorded, else OPEN while it
/// still needs one, else resolved (nothing to do for it).
fn outcome_text(o: Option<RecallOutcome>, open: bool) -> String {
    match o {
        Some(o) => o.as_str().replace('_', " "),
        None if open => "OPEN".into(),
        None => "resolved".into(),
    }
}

/// Every affected pack and its outcome.
fn units_outcome_table(reach: &Reach) -> Block {
    Block::Table(Table {
        name: "Affected packs and their outcome".into(),
        columns: vec![
            Column::text("Product", 24),
            Column::text("Lot", 10),
            Column::text("Serial", 21),
            Column::text("Status", 12),
            Column::text("Location", 9),
            Column::text("Document", 13),
            Column::text("Outcome", 14),
        ],
        rows: reach
            .units
            .iter()
            .map(|u| {
                vec![
                    u.product.clone(),
                    opt(&u.lot),
                    u.serial.clone(),
                    status(u.status),
                    opt(&u.location),
                    opt(&u.reference),
                    outcome_text(u.outcome, u.open),
                ]
            })
            .collect(),
        empty: "No affected pack.".into(),
    })
}

/// Every affected lot quantity and its outcome, if the recall reaches any.
fn lots_outcome_table(reach: &Reach) -> Option<Block> {
    if reach.lots.is_empty() {
        return None;
    }
    Some(Block::Table(Table {
        name: "Affected lot quantities and their outcome".into(),
        columns: vec![
            Column::text("Product", 28),
            Column::text("Lot", 12),
            Column::text("Status", 12),
            Column::text("Location", 10),
            Column::number("Quantity", 9),
            Column::text("Outcome", 14),
        ],
        rows: reach
            .lots
            .iter()
            .map(|l| {
                vec![
                    l.product.clone(),
                    l.lot.clone(),
                    status(l.status),
                    opt(&l.location),
                    count(l.quantity),
                    outcome_text(l.outcome, l.open),
                ]
            })
            .collect(),
        empty: String::new(),
    }))
}

impl Store {
    pub(super) fn recall_closure(
        &self,
        actor: &User,
        header: Header,
        number: &str,
    ) -> CoreResult<Document> {
        let reach = self.recall_reach(actor, number)?;
        let r = &reach.recall;
        let state = closure_state(&reach);
        let mut blocks = vec![
            recall_facts(&reach),
            facts([("State", state)]),
            heading("Summary"),
            summary_facts(&reach),
            units_outcome_table(&reach),
        ];
        blocks.extend(lots_outcome_table(&reach));
        blocks.push(Block::Table(Table {
            name: "Ledger events of this recall".into(),
            columns: vec![
                Column::number("Event", 8),
                Column::text("When", 17),
                Column::text("What", 15),
                Column::text("By", 16),
                Column::text("Where", 9),
                Column::number("Lines", 6),
                Column::text("Signed", 10),
                Column::text("Hash", 18),
            ],
            rows: self.recall_events(&r.number)?,
            empty: "No ledger event refers to this recall.".into(),
        }));
        blocks.push(Block::Table(Table {
            name: "Follow-up recorded (no stock moved)".into(),
            columns: vec![
                Column::text("When", 17),
                Column::text("By", 16),
                Column::text("Product", 24),
                Column::text("Serial or lot", 16),
                Column::text("Outcome", 11),
                Column::text("Note", 24),
            ],
            rows: self.recall_notes(r.id)?,
            empty: "None.".into(),
        }));
        blocks.push(Block::Signatures {
            roles: vec!["QA officer".into(), "Pharmacist in charge".into()],
        });
        Ok(header.document(
            ReportKind::RecallClosure,
            format!("Recall reconciliation {}", r.number),
            format!("recall {}, its ledger events and follow-up", r.number),
            blocks,
        ))
    }

    /// Every ledger event that carries the recall number as its reference.
    fn recall_events(&self, number: &str) -> CoreResult<Vec<Vec<String>>> {
        let mut stmt = self.conn().prepare(
            "SELECT e.seq, e.occurred_at, e.occurred_offset, e.kind, u.name, l.code,
                    (SELECT count(*) FROM event_line WHERE event_seq = e.seq), e.signature, e.hash
             FROM event e JOIN user u ON u.id = e.actor_id LEFT JOIN location l ON l.id = e.location_id
             WHERE e.reference = ?1 ORDER BY e.seq",
        )?;
        let rows = stmt.query_map(params![number], |r| {
            let at: String = r.get(1)?;
            let offset: i32 = r.get(2)?;
            let hash: Vec<u8> = r.get(8)?;
            Ok(vec![
                r.get::<_, i64>(0)?.to_string(),
                Timestamp::from_stored(&at, offset).map_or(at, |t| super::header::compact(&t)),
                r.get::<_, String>(3)?.replace('_', " "),
                r.get(4)?,
                r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                r.get::<_, i64>(6)?.to_string(),
                r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                hex::encode(&hash[..8]),
            ])
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The outcomes recorded without a ledger event (notifications, not found after leaving).
    fn recall_notes(&self, recall: i64) -> CoreResult<Vec<Vec<String>>> {
        let mut stmt = self.conn().prepare(
            "SELECT o.recorded_at, u.name, p.name, coalesce(o.serial, 'lot ' || o.lot), o.outcome, o.note
             FROM recall_outcome o JOIN user u ON u.id = o.recorded_by JOIN product p ON p.id = o.product_id
             WHERE o.recall_id = ?1 ORDER BY o.recorded_at, o.rowid",
        )?;
        let rows = stmt.query_map(params![recall], |r| {
            Ok(vec![
                when_short(&r.get::<_, String>(0)?),
                r.get(1)?,
                r.get(2)?,
                r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                r.get::<_, String>(4)?.replace('_', " "),
                r.get::<_, Option<String>>(5)?.unwrap_or_default(),
            ])
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
