//! Scan-driven stock movements: receive, dispense, transfer, return, quarantine, release,
//! destroy and return to supplier. Every scan is decoded once, checked against the store for the
//! movement at hand, and gets a verdict before anything is written; an accepted scan is committed
//! at once as its own event, under the session's document.

mod verdict;

pub use verdict::{Code, Finding, Level, Recorded, Verdict};

use chrono::{Duration, NaiveDate};
use custody_gs1::{DecodeOptions, WarningKind};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::fields::parse_date;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{allowed, require, Operation};
use crate::shipment::{AdviceCheck, AdviceOutcome};
use crate::Store;
use verdict::finding;

/// What a scanning session does with each pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Movement {
    /// Goods in from a supplier (or back from another site).
    Receive,
    /// Issue to a patient or a ward.
    Dispense,
    /// Move to another location here, or out of the site.
    Transfer,
    /// Back into stock (a ward return).
    Return,
    /// Put on hold.
    Quarantine,
    /// Release from hold (QA).
    Release,
    /// Destroy.
    Destroy,
    /// Send back to the supplier.
    ReturnToSupplier,
}

impl Movement {
    fn operation(self) -> Operation {
        match self {
            Movement::Receive => Operation::Receive,
            Movement::Dispense => Operation::Dispense,
            Movement::Transfer => Operation::Transfer,
            Movement::Return => Operation::Return,
            Movement::Quarantine => Operation::Quarantine,
            Movement::Release => Operation::Release,
            Movement::Destroy => Operation::Destroy,
            Movement::ReturnToSupplier => Operation::ReturnToSupplier,
        }
    }

    fn event_kind(self) -> EventKind {
        match self {
            Movement::Receive => EventKind::Receive,
            Movement::Dispense => EventKind::Dispense,
            Movement::Transfer => EventKind::Transfer,
            Movement::Return => EventKind::Return,
            Movement::Quarantine => EventKind::Quarantine,
            Movement::Release => EventKind::Release,
            Movement::Destroy => EventKind::Destroy,
            Movement::ReturnToSupplier => EventKind::ReturnToSupplier,
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Movement::Receive => "received",
            Movement::Dispense => "dispensed",
            Movement::Transfer => "transferred",
            Movement::Return => "returned to stock",
            Movement::Quarantine => "quarantined",
            Movement::Release => "released",
            Movement::Destroy => "destroyed",
            Movement::ReturnToSupplier => "returned to the supplier",
        }
    }
}

impl std::str::FromStr for Movement {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "receive" => Movement::Receive,
            "dispense" => Movement::Dispense,
            "transfer" => Movement::Transfer,
            "return" => Movement::Return,
            "quarantine" => Movement::Quarantine,
            "release" => Movement::Release,
            "destroy" => Movement::Destroy,
            "return_to_supplier" | "return-to-supplier" => Movement::ReturnToSupplier,
            _ => return Err(format!("'{s}' is not a movement")),
        })
    }
}

/// Limits the checks use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanPolicy {
    /// A pack expiring within this many days of today is short-dated (a warning at receipt).
    pub short_dated_days: i64,
    /// A receipt price more than this many percent above the contract price is flagged.
    pub price_tolerance_percent: i64,
}

impl Default for ScanPolicy {
    fn default() -> Self {
        ScanPolicy {
            short_dated_days: 90,
            price_tolerance_percent: 5,
        }
    }
}

/// What every scan of a session shares: the movement, where, with whom, under which document.
#[derive(Debug, Clone)]
pub struct ScanSession {
    /// The movement.
    pub movement: Movement,
    /// Where the scanning happens (and, for receipts and returns, where stock goes).
    pub location: LocationId,
    /// Destination of a transfer, or where quarantined or released stock goes.
    pub to_location: Option<LocationId>,
    /// Supplier of a receipt, recipient of a return to supplier, or the site stock leaves for.
    pub counterparty: Option<PartnerId>,
    /// The document: PO, despatch advice, prescription or ward order, transfer note.
    pub reference: Option<String>,
    /// Why (required to quarantine or destroy).
    pub reason: Option<String>,
    /// The expected shipment a receipt is checked against.
    pub shipment: Option<i64>,
    /// How this site's scanners send data (`today` is set from the scan's time).
    pub scanner: DecodeOptions,
    /// Limits.
    pub policy: ScanPolicy,
    /// The scanning user's signature (password re-entered): needed to destroy stock, to
    /// release it from quarantine, and to override a blocked scan.
    pub signature: Option<crate::model::Signature>,
    /// When what is scanned happened, if earlier than now (a delivery entered late): recorded as
    /// the events' occurred time beside the time they are recorded, at most the site's
    /// late-entry window back (see `ledger`).
    pub occurred_at: Option<Timestamp>,
}

impl ScanSession {
    /// A session with default scanner settings and limits.
    pub fn new(movement: Movement, location: LocationId) -> ScanSession {
        ScanSession {
            movement,
            location,
            to_location: None,
            counterparty: None,
            reference: None,
            reason: None,
            shipment: None,
            scanner: DecodeOptions::new(NaiveDate::default()),
            policy: ScanPolicy::default(),
            signature: None,
            occurred_at: None,
        }
    }
}

/// One scan.
#[derive(Debug, Clone, Default)]
pub struct ScanInput {
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For lot-tracked products: how many (default 1).
    pub quantity: Option<i64>,
    /// Unit cost on receipt, in cents.
    pub unit_cost_cents: Option<i64>,
    /// To override a blocked verdict (permitted users only): why.
    pub override_reason: Option<String>,
}

pub(crate) struct UnitNow {
    pub(crate) status: UnitStatus,
    pub(crate) location: Option<LocationId>,
    pub(crate) expiry: Option<NaiveDate>,
}

impl Store {
    pub(crate) fn location_code(&self, id: LocationId) -> CoreResult<String> {
        Ok(self
            .conn()
            .prepare_cached("SELECT code FROM location WHERE id = ?1")?
            .query_row([id.0], |r| r.get(0))?)
    }

    pub(crate) fn quarantine_location(&self, near: LocationId) -> CoreResult<LocationId> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT id FROM location WHERE kind = 'quarantine' AND active = 1
                 AND site_id = (SELECT site_id FROM location WHERE id = ?1) ORDER BY id LIMIT 1",
            )?
            .query_row([near.0], |r| r.get(0))
            .optional()?
            .map_or(near, LocationId))
    }

    pub(crate) fn product_for_scan(&self, scan: &custody_gs1::Scan) -> CoreResult<Option<Product>> {
        let sql = match (&scan.gtin, &scan.pzn) {
            (Some(_), _) => format!(
                "SELECT {} FROM product WHERE gtin = ?1",
                crate::master::PRODUCT_COLUMNS
            ),
            (None, Some(_)) => format!(
                "SELECT {} FROM product WHERE pzn = ?1",
                crate::master::PRODUCT_COLUMNS
            ),
            (None, None) => return Ok(None),
        };
        let key = scan
            .gtin
            .map(|g| g.to_string())
            .or_else(|| scan.pzn.clone())
            .unwrap_or_default();
        Ok(self
            .conn()
            .prepare_cached(&sql)?
            .query_row([key], crate::master::product_from_row)
            .optional()?)
    }

    pub(crate) fn unit_now(&self, product: ProductId, serial: &str) -> CoreResult<Option<UnitNow>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT status, location_id, expiry FROM unit WHERE product_id = ?1 AND serial = ?2")?
            .query_row(params![product.0, serial], |r| {
                Ok(UnitNow {
                    status: r.get::<_, String>(0)?.parse().unwrap_or(UnitStatus::Missing),
                    location: r.get::<_, Option<i64>>(1)?.map(LocationId),
                    expiry: parse_date(r.get(2)?),
                })
            })
            .optional()?)
    }

    fn lot_expiry(&self, product: ProductId, lot: &str) -> CoreResult<Option<Option<NaiveDate>>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT expiry FROM lot_info WHERE product_id = ?1 AND lot = ?2")?
            .query_row(params![product.0, lot], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .map(parse_date))
    }

    fn lot_quantity(
        &self,
        product: ProductId,
        lot: &str,
        location: LocationId,
        status: UnitStatus,
    ) -> CoreResult<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT quantity FROM lot_stock WHERE product_id = ?1 AND lot = ?2 AND location_id = ?3 AND status = ?4")?
            .query_row(params![product.0, lot, location.0, status.as_str()], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Usable packs of the product in stock at the location that expire before `expiry`, and
    /// the earliest of their expiries. Usable means not expired on `today` (a pack expiring
    /// today is still usable today): first-expiry-first-out points at packs a person may
    /// dispense instead, never at expired ones, which [`Store::expired_here`] reports apart.
    fn earlier_expiring(
        &self,
        product: ProductId,
        location: LocationId,
        today: NaiveDate,
        expiry: NaiveDate,
    ) -> CoreResult<(i64, Option<NaiveDate>)> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT count(*), min(expiry) FROM unit
                 WHERE location_id = ?2 AND product_id = ?1 AND status = 'in_stock'
                   AND expiry >= ?3 AND expiry < ?4",
            )?
            .query_row(
                params![product.0, location.0, today.to_string(), expiry.to_string()],
                |r| Ok((r.get(0)?, parse_date(r.get(1)?))),
            )?)
    }

    /// Expired stock of the product still in stock at the location on `today`: the packs (or,
    /// for a lot-tracked product, the quantity) and the oldest expiry. `scanned` leaves out
    /// what is in hand — the pack by its serial, or a lot-tracked product's lot — whose own
    /// expiry has its own finding.
    fn expired_here(
        &self,
        product: ProductId,
        location: LocationId,
        today: NaiveDate,
        scanned: Scanned<'_>,
    ) -> CoreResult<(i64, Option<NaiveDate>)> {
        let (except_serial, except_lot) = match scanned {
            Scanned::Pack(serial) => (Some(serial), None),
            Scanned::Lot(lot) => (None, lot),
        };
        let today = today.to_string();
        let (packs, oldest_pack): (i64, Option<NaiveDate>) = self
            .conn()
            .prepare_cached(
                "SELECT count(*), min(expiry) FROM unit
                 WHERE location_id = ?2 AND product_id = ?1 AND status = 'in_stock'
                   AND expiry < ?3 AND serial IS NOT ?4",
            )?
            .query_row(params![product.0, location.0, today, except_serial], |r| {
                Ok((r.get(0)?, parse_date(r.get(1)?)))
            })?;
        let (quantity, oldest_lot): (i64, Option<NaiveDate>) = self
            .conn()
            .prepare_cached(
                "SELECT coalesce(sum(quantity), 0), min(expiry) FROM lot_stock
                 WHERE product_id = ?1 AND location_id = ?2 AND status = 'in_stock'
                   AND expiry < ?3 AND quantity > 0 AND lot IS NOT ?4",
            )?
            .query_row(params![product.0, location.0, today, except_lot], |r| {
                Ok((r.get(0)?, parse_date(r.get(1)?)))
            })?;
        let oldest = match (oldest_pack, oldest_lot) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Ok((packs + quantity, oldest))
    }

    /// Decodes one scan, checks it for the session's movement, and records it if the verdict
    /// allows. A blocked scan records nothing, except that a suspect pack being received is
    /// recorded straight into quarantine, and a permitted user may override some blocks with a
    /// reason (recorded on the event).
    pub fn scan(
        &mut self,
        actor: &User,
        session: &ScanSession,
        input: &ScanInput,
        now: Timestamp,
    ) -> CoreResult<Verdict> {
        let m = session.movement;
        require(actor, m.operation())?;
        self.check_session(session)?;
        if let Some(at) = session.occurred_at {
            crate::ledger::check_late_entry(self.conn(), at, now)?;
        }
        let today = now.local_date();
        let mut options = session.scanner.clone();
        options.today = today;
        let scan = match custody_gs1::decode(&input.raw, &options) {
            Ok(s) => s,
            Err(e) => {
                return Ok(Verdict::new(vec![finding(
                    Level::Blocked,
                    Code::DecodeError,
                    e.message,
                )]))
            }
        };
        let gtin = scan.gtin.map(|g| g.to_string());
        let fill = |mut v: Verdict,
                    product: Option<&Product>,
                    expiry: Option<NaiveDate>,
                    quantity: i64| {
            v.gtin = gtin
                .clone()
                .or_else(|| product.map(|p| p.data.gtin.clone()));
            v.product = product.map(|p| p.data.name.clone());
            v.serial = scan.serial.clone();
            v.lot = scan.lot.clone();
            v.expiry = expiry;
            v.quantity = quantity;
            v
        };
        let Some(product) = self.product_for_scan(&scan)? else {
            let what = gtin.as_deref().map_or_else(
                || format!("PZN {}", scan.pzn.as_deref().unwrap_or("?")),
                |g| format!("GTIN {g}"),
            );
            let v = Verdict::new(vec![finding(
                Level::Blocked,
                Code::UnknownProduct,
                format!(
                    "{what} is not in the product list. Add the product, then scan the pack again."
                ),
            )]);
            return Ok(fill(v, None, scan.expiry, 1));
        };
        let mut findings = Vec::new();
        let separator_hint = scan
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::PossibleMissingSeparator)
            .map(|w| w.message.clone());
        if let Some(hint) = &separator_hint {
            findings.push(finding(
                Level::Warning,
                Code::PossibleMissingSeparator,
                hint.clone(),
            ));
        }
        let quantity = match product.tracking {
            TrackingMode::Serial => 1,
            TrackingMode::Lot => input.quantity.unwrap_or(1),
        };
        if quantity <= 0 {
            return Err(CoreError::refused("movement.quantity_not_positive").field("quantity"));
        }
        match product.tracking {
            TrackingMode::Serial if scan.serial.is_none() => {
                let (code, message) = match &separator_hint {
                    Some(h) => (Code::PossibleMissingSeparator, format!("{} is serialized but this scan has no serial. {h}", product.data.name)),
                    None => (Code::MissingSerial, format!("{} is serialized: scan the pack's 2D code (Data Matrix), not its linear barcode.", product.data.name)),
                };
                return Ok(fill(
                    Verdict::new(vec![finding(Level::Blocked, code, message)]),
                    Some(&product),
                    scan.expiry,
                    1,
                ));
            }
            TrackingMode::Lot if scan.lot.is_none() => {
                let v = Verdict::new(vec![finding(
                    Level::Blocked,
                    Code::MissingLot,
                    format!(
                        "{} is tracked by lot: scan a code with the lot, or enter it.",
                        product.data.name
                    ),
                )]);
                return Ok(fill(v, Some(&product), scan.expiry, quantity));
            }
            _ => {}
        }
        let lot = scan.lot.clone();
        let known_lot_expiry = match &lot {
            Some(l) => self.lot_expiry(product.id, l)?,
            None => None,
        };
        let unit = match &scan.serial {
            Some(s) => self.unit_now(product.id, s)?,
            None => None,
        };
        let expiry = scan
            .expiry
            .or(known_lot_expiry.flatten())
            .or(unit.as_ref().and_then(|u| u.expiry));

        // Suspect: the lot was seen with another expiry.
        if let (Some(Some(known)), Some(scanned)) = (known_lot_expiry, scan.expiry) {
            if known != scanned {
                findings.push(finding(
                    Level::Blocked,
                    Code::ExpiryMismatch,
                    format!("Lot {} was recorded with expiry {known}, but this pack says {scanned}: the pack may be falsified. Set it aside for QA.", lot.as_deref().unwrap_or("")),
                ));
            }
        }
        // Under a recall: never usable again; it may only go to quarantine, back to the
        // supplier or to destruction, and a receipt or a ward return holds it in quarantine.
        let recalled = match m {
            Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier => None,
            _ => {
                self.recall_covering(&product.data.gtin, lot.as_deref(), scan.serial.as_deref())?
            }
        };
        if let Some((number, class)) = &recalled {
            let what = scan.serial.as_deref().map_or_else(
                || format!("Lot {}", lot.as_deref().unwrap_or("")),
                |s| format!("Pack {s}"),
            );
            findings.push(finding(
                Level::Blocked,
                Code::Recalled,
                format!("{what} is under recall {number} ({}): do not use it. Set it aside in quarantine for QA.", class.label()),
            ));
        }
        // Expiry.
        if let Some(e) = expiry {
            let may_handle_expired = matches!(
                m,
                Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier
            );
            if e < today && !may_handle_expired {
                findings.push(finding(
                    Level::Blocked,
                    Code::Expired,
                    format!("Expired on {e}. Do not use; quarantine or destroy it."),
                ));
            } else if m == Movement::Receive
                && e <= today + Duration::days(session.policy.short_dated_days)
            {
                findings.push(finding(
                    Level::Warning,
                    Code::ShortDated,
                    format!(
                        "Short-dated: expires on {e}, in {} days.",
                        (e - today).num_days()
                    ),
                ));
            }
        }
        // Where the pack (or the lot quantity) stands, and whether the movement fits.
        let here = session.location;
        let here_code = self.location_code(here)?;
        let before: Option<Place> = match (&scan.serial, &unit) {
            (Some(serial), Some(u)) => {
                let at = match u.location {
                    Some(l) => format!(" at {}", self.location_code(l)?),
                    None => String::new(),
                };
                self.serial_findings(m, serial, u, &at, here, &mut findings)?;
                Some(Place {
                    status: u.status,
                    location: u.location,
                })
            }
            (Some(serial), None) => {
                if m != Movement::Receive {
                    findings.push(finding(Level::Blocked, Code::NotInStock, format!("Pack {serial} was never received here. Receive it first, or set it aside if it should not be here.")));
                }
                None
            }
            (None, _) => {
                let lot = lot.as_deref().unwrap_or_default();
                let from_status = if m == Movement::Release {
                    UnitStatus::Quarantined
                } else {
                    UnitStatus::InStock
                };
                if m == Movement::Receive {
                    None
                } else {
                    let mut have = self.lot_quantity(product.id, lot, here, from_status)?;
                    let mut status = from_status;
                    if have < quantity
                        && matches!(m, Movement::Destroy | Movement::ReturnToSupplier)
                    {
                        status = UnitStatus::Quarantined;
                        have = self.lot_quantity(product.id, lot, here, status)?;
                    }
                    if m == Movement::Return {
                        None // ward returns add to stock
                    } else {
                        if have < quantity {
                            findings.push(finding(
                                Level::Blocked,
                                Code::InsufficientQuantity,
                                format!("Only {have} of lot {lot} are {} at {here_code}; {quantity} asked for.", from_status.as_str().replace('_', " ")),
                            ));
                        }
                        Some(Place::at(status, here))
                    }
                }
            }
        };
        // Expired stock of the product on this shelf: its own finding, apart from first expiry
        // first out, because the answer differs (quarantine them, not "use them first").
        if m == Movement::Dispense {
            let scanned = match scan.serial.as_deref() {
                Some(serial) => Scanned::Pack(serial),
                None => Scanned::Lot(lot.as_deref()),
            };
            let (n, oldest) = self.expired_here(product.id, here, today, scanned)?;
            if n > 0 {
                findings.push(finding(
                    Level::Warning,
                    Code::ExpiredOnShelf,
                    format!(
                        "{n} expired pack(s) of this product are still on the shelf at {here_code} (oldest expiry {}): quarantine them.",
                        oldest.map(|d| d.to_string()).unwrap_or_default()
                    ),
                ));
            }
        }
        // First expiry, first out, among the packs that may still be used.
        let in_stock_here = before == Some(Place::at(UnitStatus::InStock, here));
        if m == Movement::Dispense && product.tracking == TrackingMode::Serial && in_stock_here {
            if let Some(e) = expiry {
                let (n, earliest) = self.earlier_expiring(product.id, here, today, e)?;
                if n > 0 {
                    findings.push(finding(
                        Level::Warning,
                        Code::Fefo,
                        format!("{n} pack(s) of this product at {here_code} expire earlier (from {}): use those first.", earliest.map(|d| d.to_string()).unwrap_or_default()),
                    ));
                }
            }
        }
        // Against the expected shipment.
        let mut against_advice = None;
        if let (Movement::Receive, Some(shipment)) = (m, session.shipment) {
            let check = self.check_against_advice(
                shipment,
                &product.data.gtin,
                scan.serial.as_deref(),
                lot.as_deref(),
                expiry,
                quantity,
            )?;
            if let Some((code, message)) = advice_warning(&check) {
                findings.push(finding(Level::Warning, code, message));
            }
            against_advice = Some(check);
        }
        // Price against contract.
        if m == Movement::Receive {
            if let (Some(cost), Some(contract)) =
                (input.unit_cost_cents, product.data.contract_price_cents)
            {
                if cost * 100 > contract * (100 + session.policy.price_tolerance_percent) {
                    let supplier = match session.counterparty {
                        Some(p) => self.conn().query_row(
                            "SELECT name FROM partner WHERE id = ?1",
                            [p.0],
                            |r| r.get::<_, String>(0),
                        )?,
                        None => "the supplier".into(),
                    };
                    findings.push(finding(
                        Level::Warning,
                        Code::PriceAboveContract,
                        format!(
                            "{supplier} charged {:.2} against a contract price of {:.2}.",
                            cost as f64 / 100.0,
                            contract as f64 / 100.0
                        ),
                    ));
                }
            }
        }

        let verdict = fill(Verdict::new(findings), Some(&product), expiry, quantity);
        let blocked: Vec<&Finding> = verdict
            .findings
            .iter()
            .filter(|f| f.level == Level::Blocked)
            .collect();
        let mut reason = session.reason.clone();
        let mut overridden = false;
        let mut hold = false;
        if !blocked.is_empty() {
            let suspect = blocked.iter().any(|f| f.code.suspect());
            match &input.override_reason {
                Some(why) if blocked.iter().all(|f| f.code.overridable()) => {
                    if !allowed(actor.role, Operation::Override) {
                        return Err(crate::permissions::forbidden(actor, Operation::Override));
                    }
                    if session.signature.is_none() {
                        return Err(CoreError::refused("movement.override_needs_signature")
                            .field("password"));
                    }
                    let codes: Vec<&str> = blocked.iter().map(|f| f.code.as_str()).collect();
                    reason = Some(format!(
                        "override of {}: {why}{}",
                        codes.join(", "),
                        session
                            .reason
                            .as_deref()
                            .map(|r| format!("; {r}"))
                            .unwrap_or_default()
                    ));
                    overridden = true;
                }
                _ if (m == Movement::Receive && suspect)
                    || (m == Movement::Return && recalled.is_some()) =>
                {
                    let messages: Vec<&str> = blocked.iter().map(|f| f.message.as_str()).collect();
                    reason = Some(format!("suspect: {}", messages.join(" ")));
                    hold = true;
                }
                _ => return Ok(verdict),
            }
        }

        // What the line moves from and to.
        // Only holds and quarantines look up the quarantine location: not every scan.
        let (kind, after) = if hold {
            let quarantine_at = self.quarantine_location(here)?;
            let only_recalled = blocked.iter().all(|f| f.code == Code::Recalled);
            let kind = match (before.is_some(), only_recalled) {
                (false, _) => EventKind::Receive,
                (true, true) => EventKind::Quarantine,
                (true, false) => EventKind::MarkSuspect,
            };
            (kind, Place::at(UnitStatus::Quarantined, quarantine_at))
        } else {
            let after = match m {
                Movement::Receive | Movement::Return => Place::at(UnitStatus::InStock, here),
                Movement::Dispense => Place::gone(UnitStatus::Dispensed),
                Movement::Transfer => match (session.to_location, session.counterparty) {
                    (Some(to), _) => Place::at(UnitStatus::InStock, to),
                    (None, _) => Place::gone(UnitStatus::TransferredOut),
                },
                Movement::Quarantine => match session.to_location {
                    Some(to) => Place::at(UnitStatus::Quarantined, to),
                    None => Place::at(UnitStatus::Quarantined, self.quarantine_location(here)?),
                },
                Movement::Release => {
                    Place::at(UnitStatus::InStock, session.to_location.unwrap_or(here))
                }
                Movement::Destroy => Place::gone(UnitStatus::Destroyed),
                Movement::ReturnToSupplier => Place::gone(UnitStatus::ReturnedToSupplier),
            };
            (m.event_kind(), after)
        };
        let event = NewEvent {
            kind,
            occurred_at: session.occurred_at.unwrap_or(now),
            location: Some(here),
            counterparty: session.counterparty,
            reference: session.reference.clone(),
            reason,
            raw_scan: Some(input.raw.clone()),
            lines: vec![NewLine {
                product: product.id,
                lot: lot.clone(),
                serial: scan.serial.clone(),
                expiry,
                quantity,
                before,
                after: Some(after),
                unit_cost_cents: if m == Movement::Receive {
                    input.unit_cost_cents
                } else {
                    None
                },
            }],
        };
        let tx = self.conn_mut().transaction()?;
        let appended = {
            let mut appender = Appender::new(&tx, now)?;
            let signed = overridden || matches!(m, Movement::Destroy | Movement::Release);
            let appended = appender.append_signed(
                actor,
                &event,
                session.signature.as_ref().filter(|_| signed),
            )?;
            appender.finish()?;
            appended
        };
        // In the receipt's transaction: a receipt is never recorded without its match or
        // discrepancy, nor these without it.
        if let Some(check) = &against_advice {
            crate::shipment::record_against_advice(&tx, check, appended.seq, hold)?;
        }
        tx.commit()?;
        let location = match after.location {
            Some(l) => Some(self.location_code(l)?),
            None => None,
        };
        let mut verdict =
            verdict.with_recorded(appended, after.status, location.clone(), hold, overridden);
        if hold {
            verdict.message = format!(
                "{} Held in quarantine{}.",
                verdict.message,
                location.map(|l| format!(" ({l})")).unwrap_or_default()
            );
        } else if verdict.verdict == Level::Accepted {
            verdict.message = format!("{} {}.", product.data.name, m.verb());
        }
        Ok(verdict)
    }

    fn check_session(&self, s: &ScanSession) -> CoreResult<()> {
        let needs_reason = matches!(s.movement, Movement::Quarantine | Movement::Destroy);
        if needs_reason && s.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(CoreError::refused("movement.reason_required")
                .field("reason")
                .arg("movement", s.movement.event_kind().as_str()));
        }
        if matches!(s.movement, Movement::Destroy | Movement::Release) && s.signature.is_none() {
            return Err(CoreError::refused("movement.signature_required")
                .field("password")
                .arg("movement", s.movement.event_kind().as_str()));
        }
        if s.movement == Movement::Transfer && s.to_location.is_none() && s.counterparty.is_none() {
            return Err(CoreError::refused("movement.transfer_needs_destination").field("to"));
        }
        if s.movement == Movement::Transfer && s.to_location == Some(s.location) {
            return Err(CoreError::refused("movement.transfer_to_same_location").field("to"));
        }
        if let Some(id) = s.shipment {
            if s.movement != Movement::Receive {
                return Err(
                    CoreError::refused("movement.shipment_only_for_receipts").field("shipment")
                );
            }
            if !self.shipment_is_open(id)? {
                return Err(CoreError::refused("movement.shipment_closed")
                    .field("shipment")
                    .arg("shipment", id));
            }
        }
        if s.movement == Movement::ReturnToSupplier && s.counterparty.is_none() {
            return Err(CoreError::refused("movement.return_needs_supplier").field("partner"));
        }
        Ok(())
    }

    /// Checks a known pack's state against the movement.
    fn serial_findings(
        &self,
        m: Movement,
        serial: &str,
        u: &UnitNow,
        at: &str,
        here: LocationId,
        findings: &mut Vec<Finding>,
    ) -> CoreResult<()> {
        use UnitStatus as S;
        let status = u.status.as_str().replace('_', " ");
        let blocked = |code, message: String| finding(Level::Blocked, code, message);
        let gone = matches!(
            u.status,
            S::Dispensed | S::Destroyed | S::ReturnedToSupplier
        );
        match m {
            Movement::Receive => match u.status {
                S::InStock | S::Quarantined => findings.push(blocked(
                    Code::DuplicateSerial,
                    format!("Pack {serial} is already {status}{at}: this is a duplicate or cloned pack. Set it aside for QA."),
                )),
                _ if gone => findings.push(blocked(
                    Code::AlreadyDecommissioned,
                    format!("Pack {serial} was already {status}: a pack cannot come back in. It may be reused or cloned; set it aside for QA."),
                )),
                S::Missing => findings.push(finding(Level::Warning, Code::NotInStock, format!("Pack {serial} was recorded missing at a count; it is received again."))),
                _ => {} // transferred out and coming back
            },
            Movement::Return => match u.status {
                S::Dispensed | S::TransferredOut | S::Missing => {}
                S::InStock | S::Quarantined => findings.push(blocked(Code::DuplicateSerial, format!("Pack {serial} is already {status}{at}: it cannot be returned again."))),
                _ => findings.push(blocked(Code::AlreadyDecommissioned, format!("Pack {serial} was {status}: it cannot be returned to stock."))),
            },
            Movement::Release => {
                if u.status != S::Quarantined {
                    findings.push(blocked(Code::NotQuarantined, format!("Pack {serial} is {status}{at}, not in quarantine.")));
                }
            }
            _ => {
                // Held stock may be destroyed, sent back, or moved between quarantine areas.
                let held_ok = matches!(
                    m,
                    Movement::Destroy | Movement::ReturnToSupplier | Movement::Quarantine
                );
                match u.status {
                    _ if gone => findings.push(blocked(
                        Code::AlreadyDecommissioned,
                        format!("Pack {serial} was already {status}: it cannot be {} again. It may be reused or cloned; set it aside for QA.", m.verb()),
                    )),
                    S::TransferredOut | S::Missing => findings.push(blocked(Code::NotInStock, format!("Pack {serial} is not in stock here (it is {status})."))),
                    S::Quarantined if !held_ok => findings.push(blocked(Code::Quarantined, format!("Pack {serial} is in quarantine{at}: it may not be used."))),
                    _ => {}
                }
                let elsewhere = u.location.is_some_and(|l| l != here) && u.status == S::InStock;
                if elsewhere {
                    findings.push(blocked(Code::WrongLocation, format!("Pack {serial} is recorded{at}, not here. Move it with a transfer first, or override if the record is wrong.")));
                }
            }
        }
        Ok(())
    }
}

/// What is in hand when looking for other expired stock on the shelf.
#[derive(Clone, Copy)]
enum Scanned<'a> {
    /// A serialized pack, by its serial.
    Pack(&'a str),
    /// A quantity of a lot-tracked product, by its lot (if the code gave one).
    Lot(Option<&'a str>),
}

/// The warning for the person scanning a receipt against a despatch advice, if any: (code,
/// sentence). The shipment module says how the pack compares with the advice; this says it.
fn advice_warning(check: &AdviceCheck) -> Option<(Code, String)> {
    let date = |d: &Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    match &check.outcome {
        AdviceOutcome::Unexpected => Some((
            Code::Unexpected,
            format!(
                "Not on the expected shipment: {} is received, but check it with the supplier.",
                check.serial
                    .as_deref()
                    .map_or_else(|| "this lot".to_string(), |s| format!("pack {s}"))
            ),
        )),
        AdviceOutcome::Matches { outstanding, .. } if *outstanding < check.quantity => Some((
            Code::Unexpected,
            format!(
                "The despatch advice lists {} more of lot {}; {} are received: the {} over are recorded as unexpected.",
                outstanding.max(&0),
                check.lot.as_deref().unwrap_or("-"),
                check.quantity,
                check.quantity - outstanding.max(&0)
            ),
        )),
        AdviceOutcome::Matches { .. } => None,
        AdviceOutcome::Differs { lot, expiry, .. } => Some((
            Code::DiffersFromAdvice,
            format!(
                "The despatch advice lists this pack with lot {} and expiry {}, but the pack says lot {} and expiry {}: received, not matched.",
                lot.as_deref().unwrap_or("-"),
                date(expiry),
                check.lot.as_deref().unwrap_or("-"),
                date(&check.expiry),
            ),
        )),
    }
}
