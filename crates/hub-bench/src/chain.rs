//! A site's chain of realistic canonical events, made with the same encoder and hash as the
//! sites (`custody-ledger-format`, `custody-sync-protocol`), so the hub checks and stores them as
//! it would a real pharmacy's.
//!
//! The events come in cycles of ten, the shape of a pharmacy's day: a delivery of eight packs
//! from the supplier, six dispenses, one pack sent to the next site of the network, one pack
//! received from the previous site (the one it sent in the same cycle), and one put in
//! quarantine. That is 17 lines per ten events, every pattern the hub's views pair (transfers)
//! and no counterfeit pattern, so the alarms a benchmark plants are the only ones. A site's
//! serials are `{code}-{cycle}-{n}`; a site knows its neighbours' serials without asking them,
//! since the cycle numbers line up.

use custody_ledger_format::{canonical_bytes, Canonical, CanonicalLine, Format, GENESIS};
use custody_sync_protocol::{chained_hash, WireEvent};

/// Products the network stocks (GTIN-14s; the hub does not re-check their check digits).
pub const PRODUCTS: usize = 40;

/// The GTIN of product `p`.
pub fn gtin(p: usize) -> String {
    format!("0950600{:06}{}", 13_000 + p, p % 10)
}

/// The lot of cycle `cycle` of product `p`: a product's lots change every 20 cycles.
pub fn lot(p: usize, cycle: u64) -> String {
    format!("L{p}-{}", cycle / 20)
}

/// Where in the network a site sits, and when its events happen.
#[derive(Debug, Clone)]
pub struct SitePlan {
    /// Its code.
    pub code: String,
    /// The site it sends one pack to per cycle.
    pub next: String,
    /// The site it receives one pack from per cycle.
    pub prev: String,
    /// Unix seconds of its first event.
    pub start: i64,
    /// Seconds between events.
    pub every: i64,
}

/// The kind of event at `seq` (1-based) and its cycle.
fn position(seq: u64) -> (u64, u64) {
    ((seq - 1) / 10, (seq - 1) % 10)
}

fn time(plan: &SitePlan, seq: u64) -> String {
    // The same instant `Chain::append` gives `Made::at`.
    let at = plan.start + plan.every * seq as i64;
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string())
        .unwrap_or_else(|| "1970-01-01T00:00:00.000000Z".into())
}

/// A line's fields before they are borrowed into a `CanonicalLine`.
struct Line {
    gtin: String,
    lot: String,
    serial: String,
    before: Option<&'static str>,
    after: &'static str,
    location_after: Option<&'static str>,
}

/// The canonical bytes of event `seq` of `plan`'s site.
pub fn event_bytes(plan: &SitePlan, seq: u64) -> Vec<u8> {
    let (cycle, at) = position(seq);
    let pack = |site: &str, n: u64| -> Line {
        let p = ((cycle * 8 + n) as usize) % PRODUCTS;
        Line {
            gtin: gtin(p),
            lot: lot(p, cycle),
            serial: format!("{site}-{cycle}-{n}"),
            before: Some("in_stock"),
            after: "in_stock",
            location_after: Some("MAIN"),
        }
    };
    let (kind, counterparty, lines): (&str, Option<&str>, Vec<Line>) = match at {
        0 => (
            "receive",
            Some("MEDIDIST"),
            (0..8)
                .map(|n| Line {
                    before: None,
                    ..pack(&plan.code, n)
                })
                .collect(),
        ),
        1..=6 => (
            "dispense",
            Some("WARD-3A"),
            vec![Line {
                after: "dispensed",
                location_after: None,
                ..pack(&plan.code, at - 1)
            }],
        ),
        7 => (
            "transfer",
            Some(plan.next.as_str()),
            vec![Line {
                after: "transferred_out",
                location_after: None,
                ..pack(&plan.code, 6)
            }],
        ),
        8 => (
            "receive",
            Some(plan.prev.as_str()),
            vec![Line {
                before: None,
                ..pack(&plan.prev, 6)
            }],
        ),
        _ => (
            "quarantine",
            None,
            vec![Line {
                after: "quarantined",
                location_after: Some("QUAR"),
                ..pack(&plan.code, 7)
            }],
        ),
    };
    encode(plan, seq, kind, counterparty, &lines)
}

/// The canonical bytes of a receipt from the supplier, at `seq` of `plan`'s site, of packs with
/// other sites' serials: what a counterfeit looks like at the hub.
pub fn clone_bytes(plan: &SitePlan, seq: u64, gtin: &str, lot: &str, serial: &str) -> Vec<u8> {
    let line = Line {
        gtin: gtin.into(),
        lot: lot.into(),
        serial: serial.into(),
        before: None,
        after: "in_stock",
        location_after: Some("MAIN"),
    };
    encode(plan, seq, "receive", Some("GREYMKT"), &[line])
}

fn encode(
    plan: &SitePlan,
    seq: u64,
    kind: &str,
    counterparty: Option<&str>,
    lines: &[Line],
) -> Vec<u8> {
    // Unique across the network, as the hub requires: the site's code is in it.
    let id = format!("0190f0c0-{}-7000-8000-{seq:012}", plan.code.to_lowercase());
    let at = time(plan, seq);
    let event = Canonical {
        format: Format::CURRENT,
        id: &id,
        site: &plan.code,
        kind,
        occurred_at: &at,
        occurred_offset: 60,
        recorded_at: &at,
        actor: "ana",
        location: Some("MAIN"),
        counterparty,
        reference: Some("DOC-1"),
        reason: (kind == "quarantine").then_some("damaged packaging"),
        raw_scan: None,
        signature: None,
        subject: None,
    };
    let lines: Vec<CanonicalLine> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| CanonicalLine {
            line_no: i as i64 + 1,
            gtin: &l.gtin,
            lot: Some(&l.lot),
            serial: Some(&l.serial),
            expiry: Some("2028-12-31"),
            quantity: 1,
            status_before: l.before,
            status_after: Some(l.after),
            location_before: l.before.map(|_| "MAIN"),
            location_after: l.location_after,
            unit_cost_cents: None,
        })
        .collect();
    canonical_bytes(&event, &lines)
}

/// One event made: its position, bytes and hashes.
pub struct Made {
    /// Its seq.
    pub seq: i64,
    /// Its canonical bytes.
    pub bytes: Vec<u8>,
    /// The hash before it.
    pub prev: [u8; 32],
    /// Its hash.
    pub hash: [u8; 32],
    /// When it happened, in Unix seconds (as its bytes say).
    pub at: i64,
}

impl Made {
    /// As a site sends it.
    pub fn wire(&self) -> WireEvent {
        WireEvent::new(self.seq, Format::CURRENT, &self.bytes, &self.hash)
    }
}

/// A site's chain as it grows: events made on demand, each chained to the one before.
pub struct Chain {
    /// The plan it follows.
    pub plan: SitePlan,
    /// The hash after the last event made.
    pub head: [u8; 32],
    /// The last seq made.
    pub seq: u64,
}

impl Chain {
    /// An empty chain.
    pub fn new(plan: SitePlan) -> Chain {
        Chain {
            plan,
            head: GENESIS,
            seq: 0,
        }
    }

    /// The next `n` events of the plan.
    pub fn next(&mut self, n: u64) -> Vec<Made> {
        (0..n)
            .map(|_| {
                let bytes = event_bytes(&self.plan, self.seq + 1);
                self.append(bytes)
            })
            .collect()
    }

    /// Appends `bytes` as the next event.
    pub fn append(&mut self, bytes: Vec<u8>) -> Made {
        self.seq += 1;
        let prev = self.head;
        let hash = chained_hash(&prev, &bytes);
        self.head = hash;
        Made {
            seq: self.seq as i64,
            bytes,
            prev,
            hash,
            at: self.plan.start + self.plan.every * self.seq as i64,
        }
    }
}
