//! The recall's reconciliation and closure report: every affected item with its outcome, the
//! ledger events that refer to the recall, and the follow-up recorded without moving stock.

use rusqlite::params;

use serde_json::Value;

use super::header::{when_short, when_text, Header};
use super::recall::{recall_facts, summary_facts};
use super::*;
use crate::model::*;
use crate::recall::Reach;
use crate::Store;

/// Where a recall stands, for its reconciliation: closed (when, by whom, signed how), open with
/// items still needing an outcome, or ready to close.
fn closure_state(w: Words, reach: &Reach) -> String {
    let r = &reach.recall;
    match (&r.closed_at, &r.closed_by) {
        (Some(at), Some(by)) => {
            let closed = [("when", when_text(at).into()), ("user", by.as_str().into())];
            match r.close_meaning {
                Some(m) => {
                    let [when, user] = closed;
                    w.a(
                        "recall-closure-closed-signed",
                        [when, user, ("meaning", w.meaning(m).into())],
                    )
                }
                None => w.a("recall-closure-closed", closed),
            }
        }
        _ if reach.summary.open > 0 => w.a(
            "recall-closure-open",
            [
                ("count", reach.summary.open.into()),
                ("items", w.thousands(reach.summary.open as u64).into()),
            ],
        ),
        _ => w.t("recall-closure-ready"),
    }
}

/// An item's outcome as the reconciliation prints it: the outcome recorded, else OPEN while it
/// still needs one, else resolved (nothing to do for it).
fn outcome_text(w: Words, o: Option<RecallOutcome>, open: bool) -> String {
    match o {
        Some(o) => w.outcome(o),
        None if open => w.t("recall-closure-outcome-open"),
        None => w.t("recall-closure-outcome-resolved"),
    }
}

/// Every affected pack and its outcome.
fn units_outcome_table(w: Words, reach: &Reach) -> Block {
    Block::Table(Table {
        name: w.t("recall-closure-packs-table"),
        columns: vec![
            w.text("col-product", 24),
            w.text("col-lot", 10),
            w.text("col-serial", 21),
            w.text("col-status", 12),
            w.text("col-location", 9),
            w.text("col-document", 13),
            w.text("col-outcome", 14),
        ],
        rows: reach
            .units
            .iter()
            .map(|u| {
                vec![
                    u.product.clone(),
                    opt(&u.lot),
                    u.serial.clone(),
                    w.status(u.status),
                    opt(&u.location),
                    opt(&u.reference),
                    outcome_text(w, u.outcome, u.open),
                ]
            })
            .collect(),
        empty: w.t("recall-closure-packs-empty"),
    })
}

/// Every affected lot quantity and its outcome, if the recall reaches any.
fn lots_outcome_table(w: Words, reach: &Reach) -> Option<Block> {
    if reach.lots.is_empty() {
        return None;
    }
    Some(Block::Table(Table {
        name: w.t("recall-closure-lots-table"),
        columns: vec![
            w.text("col-product", 28),
            w.text("col-lot", 12),
            w.text("col-status", 12),
            w.text("col-location", 10),
            w.number("col-quantity", 9),
            w.text("col-outcome", 14),
        ],
        rows: reach
            .lots
            .iter()
            .map(|l| {
                vec![
                    l.product.clone(),
                    l.lot.clone(),
                    w.status(l.status),
                    opt(&l.location),
                    w.count(l.quantity),
                    outcome_text(w, l.outcome, l.open),
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
        let w = header.words;
        let reach = self.recall_reach(actor, number)?;
        let r = &reach.recall;
        let state = closure_state(w, &reach);
        let mut blocks = vec![
            recall_facts(w, &reach),
            facts([(w.t("recall-closure-fact-state"), state)]),
            heading(w.t("recall-summary")),
            summary_facts(w, &reach),
            units_outcome_table(w, &reach),
        ];
        blocks.extend(lots_outcome_table(w, &reach));
        blocks.push(Block::Table(Table {
            name: w.t("recall-closure-events-table"),
            columns: vec![
                w.number("col-event", 8),
                w.text("col-when", 17),
                w.text("col-what", 15),
                w.text("col-by", 16),
                w.text("col-where", 9),
                w.number("col-lines", 6),
                w.text("col-signed", 10),
                w.text("col-hash", 18),
            ],
            rows: self.recall_events(w, &r.number)?,
            empty: w.t("recall-closure-events-empty"),
        }));
        blocks.push(Block::Table(Table {
            name: w.t("recall-closure-notes-table"),
            columns: vec![
                w.text("col-when", 17),
                w.text("col-by", 16),
                w.text("col-product", 24),
                w.text("col-serial-or-lot", 16),
                w.text("col-outcome", 11),
                w.text("col-note", 24),
            ],
            rows: self.recall_notes(w, r.id)?,
            empty: w.t("report-none"),
        }));
        blocks.push(Block::Signatures {
            roles: vec![w.t("report-role-qa"), w.t("report-role-pharmacist")],
        });
        let number = Value::from(r.number.as_str());
        Ok(header.document(
            ReportKind::RecallClosure,
            w.a("recall-closure-title", [("number", number.clone())]),
            w.a("recall-closure-covers", [("number", number)]),
            blocks,
        ))
    }

    /// Every ledger event that carries the recall number as its reference.
    fn recall_events(&self, w: Words, number: &str) -> CoreResult<Vec<Vec<String>>> {
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
                w.event(&r.get::<_, String>(3)?),
                r.get(4)?,
                r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                r.get::<_, i64>(6)?.to_string(),
                signed(w, r.get(7)?),
                hex::encode(&hash[..8]),
            ])
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The outcomes recorded without a ledger event (notifications, not found after leaving).
    fn recall_notes(&self, w: Words, recall: i64) -> CoreResult<Vec<Vec<String>>> {
        let mut stmt = self.conn().prepare(
            "SELECT o.recorded_at, u.name, p.name, o.serial, o.lot, o.outcome, o.note
             FROM recall_outcome o JOIN user u ON u.id = o.recorded_by JOIN product p ON p.id = o.product_id
             WHERE o.recall_id = ?1 ORDER BY o.recorded_at, o.rowid",
        )?;
        let rows = stmt.query_map(params![recall], |r| {
            Ok(vec![
                when_short(&r.get::<_, String>(0)?),
                r.get(1)?,
                r.get(2)?,
                match (
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ) {
                    (Some(serial), _) => serial,
                    (None, Some(lot)) => w.a("recall-closure-note-lot", [("lot", lot.into())]),
                    (None, None) => String::new(),
                },
                outcome_named(w, &r.get::<_, String>(5)?),
                r.get::<_, Option<String>>(6)?.unwrap_or_default(),
            ])
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// An outcome as stored (`returned_to_supplier`), in words; one the model does not know is
/// printed as stored, underscores as spaces.
fn outcome_named(w: Words, stored: &str) -> String {
    stored
        .parse::<RecallOutcome>()
        .map_or_else(|_| stored.replace('_', " "), |o| w.outcome(o))
}

/// How an event was signed, as stored (`approved`), in words.
pub(super) fn signed(w: Words, stored: Option<String>) -> String {
    match stored {
        Some(m) => m.parse::<SignatureMeaning>().map_or(m, |m| w.meaning(m)),
        None => String::new(),
    }
}
