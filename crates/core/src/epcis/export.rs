//! Writing EPCIS: a pack's, a lot's or a period's events as an EPCIS 2.0 JSON-LD document, with
//! Digital Link URIs, CBV steps and dispositions, and each event's ledger hash.

use rusqlite::{params, Row};
use serde_json::{json, Value};

use crate::error::{CoreError, CoreResult};
use crate::model::{EventKind, Site, Timestamp, UnitStatus, User};
use crate::permissions::{require, Operation};
use crate::Store;

/// Which events to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// Every event of one pack.
    Serial {
        /// GTIN-14.
        gtin: String,
        /// Serial.
        serial: String,
    },
    /// Every event of a lot.
    Lot {
        /// GTIN-14.
        gtin: String,
        /// Lot.
        lot: String,
    },
    /// Every event that happened in `[from, to)`.
    Range {
        /// Start (inclusive).
        from: Timestamp,
        /// End (exclusive).
        to: Timestamp,
    },
}

/// Percent-escapes everything but URI's unreserved characters, for codes inside a URI.
fn uri_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The CBV business step, disposition and action for an event and where its line ends up.
fn cbv(
    kind: crate::model::EventKind,
    after: Option<crate::model::UnitStatus>,
) -> (&'static str, &'static str, &'static str) {
    use crate::model::{EventKind as K, UnitStatus as S};
    let held = after == Some(S::Quarantined);
    match kind {
        K::Receive if held => ("receiving", "non_sellable_other", "OBSERVE"),
        K::Receive => ("receiving", "active", "OBSERVE"),
        K::Transfer if after == Some(S::TransferredOut) => ("shipping", "in_transit", "OBSERVE"),
        K::Transfer => ("storing", "active", "OBSERVE"),
        K::Dispense => ("dispensing", "dispensed", "OBSERVE"),
        K::Return => ("receiving", "active", "OBSERVE"),
        K::Quarantine | K::MarkSuspect => ("holding", "non_sellable_other", "OBSERVE"),
        K::RecallClose => ("holding", "recalled", "OBSERVE"),
        K::Release => ("inspecting", "active", "OBSERVE"),
        K::Destroy => ("destroying", "destroyed", "DELETE"),
        K::ReturnToSupplier => ("shipping", "returned", "OBSERVE"),
        // User events, clock corrections, verify checkpoints and national requests and results
        // have no lines, so no pack is ever exported with one; CBV has no step for them.
        K::UserEnrolled
        | K::UserAdded
        | K::UserRoleChanged
        | K::UserDisabled
        | K::UserEnabled
        | K::ClockCorrected
        | K::VerifyCheckpoint
        | K::NvsRequest
        | K::NvsResult => ("", "", "OBSERVE"),
        K::CountAdjust => (
            "cycle_counting",
            match after {
                Some(S::Missing) => "unknown",
                Some(S::Quarantined) => "non_sellable_other",
                _ => "active",
            },
            "OBSERVE",
        ),
    }
}

/// The columns of one exported line with its event, in the order [`event_of`] and
/// [`add_line`] read them.
const LINES: &str = "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, u.username, le.code, pa.code, pa.gln, e.reference, e.reason, e.hash,
                           p.gtin, l.lot, l.serial, l.quantity, l.status_after, la.code
                    FROM event_line l JOIN event e ON e.seq = l.event_seq JOIN product p ON p.id = l.product_id JOIN user u ON u.id = e.actor_id
                    LEFT JOIN location le ON le.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id LEFT JOIN location la ON la.id = l.location_after";

impl Store {
    /// Exports events as an EPCIS 2.0 JSON-LD document: Digital Link URIs for packs and lots,
    /// CBV business steps and dispositions, the document as a business transaction, and the
    /// ledger hash of each event as an extension.
    pub fn export_epcis(
        &self,
        actor: &User,
        scope: &ExportScope,
        now: Timestamp,
    ) -> CoreResult<Value> {
        require(actor, Operation::ViewStock)?;
        let site = self
            .site()?
            .ok_or_else(|| CoreError::refused("master.no_site"))?;
        let (sql, args) = scope_query(scope);
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params![args[0], args[1]])?;
        let mut events: Vec<Value> = Vec::new();
        let mut last_seq = None;
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            if last_seq != Some(seq) {
                last_seq = Some(seq);
                events.push(event_of(r, &site)?);
            }
            // The event of this row's seq was pushed above, for this row or an earlier one.
            if let Some(e) = events.last_mut() {
                add_line(e, r)?;
            }
        }
        Ok(json!({
            "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { "custody": "urn:custody:" }],
            "type": "EPCISDocument",
            "schemaVersion": "2.0",
            "creationDate": now.0.to_rfc3339(),
            "epcisBody": { "eventList": events },
        }))
    }
}

/// The query of the scope's lines, in ledger order, and its two arguments.
fn scope_query(scope: &ExportScope) -> (String, Vec<String>) {
    let base = LINES;
    match scope {
        ExportScope::Serial { gtin, serial } => (format!("{base} WHERE p.gtin = ?1 AND l.serial = ?2 ORDER BY e.seq, l.line_no"), vec![gtin.clone(), serial.clone()]),
        ExportScope::Lot { gtin, lot } => (
            format!("{base} WHERE p.gtin = ?1 AND (l.lot = ?2 OR l.serial IN (SELECT serial FROM unit WHERE product_id = p.id AND lot = ?2)) ORDER BY e.seq, l.line_no"),
            vec![gtin.clone(), lot.clone()],
        ),
        ExportScope::Range { from, to } => (format!("{base} WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2 ORDER BY e.seq, l.line_no"), vec![from.utc_text(), to.utc_text()]),
    }
}

/// A location of the site as an identifier: a GLN with extension when the site has a GLN,
/// else Custody's own URN.
fn location_uri(site: &Site, code: &str) -> String {
    match &site.gln {
        Some(gln) => format!("https://id.gs1.org/414/{gln}/254/{}", uri_escape(code)),
        None => format!(
            "urn:custody:location:{}:{}",
            uri_escape(&site.code),
            uri_escape(code)
        ),
    }
}

/// A time zone offset in minutes as EPCIS writes it: `+01:00`, `-05:00`.
fn time_zone_offset(offset: i32) -> String {
    format!(
        "{}{:02}:{:02}",
        if offset < 0 { '-' } else { '+' },
        offset.abs() / 60,
        offset.abs() % 60
    )
}

/// The ObjectEvent of the row's ledger event, without its packs and lots: when, what (CBV
/// step, disposition and action), where, the document, the partner and Custody's own fields.
fn event_of(r: &Row<'_>, site: &Site) -> rusqlite::Result<Value> {
    let kind: EventKind = r.get::<_, String>(2)?.parse().unwrap_or(EventKind::Receive);
    let after: Option<UnitStatus> = r.get::<_, Option<String>>(17)?.and_then(|s| s.parse().ok());
    let (biz_step, disposition, action) = cbv(kind, after);
    let occurred: String = r.get(3)?;
    let offset: i32 = r.get(4)?;
    let when =
        Timestamp::from_stored(&occurred, offset).map_or(occurred.clone(), |t| t.0.to_rfc3339());
    let hash: Vec<u8> = r.get(12)?;
    let mut e = json!({
        "type": "ObjectEvent",
        "eventTime": when,
        "eventTimeZoneOffset": time_zone_offset(offset),
        "recordTime": r.get::<_, String>(5)?,
        "eventID": format!("urn:uuid:{}", r.get::<_, String>(1)?),
        "action": action,
        "bizStep": biz_step,
        "disposition": disposition,
        "custody:kind": kind.as_str(),
        "custody:actor": r.get::<_, String>(6)?,
        "custody:hash": hex::encode(hash),
    });
    if let Some(code) = r.get::<_, Option<String>>(7)? {
        e["readPoint"] = json!({ "id": location_uri(site, &code) });
    }
    if let Some(code) = r.get::<_, Option<String>>(18)? {
        e["bizLocation"] = json!({ "id": location_uri(site, &code) });
    }
    if let Some(reference) = r.get::<_, Option<String>>(10)? {
        e["bizTransactionList"] = json!([document(kind, &reference)]);
    }
    if let Some(p) = r.get::<_, Option<String>>(8)? {
        let (list, parties) = owning_party(kind, &p, r.get(9)?);
        e[list] = parties;
    }
    if let Some(reason) = r.get::<_, Option<String>>(11)? {
        e["custody:reason"] = json!(reason);
    }
    Ok(e)
}

/// The event's document as a business transaction.
fn document(kind: EventKind, reference: &str) -> Value {
    let mut t =
        json!({ "bizTransaction": format!("urn:custody:document:{}", uri_escape(reference)) });
    // A receipt's document may be a PO or a despatch advice: only an RMA is certain.
    if kind == EventKind::ReturnToSupplier {
        t["type"] = json!("rma");
    }
    t
}

/// The partner of an event as its owning party: the list it goes in (the source of a
/// receipt, else the destination) and the list's one entry, the partner's GLN or Custody's own
/// URN.
fn owning_party(kind: EventKind, code: &str, gln: Option<String>) -> (&'static str, Value) {
    let party = match gln {
        Some(g) => format!("https://id.gs1.org/417/{g}"),
        None => format!("urn:custody:partner:{}", uri_escape(code)),
    };
    let side = if matches!(kind, EventKind::Receive) {
        ("sourceList", "source")
    } else {
        ("destinationList", "destination")
    };
    (side.0, json!([{ "type": "owning_party", side.1: party }]))
}

/// Adds the row's line to its event: a pack to the `epcList` as a Digital Link URI, a lot
/// quantity to the `quantityList`.
fn add_line(e: &mut Value, r: &Row<'_>) -> rusqlite::Result<()> {
    let gtin: String = r.get(13)?;
    let lot: Option<String> = r.get(14)?;
    let serial: Option<String> = r.get(15)?;
    let quantity: i64 = r.get(16)?;
    let (list, entry) = match serial {
        Some(s) => (
            "epcList",
            json!(custody_gs1::digital_link(&gtin, None, Some(&s))),
        ),
        None => (
            "quantityList",
            json!({ "epcClass": custody_gs1::digital_link(&gtin, lot.as_deref(), None), "quantity": quantity }),
        ),
    };
    // Every event is built as a JSON object by `event_of`.
    if let Some(a) = e
        .as_object_mut()
        .map(|o| o.entry(list).or_insert_with(|| json!([])))
        .and_then(Value::as_array_mut)
    {
        a.push(entry);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_is_the_source_of_a_receipt_and_the_destination_of_anything_else() {
        assert_eq!(
            owning_party(EventKind::Receive, "ACME", Some("0614141000005".into())),
            (
                "sourceList",
                json!([{ "type": "owning_party", "source": "https://id.gs1.org/417/0614141000005" }])
            ),
            "a receipt comes from its supplier, named by GLN when it has one"
        );
        assert_eq!(
            owning_party(EventKind::ReturnToSupplier, "A B", None),
            (
                "destinationList",
                json!([{ "type": "owning_party", "destination": "urn:custody:partner:A%20B" }])
            ),
            "a return goes to its partner, named by an escaped code when it has no GLN"
        );
    }

    #[test]
    fn offsets_are_written_as_epcis_writes_them() {
        assert_eq!(time_zone_offset(60), "+01:00", "east of UTC");
        assert_eq!(
            time_zone_offset(-330),
            "-05:30",
            "west of UTC, with minutes"
        );
        assert_eq!(time_zone_offset(0), "+00:00", "UTC is written with a plus");
    }

    #[test]
    fn only_a_return_names_its_document_type() {
        assert_eq!(
            document(EventKind::ReturnToSupplier, "RMA 1"),
            json!({ "bizTransaction": "urn:custody:document:RMA%201", "type": "rma" }),
            "a return's document is an RMA"
        );
        assert_eq!(
            document(EventKind::Receive, "PO-1"),
            json!({ "bizTransaction": "urn:custody:document:PO-1" }),
            "a receipt's document may be a PO or an advice, so no type is claimed"
        );
    }
}
