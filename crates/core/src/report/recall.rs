//! The recall notice (what to pull, where, and who to follow up) and the recall's
//! reconciliation and closure report.

use std::collections::BTreeMap;

use rusqlite::params;

use super::header::{status, when_short, when_text, Header};
use super::*;
use crate::model::*;
use crate::recall::{AffectedLot, AffectedUnit, Reach};
use crate::Store;

fn recall_facts(reach: &Reach) -> Block {
    let r = &reach.recall;
    facts([
        ("Recall number", r.number.clone()),
        ("Class", r.class.label().to_string()),
        ("Issued on", r.issued_on.clone()),
        ("Issued by", opt(&r.issuer)),
        ("Product", r.title.clone()),
        ("Reason", r.reason.clone()),
        (
            "Entered",
            format!("{} by {}", when_text(&r.created_at), r.created_by),
        ),
    ])
}

fn class_meaning(class: RecallClass) -> &'static str {
    match class {
        RecallClass::I => "a reasonable probability that use will cause serious harm or death",
        RecallClass::II => "use may cause temporary or medically reversible harm",
        RecallClass::III => "use is unlikely to cause harm",
        RecallClass::Withdrawal => "a minor issue; the product is withdrawn from the market",
    }
}

fn summary_facts(reach: &Reach) -> Block {
    let s = &reach.summary;
    facts([
        ("Affected packs", count(s.units)),
        ("Held in quarantine here", count(s.quarantined)),
        ("Still in stock (pull now)", count(s.in_stock)),
        ("Dispensed or issued", count(s.dispensed)),
        ("Sent to another site", count(s.transferred_out)),
        ("Returned to supplier", count(s.returned_to_supplier)),
        ("Destroyed", count(s.destroyed)),
        ("Recorded missing", count(s.missing)),
        ("Lot quantity held", count(s.lot_quantity_held)),
        ("Lot quantity issued", count(s.lot_quantity_issued)),
        ("Still expected on open shipments", count(s.expected)),
        ("Serials in scope never received", count(s.not_received)),
        ("Items still needing an outcome", count(s.open)),
    ])
}

/// One line per product in scope: names, codes, and the lots and serials named.
fn products_table(store: &Store, reach: &Reach) -> CoreResult<Block> {
    let mut by_gtin: BTreeMap<&str, (Vec<&str>, usize, bool)> = BTreeMap::new();
    for line in &reach.recall.scope {
        let e = by_gtin.entry(&line.gtin).or_default();
        match (&line.lot, &line.serial) {
            (_, Some(_)) => e.1 += 1,
            (Some(l), None) => e.0.push(l),
            (None, None) => e.2 = true,
        }
    }
    let mut rows = Vec::new();
    for (gtin, (lots, serials, whole)) in by_gtin {
        let product = store.product_by_gtin(gtin).ok();
        let d = product.as_ref().map(|p| &p.data);
        let codes: Vec<String> = d
            .map(|d| {
                [("NDC", &d.ndc), ("PZN", &d.pzn), ("CIP", &d.cip)]
                    .into_iter()
                    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
                    .collect()
            })
            .unwrap_or_default();
        let mut what = Vec::new();
        if whole {
            what.push("every lot".to_string());
        }
        if !lots.is_empty() {
            what.push(format!("lots {}", lots.join(", ")));
        }
        if serials > 0 {
            what.push(format!("{serials} serial(s) listed below"));
        }
        rows.push(vec![
            d.map_or("(not in the product list)".to_string(), |d| d.name.clone()),
            gtin.to_string(),
            codes.join(", "),
            d.and_then(|d| d.manufacturer.clone()).unwrap_or_default(),
            what.join("; "),
        ]);
    }
    Ok(Block::Table(Table {
        name: "Products recalled".into(),
        columns: vec![
            Column::text("Product", 30),
            Column::text("GTIN", 15),
            Column::text("National codes", 16),
            Column::text("Manufacturer", 16),
            Column::text("Scope", 24),
        ],
        rows,
        empty: "No scope.".into(),
    }))
}

fn held_rows(units: &[&AffectedUnit]) -> Vec<Vec<String>> {
    units
        .iter()
        .map(|u| {
            vec![
                String::new(),
                u.product.clone(),
                u.gtin.clone(),
                opt(&u.lot),
                u.serial.clone(),
                opt(&u.expiry),
                status(u.status),
            ]
        })
        .collect()
}

fn held_columns() -> Vec<Column> {
    vec![
        Column::checkbox("Pulled"),
        Column::text("Product", 28),
        Column::text("GTIN", 15),
        Column::text("Lot", 10),
        Column::text("Serial", 21),
        Column::text("Expiry", 11),
        Column::text("Status", 11),
    ]
}

fn departed(u: &AffectedUnit) -> bool {
    u.location.is_none()
}

fn lot_held(l: &AffectedLot) -> bool {
    l.location.is_some()
}

/// The packs and lot quantities held at this site, one table of packs per location to take round
/// the shelves, then the lot quantities.
fn held_tables(reach: &Reach) -> Vec<Block> {
    let mut blocks = Vec::new();
    // Held packs, one table per location, to take round the shelves.
    let mut by_location: BTreeMap<&str, Vec<&AffectedUnit>> = BTreeMap::new();
    for u in reach.units.iter().filter(|u| !departed(u)) {
        by_location
            .entry(u.location.as_deref().unwrap_or_default())
            .or_default()
            .push(u);
    }
    blocks.push(heading("Affected packs held here, by location"));
    if by_location.is_empty() {
        blocks.push(paragraph("No affected pack is held at this site."));
    }
    for (location, units) in by_location {
        blocks.push(Block::Table(Table {
            name: format!(
                "{location}: {} pack(s) to pull",
                thousands(units.len() as u64)
            ),
            columns: held_columns(),
            rows: held_rows(&units),
            empty: String::new(),
        }));
    }
    let lots: Vec<&AffectedLot> = reach.lots.iter().filter(|l| lot_held(l)).collect();
    if !lots.is_empty() {
        blocks.push(Block::Table(Table {
            name: "Lot quantities held".into(),
            columns: vec![
                Column::checkbox("Pulled"),
                Column::text("Product", 30),
                Column::text("GTIN", 15),
                Column::text("Lot", 12),
                Column::text("Location", 10),
                Column::text("Status", 11),
                Column::number("Quantity", 9),
            ],
            rows: lots
                .iter()
                .map(|l| {
                    vec![
                        String::new(),
                        l.product.clone(),
                        l.gtin.clone(),
                        l.lot.clone(),
                        opt(&l.location),
                        status(l.status),
                        count(l.quantity),
                    ]
                })
                .collect(),
            empty: String::new(),
        }));
    }
    blocks
}

/// What left the pharmacy and must be followed up: the packs, then the lot quantities issued.
fn departed_tables(reach: &Reach) -> Vec<Block> {
    let mut blocks = Vec::new();
    blocks.push(heading("Dispensed and sent away: follow up"));
    blocks.push(Block::Table(Table {
        name: "Packs that left the pharmacy".into(),
        columns: vec![
            Column::checkbox("Done"),
            Column::text("Product", 24),
            Column::text("Lot", 9),
            Column::text("Serial", 21),
            Column::text("Status", 10),
            Column::text("When", 15),
            Column::text("Document", 12),
            Column::text("Party", 12),
        ],
        rows: reach
            .units
            .iter()
            .filter(|u| departed(u))
            .map(|u| {
                vec![
                    String::new(),
                    u.product.clone(),
                    opt(&u.lot),
                    u.serial.clone(),
                    status(u.status),
                    when_short(&u.since),
                    opt(&u.reference),
                    opt(&u.counterparty),
                ]
            })
            .collect(),
        empty: "No affected pack has left the pharmacy.".into(),
    }));
    let issued: Vec<&AffectedLot> = reach.lots.iter().filter(|l| !lot_held(l)).collect();
    if !issued.is_empty() {
        blocks.push(Block::Table(Table {
            name: "Lot quantities issued".into(),
            columns: vec![
                Column::checkbox("Done"),
                Column::text("Product", 30),
                Column::text("Lot", 12),
                Column::text("Status", 12),
                Column::number("Quantity", 9),
            ],
            rows: issued
                .iter()
                .map(|l| {
                    vec![
                        String::new(),
                        l.product.clone(),
                        l.lot.clone(),
                        status(l.status),
                        count(l.quantity),
                    ]
                })
                .collect(),
            empty: String::new(),
        }));
    }
    blocks
}

/// What is still expected on open shipments, to refuse or quarantine on arrival, if anything.
fn expected_table(reach: &Reach) -> Option<Block> {
    if reach.expected.is_empty() {
        return None;
    }
    Some(Block::Table(Table {
        name: "Still expected on open shipments: refuse or quarantine on arrival".into(),
        columns: vec![
            Column::text("Shipment", 16),
            Column::text("GTIN", 15),
            Column::text("Lot", 12),
            Column::text("Serial", 16),
            Column::number("Quantity", 9),
        ],
        rows: reach
            .expected
            .iter()
            .map(|e| {
                vec![
                    e.shipment.clone(),
                    e.gtin.clone(),
                    opt(&e.lot),
                    opt(&e.serial),
                    count(e.quantity),
                ]
            })
            .collect(),
        empty: String::new(),
    }))
}

/// The banner across a recall notice's first page.
fn banner(class: RecallClass) -> &'static str {
    match class {
        RecallClass::I | RecallClass::II => "URGENT: DRUG RECALL",
        RecallClass::III => "DRUG RECALL",
        RecallClass::Withdrawal => "MARKET WITHDRAWAL",
    }
}

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
    pub(super) fn recall_notice(
        &self,
        actor: &User,
        header: Header,
        number: &str,
    ) -> CoreResult<Document> {
        let reach = self.recall_reach(actor, number)?;
        let r = &reach.recall;
        let mut blocks = vec![
            recall_facts(&reach),
            paragraph(format!("{}: {}.", r.class.label(), class_meaning(r.class))),
            heading("What to do"),
            paragraph(r.instructions.clone().unwrap_or_else(|| {
                "Stop dispensing the affected product at once. Pull every affected pack listed \
                 below, tick it off, and take it to quarantine. Follow up every pack that has \
                 left the pharmacy."
                    .into()
            })),
            products_table(self, &reach)?,
            heading("Summary"),
            summary_facts(&reach),
        ];
        blocks.extend(held_tables(&reach));
        blocks.extend(departed_tables(&reach));
        blocks.extend(expected_table(&reach));
        blocks.push(Block::Signatures {
            roles: vec![
                "Stock pulled and checked by".into(),
                "Pharmacist in charge".into(),
                "QA officer".into(),
            ],
        });
        let mut doc = header.document(
            ReportKind::RecallNotice,
            format!("Recall notice {}", r.number),
            format!(
                "recall {} as entered {}",
                r.number,
                when_text(&r.created_at)
            ),
            blocks,
        );
        doc.banner = Some(banner(r.class).into());
        Ok(doc)
    }

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
