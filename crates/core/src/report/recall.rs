//! The recall notice: what to pull, where, and who to follow up (the reconciliation is
//! `recall_closure`).

use std::collections::BTreeMap;

use super::header::{status, when_short, when_text, Header};
use super::*;
use crate::model::*;
use crate::recall::{AffectedLot, AffectedUnit, Reach};
use crate::Store;

pub(super) fn recall_facts(reach: &Reach) -> Block {
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

/// The packs still to take off the shelves: held at a location here (in stock or quarantined
/// in place by the hold) with no outcome yet. The summary's "to pull" figure and the tables of
/// packs to pull by location are both this list, so they cannot disagree.
fn to_pull(reach: &Reach) -> Vec<&AffectedUnit> {
    reach
        .units
        .iter()
        .filter(|u| !departed(u) && u.open)
        .collect()
}

/// The lot quantities still to take off the shelves: held here, with no outcome yet.
fn lots_to_pull(reach: &Reach) -> Vec<&AffectedLot> {
    reach
        .lots
        .iter()
        .filter(|l| lot_held(l) && l.open && l.quantity != 0)
        .collect()
}

/// The summary: the affected packs and what is still open always, every other figure only when
/// it is not zero (a notice full of zeros hides the figures that matter). "To pull" is counted
/// from [`to_pull`], the same list the tables by location print.
pub(super) fn summary_facts(reach: &Reach) -> Block {
    let s = &reach.summary;
    let pull = to_pull(reach);
    let not_yet_held = pull
        .iter()
        .filter(|u| u.status == UnitStatus::InStock)
        .count() as i64;
    let lot_pull: i64 = lots_to_pull(reach).iter().map(|l| l.quantity).sum();
    let always = [
        ("Affected packs", s.units),
        (
            "To pull from the shelves (held here, no outcome yet)",
            pull.len() as i64,
        ),
    ];
    let when_any = [
        ("of which not yet in quarantine", not_yet_held),
        ("Dispensed or issued", s.dispensed),
        ("Sent to another site", s.transferred_out),
        ("Returned to supplier", s.returned_to_supplier),
        ("Destroyed", s.destroyed),
        ("Recorded missing", s.missing),
        ("Lot quantity to pull", lot_pull),
        (
            "Lot quantity issued, to follow up",
            issued_quantity(reach, true),
        ),
        ("Still expected on open shipments", s.expected),
        ("Serials in scope never received", s.not_received),
    ];
    facts(
        always
            .into_iter()
            .chain(when_any.into_iter().filter(|(_, n)| *n != 0))
            .chain([("Items still needing an outcome", s.open)])
            .map(|(l, n)| (l, count(n))),
    )
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

/// The lot quantities issued (dispensed, sent away) still needing an outcome (`open`), or those
/// whose outcome is recorded.
fn issued_lots(reach: &Reach, open: bool) -> Vec<&AffectedLot> {
    reach
        .lots
        .iter()
        .filter(|l| !lot_held(l) && l.open == open && l.quantity != 0)
        .collect()
}

/// How much lot stock issued is still open, or has its outcome: the summary's figure is the
/// total of the table of lot quantities issued, which lists the open ones.
fn issued_quantity(reach: &Reach, open: bool) -> i64 {
    issued_lots(reach, open).iter().map(|l| l.quantity).sum()
}

/// The packs and lot quantities held at this site, one table of packs per location to take round
/// the shelves, then the lot quantities.
fn held_tables(reach: &Reach) -> Vec<Block> {
    let mut blocks = Vec::new();
    // Held packs, one table per location, to take round the shelves.
    let mut by_location: BTreeMap<&str, Vec<&AffectedUnit>> = BTreeMap::new();
    for u in to_pull(reach) {
        by_location
            .entry(u.location.as_deref().unwrap_or_default())
            .or_default()
            .push(u);
    }
    blocks.push(heading("Affected packs to pull, by location"));
    if by_location.is_empty() {
        blocks.push(paragraph(
            "No affected pack is left to pull at this site: every one held here has an outcome.",
        ));
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
    let lots = lots_to_pull(reach);
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
            .filter(|u| departed(u) && u.open)
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
        empty: "No affected pack that left the pharmacy still needs following up.".into(),
    }));
    let done = reach
        .units
        .iter()
        .filter(|u| departed(u) && !u.open)
        .count();
    if done > 0 {
        blocks.push(paragraph(format!(
            "{} affected pack(s) already have their outcome recorded (returned, destroyed, \
             followed up): the reconciliation lists them.",
            thousands(done as u64)
        )));
    }
    let issued = issued_lots(reach, true);
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
    let followed = issued_quantity(reach, false);
    if followed > 0 {
        blocks.push(paragraph(format!(
            "{} of lot stock issued already has its outcome recorded (followed up): the \
             reconciliation lists it.",
            thousands(followed as u64)
        )));
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
}
