//! What is appended: a new event and its lines as a use case builds them, a change to who may
//! do what, and the identity an appended event gets back.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{EventKind, LocationId, PartnerId, ProductId, Timestamp, UnitStatus, User};

/// Where a unit or a lot quantity stands: status and location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Place {
    /// Status.
    pub status: UnitStatus,
    /// Location, for statuses held at one.
    pub location: Option<LocationId>,
}

impl Place {
    /// A place at a location.
    pub fn at(status: UnitStatus, location: LocationId) -> Place {
        Place {
            status,
            location: Some(location),
        }
    }

    /// A status with no location (dispensed, destroyed, …).
    pub fn gone(status: UnitStatus) -> Place {
        Place {
            status,
            location: None,
        }
    }
}

/// A line of a new event: one pack (serial) or a quantity of a lot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLine {
    /// Product.
    pub product: ProductId,
    /// Lot, if known.
    pub lot: Option<String>,
    /// Serial, for serialized products.
    pub serial: Option<String>,
    /// Expiry, if known.
    pub expiry: Option<NaiveDate>,
    /// 1 for a pack; the quantity for a lot.
    pub quantity: i64,
    /// Where it stood before (`None`: new to this site).
    pub before: Option<Place>,
    /// Where it stands after.
    pub after: Option<Place>,
    /// Unit cost on receipt, in cents.
    pub unit_cost_cents: Option<i64>,
}

/// A new event, before it is appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// Kind.
    pub kind: EventKind,
    /// When it happened.
    pub occurred_at: Timestamp,
    /// Where it happened.
    pub location: Option<LocationId>,
    /// The other party.
    pub counterparty: Option<PartnerId>,
    /// The document (PO, despatch advice, ward order, recall number, count id).
    pub reference: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// The scan that produced it, exactly as received.
    pub raw_scan: Option<String>,
    /// The lines.
    pub lines: Vec<NewLine>,
}

/// An appended event's identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Appended {
    /// Order of recording.
    pub seq: i64,
    /// UUID v7.
    pub id: String,
    /// Its hash, hex.
    pub hash: String,
}

/// A change to who may do what, recorded as an event with no lines: who did it is the actor,
/// whom it concerns is the subject, what changed is the subject's role and active flag after it.
/// Never a password hash or a lockout counter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserEvent {
    /// `user_enrolled`, `user_added`, `user_role_changed`, `user_disabled` or `user_enabled`.
    pub kind: EventKind,
    /// When it happened.
    pub occurred_at: Timestamp,
    /// The user concerned, as they stand after the event.
    pub subject: User,
    /// Why, when someone said.
    pub reason: Option<String>,
}
