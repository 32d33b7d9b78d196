//! The EU (NMVS-style) transactions, return codes and pack states, in **our own JSON wire form**
//! (the NMVS interface specification is not public; see the module above).
//!
//! A single transaction is `POST {base}/single` with a [`SingleRequest`] and answers a
//! [`PackResult`]; a bulk one is `POST {base}/bulk` with a [`BulkRequest`] and answers a
//! [`BulkAnswer`]. Business refusals and alerts are answers (HTTP 200) carrying a
//! [`ReturnCode`]; a system that is down answers 503 with `SP-901`. Transaction codes follow the
//! public `G1x0` (single) and `G1x5` (bulk) pattern: G110 verify, G120 supplied, G121 its undo.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::PackKey;

/// Why a pack is taken out of the supply chain (decommissioned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Decommission {
    /// Dispensed to a patient (G120).
    Supplied,
    /// Destroyed (G130); final, no undo.
    Destroyed,
    /// Exported out of the EU (G140).
    Exported,
    /// Taken as a sample for the authorities (G150).
    Sample,
    /// Given as a free sample (G160).
    FreeSample,
    /// Locked, for an investigation (G170).
    Locked,
    /// Reported stolen (G180); final, no undo.
    Stolen,
}

impl Decommission {
    const ALL: [Decommission; 7] = [
        Decommission::Supplied,
        Decommission::Destroyed,
        Decommission::Exported,
        Decommission::Sample,
        Decommission::FreeSample,
        Decommission::Locked,
        Decommission::Stolen,
    ];

    /// The tens digit of its transaction codes (G1x0).
    fn digit(self) -> u8 {
        match self {
            Decommission::Supplied => 2,
            Decommission::Destroyed => 3,
            Decommission::Exported => 4,
            Decommission::Sample => 5,
            Decommission::FreeSample => 6,
            Decommission::Locked => 7,
            Decommission::Stolen => 8,
        }
    }

    /// The state the pack is in once decommissioned so.
    pub fn state(self) -> PackState {
        match self {
            Decommission::Supplied => PackState::Supplied,
            Decommission::Destroyed => PackState::Destroyed,
            Decommission::Exported => PackState::Exported,
            Decommission::Sample => PackState::Sample,
            Decommission::FreeSample => PackState::FreeSample,
            Decommission::Locked => PackState::Locked,
            Decommission::Stolen => PackState::Stolen,
        }
    }

    /// Whether it can be undone (destroyed and stolen packs never come back).
    pub fn reversible(self) -> bool {
        !matches!(self, Decommission::Destroyed | Decommission::Stolen)
    }
}

/// One transaction on one pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Transaction {
    /// Verify the pack's state (G110).
    Verify,
    /// Decommission it (G120, G130 … G180).
    Decommission(Decommission),
    /// Undo a decommission (G121, G141 … G171), within 10 days, by the same user and premises.
    Undo(Decommission),
}

impl Transaction {
    /// Its single-pack code (`G110`).
    pub fn code(self) -> String {
        match self {
            Transaction::Verify => "G110".to_string(),
            Transaction::Decommission(d) => format!("G1{}0", d.digit()),
            Transaction::Undo(d) => format!("G1{}1", d.digit()),
        }
    }

    /// Its bulk code (`G115`, `G125` …): only verify and decommission go in bulk.
    pub fn bulk_code(self) -> Option<String> {
        match self {
            Transaction::Verify => Some("G115".to_string()),
            Transaction::Decommission(d) => Some(format!("G1{}5", d.digit())),
            Transaction::Undo(_) => None,
        }
    }

    /// The state the pack should be in once this transaction succeeded.
    pub fn wanted(self) -> PackState {
        match self {
            Transaction::Verify | Transaction::Undo(_) => PackState::Active,
            Transaction::Decommission(d) => d.state(),
        }
    }

    /// The transaction with code `code`, single (`bulk` false) or bulk.
    pub fn from_code(code: &str, bulk: bool) -> Option<Transaction> {
        let mut all = vec![Transaction::Verify];
        for d in Decommission::ALL {
            all.push(Transaction::Decommission(d));
            if d.reversible() {
                all.push(Transaction::Undo(d));
            }
        }
        all.into_iter().find(|t| {
            let own = if bulk { t.bulk_code() } else { Some(t.code()) };
            own.as_deref() == Some(code)
        })
    }
}

/// A transaction code that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a single-pack transaction code (G110, G120, G121 …)")]
pub struct TransactionError(String);

impl TryFrom<String> for Transaction {
    type Error = TransactionError;
    fn try_from(code: String) -> Result<Transaction, TransactionError> {
        Transaction::from_code(&code, false).ok_or(TransactionError(code))
    }
}

impl From<Transaction> for String {
    fn from(t: Transaction) -> String {
        t.code()
    }
}

/// A bulk transaction: verify or decommission many packs in one request (G1x5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BulkTransaction(Transaction);

impl BulkTransaction {
    /// The bulk form of `t`, if it has one (an undo has none).
    pub fn of(t: Transaction) -> Option<BulkTransaction> {
        t.bulk_code().map(|_| BulkTransaction(t))
    }

    /// The transaction applied to each pack.
    pub fn transaction(self) -> Transaction {
        self.0
    }
}

impl TryFrom<String> for BulkTransaction {
    type Error = TransactionError;
    fn try_from(code: String) -> Result<BulkTransaction, TransactionError> {
        Transaction::from_code(&code, true)
            .map(BulkTransaction)
            .ok_or(TransactionError(code))
    }
}

impl From<BulkTransaction> for String {
    fn from(t: BulkTransaction) -> String {
        t.0.bulk_code().unwrap_or_default()
    }
}

/// A pack's state in the national system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PackState {
    /// In the supply chain, may be supplied.
    Active,
    /// Dispensed to a patient.
    Supplied,
    /// Destroyed.
    Destroyed,
    /// Locked for an investigation.
    Locked,
    /// Its batch recalled.
    Recalled,
    /// Past its expiry.
    Expired,
    /// Its product withdrawn from the market.
    Withdrawn,
    /// Reported stolen.
    Stolen,
    /// Taken as a sample.
    Sample,
    /// Given as a free sample.
    FreeSample,
    /// Exported out of the EU.
    Exported,
}

impl PackState {
    /// Its meaning in words, for an alert's reason.
    pub fn words(self) -> &'static str {
        match self {
            PackState::Active => "active in the national system",
            PackState::Supplied => "already supplied elsewhere",
            PackState::Destroyed => "already decommissioned as destroyed",
            PackState::Locked => "locked by the national system",
            PackState::Recalled => "recalled nationally",
            PackState::Expired => "expired",
            PackState::Withdrawn => "withdrawn from the market",
            PackState::Stolen => "reported stolen",
            PackState::Sample => "already decommissioned as a sample",
            PackState::FreeSample => "already decommissioned as a free sample",
            PackState::Exported => "already decommissioned as exported",
        }
    }

    /// Whether the pack is blocked by the system itself (not decommissioned by a user): a
    /// change on it cannot be performed.
    pub fn blocked(self) -> bool {
        matches!(
            self,
            PackState::Recalled | PackState::Expired | PackState::Withdrawn
        )
    }
}

/// The NMVS return codes we model (SecurMed UKNI list; BeMVO NMVS 1.08; NMVO NL), and
/// securPharm's `SP-901` for a system that is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReturnCode {
    /// Unknown product code; in a bulk answer, maybe only a pack of another market.
    #[serde(rename = "NMVS_NC_PC_01")]
    UnknownProductCode,
    /// Unknown serial number (⚠).
    #[serde(rename = "NMVS_NC_PC_02")]
    UnknownSerial,
    /// Unknown batch (⚠).
    #[serde(rename = "NMVS_FE_LOT_03")]
    UnknownBatch,
    /// Expiry does not match (⚠).
    #[serde(rename = "NMVS_FE_LOT_12")]
    ExpiryMismatch,
    /// Batch does not match the serial (⚠).
    #[serde(rename = "NMVS_FE_LOT_13")]
    BatchMismatch,
    /// The undo does not match the pack's status.
    #[serde(rename = "NMVS_NC_PCK_06")]
    UndoStatusMismatch,
    /// The status is already set (intermarket).
    #[serde(rename = "NMVS_NC_PCK_19")]
    StatusAlreadySet,
    /// An undo after more than 10 days.
    #[serde(rename = "NMVS_NC_PCK_20")]
    UndoTooLate,
    /// An undo by a different user.
    #[serde(rename = "NMVS_NC_PCK_21")]
    UndoOtherUser,
    /// The pack is already inactive (⚠).
    #[serde(rename = "NMVS_NC_PCK_22")]
    AlreadyInactive,
    /// The status change could not be performed (intermarket).
    #[serde(rename = "NMVS_NC_PCK_27")]
    StatusChangeFailed,
    /// The system is not available; try later.
    #[serde(rename = "SP-901")]
    SystemNotAvailable,
}

impl ReturnCode {
    /// Every code, for tests and listings.
    pub const ALL: [ReturnCode; 12] = [
        ReturnCode::UnknownProductCode,
        ReturnCode::UnknownSerial,
        ReturnCode::UnknownBatch,
        ReturnCode::ExpiryMismatch,
        ReturnCode::BatchMismatch,
        ReturnCode::UndoStatusMismatch,
        ReturnCode::StatusAlreadySet,
        ReturnCode::UndoTooLate,
        ReturnCode::UndoOtherUser,
        ReturnCode::AlreadyInactive,
        ReturnCode::StatusChangeFailed,
        ReturnCode::SystemNotAvailable,
    ];

    /// The code as the system writes it (`NMVS_NC_PCK_22`).
    pub fn code(self) -> &'static str {
        match self {
            ReturnCode::UnknownProductCode => "NMVS_NC_PC_01",
            ReturnCode::UnknownSerial => "NMVS_NC_PC_02",
            ReturnCode::UnknownBatch => "NMVS_FE_LOT_03",
            ReturnCode::ExpiryMismatch => "NMVS_FE_LOT_12",
            ReturnCode::BatchMismatch => "NMVS_FE_LOT_13",
            ReturnCode::UndoStatusMismatch => "NMVS_NC_PCK_06",
            ReturnCode::StatusAlreadySet => "NMVS_NC_PCK_19",
            ReturnCode::UndoTooLate => "NMVS_NC_PCK_20",
            ReturnCode::UndoOtherUser => "NMVS_NC_PCK_21",
            ReturnCode::AlreadyInactive => "NMVS_NC_PCK_22",
            ReturnCode::StatusChangeFailed => "NMVS_NC_PCK_27",
            ReturnCode::SystemNotAvailable => "SP-901",
        }
    }

    /// Its meaning in words.
    pub fn meaning(self) -> &'static str {
        match self {
            ReturnCode::UnknownProductCode => "unknown product code",
            ReturnCode::UnknownSerial => "unknown serial number",
            ReturnCode::UnknownBatch => "unknown batch",
            ReturnCode::ExpiryMismatch => {
                "expiry does not match (often a wrong day: enter the last day of the month)"
            }
            ReturnCode::BatchMismatch => "batch does not match the serial number",
            ReturnCode::UndoStatusMismatch => "the undo does not match the pack's status",
            ReturnCode::StatusAlreadySet => "the status is already set (intermarket)",
            ReturnCode::UndoTooLate => "undo after more than 10 days",
            ReturnCode::UndoOtherUser => "undo by a different user",
            ReturnCode::AlreadyInactive => "pack already inactive",
            ReturnCode::StatusChangeFailed => "the status change could not be performed",
            ReturnCode::SystemNotAvailable => "the national system is not available; try later",
        }
    }

    /// Whether the system raises a (level 5) alert with a UAID on it (⚠).
    pub fn alerts(self) -> bool {
        matches!(
            self,
            ReturnCode::UnknownSerial
                | ReturnCode::UnknownBatch
                | ReturnCode::ExpiryMismatch
                | ReturnCode::BatchMismatch
                | ReturnCode::AlreadyInactive
        )
    }
}

impl fmt::Display for ReturnCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code(), self.meaning())
    }
}

/// One transaction on one pack, as the requester sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SingleRequest {
    /// The transaction (`G110` …).
    pub transaction: Transaction,
    /// The pack.
    pub pack: PackKey,
    /// The user (the site's account with its NMVS), from configuration.
    pub user: String,
    /// The premises (location id), from configuration.
    pub location: String,
    /// The requester's id for this transaction, echoed in the answer.
    pub client_trx_id: String,
}

/// One transaction on many packs (G1x5). Bulk requests do no intermarket look-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRequest {
    /// The bulk transaction (`G115`, `G125` …).
    pub transaction: BulkTransaction,
    /// The packs.
    pub packs: Vec<PackKey>,
    /// The user, from configuration.
    pub user: String,
    /// The premises, from configuration.
    pub location: String,
    /// The requester's id for this request, echoed in the answer.
    pub client_trx_id: String,
}

/// The answer for one pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackResult {
    /// The pack asked about, as asked.
    pub pack: PackKey,
    /// Absent when the transaction succeeded.
    #[serde(default)]
    pub return_code: Option<ReturnCode>,
    /// The pack's state after the transaction, when the system knows the pack.
    #[serde(default)]
    pub state: Option<PackState>,
    /// Whether the pack's last state change was made by this user at these premises (what
    /// an undo needs, and what tells our own lost decommission from someone else's).
    #[serde(default)]
    pub by_requester: bool,
    /// When the pack's state last changed, if it did.
    #[serde(default)]
    pub changed_at: Option<DateTime<Utc>>,
    /// The alert's id (UAID) when the answer raised an alert.
    #[serde(default)]
    pub alert_id: Option<String>,
    /// The requester's id for the transaction, echoed.
    #[serde(default)]
    pub client_trx_id: String,
}

/// The answer to a bulk request: one result per pack, or a code for the whole request
/// (`SP-901`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkAnswer {
    /// The requester's id, echoed.
    #[serde(default)]
    pub client_trx_id: String,
    /// A code for the whole request, when it was not processed.
    #[serde(default)]
    pub return_code: Option<ReturnCode>,
    /// One result per pack processed.
    #[serde(default)]
    pub results: Vec<PackResult>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transaction_codes_round_trip_single_and_bulk() {
        for code in ["G110", "G120", "G121", "G130", "G180", "G171"] {
            let t = Transaction::from_code(code, false).unwrap();
            assert_eq!(t.code(), code, "a single code reads back as itself");
        }
        assert_eq!(
            Transaction::from_code("G131", false),
            None,
            "destroyed has no undo"
        );
        let bulk: BulkTransaction = serde_json::from_str("\"G125\"").unwrap();
        assert_eq!(
            bulk.transaction(),
            Transaction::Decommission(Decommission::Supplied),
            "G125 is the bulk supply"
        );
        assert!(BulkTransaction::of(Transaction::Undo(Decommission::Supplied)).is_none());
    }

    #[test]
    fn return_codes_serialize_as_the_system_writes_them() {
        for c in ReturnCode::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", c.code()),
                "the wire form is the code"
            );
        }
    }
}
