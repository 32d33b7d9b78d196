//! The scan session: the movement a session makes, the limits its checks use (`ScanPolicy`),
//! what every scan of it shares (`ScanSession`), one scan's input (`ScanInput`), and the refusal
//! of a session that cannot work before any scan is read (`Store::check_session`).

use chrono::NaiveDate;
use custody_gs1::DecodeOptions;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::Operation;
use crate::Store;

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
    /// Every movement, in the order a scan screen offers them.
    pub const ALL: [Movement; 8] = [
        Movement::Receive,
        Movement::Dispense,
        Movement::Transfer,
        Movement::Return,
        Movement::Quarantine,
        Movement::Release,
        Movement::Destroy,
        Movement::ReturnToSupplier,
    ];

    /// The permission the movement needs.
    pub fn operation(self) -> Operation {
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

    pub(super) fn event_kind(self) -> EventKind {
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

    /// What the movement does, as the English verdict said it before the catalogue did: the
    /// tests hold the catalogue's sentences to it.
    #[cfg(test)]
    pub(super) fn verb(self) -> &'static str {
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
    /// Unit cost on receipt, in hundredths of the site's currency, for whatever is scanned
    /// (unless `unit_costs` gives the product its own).
    pub unit_cost_cents: Option<i64>,
    /// Unit costs on receipt per product: (GTIN-14, hundredths). A product listed here takes its
    /// own; others take `unit_cost_cents` (a delivery that mixes products).
    pub unit_costs: Vec<(String, i64)>,
    /// To override a blocked verdict (permitted users only): why.
    pub override_reason: Option<String>,
    /// The person was asked whether to dispense this pack before an earlier-expiring one and
    /// said yes (scanned it again, or pressed Enter): recorded, with their choice in the reason.
    pub fefo_confirmed: bool,
    /// The person said this is a second physical pack with the code just scanned, not the same
    /// pack read twice: the double-read rule is not applied, and the pack is checked as any
    /// other (a clone stays suspect).
    pub another_pack: bool,
    /// At a dispense, the pack's anti-tampering device as the person found it (EU FMD), or
    /// `None` when not checked: intact is recorded with the pack's decommission; broken, the
    /// pack is not supplied but held in quarantine as suspect. Refused for other movements.
    pub tamper: Option<TamperCheck>,
}

impl ScanInput {
    /// The unit cost this scan gives a receipt of `gtin` (GTIN-14): the product's own, else the
    /// one for every product, else none.
    pub fn unit_cost_for(&self, gtin: &str) -> Option<i64> {
        self.unit_costs
            .iter()
            .find(|(g, _)| g == gtin)
            .map(|(_, c)| *c)
            .or(self.unit_cost_cents)
    }
}

impl Store {
    /// Refuses a scan's input the session's movement cannot take: an anti-tampering device
    /// check anywhere but at a dispense.
    pub(super) fn check_input(s: &ScanSession, input: &ScanInput) -> CoreResult<()> {
        if input.tamper.is_some() && s.movement != Movement::Dispense {
            return Err(CoreError::refused("movement.tamper_only_at_dispense").field("tamper"));
        }
        Ok(())
    }

    pub(super) fn check_session(&self, s: &ScanSession) -> CoreResult<()> {
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
        if s.movement == Movement::Receive {
            crate::shipment::receipt_names_its_origin(s.counterparty)?;
        }
        if s.movement == Movement::ReturnToSupplier && s.counterparty.is_none() {
            return Err(CoreError::refused("movement.return_needs_supplier").field("partner"));
        }
        Ok(())
    }
}
