//! Matching a receipt against an open shipment's advice: before the receipt is recorded, how the
//! pack or lot compares with the advice's lines ([`AdviceCheck`]); after, the line marked
//! received or the discrepancy kept, in the receipt's transaction.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::advice::DiscrepancyCode;
use crate::error::{CoreError, CoreResult};
use crate::Store;

/// How a pack or lot quantity being received compares with an open shipment's advice. Built
/// before the receipt is recorded (for the scan's warning), recorded after it (with its event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AdviceCheck {
    shipment: i64,
    gtin: String,
    pub(crate) serial: Option<String>,
    pub(crate) lot: Option<String>,
    pub(crate) expiry: Option<NaiveDate>,
    pub(crate) quantity: i64,
    pub(crate) outcome: AdviceOutcome,
    /// The price the advice invoices the product at, if it gives one (one per product).
    pub(crate) unit_price_cents: Option<i64>,
}

/// How the pack or lot compares with the advice's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AdviceOutcome {
    /// Listed with this lot and expiry; `outstanding` of the line are still to come.
    Matches { line: i64, outstanding: i64 },
    /// Listed, with another lot or expiry.
    Differs {
        line: i64,
        lot: Option<String>,
        expiry: Option<NaiveDate>,
    },
    /// Not listed.
    Unexpected,
}

impl Store {
    /// Compares a pack or lot quantity being received with an open shipment's advice.
    pub(crate) fn check_against_advice(
        &self,
        shipment: i64,
        gtin: &str,
        serial: Option<&str>,
        lot: Option<&str>,
        expiry: Option<NaiveDate>,
        quantity: i64,
    ) -> CoreResult<AdviceCheck> {
        type Row = (i64, Option<String>, Option<String>, i64);
        let row: Option<Row> = match serial {
            Some(s) => self.conn().prepare_cached("SELECT line, lot, expiry, quantity - received_quantity FROM shipment_item WHERE shipment_id = ?1 AND gtin = ?2 AND serial = ?3")?.query_row(params![shipment, gtin, s], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).optional()?,
            None => self
                .conn()
                .prepare_cached("SELECT line, lot, expiry, quantity - received_quantity FROM shipment_item WHERE shipment_id = ?1 AND gtin = ?2 AND serial IS NULL AND lot = ?3 ORDER BY received_quantity < quantity DESC, line LIMIT 1")?
                .query_row(params![shipment, gtin, lot], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .optional()?,
        };
        let outcome = match row {
            None => AdviceOutcome::Unexpected,
            Some((line, advice_lot, advice_expiry, outstanding)) => {
                let advice_expiry: Option<NaiveDate> = advice_expiry.and_then(|d| d.parse().ok());
                let lot_differs = advice_lot.is_some() && advice_lot.as_deref() != lot;
                let expiry_differs = advice_expiry.is_some() && advice_expiry != expiry;
                if lot_differs || expiry_differs {
                    AdviceOutcome::Differs {
                        line,
                        lot: advice_lot,
                        expiry: advice_expiry,
                    }
                } else {
                    AdviceOutcome::Matches { line, outstanding }
                }
            }
        };
        // An advice gives a product one price (the importers refuse two), whichever line it is
        // on: a pack the advice lists under another lot, or one more than it lists, was still
        // invoiced at it.
        let unit_price_cents: Option<i64> = self
            .conn()
            .prepare_cached("SELECT unit_price_cents FROM shipment_item WHERE shipment_id = ?1 AND gtin = ?2 AND unit_price_cents IS NOT NULL LIMIT 1")?
            .query_row(params![shipment, gtin], |r| r.get(0))
            .optional()?;
        Ok(AdviceCheck {
            unit_price_cents,
            shipment,
            gtin: gtin.to_string(),
            serial: serial.map(String::from),
            lot: lot.map(String::from),
            expiry,
            quantity,
            outcome,
        })
    }

    pub(crate) fn shipment_is_open(&self, id: i64) -> CoreResult<bool> {
        let closed: Option<Option<String>> = self
            .conn()
            .query_row("SELECT closed_at FROM shipment WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match closed {
            None => Err(CoreError::refused("shipment.unknown").arg("shipment", id)),
            Some(c) => Ok(c.is_none()),
        }
    }
}

/// Records a receipt against the advice with its event, in the same transaction: a match marks
/// its line received (unless the pack was held as suspect), and anything the advice did not
/// say is kept as a discrepancy, held or not, since it did arrive.
pub(crate) fn record_against_advice(
    conn: &rusqlite::Connection,
    check: &AdviceCheck,
    seq: i64,
    held: bool,
) -> CoreResult<()> {
    let discrepancy = |code: DiscrepancyCode, line: Option<i64>, quantity: i64| {
        conn.execute(
            "INSERT INTO shipment_discrepancy (shipment_id, code, line, gtin, serial, lot, expiry, quantity, event_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                check.shipment,
                code.as_str(),
                line,
                check.gtin,
                check.serial,
                check.lot,
                check.expiry.map(|d| d.to_string()),
                quantity,
                seq
            ],
        )
    };
    match &check.outcome {
        AdviceOutcome::Unexpected => {
            discrepancy(DiscrepancyCode::Unexpected, None, check.quantity)?;
        }
        AdviceOutcome::Differs { line, .. } => {
            discrepancy(
                DiscrepancyCode::DiffersFromAdvice,
                Some(*line),
                check.quantity,
            )?;
        }
        AdviceOutcome::Matches { line, outstanding } => {
            let expected = (*outstanding).clamp(0, check.quantity);
            if !held && expected > 0 {
                conn.execute(
                    "UPDATE shipment_item SET received_quantity = received_quantity + ?3, received_event_seq = ?4 WHERE shipment_id = ?1 AND line = ?2",
                    params![check.shipment, line, expected, seq],
                )?;
            }
            if check.quantity > expected {
                discrepancy(DiscrepancyCode::Unexpected, None, check.quantity - expected)?;
            }
        }
    }
    Ok(())
}
