//! Expected shipments and EPCIS: a supplier's despatch advice imported as what is expected
//! (all lines or none), received against, received whole, closed with what did not arrive; and
//! the chain of custody exported as EPCIS 2.0.

use chrono::{NaiveDate, TimeZone};
use custody_core::epcis::ExportScope;
use custody_core::shipment::{ReceiveAll, Shipment, ShipmentSummary};
use custody_core::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::{text, Cx};

/// A despatch advice to import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShipmentImport {
    /// The file's contents: EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML or CSV.
    pub content: String,
    /// The file's name, kept with the shipment.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The supplier (partner code), when the file does not say.
    #[serde(default)]
    pub supplier: Option<String>,
    /// The reference, when the file does not say (the despatch advice number).
    #[serde(default)]
    pub reference: Option<String>,
}

/// Imports a despatch advice as an expected shipment, all lines or none.
pub fn import(cx: &mut Cx<'_>, i: ShipmentImport) -> Result<Shipment> {
    let details = AdviceDetails {
        file_name: i.file_name,
        supplier: i.supplier,
        reference: i.reference,
    };
    import_bytes(cx, i.content.as_bytes(), &details)
}

/// What a person says about a despatch advice beside its contents (see [`ShipmentImport`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdviceDetails {
    /// The file's name, kept with the shipment.
    pub file_name: Option<String>,
    /// The supplier (partner code), when the file does not say.
    pub supplier: Option<String>,
    /// The reference, when the file does not say.
    pub reference: Option<String>,
}

/// Imports a despatch advice from a file's bytes as read (the command line's): a byte that is
/// not UTF-8 is refused by line, never replaced.
pub fn import_bytes(cx: &mut Cx<'_>, content: &[u8], d: &AdviceDetails) -> Result<Shipment> {
    let me = cx.me()?;
    let now = cx.now()?;
    let store = cx.store();
    let supplier = match text(&d.supplier) {
        Some(code) => Some(store.partner(&code)?.id),
        None => None,
    };
    Ok(store.import_shipment(
        me,
        content,
        supplier,
        text(&d.reference).as_deref(),
        text(&d.file_name).as_deref(),
        now,
    )?)
}

/// Which shipments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShipmentList {
    /// Only those still open (to receive against).
    #[serde(default)]
    pub open_only: bool,
}

/// Expected shipments, newest first.
pub fn shipments(cx: &mut Cx<'_>, l: ShipmentList) -> Result<Vec<ShipmentSummary>> {
    let me = cx.me()?;
    let mut list = cx.store().shipments(me)?;
    if l.open_only {
        list.retain(|s| s.closed_at.is_none());
    }
    Ok(list)
}

/// A shipment, by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShipmentId {
    /// The shipment's number.
    pub id: i64,
}

/// An expected shipment with its lines, what arrived of each, and what differed.
pub fn shipment(cx: &mut Cx<'_>, s: ShipmentId) -> Result<Shipment> {
    let me = cx.me()?;
    Ok(cx.store().shipment(me, s.id)?)
}

/// Receiving a whole shipment at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReceiveWhole {
    /// The shipment.
    pub id: i64,
    /// Where it goes (location code).
    pub location: String,
}

/// Receives every line still outstanding, as the advice says it is.
pub fn receive_all(cx: &mut Cx<'_>, r: ReceiveWhole) -> Result<ReceiveAll> {
    let me = cx.me()?;
    let now = cx.now()?;
    let store = cx.store();
    let location = store.location(r.location.trim())?;
    Ok(store.receive_all(me, r.id, location.id, now)?)
}

/// Closing a shipment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShipmentClose {
    /// The shipment.
    pub id: i64,
    /// What happened to what did not arrive.
    #[serde(default)]
    pub note: Option<String>,
}

/// Closes a shipment; what did not arrive is recorded as such.
pub fn close(cx: &mut Cx<'_>, c: ShipmentClose) -> Result<Shipment> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx
        .store()
        .close_shipment(me, c.id, text(&c.note).as_deref(), now)?)
}

/// What to export as EPCIS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EpcisExport {
    /// Every event of one pack.
    Pack {
        /// GTIN.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// Every event of a lot.
    Lot {
        /// GTIN.
        gtin: String,
        /// Lot.
        lot: String,
    },
    /// Every event from the start of `from` up to the start of `until` (local dates
    /// YYYY-MM-DD; `until` itself is not included, as `custody export epcis --to` has it).
    Days {
        /// The first day.
        from: String,
        /// The day after the last.
        until: String,
    },
}

/// The chain of custody as an EPCIS 2.0 JSON-LD document.
pub fn export_epcis(cx: &mut Cx<'_>, e: EpcisExport) -> Result<Value> {
    let me = cx.me()?;
    let now = cx.now()?;
    let gtin = |g: &str| -> Result<String> {
        custody_gs1::Gtin::parse(g.trim())
            .map(|g| g.to_string())
            .map_err(|err| {
                ApiError::field(
                    "epcis.gtin_unreadable",
                    "gtin",
                    args([
                        ("gtin", Value::from(g.trim())),
                        ("reason", Value::from(err.to_string())),
                    ]),
                )
            })
    };
    let midnight = |field: &str, d: &str| -> Result<Timestamp> {
        let day: NaiveDate = d.trim().parse().map_err(|_| {
            ApiError::field(
                "api.date_unreadable",
                field,
                args([("date", Value::from(d.trim()))]),
            )
        })?;
        now.0
            .offset()
            .from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
            .single()
            .map(Timestamp)
            .ok_or_else(|| {
                ApiError::field(
                    "api.date_unreadable",
                    field,
                    args([("date", Value::from(d.trim()))]),
                )
            })
    };
    let scope = match &e {
        EpcisExport::Pack { gtin: g, serial } => ExportScope::Serial {
            gtin: gtin(g)?,
            serial: serial.trim().to_string(),
        },
        EpcisExport::Lot { gtin: g, lot } => ExportScope::Lot {
            gtin: gtin(g)?,
            lot: lot.trim().to_string(),
        },
        EpcisExport::Days { from, until } => {
            let from = midnight("from", from)?;
            let to = midnight("until", until)?;
            if to < from {
                return Err(ApiError::field(
                    "epcis.days_reversed",
                    "until",
                    Default::default(),
                ));
            }
            ExportScope::Range { from, to }
        }
    };
    Ok(cx.store().export_epcis(me, &scope, now)?)
}
