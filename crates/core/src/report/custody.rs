//! The chain-of-custody certificate of one pack, and quarantine labels: both carry the pack's
//! GS1 DataMatrix so it can be scanned back from paper.

use chrono::NaiveDate;
use custody_gs1::{encode_bracketed, encode_element_string};
use rusqlite::params;

use serde_json::Value;

use super::header::{place, when_short, Header};
use super::*;
use crate::history::{HistoryEntry, UnitHistory};
use crate::ledger::verify::prove_events;
use crate::ledger::verify::EventProof;
use crate::model::*;
use crate::stock::UnitState;
use crate::Store;

/// A pack's AIs as printed: GTIN, expiry, lot, serial (what is known).
fn pack_elements(
    gtin: &str,
    expiry: Option<NaiveDate>,
    lot: Option<&str>,
    serial: &str,
) -> Vec<(&'static str, String)> {
    let mut ai = vec![("01", gtin.to_string())];
    if let Some(e) = expiry {
        ai.push(("17", e.format("%y%m%d").to_string()));
    }
    if let Some(l) = lot {
        ai.push(("10", l.to_string()));
    }
    ai.push(("21", serial.to_string()));
    ai
}

fn pack_code(elements: &[(&'static str, String)], lines: Vec<String>) -> Barcode {
    let pairs: Vec<(&str, &str)> = elements.iter().map(|(a, v)| (*a, v.as_str())).collect();
    let mut lines = lines;
    lines.push(encode_bracketed(&pairs));
    Barcode {
        element_string: encode_element_string(&pairs),
        lines,
        drawing: None,
    }
}

/// A pack's GTIN and serial, as a title or a line names them.
fn pack_args(u: &UnitState) -> [(&'static str, Value); 2] {
    [
        ("gtin", u.gtin.as_str().into()),
        ("serial", u.serial.as_str().into()),
    ]
}

/// The pack and its product: codes, lot, expiry, where it is now and its flags.
fn pack_facts(w: Words, history: &UnitHistory, product: &Product) -> Block {
    let u = &history.unit;
    let d = &product.data;
    let national: Vec<String> = [("NDC", &d.ndc), ("PZN", &d.pzn), ("CIP", &d.cip)]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
        .collect();
    let flags: Vec<String> = history
        .flags
        .iter()
        .map(|f| w.t(&format!("custody-flag-{f}")))
        .collect();
    facts([
        (w.t("col-product"), d.name.clone()),
        (w.t("custody-fact-generic"), opt(&d.generic_name)),
        (w.t("col-manufacturer"), opt(&d.manufacturer)),
        (w.t("col-gtin"), u.gtin.clone()),
        (w.t("col-national-codes"), national.join(", ")),
        (w.t("col-serial"), u.serial.clone()),
        (w.t("col-lot"), opt(&u.lot)),
        (w.t("col-expiry"), opt(&u.expiry)),
        (
            w.t("custody-fact-now"),
            match &u.location {
                Some(l) => w.a(
                    "report-status-at",
                    [
                        ("status", w.status(u.status).into()),
                        ("location", l.as_str().into()),
                    ],
                ),
                None => w.status(u.status),
            },
        ),
        (w.t("custody-fact-flags"), flags.join(", ")),
        (w.t("custody-fact-events"), history.events.len().to_string()),
    ])
}

/// What an event did to the pack: its status and place before → after (`in stock at PHARM →
/// dispensed`).
fn movement_text(w: Words, e: &HistoryEntry) -> String {
    let from = e.location_before.clone().unwrap_or_default();
    let to = e.location_after.clone().unwrap_or_default();
    let before = e
        .status_before
        .map(|s| w.status(s))
        .unwrap_or_else(|| w.t("custody-new"));
    let after = e.status_after.map(|s| w.status(s)).unwrap_or_default();
    let side = |s: String, l: String| {
        if l.is_empty() {
            s
        } else {
            w.a(
                "report-status-at",
                [("status", s.into()), ("location", l.into())],
            )
        }
    };
    format!("{} → {}", side(before, from), side(after, to))
}

/// Every event of the pack, in order: when, what (and how it was signed), by whom, the movement,
/// the document and the party or reason.
fn events_table(w: Words, history: &UnitHistory) -> Block {
    Block::Table(Table {
        name: w.t("custody-fact-events"),
        columns: vec![
            w.number("col-event", 7),
            w.text("col-when", 17),
            w.text("col-what", 12),
            w.text("col-by", 14),
            w.text("col-movement", 30),
            w.text("col-document", 12),
            w.text("col-party-or-reason", 16),
        ],
        rows: history
            .events
            .iter()
            .map(|e| {
                let mut what = w.event(e.kind.as_str());
                if let Some(m) = e.signature {
                    what = w.a(
                        "custody-event-signed",
                        [("event", what.into()), ("meaning", w.meaning(m).into())],
                    );
                }
                vec![
                    e.seq.to_string(),
                    when_short(&e.occurred_at),
                    what,
                    e.actor_name.clone(),
                    movement_text(w, e),
                    opt(&e.reference),
                    e.counterparty
                        .clone()
                        .or(e.reason.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
        empty: w.t("custody-no-event"),
    })
}

/// Whether an event's hash matches what is stored and its link to the event before it holds.
fn proven(p: &EventProof) -> bool {
    p.content_intact && p.link_intact
}

/// How the ledger proves the record, and what the check found when the certificate was made.
fn proof_paragraph(w: Words, proofs: &[EventProof]) -> Block {
    let result = if proofs.iter().all(proven) {
        w.t("custody-proof-intact")
    } else {
        let bad: Vec<String> = proofs
            .iter()
            .filter(|p| !proven(p))
            .map(|p| p.seq.to_string())
            .collect();
        w.a("custody-proof-broken", [("events", bad.join(", ").into())])
    };
    paragraph(w.a("custody-proof", [("result", result.into())]))
}

/// Each event's hash and the hash it is chained to, with the check's result.
fn hashes_table(w: Words, proofs: &[EventProof]) -> Block {
    Block::Table(Table {
        name: w.t("custody-hashes-table"),
        columns: vec![
            w.number("col-event", 7),
            w.text("col-hash-sha256", 44),
            w.text("col-chained-to", 44),
            w.text("col-check", 9),
        ],
        rows: proofs
            .iter()
            .map(|p| {
                vec![
                    p.seq.to_string(),
                    p.hash.clone(),
                    p.prev_hash.clone(),
                    w.t(if proven(p) {
                        "custody-check-intact"
                    } else {
                        "custody-check-broken"
                    }),
                ]
            })
            .collect(),
        empty: w.t("custody-no-event"),
    })
}

impl Store {
    pub(super) fn custody_certificate(
        &self,
        actor: &User,
        header: Header,
        gtin: &str,
        serial: &str,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let w = header.words;
        let history = self.unit_history(actor, gtin, serial, today)?;
        let u = &history.unit;
        let product = self.product_by_gtin(gtin)?;
        let d = &product.data;
        let seqs: Vec<i64> = history.events.iter().map(|e| e.seq).collect();
        let proofs = prove_events(self.conn(), &seqs)?;
        let intact = proofs.iter().all(proven);
        let elements = pack_elements(&u.gtin, u.expiry, u.lot.as_deref(), &u.serial);
        let mut blocks = vec![
            Block::Barcode(pack_code(
                &elements,
                vec![d.name.clone(), w.a("custody-code-line", pack_args(u))],
            )),
            pack_facts(w, &history, &product),
            heading(w.t("custody-heading")),
            events_table(w, &history),
            heading(w.t("custody-proof-heading")),
            proof_paragraph(w, &proofs),
            hashes_table(w, &proofs),
            Block::Signatures {
                roles: vec![w.t("custody-sign-certified")],
            },
        ];
        if !intact {
            blocks.insert(0, paragraph(w.t("custody-warning")));
        }
        Ok(header.document(
            ReportKind::ChainOfCustody,
            w.a("custody-title", pack_args(u)),
            w.a("custody-covers", pack_args(u)),
            blocks,
        ))
    }

    pub(super) fn quarantine_labels(
        &self,
        header: Header,
        location: Option<&str>,
    ) -> CoreResult<Document> {
        let w = header.words;
        let only = self.report_location(location)?;
        // The reason is the one on the event that put each pack on hold.
        let mut stmt = self.conn().prepare(
            "SELECT p.gtin, p.name, u.serial, u.lot, u.expiry, l.code,
                    (SELECT coalesce(e.reason, e.kind) || coalesce(' (' || e.reference || ')', '')
                     FROM event e WHERE e.seq = u.last_event_seq)
             FROM unit u JOIN product p ON p.id = u.product_id JOIN location l ON l.id = u.location_id
             WHERE u.status = 'quarantined' AND (?1 IS NULL OR u.location_id = ?1)
             ORDER BY l.code, p.name, u.lot, u.serial",
        )?;
        let labels = stmt
            .query_map(params![only.as_ref().map(|l| l.id.0)], |r| {
                let gtin: String = r.get(0)?;
                let serial: String = r.get(2)?;
                let lot: Option<String> = r.get(3)?;
                let expiry: Option<NaiveDate> = crate::fields::parse_date(r.get(4)?);
                let code: String = r.get(5)?;
                let why: Option<String> = r.get(6)?;
                let elements = pack_elements(&gtin, expiry, lot.as_deref(), &serial);
                let mut label = pack_code(
                    &elements,
                    vec![
                        w.t("labels-quarantine"),
                        r.get(1)?,
                        w.a(
                            "labels-pack",
                            [
                                ("lot", lot.unwrap_or_default().into()),
                                (
                                    "expiry",
                                    expiry.map(|e| e.to_string()).unwrap_or_default().into(),
                                ),
                                ("serial", serial.as_str().into()),
                            ],
                        ),
                    ],
                );
                // The reason last: on a small label it is what may be cut short.
                label.lines.push(w.a(
                    "labels-held-at",
                    [
                        ("location", code.into()),
                        ("reason", why.unwrap_or_default().into()),
                    ],
                ));
                Ok(label)
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let n = labels.len();
        let place = only.map_or(w.t("report-every-location"), |l| place(&l));
        let blocks = if labels.is_empty() {
            vec![paragraph(w.t("labels-none"))]
        } else {
            vec![Block::Labels { labels }]
        };
        Ok(header.document(
            ReportKind::QuarantineLabels,
            w.a("labels-title", [("count", n.into())]),
            w.a("labels-covers", [("location", place.into())]),
            blocks,
        ))
    }
}
