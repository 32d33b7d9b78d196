//! The count variance report: what a stock count found against what the ledger has, pack by
//! pack and lot by lot, with the lines to sign.

use super::header::{when_text, Header};
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
        let w = header.words;
        let v = self.count_variance(actor, id)?;
        let c = &v.count;
        let none = w.t("report-none");
        let blocks = vec![
            variance_facts(w, &v),
            pack_table(
                w,
                &w.t("count-missing-table"),
                &v.missing,
                &w.t("count-missing-empty"),
            ),
            pack_table(w, &w.t("count-unexpected-table"), &v.unexpected, &none),
            pack_table(w, &w.t("count-wrong-status-table"), &v.wrong_status, &none),
            pack_table(w, &w.t("count-not-received-table"), &v.not_received, &none),
            pack_table(w, &w.t("count-left-table"), &v.left_during_count, &none),
            lots_table(w, &v),
            Block::Signatures {
                roles: vec![w.t("count-sign-counted"), w.t("count-sign-reviewed")],
            },
        ];
        let number = format!("COUNT-{}", c.id);
        Ok(header.document(
            ReportKind::CountVariance,
            w.a("count-title", [("count", number.as_str().into())]),
            w.a(
                "count-covers",
                [
                    ("count", number.into()),
                    ("location", c.location.as_str().into()),
                ],
            ),
            blocks,
        ))
    }
}

/// The count's facts and its figures: how many packs were found as expected, missing, found
/// elsewhere, and whether the count matches the ledger.
fn variance_facts(w: Words, v: &Variance) -> Block {
    let c = &v.count;
    let differences = v.lots.iter().filter(|l| l.difference != 0).count() as i64;
    let n = |len: usize| w.count(len as i64);
    facts([
        (w.t("count-fact-location"), c.location.clone()),
        (
            w.t("count-fact-status"),
            w.t(&format!("count-status-{}", c.status.as_str())),
        ),
        (w.t("count-fact-started"), when_text(&c.started_at)),
        (w.t("count-fact-started-by"), c.started_by.clone()),
        (
            w.t("count-fact-blind"),
            w.t(if c.blind { "report-yes" } else { "report-no" }),
        ),
        (w.t("count-fact-found"), w.count(v.found)),
        (w.t("count-missing-table"), n(v.missing.len())),
        (w.t("count-unexpected-table"), n(v.unexpected.len())),
        (w.t("count-fact-wrong-status"), n(v.wrong_status.len())),
        (w.t("count-fact-never-received"), n(v.not_received.len())),
        (w.t("count-fact-lot-differences"), w.count(differences)),
        (
            w.t("count-fact-result"),
            w.t(if v.is_clean() {
                "count-result-clean"
            } else {
                "count-result-differences"
            }),
        ),
    ])
}

/// What the ledger has of a pack the count disagrees about: its status and where, or that it
/// was never received.
fn ledger_has(w: Words, p: &VariancePack) -> String {
    match (&p.status, &p.location) {
        (Some(s), Some(l)) => w.a(
            "report-status-at",
            [
                ("status", w.status(*s).into()),
                ("location", l.as_str().into()),
            ],
        ),
        (Some(s), None) => w.status(*s),
        (None, _) => w.t("count-never-received"),
    }
}

/// One kind of difference as a table of packs, each with what the ledger has of it.
fn pack_table(w: Words, name: &str, packs: &[VariancePack], empty: &str) -> Block {
    Block::Table(Table {
        name: name.into(),
        columns: vec![
            w.text("col-product", 32),
            w.text("col-gtin", 15),
            w.text("col-serial", 16),
            w.text("col-lot", 11),
            w.text("col-expiry", 11),
            w.text("col-ledger-has", 18),
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
                    ledger_has(w, p),
                ]
            })
            .collect(),
        empty: empty.into(),
    })
}

/// Lot-tracked stock: expected, counted and the difference, lot by lot.
fn lots_table(w: Words, v: &Variance) -> Block {
    Block::Table(Table {
        name: w.t("count-lots-table"),
        columns: vec![
            w.text("col-product", 32),
            w.text("col-gtin", 15),
            w.text("col-lot", 12),
            w.text("col-expiry", 11),
            w.number("col-expected", 9),
            w.number("col-counted", 9),
            w.number("col-difference", 10),
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
                    w.count(l.expected),
                    w.count(l.counted),
                    w.count(l.difference),
                ]
            })
            .collect(),
        empty: w.t("count-lots-empty"),
    })
}
