//! Writing EPCIS: a pack's, a lot's or a period's events as an EPCIS 2.0 JSON-LD document, with
//! Digital Link URIs, CBV steps and dispositions, and each event's ledger hash.

use serde_json::Value;

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
        from: crate::model::Timestamp,
        /// End (exclusive).
        to: crate::model::Timestamp,
    },
}

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
        // User events have no lines, so no pack is ever exported with one; CBV has no step for
        // them.
        K::UserEnrolled
        | K::UserAdded
        | K::UserRoleChanged
        | K::UserDisabled
        | K::UserEnabled
        | K::ClockCorrected => ("", "", "OBSERVE"),
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

impl crate::Store {
    /// Exports events as an EPCIS 2.0 JSON-LD document: Digital Link URIs for packs and lots,
    /// CBV business steps and dispositions, the document as a business transaction, and the
    /// ledger hash of each event as an extension.
    pub fn export_epcis(
        &self,
        actor: &crate::model::User,
        scope: &ExportScope,
        now: crate::model::Timestamp,
    ) -> crate::error::CoreResult<Value> {
        use crate::model::{EventKind, Timestamp, UnitStatus};
        use rusqlite::params;
        use serde_json::json;
        crate::permissions::require(actor, crate::permissions::Operation::ViewStock)?;
        let site = self
            .site()?
            .ok_or_else(|| crate::error::CoreError::refused("master.no_site"))?;
        let location_uri = |code: &str| match &site.gln {
            Some(gln) => format!("https://id.gs1.org/414/{gln}/254/{}", uri_escape(code)),
            None => format!(
                "urn:custody:location:{}:{}",
                uri_escape(&site.code),
                uri_escape(code)
            ),
        };
        let base = "SELECT e.seq, e.id, e.kind, e.occurred_at, e.occurred_offset, e.recorded_at, u.username, le.code, pa.code, pa.gln, e.reference, e.reason, e.hash,
                           p.gtin, l.lot, l.serial, l.quantity, l.status_after, la.code
                    FROM event_line l JOIN event e ON e.seq = l.event_seq JOIN product p ON p.id = l.product_id JOIN user u ON u.id = e.actor_id
                    LEFT JOIN location le ON le.id = e.location_id LEFT JOIN partner pa ON pa.id = e.counterparty_id LEFT JOIN location la ON la.id = l.location_after";
        let (sql, args): (String, Vec<String>) = match scope {
            ExportScope::Serial { gtin, serial } => (format!("{base} WHERE p.gtin = ?1 AND l.serial = ?2 ORDER BY e.seq, l.line_no"), vec![gtin.clone(), serial.clone()]),
            ExportScope::Lot { gtin, lot } => (
                format!("{base} WHERE p.gtin = ?1 AND (l.lot = ?2 OR l.serial IN (SELECT serial FROM unit WHERE product_id = p.id AND lot = ?2)) ORDER BY e.seq, l.line_no"),
                vec![gtin.clone(), lot.clone()],
            ),
            ExportScope::Range { from, to } => (format!("{base} WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2 ORDER BY e.seq, l.line_no"), vec![from.utc_text(), to.utc_text()]),
        };
        let mut stmt = self.conn().prepare(&sql)?;
        let mut rows = stmt.query(params![args[0], args[1]])?;
        let mut events: Vec<Value> = Vec::new();
        let mut last_seq = None;
        while let Some(r) = rows.next()? {
            let seq: i64 = r.get(0)?;
            let gtin: String = r.get(13)?;
            let lot: Option<String> = r.get(14)?;
            let serial: Option<String> = r.get(15)?;
            let quantity: i64 = r.get(16)?;
            if last_seq != Some(seq) {
                last_seq = Some(seq);
                let kind: EventKind = r.get::<_, String>(2)?.parse().unwrap_or(EventKind::Receive);
                let after: Option<UnitStatus> =
                    r.get::<_, Option<String>>(17)?.and_then(|s| s.parse().ok());
                let (biz_step, disposition, action) = cbv(kind, after);
                let occurred: String = r.get(3)?;
                let offset: i32 = r.get(4)?;
                let when = Timestamp::from_stored(&occurred, offset)
                    .map_or(occurred.clone(), |t| t.0.to_rfc3339());
                let hash: Vec<u8> = r.get(12)?;
                let mut e = json!({
                    "type": "ObjectEvent",
                    "eventTime": when,
                    "eventTimeZoneOffset": format!("{}{:02}:{:02}", if offset < 0 { '-' } else { '+' }, offset.abs() / 60, offset.abs() % 60),
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
                    e["readPoint"] = json!({ "id": location_uri(&code) });
                }
                if let Some(code) = r.get::<_, Option<String>>(18)? {
                    e["bizLocation"] = json!({ "id": location_uri(&code) });
                }
                if let Some(reference) = r.get::<_, Option<String>>(10)? {
                    // A receipt's document may be a PO or a despatch advice: only an RMA is certain.
                    let kind_of_document = (kind == EventKind::ReturnToSupplier).then_some("rma");
                    let mut t = json!({ "bizTransaction": format!("urn:custody:document:{}", uri_escape(&reference)) });
                    if let Some(k) = kind_of_document {
                        t["type"] = json!(k);
                    }
                    e["bizTransactionList"] = json!([t]);
                }
                let partner: Option<String> = r.get(8)?;
                let partner_gln: Option<String> = r.get(9)?;
                if let Some(p) = partner {
                    let party = match partner_gln {
                        Some(g) => format!("https://id.gs1.org/417/{g}"),
                        None => format!("urn:custody:partner:{}", uri_escape(&p)),
                    };
                    let side = if matches!(kind, EventKind::Receive) {
                        ("sourceList", "source")
                    } else {
                        ("destinationList", "destination")
                    };
                    e[side.0] = json!([{ "type": "owning_party", side.1: party }]);
                }
                if let Some(reason) = r.get::<_, Option<String>>(11)? {
                    e["custody:reason"] = json!(reason);
                }
                events.push(e);
            }
            // An event was pushed above for this row's seq, if not for an earlier row.
            let e = events.last_mut().expect("pushed above");
            match serial {
                Some(s) => {
                    let list = e
                        .as_object_mut()
                        .expect("object") // every event is built as a JSON object
                        .entry("epcList")
                        .or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!(custody_gs1::digital_link(&gtin, None, Some(&s))));
                    }
                }
                None => {
                    let list = e
                        .as_object_mut()
                        .expect("object") // every event is built as a JSON object
                        .entry("quantityList")
                        .or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!({ "epcClass": custody_gs1::digital_link(&gtin, lot.as_deref(), None), "quantity": quantity }));
                    }
                }
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
