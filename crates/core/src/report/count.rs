//! The count variance report: what a stock count found against what the ledger has, pack by
//! pack and lot by lot, with the lines to sign.

use super::header::{status, when_text, Header};
use super::*;
use crate::count::{Variance, VariancePack};
use crate::model::*;
use crate::Store;

impl Store {
    /// The variance of count `id` as a printable document.
    pub(super) fn count_variance_report(
        &self,
        actor: &User,
        header: Header,
        id: i64,
    ) -> CoreResult<Document> {
        let v = self.count_variance(actor, id)?;
        let c = &v.count;
        let blocks = vec![
            variance_facts(&v),
            pack_table("Missing", &v.missing, "No pack is missing."),
            pack_table("Found here, recorded elsewhere", &v.unexpected, "None."),
            pack_table(
                "Wrong status (suspect, or found again)",
                &v.wrong_status,
                "None.",
            ),
            pack_table(
                "Never received here (suspect: held in quarantine when applied)",
                &v.not_received,
                "None.",
            ),
            pack_table(
                "Left during the count (accounted for)",
                &v.left_during_count,
                "None.",
            ),
            lots_table(&v),
            Block::Signatures {
                roles: vec![
                    "Counted by".into(),
                    "Reviewed by (inventory manager)".into(),
                ],
            },
        ];
        Ok(header.document(
            ReportKind::CountVariance,
            format!("Count variance COUNT-{}", c.id),
            format!("count COUNT-{} at {}", c.id, c.location),
            blocks,
        ))
    }
}

/// The count's facts and its figures: how many packs were found as expected, missing, found
/// elsewhere, and whether the count matches the ledger.
fn variance_facts(v: &Variance) -> Block {
    let c = &v.count;
    let differences = v.lots.iter().filter(|l| l.difference != 0).count() as i64;
    facts([
        ("Location", c.location.clone()),
        ("Status", c.status.to_string()),
        ("Started", when_text(&c.started_at)),
        ("Started by", c.started_by.clone()),
        ("Blind", if c.blind { "yes".into() } else { "no".into() }),
        ("Packs found as expected", count(v.found)),
        ("Missing", count(v.missing.len() as i64)),
        (
            "Found here, recorded elsewhere",
            count(v.unexpected.len() as i64),
        ),
        ("Wrong status", count(v.wrong_status.len() as i64)),
        ("Never received", count(v.not_received.len() as i64)),
        ("Lots with a difference", count(differences)),
        (
            "Result",
            if v.is_clean() {
                "the count matches the ledger".into()
            } else {
                "differences to resolve".into()
            },
        ),
    ])
}

/// What the ledger has of a pack the count disagrees about: its status and where, or that it
/// was never received.
fn ledger_has(p: &VariancePack) -> String {
    match (&p.status, &p.location) {
        (Some(s), Some(l)) => format!("{} at {l}", status(*s)),
        (Some(s), None) => status(*s),
        (None, _) => "never received".into(),
    }
}

/// One kind of difference as a table of packs, each with what the ledger has of it.
fn pack_table(name: &str, packs: &[VariancePack], empty: &str) -> Block {
    Block::Table(Table {
        name: name.into(),
        columns: vec![
            Column::text("Product", 32),
            Column::text("GTIN", 15),
            Column::text("Serial", 16),
            Column::text("Lot", 11),
            Column::text("Expiry", 11),
            Column::text("Ledger has it", 18),
        ],
        rows: packs
            .iter()
            .map(|p| {
                vec![
                    p.product.clone(),
                    p.gtin.clone(),
                    p.serial.clone(),
                    opt(&p.lot),
                    opt(&p.expiry),
                    ledger_has(p),
                ]
            })
            .collect(),
        empty: empty.into(),
    })
}

/// Lot-tracked stock: expected, counted and the difference, lot by lot.
fn lots_table(v: &Variance) -> Block {
    Block::Table(Table {
        name: "Lots".into(),
        columns: vec![
            Column::text("Product", 32),
            Column::text("GTIN", 15),
            Column::text("Lot", 12),
            Column::text("Expiry", 11),
            Column::number("Expected", 9),
            Column::number("Counted", 9),
            Column::number("Difference", 10),
        ],
        rows: v
            .lots
            .iter()
            .map(|l| {
                vec![
                    l.product.clone(),
                    l.gtin.clone(),
                    l.lot.clone(),
                    opt(&l.expiry),
                    count(l.expected),
                    count(l.counted),
                    count(l.difference),
                ]
            })
            .collect(),
        empty: "No lot-tracked stock counted.".into(),
    })
}
