//! The recall notice: what to pull, where, and who to follow up (the reconciliation is
//! `recall_closure`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::header::{when_short, when_text, Header};
use super::*;
use crate::model::*;
use crate::recall::{AffectedLot, AffectedUnit, Reach};
use crate::Store;

pub(super) fn recall_facts(w: Words, reach: &Reach) -> Block {
    let r = &reach.recall;
    facts([
        (w.t("recall-fact-number"), r.number.clone()),
        (w.t("recall-fact-class"), w.class(r.class)),
        (w.t("recall-fact-issued-on"), r.issued_on.clone()),
        (w.t("recall-fact-issued-by"), opt(&r.issuer)),
        (w.t("recall-fact-product"), r.title.clone()),
        (w.t("recall-fact-reason"), r.reason.clone()),
        (
            w.t("recall-fact-entered"),
            w.a(
                "recall-entered",
                [
                    ("when", when_text(&r.created_at).into()),
                    ("user", r.created_by.clone().into()),
                ],
            ),
        ),
    ])
}

/// What a recall's class means, as its notice explains it.
fn class_meaning(w: Words, class: RecallClass) -> String {
    w.t(&format!(
        "recall-class-meaning-{}",
        class.as_str().to_ascii_lowercase()
    ))
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
pub(super) fn summary_facts(w: Words, reach: &Reach) -> Block {
    let s = &reach.summary;
    let pull = to_pull(reach);
    let not_yet_held = pull
        .iter()
        .filter(|u| u.status == UnitStatus::InStock)
        .count() as i64;
    let lot_pull: i64 = lots_to_pull(reach).iter().map(|l| l.quantity).sum();
    let always = [
        ("recall-sum-affected", s.units),
        ("recall-sum-to-pull", pull.len() as i64),
    ];
    let when_any = [
        ("recall-sum-not-quarantined", not_yet_held),
        ("recall-sum-dispensed", s.dispensed),
        ("recall-sum-transferred", s.transferred_out),
        ("recall-sum-returned", s.returned_to_supplier),
        ("recall-sum-destroyed", s.destroyed),
        ("recall-sum-missing", s.missing),
        ("recall-sum-lot-to-pull", lot_pull),
        ("recall-sum-lot-issued", issued_quantity(reach, true)),
        ("recall-sum-expected", s.expected),
        ("recall-sum-not-received", s.not_received),
    ];
    facts(
        always
            .into_iter()
            .chain(when_any.into_iter().filter(|(_, n)| *n != 0))
            .chain([("recall-sum-open", s.open)])
            .map(|(l, n)| (w.t(l), w.count(n))),
    )
}

/// One line per product in scope: names, codes, and the lots and serials named.
fn products_table(w: Words, store: &Store, reach: &Reach) -> CoreResult<Block> {
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
            what.push(w.t("recall-scope-every-lot"));
        }
        if !lots.is_empty() {
            what.push(w.a("recall-scope-lots", [("lots", lots.join(", ").into())]));
        }
        if serials > 0 {
            what.push(w.a("recall-scope-serials", [("serials", serials.into())]));
        }
        rows.push(vec![
            d.map_or(w.t("recall-product-unknown"), |d| d.name.clone()),
            gtin.to_string(),
            codes.join(", "),
            d.and_then(|d| d.manufacturer.clone()).unwrap_or_default(),
            what.join("; "),
        ]);
    }
    Ok(Block::Table(Table {
        name: w.t("recall-products-table"),
        columns: vec![
            w.text("col-product", 30),
            w.text("col-gtin", 15),
            w.text("col-national-codes", 16),
            w.text("col-manufacturer", 16),
            w.text("col-scope", 24),
        ],
        rows,
        empty: w.t("recall-products-empty"),
    }))
}

fn held_rows(w: Words, units: &[&AffectedUnit]) -> Vec<Vec<String>> {
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
                w.status(u.status),
            ]
        })
        .collect()
}

fn held_columns(w: Words) -> Vec<Column> {
    vec![
        w.checkbox("col-pulled"),
        w.text("col-product", 28),
        w.text("col-gtin", 15),
        w.text("col-lot", 10),
        w.text("col-serial", 21),
        w.text("col-expiry", 11),
        w.text("col-status", 11),
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
fn held_tables(w: Words, reach: &Reach) -> Vec<Block> {
    let mut blocks = Vec::new();
    // Held packs, one table per location, to take round the shelves.
    let mut by_location: BTreeMap<&str, Vec<&AffectedUnit>> = BTreeMap::new();
    for u in to_pull(reach) {
        by_location
            .entry(u.location.as_deref().unwrap_or_default())
            .or_default()
            .push(u);
    }
    blocks.push(heading(w.t("recall-to-pull-heading")));
    if by_location.is_empty() {
        blocks.push(paragraph(w.t("recall-nothing-to-pull")));
    }
    for (location, units) in by_location {
        blocks.push(Block::Table(Table {
            name: w.a(
                "recall-to-pull-table",
                [
                    ("location", location.into()),
                    ("count", units.len().into()),
                    ("packs", w.thousands(units.len() as u64).into()),
                ],
            ),
            columns: held_columns(w),
            rows: held_rows(w, &units),
            empty: String::new(),
        }));
    }
    let lots = lots_to_pull(reach);
    if !lots.is_empty() {
        blocks.push(Block::Table(Table {
            name: w.t("recall-lots-held-table"),
            columns: vec![
                w.checkbox("col-pulled"),
                w.text("col-product", 30),
                w.text("col-gtin", 15),
                w.text("col-lot", 12),
                w.text("col-location", 10),
                w.text("col-status", 11),
                w.number("col-quantity", 9),
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
                        w.status(l.status),
                        w.count(l.quantity),
                    ]
                })
                .collect(),
            empty: String::new(),
        }));
    }
    blocks
}

/// What left the pharmacy and must be followed up: the packs, then the lot quantities issued.
fn departed_tables(w: Words, reach: &Reach) -> Vec<Block> {
    let mut blocks = Vec::new();
    blocks.push(heading(w.t("recall-departed-heading")));
    blocks.push(Block::Table(Table {
        name: w.t("recall-departed-table"),
        columns: vec![
            w.checkbox("col-done"),
            w.text("col-product", 24),
            w.text("col-lot", 9),
            w.text("col-serial", 21),
            w.text("col-status", 10),
            w.text("col-when", 15),
            w.text("col-document", 12),
            w.text("col-party", 12),
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
                    w.status(u.status),
                    when_short(&u.since),
                    opt(&u.reference),
                    opt(&u.counterparty),
                ]
            })
            .collect(),
        empty: w.t("recall-departed-empty"),
    }));
    let done = reach
        .units
        .iter()
        .filter(|u| departed(u) && !u.open)
        .count();
    if done > 0 {
        blocks.push(paragraph(w.a(
            "recall-departed-done",
            [
                ("count", done.into()),
                ("packs", w.thousands(done as u64).into()),
            ],
        )));
    }
    let issued = issued_lots(reach, true);
    if !issued.is_empty() {
        blocks.push(Block::Table(Table {
            name: w.t("recall-lots-issued-table"),
            columns: vec![
                w.checkbox("col-done"),
                w.text("col-product", 30),
                w.text("col-lot", 12),
                w.text("col-status", 12),
                w.number("col-quantity", 9),
            ],
            rows: issued
                .iter()
                .map(|l| {
                    vec![
                        String::new(),
                        l.product.clone(),
                        l.lot.clone(),
                        w.status(l.status),
                        w.count(l.quantity),
                    ]
                })
                .collect(),
            empty: String::new(),
        }));
    }
    let followed = issued_quantity(reach, false);
    if followed > 0 {
        blocks.push(paragraph(w.a(
            "recall-lots-issued-done",
            [
                ("count", followed.into()),
                ("quantity", w.thousands(followed as u64).into()),
            ],
        )));
    }
    blocks
}

/// What is still expected on open shipments, to refuse or quarantine on arrival, if anything.
fn expected_table(w: Words, reach: &Reach) -> Option<Block> {
    if reach.expected.is_empty() {
        return None;
    }
    Some(Block::Table(Table {
        name: w.t("recall-expected-table"),
        columns: vec![
            w.text("col-shipment", 16),
            w.text("col-gtin", 15),
            w.text("col-lot", 12),
            w.text("col-serial", 16),
            w.number("col-quantity", 9),
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
                    w.count(e.quantity),
                ]
            })
            .collect(),
        empty: String::new(),
    }))
}

/// The banner across a recall notice's first page.
fn banner(w: Words, class: RecallClass) -> String {
    w.t(match class {
        RecallClass::I | RecallClass::II => "recall-banner-urgent",
        RecallClass::III => "recall-banner",
        RecallClass::Withdrawal => "recall-banner-withdrawal",
    })
}

impl Store {
    pub(super) fn recall_notice(
        &self,
        actor: &User,
        header: Header,
        number: &str,
    ) -> CoreResult<Document> {
        let w = header.words;
        let reach = self.recall_reach(actor, number)?;
        let r = &reach.recall;
        let mut blocks = vec![
            recall_facts(w, &reach),
            paragraph(w.a(
                "recall-class-explained",
                [
                    ("class", w.class(r.class).into()),
                    ("meaning", class_meaning(w, r.class).into()),
                ],
            )),
            heading(w.t("recall-what-to-do")),
            paragraph(
                r.instructions
                    .clone()
                    .unwrap_or_else(|| w.t("recall-what-to-do-default")),
            ),
            products_table(w, self, &reach)?,
            heading(w.t("recall-summary")),
            summary_facts(w, &reach),
        ];
        blocks.extend(held_tables(w, &reach));
        blocks.extend(departed_tables(w, &reach));
        blocks.extend(expected_table(w, &reach));
        blocks.push(Block::Signatures {
            roles: vec![
                w.t("recall-sign-pulled"),
                w.t("report-role-pharmacist"),
                w.t("report-role-qa"),
            ],
        });
        let number = Value::from(r.number.as_str());
        let mut doc = header.document(
            ReportKind::RecallNotice,
            w.a("recall-notice-title", [("number", number.clone())]),
            w.a(
                "recall-notice-covers",
                [
                    ("number", number),
                    ("when", when_text(&r.created_at).into()),
                ],
            ),
            blocks,
        );
        doc.banner = Some(banner(w, r.class));
        Ok(doc)
    }
}
