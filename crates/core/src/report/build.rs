//! Which report to build, the header every report shares, and the stock on hand, expiry and
//! shortage reports (counts, recalls, custody and audit have their own files).

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::header::{place, when, Header};
use super::*;
use crate::insights::InsightQuery;
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// Every report, in the order a menu lists them.
pub const REPORT_KINDS: &[ReportKind] = &[
    ReportKind::RecallNotice,
    ReportKind::RecallClosure,
    ReportKind::StockOnHand,
    ReportKind::Expiry,
    ReportKind::Shortages,
    ReportKind::CountVariance,
    ReportKind::ChainOfCustody,
    ReportKind::AuditExtract,
    ReportKind::QuarantineLabels,
    ReportKind::PickList,
    ReportKind::SupplierOrders,
    ReportKind::InsightDwell,
    ReportKind::InsightWaste,
    ReportKind::InsightShrinkage,
    ReportKind::InsightSuppliers,
    ReportKind::InsightTrends,
    ReportKind::SupplierScorecard,
];

/// A report and what it is about.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ReportRequest {
    /// The notice of this recall.
    RecallNotice {
        /// Recall number.
        number: String,
    },
    /// The reconciliation (and closure, once signed) of this recall.
    RecallClosure {
        /// Recall number.
        number: String,
    },
    /// Stock on hand, at one location or all.
    StockOnHand {
        /// Location code.
        location: Option<String>,
    },
    /// Stock expired or expiring within the windows (days), at one location or all.
    Expiry {
        /// Alert windows in days (none: the site's).
        #[serde(default)]
        windows: Vec<i64>,
        /// Location code.
        location: Option<String>,
    },
    /// Shortages and the suggested order, at one location or all.
    Shortages {
        /// Location code.
        location: Option<String>,
    },
    /// A count's variance.
    CountVariance {
        /// Count number.
        count: i64,
    },
    /// A pack's chain of custody.
    ChainOfCustody {
        /// GTIN-14.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// Ledger events.
    AuditExtract(AuditFilter),
    /// Labels for quarantined packs, at one location or all.
    QuarantineLabels {
        /// Location code.
        location: Option<String>,
    },
    /// A pick list, by its number.
    PickList {
        /// Pick list number.
        list: i64,
    },
    /// Today's supplier orders.
    SupplierOrders {},
    /// Dwell time over the query's period; the query's fields beside the kind.
    InsightDwell(InsightQuery),
    /// Waste over the query's period.
    InsightWaste(InsightQuery),
    /// Shrinkage over the query's period.
    InsightShrinkage(InsightQuery),
    /// Supplier quality over the query's period.
    InsightSuppliers(InsightQuery),
    /// Consumption trends over the query's period.
    InsightTrends(InsightQuery),
    /// One supplier's scorecard, for its QA review.
    SupplierScorecard {
        /// Partner code.
        supplier: String,
        /// From this local day (default: 364 days before `to`).
        from: Option<NaiveDate>,
        /// Up to and including this local day (default: today).
        to: Option<NaiveDate>,
    },
}

impl ReportRequest {
    /// Which report this is.
    pub fn kind(&self) -> ReportKind {
        match self {
            ReportRequest::RecallNotice { .. } => ReportKind::RecallNotice,
            ReportRequest::RecallClosure { .. } => ReportKind::RecallClosure,
            ReportRequest::StockOnHand { .. } => ReportKind::StockOnHand,
            ReportRequest::Expiry { .. } => ReportKind::Expiry,
            ReportRequest::Shortages { .. } => ReportKind::Shortages,
            ReportRequest::CountVariance { .. } => ReportKind::CountVariance,
            ReportRequest::ChainOfCustody { .. } => ReportKind::ChainOfCustody,
            ReportRequest::AuditExtract(_) => ReportKind::AuditExtract,
            ReportRequest::QuarantineLabels { .. } => ReportKind::QuarantineLabels,
            ReportRequest::PickList { .. } => ReportKind::PickList,
            ReportRequest::SupplierOrders {} => ReportKind::SupplierOrders,
            ReportRequest::InsightDwell(_) => ReportKind::InsightDwell,
            ReportRequest::InsightWaste(_) => ReportKind::InsightWaste,
            ReportRequest::InsightShrinkage(_) => ReportKind::InsightShrinkage,
            ReportRequest::InsightSuppliers(_) => ReportKind::InsightSuppliers,
            ReportRequest::InsightTrends(_) => ReportKind::InsightTrends,
            ReportRequest::SupplierScorecard { .. } => ReportKind::SupplierScorecard,
        }
    }
}

impl Store {
    /// Builds a report as of `now`, for `actor` (who must be allowed to see its data), in
    /// English.
    pub fn report(
        &self,
        actor: &User,
        request: &ReportRequest,
        now: Timestamp,
    ) -> CoreResult<Document> {
        self.report_in(actor, request, now, Lang::En)
    }

    /// Builds a report as of `now`, for `actor`, in `lang`: its titles, headers and sentences
    /// and the numbers meant for a person; codes, names and ISO dates stay as they are.
    pub fn report_in(
        &self,
        actor: &User,
        request: &ReportRequest,
        now: Timestamp,
        lang: Lang,
    ) -> CoreResult<Document> {
        require(actor, Operation::ViewStock)?;
        let header = self.report_header(actor, &now, Words(lang, self.currency()?))?;
        let today = now.local_date();
        match request {
            ReportRequest::RecallNotice { number } => self.recall_notice(actor, header, number),
            ReportRequest::RecallClosure { number } => self.recall_closure(actor, header, number),
            ReportRequest::StockOnHand { location } => {
                self.stock_on_hand(header, location.as_deref(), today)
            }
            ReportRequest::Expiry { windows, location } => {
                self.expiry_report(actor, header, windows, location.as_deref(), today)
            }
            ReportRequest::Shortages { location } => {
                self.shortage_report(actor, header, location.as_deref(), today)
            }
            ReportRequest::CountVariance { count } => {
                self.count_variance_report(actor, header, *count)
            }
            ReportRequest::ChainOfCustody { gtin, serial } => {
                self.custody_certificate(actor, header, gtin, serial, today)
            }
            ReportRequest::AuditExtract(filter) => self.audit_extract(actor, header, filter),
            ReportRequest::QuarantineLabels { location } => {
                self.quarantine_labels(header, location.as_deref())
            }
            ReportRequest::PickList { list } => self.pick_list_report(actor, header, *list),
            ReportRequest::SupplierOrders {} => self.supplier_order_report(actor, header, &now),
            ReportRequest::InsightDwell(q) => self.dwell_report(actor, header, q, now),
            ReportRequest::InsightWaste(q) => self.waste_report(actor, header, q, now),
            ReportRequest::InsightShrinkage(q) => self.shrinkage_report(actor, header, q, now),
            ReportRequest::InsightSuppliers(q) => self.suppliers_report(actor, header, q, now),
            ReportRequest::InsightTrends(q) => self.trends_report(actor, header, q, now),
            ReportRequest::SupplierScorecard { supplier, from, to } => {
                let query = InsightQuery {
                    from: *from,
                    to: *to,
                    supplier: Some(supplier.clone()),
                    ..InsightQuery::default()
                };
                self.scorecard_report(actor, header, &query, now)
            }
        }
    }

    fn report_header(&self, actor: &User, now: &Timestamp, w: Words) -> CoreResult<Header> {
        let site = self.site()?.map(|s| s.name).unwrap_or_default();
        let head: Option<(i64, Vec<u8>)> = self
            .conn()
            .query_row(
                "SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let ledger = match head {
            Some((seq, hash)) => w.a(
                "report-ledger-up-to",
                [
                    ("event", w.thousands(seq as u64).into()),
                    ("hash", hex::encode(hash)[..16].into()),
                ],
            ),
            None => w.t("report-ledger-empty"),
        };
        Ok(Header {
            site,
            generated_at: when(now),
            generated_by: format!("{} ({})", actor.name, actor.username),
            ledger,
            words: w,
        })
    }

    fn stock_on_hand(
        &self,
        header: Header,
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let w = header.words;
        let only = self.report_location(location)?;
        let lines = self.held_lots(crate::stock::HeldOf::Location(only.as_ref().map(|l| l.id)))?;
        let columns = vec![
            w.text("col-product", 34),
            w.text("col-gtin", 15),
            w.text("col-lot", 12),
            w.text("col-expiry", 11),
            w.text("col-note", 8),
            w.number("col-in-stock", 9),
            w.number("col-quarantined", 11),
        ];
        let today_text = today.to_string();
        let mut blocks = Vec::new();
        let mut current: Option<(String, Table)> = None;
        let (mut total, mut held, mut expired) = (0i64, 0i64, 0i64);
        for h in lines {
            if current.as_ref().is_none_or(|(c, _)| *c != h.location) {
                if let Some((_, t)) = current.take() {
                    blocks.push(Block::Table(t));
                }
                current = Some((
                    h.location.clone(),
                    Table {
                        name: format!("{} — {}", h.location, h.location_name),
                        columns: columns.clone(),
                        rows: Vec::new(),
                        empty: w.t("stock-table-empty"),
                    },
                ));
            }
            total += h.in_stock;
            held += h.quarantined;
            let mut note = String::new();
            if h.expiry.as_deref().is_some_and(|e| e < today_text.as_str()) {
                expired += h.in_stock;
                note.push_str(&w.t("stock-note-expired"));
            }
            if let Some((_, t)) = current.as_mut() {
                t.rows.push(vec![
                    h.product,
                    h.gtin,
                    h.lot.unwrap_or_default(),
                    h.expiry.unwrap_or_default(),
                    note,
                    w.count(h.in_stock),
                    w.count(h.quarantined),
                ]);
            }
        }
        if let Some((_, t)) = current.take() {
            blocks.push(Block::Table(t));
        }
        if blocks.is_empty() {
            blocks.push(Block::Table(Table {
                name: w.t("stock-table-none"),
                columns,
                rows: Vec::new(),
                empty: w.t("stock-none-held"),
            }));
        }
        blocks.insert(
            0,
            facts([
                (w.t("stock-fact-in-stock"), w.count(total)),
                (w.t("stock-fact-expired"), w.count(expired)),
                (w.t("stock-fact-quarantine"), w.count(held)),
            ]),
        );
        let covers = match &only {
            Some(l) => w.a(
                "stock-covers-location",
                [
                    ("location", place(l).into()),
                    ("date", today.to_string().into()),
                ],
            ),
            None => w.a("stock-covers-all", [("date", today.to_string().into())]),
        };
        Ok(header.document(ReportKind::StockOnHand, w.t("stock-title"), covers, blocks))
    }
}
