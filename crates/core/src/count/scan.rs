//! Scanning into an open count: a pack counts once, a lot adds its quantity, and a scan that
//! cannot be counted gets its own answer.

use custody_gs1::DecodeOptions;
use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::CountStatus;

/// What a count scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CountScanCode {
    /// Counted.
    Counted,
    /// Scanned before in this count: counted once.
    AlreadyCounted,
    /// A lot quantity added to the lot's count.
    LotCounted,
    /// The ledger has the pack in stock at another location.
    Elsewhere,
    /// The ledger has the pack dispensed, destroyed, returned, sent away or missing.
    WrongStatus,
    /// The pack was never received here.
    NotReceived,
    /// The product is not part of this (limited) count.
    NotInCount,
    /// The product is not in the product list.
    UnknownProduct,
    /// The scan could not be decoded.
    DecodeError,
    /// A serialized product scanned without its serial (e.g. its linear, GTIN-only barcode):
    /// the pack cannot be told apart from the others, so it is not counted.
    MissingSerial,
    /// A lot-tracked product scanned without its lot: the quantity has no lot to count in.
    MissingLot,
    /// The code names no product (e.g. a shipping label's SSCC): nothing to count.
    NoProduct,
}

/// The answer to one count scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountScan {
    /// What was found.
    pub code: CountScanCode,
    /// Whether the scan was recorded in the count.
    pub recorded: bool,
    /// In words.
    pub message: String,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Packs counted so far in this count.
    pub counted_units: i64,
}

impl Store {
    /// Records one scan in an open count: a pack counts once; a lot adds its quantity.
    ///
    /// A scan that cannot be counted — unreadable, a serialized product's linear barcode with
    /// no serial, a lot-tracked product's code with no lot, a code naming no product — gets its
    /// own answer ([`CountScanCode`], `recorded: false`) and the count goes on, as a movement's
    /// scan does: one bad label never stops a count. Errors are kept for the count itself (not
    /// open) and for a quantity below one.
    pub fn count_scan(
        &mut self,
        actor: &User,
        id: i64,
        raw: &str,
        quantity: Option<i64>,
        scanner: &DecodeOptions,
        now: Timestamp,
    ) -> CoreResult<CountScan> {
        require(actor, Operation::Count)?;
        let c = self.count_row(id)?;
        if c.status != CountStatus::Open {
            return Err(CoreError::refused("count.not_open")
                .arg("count", id)
                .arg("status", c.status.as_str()));
        }
        let counted = |s: &Store| -> CoreResult<i64> {
            Ok(s.conn()
                .prepare_cached(
                    "SELECT count(*) FROM stock_count_scan WHERE count_id = ?1 AND serial <> ''",
                )?
                .query_row([id], |r| r.get(0))?)
        };
        let mut options = scanner.clone();
        options.today = now.local_date();
        let answer = |code, recorded, message: String, gtin, serial, lot, n| CountScan {
            code,
            recorded,
            message,
            gtin,
            serial,
            lot,
            counted_units: n,
        };
        let scan = match custody_gs1::decode(raw, &options) {
            Ok(s) => s,
            Err(e) => {
                return Ok(answer(
                    CountScanCode::DecodeError,
                    false,
                    e.message,
                    None,
                    None,
                    None,
                    counted(self)?,
                ))
            }
        };
        let gtin = scan.gtin.map(|g| g.to_string());
        if scan.gtin.is_none() && scan.pzn.is_none() {
            return Ok(answer(
                CountScanCode::NoProduct,
                false,
                "This code names no product (a shipping label, not a pack): scan the pack's own code."
                    .into(),
                None,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        }
        let Some(product) = self.product_for_scan(&scan)? else {
            return Ok(answer(
                CountScanCode::UnknownProduct,
                false,
                "This product is not in the product list; set the pack aside and add the product."
                    .into(),
                gtin,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        };
        let gtin = Some(product.data.gtin.clone());
        if c.limited && !self.count_products(id)?.contains(&product.id) {
            return Ok(answer(
                CountScanCode::NotInCount,
                false,
                format!("{} is not part of this count.", product.data.name),
                gtin,
                scan.serial.clone(),
                scan.lot.clone(),
                counted(self)?,
            ));
        }
        let head: i64 = self
            .conn()
            .prepare_cached("SELECT coalesce(max(seq), 0) FROM event")?
            .query_row([], |r| r.get(0))?;
        let (serial, lot_key, qty) = match (product.tracking, &scan.serial, &scan.lot) {
            (TrackingMode::Serial, Some(s), _) => (s.clone(), String::new(), 1),
            (TrackingMode::Serial, None, _) => {
                return Ok(answer(
                    CountScanCode::MissingSerial,
                    false,
                    format!(
                        "{} is serialized and this code has no serial (a linear barcode?): scan the pack's 2D code to count it.",
                        product.data.name
                    ),
                    gtin,
                    None,
                    scan.lot.clone(),
                    counted(self)?,
                ));
            }
            (TrackingMode::Lot, _, Some(l)) => {
                let q = quantity.unwrap_or(1);
                if q <= 0 {
                    return Err(CoreError::refused("count.quantity_not_positive").field("quantity"));
                }
                (String::new(), l.clone(), q)
            }
            (TrackingMode::Lot, _, None) => {
                return Ok(answer(
                    CountScanCode::MissingLot,
                    false,
                    format!(
                        "{} is counted by lot and this code has no lot: scan a code with the lot.",
                        product.data.name
                    ),
                    gtin,
                    scan.serial.clone(),
                    None,
                    counted(self)?,
                ));
            }
        };
        if product.tracking == TrackingMode::Lot {
            self.conn().execute(
                "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
                 VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (count_id, product_id, serial, lot) DO UPDATE SET quantity = quantity + excluded.quantity",
                params![id, product.id.0, lot_key, scan.expiry.map(|d| d.to_string()), qty, raw, now.utc_text(), actor.id.0, head],
            )?;
            let total: i64 = self.conn().query_row(
                "SELECT quantity FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = '' AND lot = ?3",
                params![id, product.id.0, lot_key],
                |r| r.get(0),
            )?;
            return Ok(answer(
                CountScanCode::LotCounted,
                true,
                format!(
                    "{} lot {lot_key}: {qty} counted, {total} so far.",
                    product.data.name
                ),
                gtin,
                None,
                Some(lot_key),
                counted(self)?,
            ));
        }
        // A pack counts once whatever lot its code says, so the repeat is looked up by serial;
        // its lot is kept (it was '' before) so that a pack never received here can be held in
        // quarantine with it when the count is applied.
        let seen: bool = self
            .conn()
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)",
            )?
            .query_row(params![id, product.id.0, serial], |r| r.get(0))?;
        let inserted = if seen {
            0
        } else {
            self.conn().execute(
                "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
                params![id, product.id.0, serial, scan.lot.as_deref().unwrap_or(""), scan.expiry.map(|d| d.to_string()), raw, now.utc_text(), actor.id.0, head],
            )?
        };
        let n = counted(self)?;
        if inserted == 0 {
            return Ok(answer(
                CountScanCode::AlreadyCounted,
                false,
                format!("Pack {serial} was already counted: it counts once."),
                gtin,
                Some(serial),
                scan.lot.clone(),
                n,
            ));
        }
        let expected: bool = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM stock_count_expected WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)")?
            .query_row(params![id, product.id.0, serial], |r| r.get(0))?;
        let now_at = self.unit_now(product.id, &serial)?;
        let (code, message) = match &now_at {
            _ if expected => (CountScanCode::Counted, format!("{} counted.", product.data.name)),
            Some(u) if u.status.is_held() && u.location == Some(c.location) => {
                (CountScanCode::Counted, format!("{} counted (it arrived after the count started).", product.data.name))
            }
            Some(u) if u.status.is_held() => {
                let at = match u.location {
                    Some(l) => self.location_code(l)?,
                    None => "?".into(),
                };
                (
                    CountScanCode::Elsewhere,
                    format!("Pack {serial} is recorded {} at {at}: counted here; the count will move it.", u.status.as_str().replace('_', " ")),
                )
            }
            Some(u) => (
                CountScanCode::WrongStatus,
                format!("Pack {serial} is recorded {}: it should not be on a shelf. Set it aside for QA.", u.status.as_str().replace('_', " ")),
            ),
            None => (
                CountScanCode::NotReceived,
                format!("Pack {serial} was never received here: set it aside for QA; applying the count holds it in quarantine as suspect."),
            ),
        };
        Ok(answer(
            code,
            true,
            message,
            gtin,
            Some(serial),
            scan.lot.clone(),
            n,
        ))
    }
}
