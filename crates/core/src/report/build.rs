//! Which report to build, the header every report shares, and the stock on hand, expiry and
//! shortage reports (counts, recalls, custody and audit have their own files).

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::header::{when, Header};
use super::*;
use crate::levels::LevelPolicy;
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
        }
    }
}

impl Store {
    /// Builds a report as of `now`, for `actor` (who must be allowed to see its data).
    pub fn report(
        &self,
        actor: &User,
        request: &ReportRequest,
        now: Timestamp,
    ) -> CoreResult<Document> {
        require(actor, Operation::ViewStock)?;
        let header = self.report_header(actor, &now)?;
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
        }
    }

    fn report_header(&self, actor: &User, now: &Timestamp) -> CoreResult<Header> {
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
            Some((seq, hash)) => format!(
                "ledger up to event {} (hash {}…)",
                thousands(seq as u64),
                &hex::encode(hash)[..16]
            ),
            None => "empty ledger".to_string(),
        };
        Ok(Header {
            site,
            generated_at: when(now),
            generated_by: format!("{} ({})", actor.name, actor.username),
            ledger,
        })
    }

    fn stock_on_hand(
        &self,
        header: Header,
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let only = self.report_location(location)?;
        let lines = self.held_lots(crate::stock::HeldOf::Location(only.as_ref().map(|l| l.id)))?;
        let columns = vec![
            Column::text("Product", 34),
            Column::text("GTIN", 15),
            Column::text("Lot", 12),
            Column::text("Expiry", 11),
            Column::text("Note", 8),
            Column::number("In stock", 9),
            Column::number("Quarantined", 11),
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
                        empty: "No stock.".into(),
                    },
                ));
            }
            total += h.in_stock;
            held += h.quarantined;
            let mut note = String::new();
            if h.expiry.as_deref().is_some_and(|e| e < today_text.as_str()) {
                expired += h.in_stock;
                note.push_str("EXPIRED");
            }
            if let Some((_, t)) = current.as_mut() {
                t.rows.push(vec![
                    h.product,
                    h.gtin,
                    h.lot.unwrap_or_default(),
                    h.expiry.unwrap_or_default(),
                    note,
                    count(h.in_stock),
                    count(h.quarantined),
                ]);
            }
        }
        if let Some((_, t)) = current.take() {
            blocks.push(Block::Table(t));
        }
        if blocks.is_empty() {
            blocks.push(Block::Table(Table {
                name: "Stock".into(),
                columns,
                rows: Vec::new(),
                empty: "No stock is held.".into(),
            }));
        }
        blocks.insert(
            0,
            facts([
                ("In stock", count(total)),
                ("Of which expired (to pull)", count(expired)),
                ("In quarantine", count(held)),
            ]),
        );
        let covers = match &only {
            Some(l) => format!("stock at {} ({}) as of {today}", l.code, l.name),
            None => format!("stock at every location as of {today}"),
        };
        Ok(header.document(
            ReportKind::StockOnHand,
            "Stock on hand".into(),
            covers,
            blocks,
        ))
    }

    fn expiry_report(
        &self,
        actor: &User,
        header: Header,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let only = self.report_location(location)?;
        let site_windows;
        let windows = if windows.is_empty() {
            site_windows = self.alert_windows()?;
            &site_windows[..]
        } else {
            windows
        };
        let lines = self.expiring(actor, windows, location, today)?;
        let widest = windows.iter().copied().max().unwrap_or(0);
        let mut expired = (0i64, 0i64);
        let mut within = (0i64, 0i64);
        let rows = lines
            .iter()
            .map(|l| {
                let bucket = if l.window == 0 {
                    &mut expired
                } else {
                    &mut within
                };
                bucket.0 += l.quantity;
                bucket.1 += l.value_cents.unwrap_or(0);
                vec![
                    l.expiry.to_string(),
                    if l.days_left < 0 {
                        format!("{} d ago", -l.days_left)
                    } else {
                        format!("in {} d", l.days_left)
                    },
                    l.product.clone(),
                    l.gtin.clone(),
                    opt(&l.lot),
                    l.location.clone(),
                    count(l.quantity),
                    l.value_cents.map(money).unwrap_or_default(),
                ]
            })
            .collect();
        let blocks = vec![
            facts([
                ("Expired, still in stock", count(expired.0)),
                ("Value expired", money(expired.1)),
                (
                    format!("Expiring within {widest} days").as_str(),
                    count(within.0),
                ),
                ("Value expiring", money(within.1)),
            ]),
            paragraph(
                "Expired stock must be pulled from the shelves and quarantined for destruction or \
                 return. Values are at the contract price per pack.",
            ),
            Block::Table(Table {
                name: "Expired and expiring stock".into(),
                columns: vec![
                    Column::text("Expiry", 11),
                    Column::text("Expires", 10),
                    Column::text("Product", 32),
                    Column::text("GTIN", 15),
                    Column::text("Lot", 11),
                    Column::text("Location", 10),
                    Column::number("Qty", 7),
                    Column::number("Value", 10),
                ],
                rows,
                empty: format!("Nothing expired or expiring within {widest} days."),
            }),
        ];
        let mut windows = windows.to_vec();
        windows.sort_unstable();
        let windows: Vec<String> = windows.iter().map(i64::to_string).collect();
        let place = only.map_or("every location".to_string(), |l| {
            format!("{} ({})", l.code, l.name)
        });
        Ok(header.document(
            ReportKind::Expiry,
            "Expiry report".into(),
            format!(
                "stock in stock at {place}, expired or expiring within {} days of {today}",
                windows.join("/")
            ),
            blocks,
        ))
    }

    fn shortage_report(
        &self,
        actor: &User,
        header: Header,
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Document> {
        let only = self.report_location(location)?;
        let policy = LevelPolicy::default();
        let mut lines = self.shortages(actor, &policy, today)?;
        if let Some(l) = &only {
            lines.retain(|p| p.location == l.code);
        }
        let total: i64 = lines.iter().map(|p| p.suggested_order).sum();
        let rows = lines
            .iter()
            .map(|p| {
                vec![
                    p.product.clone(),
                    p.gtin.clone(),
                    p.location.clone(),
                    count(p.on_hand),
                    count(p.usable_cover),
                    format!("{:.1}", p.daily_consumption),
                    p.days_of_cover.map_or("—".into(), |d| format!("{d:.0}")),
                    p.stockout_on.map(|d| d.to_string()).unwrap_or_default(),
                    format!(
                        "{}/{}",
                        p.reorder_point.unwrap_or(0),
                        p.par_level.unwrap_or(0)
                    ),
                    count(p.suggested_order),
                ]
            })
            .collect();
        let blocks = vec![
            facts([
                ("Shortages", count(lines.len() as i64)),
                ("Packs to order (up to par)", count(total)),
                ("Consumption window", {
                    let w = policy.consumption_window(today);
                    format!("{} days ({} to {})", w.days, w.first_day, w.last_day)
                }),
            ]),
            paragraph(
                "A shortage is usable cover (stock on hand that will be used before it expires) \
                 below the reorder point, or running out within the lead time. The suggested order \
                 brings usable cover up to the par level. Most urgent first.",
            ),
            Block::Table(Table {
                name: "Shortages and suggested order".into(),
                columns: vec![
                    Column::text("Product", 30),
                    Column::text("GTIN", 15),
                    Column::text("Location", 9),
                    Column::number("On hand", 8),
                    Column::number("Usable", 7),
                    Column::number("Per day", 7),
                    Column::number("Days", 6),
                    Column::text("Runs out", 11),
                    Column::number("Point/par", 9),
                    Column::number("Order", 7),
                ],
                rows,
                empty: "No shortages.".into(),
            }),
            Block::Signatures {
                roles: vec![
                    "Prepared by (inventory manager)".into(),
                    "Ordered by (purchasing)".into(),
                ],
            },
        ];
        let place = only.map_or("every location with a reorder rule".to_string(), |l| {
            format!("{} ({})", l.code, l.name)
        });
        Ok(header.document(
            ReportKind::Shortages,
            "Shortages and suggested order".into(),
            format!("reorder rules at {place}, consumption to {today}"),
            blocks,
        ))
    }
}
