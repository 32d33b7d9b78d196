//! The chain-of-custody certificate of one pack, and quarantine labels: both carry the pack's
//! GS1 DataMatrix so it can be scanned back from paper.

use chrono::NaiveDate;
use custody_gs1::{encode_bracketed, encode_element_string};
use rusqlite::params;

use super::header::{status, when_short, Header};
use super::*;
use crate::history::{HistoryEntry, UnitHistory};
use crate::ledger::verify::prove_events;
use crate::ledger::verify::EventProof;
use crate::model::*;
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
    }
}

/// The pack and its product: codes, lot, expiry, where it is now and its flags.
fn pack_facts(history: &UnitHistory, product: &Product) -> Block {
    let u = &history.unit;
    let d = &product.data;
    let national: Vec<String> = [("NDC", &d.ndc), ("PZN", &d.pzn), ("CIP", &d.cip)]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
        .collect();
    facts([
        ("Product", d.name.clone()),
        ("Generic name", opt(&d.generic_name)),
        ("Manufacturer", opt(&d.manufacturer)),
        ("GTIN", u.gtin.clone()),
        ("National codes", national.join(", ")),
        ("Serial", u.serial.clone()),
        ("Lot", opt(&u.lot)),
        ("Expiry", opt(&u.expiry)),
        (
            "Now",
            match &u.location {
                Some(l) => format!("{} at {l}", status(u.status)),
                None => status(u.status),
            },
        ),
        ("Flags", history.flags.join(", ")),
        ("Events", history.events.len().to_string()),
    ])
}

/// What an event did to the pack: its status and place before → after (`in stock at PHARM →
/// dispensed`).
fn movement_text(e: &HistoryEntry) -> String {
    let from = e.location_before.clone().unwrap_or_default();
    let to = e.location_after.clone().unwrap_or_default();
    let before = e.status_before.map(status).unwrap_or_else(|| "new".into());
    let after = e.status_after.map(status).unwrap_or_default();
    let side = |s: String, l: String| {
        if l.is_empty() {
            s
        } else {
            format!("{s} at {l}")
        }
    };
    format!("{} → {}", side(before, from), side(after, to))
}

/// Every event of the pack, in order: when, what (and how it was signed), by whom, the movement,
/// the document and the party or reason.
fn events_table(history: &UnitHistory) -> Block {
    Block::Table(Table {
        name: "Events".into(),
        columns: vec![
            Column::number("Event", 7),
            Column::text("When", 17),
            Column::text("What", 12),
            Column::text("By", 14),
            Column::text("Movement", 30),
            Column::text("Document", 12),
            Column::text("Party or reason", 16),
        ],
        rows: history
            .events
            .iter()
            .map(|e| {
                let mut what = e.kind.as_str().replace('_', " ");
                if let Some(m) = e.signature {
                    what.push_str(&format!(" (signed, {m})"));
                }
                vec![
                    e.seq.to_string(),
                    when_short(&e.occurred_at),
                    what,
                    e.actor_name.clone(),
                    movement_text(e),
                    opt(&e.reference),
                    e.counterparty
                        .clone()
                        .or(e.reason.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
        empty: "No event.".into(),
    })
}

/// Whether an event's hash matches what is stored and its link to the event before it holds.
fn proven(p: &EventProof) -> bool {
    p.content_intact && p.link_intact
}

/// How the ledger proves the record, and what the check found when the certificate was made.
fn proof_paragraph(proofs: &[EventProof]) -> Block {
    let result = if proofs.iter().all(proven) {
        "every event is intact".to_string()
    } else {
        let bad: Vec<String> = proofs
            .iter()
            .filter(|p| !proven(p))
            .map(|p| p.seq.to_string())
            .collect();
        format!(
            "EVENTS {} DO NOT MATCH THEIR HASHES; do not rely on this record",
            bad.join(", ")
        )
    };
    paragraph(format!(
        "Every event in the ledger is hash-chained: its SHA-256 hash covers its content and \
         the hash of the event before it at this site, so no event can be changed, removed \
         or inserted without breaking the chain. Each event above was checked when this \
         certificate was produced: its hash recomputed from what is stored, and its link to \
         the event before it. Result: {result}."
    ))
}

/// Each event's hash and the hash it is chained to, with the check's result.
fn hashes_table(proofs: &[EventProof]) -> Block {
    Block::Table(Table {
        name: "Ledger hashes".into(),
        columns: vec![
            Column::number("Event", 7),
            Column::text("Hash (SHA-256)", 44),
            Column::text("Chained to", 44),
            Column::text("Check", 9),
        ],
        rows: proofs
            .iter()
            .map(|p| {
                vec![
                    p.seq.to_string(),
                    p.hash.clone(),
                    p.prev_hash.clone(),
                    if proven(p) { "intact" } else { "BROKEN" }.into(),
                ]
            })
            .collect(),
        empty: "No event.".into(),
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
                vec![
                    d.name.clone(),
                    format!("GTIN {}  serial {}", u.gtin, u.serial),
                ],
            )),
            pack_facts(&history, &product),
            heading("Chain of custody"),
            events_table(&history),
            heading("Proof"),
            proof_paragraph(&proofs),
            hashes_table(&proofs),
            Block::Signatures {
                roles: vec!["Certified by (QA officer)".into()],
            },
        ];
        if !intact {
            blocks.insert(
                0,
                paragraph("WARNING: the ledger does not prove this record."),
            );
        }
        Ok(header.document(
            ReportKind::ChainOfCustody,
            format!("Chain-of-custody certificate {} / {}", u.gtin, u.serial),
            format!("every ledger event of GTIN {} serial {}", u.gtin, u.serial),
            blocks,
        ))
    }

    pub(super) fn quarantine_labels(
        &self,
        header: Header,
        location: Option<&str>,
    ) -> CoreResult<Document> {
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
                        "QUARANTINE — DO NOT USE".into(),
                        r.get(1)?,
                        format!(
                            "Lot {}  Exp {}  SN {serial}",
                            lot.unwrap_or_default(),
                            expiry.map(|e| e.to_string()).unwrap_or_default()
                        ),
                    ],
                );
                // The reason last: on a small label it is what may be cut short.
                label
                    .lines
                    .push(format!("Held at {code}: {}", why.unwrap_or_default()));
                Ok(label)
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let n = labels.len();
        let place = only.map_or("every location".to_string(), |l| {
            format!("{} ({})", l.code, l.name)
        });
        let blocks = if labels.is_empty() {
            vec![paragraph("No pack is held in quarantine.")]
        } else {
            vec![Block::Labels { labels }]
        };
        Ok(header.document(
            ReportKind::QuarantineLabels,
            format!("Quarantine labels ({n})"),
            format!("packs in quarantine at {place}"),
            blocks,
        ))
    }
}
