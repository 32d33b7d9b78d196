//! Domain types: identifiers, master data, unit statuses, event kinds, and the `Signature` a
//! person makes by re-entering their password (only `Store::sign` makes one).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub struct $name(pub i64);
    };
}

id_type!(/// A product's row id.
    ProductId);
id_type!(/// A location's row id.
    LocationId);
id_type!(/// A site's row id.
    SiteId);
id_type!(/// A trading partner's row id.
    PartnerId);
id_type!(/// A user's row id.
    UserId);

/// An instant with the local offset where it happened. Stored as UTC text plus the offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// UTC as stored: `2026-11-22T09:30:00.000000Z`.
    pub fn utc_text(&self) -> String {
        self.0
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Micros, true)
    }

    /// The local offset in minutes east of UTC.
    pub fn offset_minutes(&self) -> i32 {
        self.0.offset().local_minus_utc() / 60
    }

    /// The local calendar date, the one expiry dates are compared with.
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }

    /// Rebuilds a timestamp from its stored form.
    pub fn from_stored(utc: &str, offset_minutes: i32) -> Option<Timestamp> {
        let offset = FixedOffset::east_opt(offset_minutes * 60)?;
        let t = DateTime::parse_from_rfc3339(utc).ok()?;
        Some(Timestamp(t.with_timezone(&offset)))
    }

    /// Parses RFC 3339 (`2026-11-22T10:00:00+01:00`).
    pub fn parse(s: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(s).ok().map(Timestamp)
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_millis(&self) -> i64 {
        self.0.timestamp_millis()
    }

    /// Whole seconds since the Unix epoch (the fraction dropped).
    pub fn unix_seconds(&self) -> i64 {
        self.0.timestamp()
    }

    /// The instant `seconds` after the Unix epoch, at the local offset `offset_minutes`.
    pub fn from_unix_seconds(seconds: i64, offset_minutes: i32) -> Option<Timestamp> {
        let offset = FixedOffset::east_opt(offset_minutes * 60)?;
        let t = DateTime::from_timestamp(seconds, 0)?;
        Some(Timestamp(t.with_timezone(&offset)))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Secs, false))
    }
}

macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored text.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(format!(
                        "'{s}' is not one of: {}",
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_enum!(
    /// How a product is tracked.
    TrackingMode {
        /// Every pack has a serial number.
        Serial => "serial",
        /// Lot and quantity only (consumables).
        Lot => "lot",
    }
);

text_enum!(
    /// What a location is.
    LocationKind {
        /// A pharmacy.
        Pharmacy => "pharmacy",
        /// A store room.
        Store => "store",
        /// A hospital ward.
        Ward => "ward",
        /// A clinic.
        Clinic => "clinic",
        /// A quarantine area.
        Quarantine => "quarantine",
    }
);

text_enum!(
    /// What a trading partner is.
    PartnerKind {
        /// A supplier.
        Supplier => "supplier",
        /// A distributor or wholesaler.
        Distributor => "distributor",
        /// A manufacturer.
        Manufacturer => "manufacturer",
    }
);

text_enum!(
    /// A user's role, which decides what they may do (see `permissions`).
    Role {
        /// Pharmacy staff: receive, issue, dispense, move.
        Staff => "staff",
        /// Inventory manager.
        Manager => "manager",
        /// QA officer: recalls, quarantine, suspect product.
        Qa => "qa",
        /// Administrator.
        Admin => "admin",
    }
);

text_enum!(
    /// Where a unit (or a lot quantity) stands.
    UnitStatus {
        /// At a location, usable.
        InStock => "in_stock",
        /// At a location, not usable.
        Quarantined => "quarantined",
        /// Issued to a patient or consumed on a ward.
        Dispensed => "dispensed",
        /// Left the site.
        TransferredOut => "transferred_out",
        /// Sent back to the supplier.
        ReturnedToSupplier => "returned_to_supplier",
        /// Destroyed.
        Destroyed => "destroyed",
        /// Not found at a count.
        Missing => "missing",
    }
);

impl UnitStatus {
    /// Whether a unit with this status is physically held at a location.
    pub fn is_held(self) -> bool {
        matches!(self, UnitStatus::InStock | UnitStatus::Quarantined)
    }
}

text_enum!(
    /// The kind of a ledger event, following EPCIS business steps.
    EventKind {
        /// Goods received.
        Receive => "receive",
        /// Moved between locations, or out of the site.
        Transfer => "transfer",
        /// Issued to a patient or consumed on a ward.
        Dispense => "dispense",
        /// Back into stock.
        Return => "return",
        /// Put on hold.
        Quarantine => "quarantine",
        /// Released from hold.
        Release => "release",
        /// Destroyed.
        Destroy => "destroy",
        /// Sent back to the supplier.
        ReturnToSupplier => "return_to_supplier",
        /// Adjusted after a count.
        CountAdjust => "count_adjust",
        /// Marked suspect.
        MarkSuspect => "mark_suspect",
        /// A recall closed and signed; a record that moves no stock (no lines).
        RecallClose => "recall_close",
        /// A user who existed before users' changes were ledger events, put on the ledger by
        /// the migration that started them (by the system principal).
        UserEnrolled => "user_enrolled",
        /// A user added, with their role.
        UserAdded => "user_added",
        /// A user's role changed.
        UserRoleChanged => "user_role_changed",
        /// A user disabled: they can no longer sign in.
        UserDisabled => "user_disabled",
        /// A disabled user enabled again.
        UserEnabled => "user_enabled",
        /// An administrator's signed statement that the computer's clock was wrong and is now
        /// set right, earlier than the chain head: the one event recorded behind the head.
        ClockCorrected => "clock_corrected",
        /// A verification that found nothing wrong, recorded with the sequence number and hash
        /// of the last event it checked (see `ledger::verify::checkpoint`): a record that moves
        /// no stock (no lines), from which the next `verify` goes on.
        VerifyCheckpoint => "verify_checkpoint",
        /// A request queued for a national verification system (EU NMVS, US VRS), in the
        /// transaction of the event that caused it: a record (no lines) naming the request and
        /// its pack in its reference (see `national`).
        NvsRequest => "nvs_request",
        /// A national system's final answer to a queued request, by `custody:verification`: a
        /// record (no lines) naming the request, the state, code and alert id in its reference
        /// and the system's words in its reason.
        NvsResult => "nvs_result",
    }
);

impl EventKind {
    /// Whether events of this kind are records with no lines (they move no stock).
    pub fn is_record(self) -> bool {
        matches!(
            self,
            EventKind::RecallClose
                | EventKind::ClockCorrected
                | EventKind::VerifyCheckpoint
                | EventKind::NvsRequest
                | EventKind::NvsResult
        ) || self.is_user_event()
    }

    /// Whether events of this kind change who may do what; their subject is a user.
    pub fn is_user_event(self) -> bool {
        matches!(
            self,
            EventKind::UserEnrolled
                | EventKind::UserAdded
                | EventKind::UserRoleChanged
                | EventKind::UserDisabled
                | EventKind::UserEnabled
        )
    }
}

text_enum!(
    /// What a request to a national verification system asks.
    NvsKind {
        /// Verify the pack.
        Verify => "verify",
        /// Decommission it (take it out of the supply chain), for a reason.
        Decommission => "decommission",
        /// Undo its decommission, within the window the system allows.
        Undo => "undo",
    }
);

text_enum!(
    /// Why a pack is decommissioned (EU: the transaction's reason).
    NvsReason {
        /// Dispensed to a patient.
        Supplied => "supplied",
        /// Destroyed.
        Destroyed => "destroyed",
        /// Exported out of the market.
        Exported => "exported",
        /// Taken as a sample for the authorities.
        Sample => "sample",
        /// Given as a free sample.
        FreeSample => "free_sample",
        /// Locked, for an investigation.
        Locked => "locked",
        /// Reported stolen.
        Stolen => "stolen",
    }
);

text_enum!(
    /// The anti-tampering device (the pack's seal, EU FMD) as the person dispensing found it.
    TamperCheck {
        /// Intact: the pack may be supplied.
        Intact => "intact",
        /// Broken: the pack is not supplied; it is held as suspect.
        Broken => "broken",
    }
);

text_enum!(
    /// Where a request to a national system is: `pending → sent → done | alert | failed`; `sent`
    /// after a failure means the outcome of the last send is unknown.
    NvsState {
        /// Waiting to be sent.
        Pending => "pending",
        /// Sent, no answer read yet.
        Sent => "sent",
        /// Answered as expected.
        Done => "done",
        /// Answered with an alert: the pack is suspect.
        Alert => "alert",
        /// Refused, or cannot be sent at all.
        Failed => "failed",
    }
);

impl NvsState {
    /// Whether the request still waits for an answer.
    pub fn waits(self) -> bool {
        matches!(self, NvsState::Pending | NvsState::Sent)
    }
}

text_enum!(
    /// When a site checks its packs with the national system.
    NationalCheck {
        /// Never.
        Off => "off",
        /// At dispense: verify and decommission as supplied (EU).
        AtDispense => "at_dispense",
        /// At receipt: verify suspect product (US).
        AtReceipt => "at_receipt",
        /// At receipt, every pack decommissioned as supplied, in bulk (EU: a hospital pharmacy
        /// may decommission what it holds, where its country allows it); dispensing then asks
        /// nothing more of the national system.
        DecommissionAtReceipt => "decommission_at_receipt",
    }
);

/// How serious a recall is: FDA classes I–III, or a market withdrawal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RecallClass {
    /// Reasonable probability of serious harm or death.
    #[serde(rename = "I")]
    I,
    /// Temporary or reversible harm.
    #[serde(rename = "II")]
    II,
    /// Unlikely to cause harm.
    #[serde(rename = "III")]
    III,
    /// A market withdrawal: a minor violation, no regulatory action.
    #[serde(rename = "withdrawal")]
    Withdrawal,
}

impl RecallClass {
    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            RecallClass::I => "I",
            RecallClass::II => "II",
            RecallClass::III => "III",
            RecallClass::Withdrawal => "withdrawal",
        }
    }

    /// How a notice names it.
    pub fn label(self) -> &'static str {
        match self {
            RecallClass::I => "Class I",
            RecallClass::II => "Class II",
            RecallClass::III => "Class III",
            RecallClass::Withdrawal => "Market withdrawal",
        }
    }

    /// Class I and II recalls are urgent: the notice says so.
    pub fn is_urgent(self) -> bool {
        matches!(self, RecallClass::I | RecallClass::II)
    }
}

impl FromStr for RecallClass {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let t = t
            .strip_prefix("class ")
            .or_else(|| t.strip_prefix("Class "))
            .unwrap_or(t);
        Ok(match t.to_ascii_lowercase().as_str() {
            "i" | "1" => RecallClass::I,
            "ii" | "2" => RecallClass::II,
            "iii" | "3" => RecallClass::III,
            "withdrawal" | "market withdrawal" | "market_withdrawal" => RecallClass::Withdrawal,
            _ => {
                return Err(format!(
                    "'{s}' is not a recall class: I, II, III or withdrawal"
                ))
            }
        })
    }
}

impl fmt::Display for RecallClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

text_enum!(
    /// What became of a recalled unit.
    RecallOutcome {
        /// Sent back to the supplier (a ledger event).
        ReturnedToSupplier => "returned_to_supplier",
        /// Destroyed (a ledger event).
        Destroyed => "destroyed",
        /// The patient, ward or receiving site was told (for packs that left the shelf).
        Notified => "notified",
        /// Not found: a held pack is recorded missing (a ledger event); a pack that left could
        /// not be traced.
        NotFound => "not_found",
    }
);

text_enum!(
    /// What a signature means.
    SignatureMeaning {
        /// The signer approves the record.
        Approved => "approved",
        /// The signer did what the record says.
        Performed => "performed",
        /// The signer reviewed the record.
        Reviewed => "reviewed",
    }
);

/// Proof that a user re-entered their password for an action, with what the signature means.
/// Only `Store::sign` (in `auth`) makes one, after checking the password: a use case that takes a
/// signature knows the password was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Signature {
    /// Who signed.
    pub user: UserId,
    /// What it means.
    pub meaning: SignatureMeaning,
    /// When.
    pub at: Timestamp,
}

/// A site (a hospital, a clinic) that runs its own hash chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Site {
    /// Row id.
    pub id: SiteId,
    /// Short code.
    pub code: String,
    /// Name.
    pub name: String,
    /// GLN, if known.
    pub gln: Option<String>,
}

/// A place where stock is held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Location {
    /// Row id.
    pub id: LocationId,
    /// The site it belongs to.
    pub site_id: SiteId,
    /// Short code, e.g. `MAIN`, `WARD-3B`.
    pub code: String,
    /// Name.
    pub name: String,
    /// What it is.
    pub kind: LocationKind,
    /// For a ward or clinic: the code of the pharmacy or store that tops it up.
    #[serde(default)]
    pub supplied_by: Option<String>,
}

/// A supplier, distributor or manufacturer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Partner {
    /// Row id.
    pub id: PartnerId,
    /// Short code.
    pub code: String,
    /// Name.
    pub name: String,
    /// What it is.
    pub kind: PartnerKind,
    /// GLN, if known.
    pub gln: Option<String>,
}

/// A person who uses Custody.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct User {
    /// Row id.
    pub id: UserId,
    /// Login name.
    pub username: String,
    /// Full name.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Whether the account may act.
    pub active: bool,
}

/// A product: one GTIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProductData {
    /// GTIN-14.
    pub gtin: String,
    /// Trade name with strength and form, as staff know it.
    pub name: String,
    /// Generic (INN) name.
    pub generic_name: Option<String>,
    /// Dosage form.
    pub form: Option<String>,
    /// Strength.
    pub strength: Option<String>,
    /// Units per pack.
    pub pack_size: Option<i64>,
    /// Manufacturer.
    pub manufacturer: Option<String>,
    /// `serial` or `lot`.
    pub tracking: Option<TrackingMode>,
    /// Contract price per pack, in cents.
    pub contract_price_cents: Option<i64>,
    /// Storage notes (e.g. "2–8 °C").
    pub storage: Option<String>,
    /// Controlled substance.
    pub controlled: bool,
    /// US NDC, as printed (with hyphens), never derived from the GTIN.
    pub ndc: Option<String>,
    /// German PZN.
    pub pzn: Option<String>,
    /// French CIP.
    pub cip: Option<String>,
}

/// A product with its row id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Product {
    /// Row id.
    pub id: ProductId,
    /// Tracking mode.
    pub tracking: TrackingMode,
    /// Everything else.
    #[serde(flatten)]
    pub data: ProductData,
    /// The code of the partner it is usually ordered from.
    #[serde(default)]
    pub usual_supplier: Option<String>,
}
