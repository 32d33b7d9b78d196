//! An expected shipment as stored: its advice lines with what has been received against each,
//! the discrepancies kept beside them, and the list of shipments.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// One expected line: a pack (serial) or a quantity of a lot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedItem {
    /// Line number in the shipment.
    pub line: i64,
    /// GTIN-14.
    pub gtin: String,
    /// Serial, for a pack.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Expected quantity (1 for a pack).
    pub quantity: i64,
    /// Purchase order.
    pub po: Option<String>,
    /// The invoiced price of one (a pack, or one of the lot), in hundredths of the site's
    /// currency, when the advice gives it: the unit cost a receipt by inference keeps.
    pub unit_price_cents: Option<i64>,
    /// Received so far.
    pub received: i64,
}

/// A shipment with its lines and progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shipment {
    /// Id.
    pub id: i64,
    /// The despatch advice (or PO) number.
    pub reference: String,
    /// Supplier code.
    pub supplier: Option<String>,
    /// Format it came in.
    pub source: String,
    /// When it was closed, if it was.
    pub closed_at: Option<String>,
    /// What was recorded missing at closing.
    pub discrepancy: Option<String>,
    /// Lines expected.
    pub expected: i64,
    /// Lines fully received.
    pub matched: i64,
    /// Every line.
    pub items: Vec<ExpectedItem>,
    /// What arrived that the advice did not say, in the order received.
    pub discrepancies: Vec<Discrepancy>,
}

impl Shipment {
    /// The lines not (fully) received, leaving out a pack that arrived differing from the
    /// advice (it came, but is not a match: it is a discrepancy instead).
    pub fn outstanding(&self) -> impl Iterator<Item = &ExpectedItem> {
        self.items
            .iter()
            .filter(|i| i.received < i.quantity && !self.differs(i.line))
    }

    /// Whether a pack received against this line differs from the advice.
    fn differs(&self, line: i64) -> bool {
        self.discrepancies
            .iter()
            .any(|d| d.code == DiscrepancyCode::DiffersFromAdvice && d.line == Some(line))
    }
}

/// Why something received against a shipment is a discrepancy. Stable codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyCode {
    /// The advice does not list it (or lists fewer of the lot).
    Unexpected,
    /// The advice lists the pack with another lot or expiry.
    DiffersFromAdvice,
}

impl DiscrepancyCode {
    /// The code's name.
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyCode::Unexpected => "unexpected",
            DiscrepancyCode::DiffersFromAdvice => "differs_from_advice",
        }
    }
}

/// Something received against a shipment that the advice did not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Discrepancy {
    /// What kind.
    pub code: DiscrepancyCode,
    /// The advice's line a differing pack is listed on.
    pub line: Option<i64>,
    /// GTIN-14 received.
    pub gtin: String,
    /// Serial received.
    pub serial: Option<String>,
    /// Lot received.
    pub lot: Option<String>,
    /// Expiry received.
    pub expiry: Option<NaiveDate>,
    /// Quantity received (1 for a pack).
    pub quantity: i64,
    /// The lot the advice gives, for a differing pack.
    pub advice_lot: Option<String>,
    /// The expiry the advice gives, for a differing pack.
    pub advice_expiry: Option<NaiveDate>,
    /// The receipt event.
    pub event_seq: i64,
}

impl Discrepancy {
    /// One line of words: what came, and for a differing pack what the advice said.
    pub fn describe(&self) -> String {
        let what = match (&self.serial, &self.lot) {
            (Some(s), _) => format!("{} serial {s}", self.gtin),
            (None, Some(l)) => format!("{} lot {l} ({})", self.gtin, self.quantity),
            (None, None) => format!("{} ({})", self.gtin, self.quantity),
        };
        let date = |d: &Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
        match self.code {
            DiscrepancyCode::Unexpected => what,
            DiscrepancyCode::DiffersFromAdvice => format!(
                "{what}: lot {} expiry {}, the advice (line {}) says lot {} expiry {}",
                self.lot.as_deref().unwrap_or("-"),
                date(&self.expiry),
                self.line.unwrap_or_default(),
                self.advice_lot.as_deref().unwrap_or("-"),
                date(&self.advice_expiry),
            ),
        }
    }
}

/// A shipment in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShipmentSummary {
    /// Id.
    pub id: i64,
    /// Document number.
    pub reference: String,
    /// When it was closed.
    pub closed_at: Option<String>,
    /// Lines expected.
    pub lines: i64,
    /// Lines fully received.
    pub received: i64,
}

impl Store {
    /// A shipment with its lines and what has been received.
    pub fn shipment(&self, actor: &User, id: i64) -> CoreResult<Shipment> {
        require(actor, Operation::ViewStock)?;
        let head = self
            .conn()
            .query_row(
                "SELECT s.reference, p.code, s.source, s.closed_at, s.discrepancy FROM shipment s LEFT JOIN partner p ON p.id = s.supplier_id WHERE s.id = ?1",
                [id],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, Option<String>>(4)?)),
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("shipment.unknown").arg("shipment", id))?;
        let items = self.shipment_items(id)?;
        let matched = items.iter().filter(|i| i.received >= i.quantity).count() as i64;
        let discrepancies = self.shipment_discrepancies(id)?;
        Ok(Shipment {
            id,
            reference: head.0,
            supplier: head.1,
            source: head.2,
            closed_at: head.3,
            discrepancy: head.4,
            expected: items.len() as i64,
            matched,
            items,
            discrepancies,
        })
    }

    /// A shipment's lines in the advice's order, with what has been received of each.
    fn shipment_items(&self, id: i64) -> CoreResult<Vec<ExpectedItem>> {
        let mut stmt = self.conn().prepare_cached("SELECT line, gtin, serial, lot, expiry, quantity, po, received_quantity, unit_price_cents FROM shipment_item WHERE shipment_id = ?1 ORDER BY line")?;
        let items = stmt
            .query_map([id], |r| {
                Ok(ExpectedItem {
                    line: r.get(0)?,
                    gtin: r.get(1)?,
                    serial: r.get(2)?,
                    lot: r.get(3)?,
                    expiry: r.get::<_, Option<String>>(4)?.and_then(|s| s.parse().ok()),
                    quantity: r.get(5)?,
                    po: r.get(6)?,
                    unit_price_cents: r.get(8)?,
                    received: r.get(7)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(items)
    }

    /// What arrived against a shipment that its advice did not say, in the order received,
    /// each differing pack with the lot and expiry its advice line gives.
    fn shipment_discrepancies(&self, id: i64) -> CoreResult<Vec<Discrepancy>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.code, d.line, d.gtin, d.serial, d.lot, d.expiry, d.quantity, i.lot, i.expiry, d.event_seq
             FROM shipment_discrepancy d LEFT JOIN shipment_item i ON i.shipment_id = d.shipment_id AND i.line = d.line
             WHERE d.shipment_id = ?1 ORDER BY d.id",
        )?;
        let date = |s: Option<String>| s.and_then(|s| s.parse().ok());
        let discrepancies = stmt
            .query_map([id], |r| {
                Ok(Discrepancy {
                    code: if r.get::<_, String>(0)? == "differs_from_advice" {
                        DiscrepancyCode::DiffersFromAdvice
                    } else {
                        DiscrepancyCode::Unexpected
                    },
                    line: r.get(1)?,
                    gtin: r.get(2)?,
                    serial: r.get(3)?,
                    lot: r.get(4)?,
                    expiry: date(r.get(5)?),
                    quantity: r.get(6)?,
                    advice_lot: r.get(7)?,
                    advice_expiry: date(r.get(8)?),
                    event_seq: r.get(9)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(discrepancies)
    }

    /// Open and closed shipments, newest first.
    pub fn shipments(&self, actor: &User) -> CoreResult<Vec<ShipmentSummary>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self.conn().prepare(
            "SELECT s.id, s.reference, s.closed_at, count(i.line), sum(i.received_quantity >= i.quantity)
             FROM shipment s LEFT JOIN shipment_item i ON i.shipment_id = s.id GROUP BY s.id ORDER BY s.id DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ShipmentSummary {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    closed_at: r.get(2)?,
                    lines: r.get(3)?,
                    received: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
