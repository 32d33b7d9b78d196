//! A small network for the views' tests: sites that record the movements of packs (receipts,
//! transfers out, dispensing, returns, …) as real canonical events, pushed in signed batches,
//! and the hub's views read back.

use custody_hub::views::{self, CounterfeitAlarm, Views};
use custody_ledger_format::{canonical_bytes, Canonical, CanonicalLine, Format};
use custody_sync_protocol::{chained_hash, WireEvent};

use crate::support::{Site, TestHub};

/// The product every pack here is of.
pub const GTIN: &str = "09506000134352";
/// The lot every pack here is of.
pub const LOT: &str = "L1";

/// A time on day `day` of November 2026 at `hour`, as a site's clock writes it.
pub fn at(day: u32, hour: u32) -> String {
    format!("2026-11-{day:02}T{hour:02}:00:00.000000Z")
}

/// One line of a movement.
#[derive(Clone)]
pub struct Line {
    pub serial: Option<String>,
    pub lot: String,
    pub quantity: i64,
    pub before: Option<&'static str>,
    pub after: &'static str,
    pub location_after: Option<&'static str>,
}

impl Line {
    /// A pack of lot [`LOT`] going from `before` to `after`.
    pub fn pack(serial: &str, before: Option<&'static str>, after: &'static str) -> Line {
        let held = matches!(after, "in_stock" | "quarantined");
        Line {
            serial: Some(serial.to_string()),
            lot: LOT.to_string(),
            quantity: 1,
            before,
            after,
            location_after: held.then_some(if after == "quarantined" {
                "QUAR"
            } else {
                "MAIN"
            }),
        }
    }
}

impl Site {
    /// Records one event of `kind` with `partner` at `when`; its seq.
    pub fn append(&mut self, kind: &str, partner: Option<&str>, when: &str, lines: &[Line]) -> i64 {
        let seq = self.chain.len() as i64 + 1;
        let id = format!(
            "0190f0c0-{}{}-7000-8000-{seq:012}",
            self.variant,
            self.code.to_lowercase()
        );
        let event = Canonical {
            format: Format::CURRENT,
            id: &id,
            site: &self.code,
            kind,
            occurred_at: when,
            occurred_offset: 60,
            recorded_at: when,
            actor: "ana",
            location: Some("MAIN"),
            counterparty: partner,
            reference: None,
            reason: None,
            raw_scan: None,
            signature: None,
            subject: None,
        };
        let canonical: Vec<CanonicalLine> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| CanonicalLine {
                line_no: i as i64 + 1,
                gtin: GTIN,
                lot: Some(&l.lot),
                serial: l.serial.as_deref(),
                expiry: Some("2027-06-30"),
                quantity: l.quantity,
                status_before: l.before,
                status_after: Some(l.after),
                location_before: None,
                location_after: l.location_after,
                unit_cost_cents: None,
            })
            .collect();
        let bytes = canonical_bytes(&event, &canonical);
        let hash = chained_hash(&self.hash_at(seq - 1), &bytes);
        self.chain
            .push(WireEvent::new(seq, Format::CURRENT, &bytes, &hash));
        seq
    }

    /// A receipt of pack `serial` from `partner` (a supplier, or a site's code).
    pub fn receive(&mut self, serial: &str, partner: &str, when: &str) -> i64 {
        let line = Line::pack(serial, None, "in_stock");
        self.append("receive", Some(partner), when, &[line])
    }

    /// A transfer of pack `serial` out of this site to `partner`.
    pub fn send_out(&mut self, serial: &str, partner: &str, when: &str) -> i64 {
        let line = Line::pack(serial, Some("in_stock"), "transferred_out");
        self.append("transfer", Some(partner), when, &[line])
    }

    /// Pack `serial` dispensed to the ward `WARD-A`.
    pub fn dispense(&mut self, serial: &str, when: &str) -> i64 {
        let line = Line::pack(serial, Some("in_stock"), "dispensed");
        self.append("dispense", Some("WARD-A"), when, &[line])
    }

    /// Pack `serial` destroyed.
    pub fn destroy(&mut self, serial: &str, when: &str) -> i64 {
        let line = Line::pack(serial, Some("in_stock"), "destroyed");
        self.append("destroy", None, when, &[line])
    }

    /// Pack `serial` back into stock here (a return).
    pub fn take_back(&mut self, serial: &str, before: &'static str, when: &str) -> i64 {
        let line = Line::pack(serial, Some(before), "in_stock");
        self.append("return", None, when, &[line])
    }

    /// Pack `serial` put in quarantine here.
    pub fn quarantine(&mut self, serial: &str, before: &'static str, when: &str) -> i64 {
        let line = Line::pack(serial, Some(before), "quarantined");
        self.append("quarantine", None, when, &[line])
    }

    /// Pushes everything recorded after the hub's last (`pushed`) in batches of `size`; the new
    /// position.
    pub fn push_all(&self, hub: &TestHub, pushed: i64, size: i64) -> i64 {
        let last = self.chain.len() as i64;
        let mut from = pushed + 1;
        while from <= last {
            let to = (from + size - 1).min(last);
            let (status, body) = self.push(hub, from, to);
            assert_eq!(
                status, 200,
                "{}'s events {from}..={to} are taken: {body}",
                self.code
            );
            from = to + 1;
        }
        last
    }
}

/// The counterfeit alarms, open or not, newest first.
pub fn all_alarms(hub: &TestHub) -> Vec<CounterfeitAlarm> {
    hub.block_on(views::counterfeit_alarms(&hub.db, true))
        .expect("the alarms list")
}

/// The views as maintained, and as recomputed from the events.
pub fn both_views(hub: &TestHub) -> (Views, Views) {
    let kept = hub
        .block_on(views::maintained(&hub.db))
        .expect("the maintained views read");
    let again = hub
        .block_on(views::recompute(&hub.db))
        .expect("the views recompute");
    (kept, again)
}

/// The events (site, seq) a pattern of an alarm names.
pub fn events_of(alarm: &CounterfeitAlarm, pattern: &str) -> Vec<(String, i64)> {
    alarm
        .patterns
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["pattern"] == pattern)
        .flat_map(|p| p["events"].as_array().cloned().unwrap_or_default())
        .map(|e| {
            (
                e["site"].as_str().unwrap_or_default().to_string(),
                e["seq"].as_i64().unwrap_or_default(),
            )
        })
        .collect()
}
