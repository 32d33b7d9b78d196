//! Expected shipments: a supplier's despatch advice (EPCIS 2.0 JSON-LD, EPCIS 1.2/2.0 XML, or
//! CSV `gtin,serial,lot,expiry,quantity,po`) imported all or nothing, with every problem of the
//! file on its line; receipts against it mark packs matched, keep what the advice did not say
//! (`unexpected`, `differs_from_advice`) as discrepancies, and closing lists what never came
//! beside them.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::epcis::{self, Epc, EpcisEvent};
use crate::error::{CoreError, CoreResult, FileProblem};
use crate::import::csv::CsvFile;
use crate::import::Problems;
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

type GroupKey = (String, Option<String>);

/// The largest despatch advice accepted.
pub const MAX_FILE_BYTES: usize = crate::import::MAX_IMPORT_BYTES as usize;

/// The format of a despatch advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShipmentFormat {
    /// `gtin,serial,lot,expiry,quantity,po`.
    Csv,
    /// EPCIS 2.0 JSON / JSON-LD.
    EpcisJson,
    /// EPCIS 1.2 or 2.0 XML.
    EpcisXml,
}

impl ShipmentFormat {
    /// Guesses the format from the content: a file whose first byte past a byte-order mark and
    /// blanks is `{` or `[` is JSON (an array at the top is then refused as JSON, not read as a
    /// CSV header), `<` is XML, anything else is CSV.
    pub fn sniff(bytes: &[u8]) -> ShipmentFormat {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
            .map_or(&[][..], |i| &bytes[i..]);
        match start.first() {
            Some(b'{' | b'[') => ShipmentFormat::EpcisJson,
            Some(b'<') => ShipmentFormat::EpcisXml,
            _ => ShipmentFormat::Csv,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            ShipmentFormat::Csv => "csv",
            ShipmentFormat::EpcisJson => "epcis_json",
            ShipmentFormat::EpcisXml => "epcis_xml",
        }
    }
}

/// One expected line: a pack (serial) or a quantity of a lot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedItem {
    /// Line number in the shipment.
    pub line: i64,
    /// GTIN-14.
    pub gtin: String,
    /// Serial, for a pack.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Expected quantity (1 for a pack).
    pub quantity: i64,
    /// Purchase order.
    pub po: Option<String>,
    /// Received so far.
    pub received: i64,
}

/// A shipment with its lines and progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Shipment {
    /// Id.
    pub id: i64,
    /// The despatch advice (or PO) number.
    pub reference: String,
    /// Supplier code.
    pub supplier: Option<String>,
    /// Format it came in.
    pub source: String,
    /// When it was closed, if it was.
    pub closed_at: Option<String>,
    /// What was recorded missing at closing.
    pub discrepancy: Option<String>,
    /// Lines expected.
    pub expected: i64,
    /// Lines fully received.
    pub matched: i64,
    /// Every line.
    pub items: Vec<ExpectedItem>,
    /// What arrived that the advice did not say, in the order received.
    pub discrepancies: Vec<Discrepancy>,
}

impl Shipment {
    /// The lines not (fully) received, leaving out a pack that arrived differing from the
    /// advice (it came, but is not a match: it is a discrepancy instead).
    pub fn outstanding(&self) -> impl Iterator<Item = &ExpectedItem> {
        self.items
            .iter()
            .filter(|i| i.received < i.quantity && !self.differs(i.line))
    }

    /// Whether a pack received against this line differs from the advice.
    fn differs(&self, line: i64) -> bool {
        self.discrepancies
            .iter()
            .any(|d| d.code == DiscrepancyCode::DiffersFromAdvice && d.line == Some(line))
    }
}

/// Why something received against a shipment is a discrepancy. Stable codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyCode {
    /// The advice does not list it (or lists fewer of the lot).
    Unexpected,
    /// The advice lists the pack with another lot or expiry.
    DiffersFromAdvice,
}

impl DiscrepancyCode {
    /// The code's name.
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyCode::Unexpected => "unexpected",
            DiscrepancyCode::DiffersFromAdvice => "differs_from_advice",
        }
    }
}

/// Something received against a shipment that the advice did not say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Discrepancy {
    /// What kind.
    pub code: DiscrepancyCode,
    /// The advice's line a differing pack is listed on.
    pub line: Option<i64>,
    /// GTIN-14 received.
    pub gtin: String,
    /// Serial received.
    pub serial: Option<String>,
    /// Lot received.
    pub lot: Option<String>,
    /// Expiry received.
    pub expiry: Option<NaiveDate>,
    /// Quantity received (1 for a pack).
    pub quantity: i64,
    /// The lot the advice gives, for a differing pack.
    pub advice_lot: Option<String>,
    /// The expiry the advice gives, for a differing pack.
    pub advice_expiry: Option<NaiveDate>,
    /// The receipt event.
    pub event_seq: i64,
}

impl Discrepancy {
    /// One line of words: what came, and for a differing pack what the advice said.
    pub fn describe(&self) -> String {
        let what = match (&self.serial, &self.lot) {
            (Some(s), _) => format!("{} serial {s}", self.gtin),
            (None, Some(l)) => format!("{} lot {l} ({})", self.gtin, self.quantity),
            (None, None) => format!("{} ({})", self.gtin, self.quantity),
        };
        let date = |d: &Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
        match self.code {
            DiscrepancyCode::Unexpected => what,
            DiscrepancyCode::DiffersFromAdvice => format!(
                "{what}: lot {} expiry {}, the advice (line {}) says lot {} expiry {}",
                self.lot.as_deref().unwrap_or("-"),
                date(&self.expiry),
                self.line.unwrap_or_default(),
                self.advice_lot.as_deref().unwrap_or("-"),
                date(&self.advice_expiry),
            ),
        }
    }
}

/// How a pack or lot quantity being received compares with an open shipment's advice. Built
/// before the receipt is recorded (for the scan's warning), recorded after it (with its event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AdviceCheck {
    shipment: i64,
    gtin: String,
    pub(crate) serial: Option<String>,
    pub(crate) lot: Option<String>,
    pub(crate) expiry: Option<NaiveDate>,
    pub(crate) quantity: i64,
    pub(crate) outcome: AdviceOutcome,
}

/// How the pack or lot compares with the advice's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AdviceOutcome {
    /// Listed with this lot and expiry; `outstanding` of the line are still to come.
    Matches { line: i64, outstanding: i64 },
    /// Listed, with another lot or expiry.
    Differs {
        line: i64,
        lot: Option<String>,
        expiry: Option<NaiveDate>,
    },
    /// Not listed.
    Unexpected,
}

struct Parsed {
    /// (line of the file, item), in file order.
    items: Vec<(usize, ExpectedItem)>,
    reference: Option<String>,
}

/// The expiry each lot is given in a file, so that a lot given two expiries is refused: once
/// per lot and pair of expiries, however many packs the events list.
#[derive(Default)]
struct LotExpiries {
    first: HashMap<(String, String), (NaiveDate, usize)>,
    reported: HashSet<(String, String, NaiveDate, usize)>,
}

impl LotExpiries {
    /// Records that `lot` of `gtin` expires on `expiry` (said on `line`), or reports the
    /// conflict with what the file said before.
    fn note(
        &mut self,
        gtin: &str,
        lot: &str,
        expiry: NaiveDate,
        line: usize,
        field: &str,
        problems: &mut Problems,
    ) {
        match self.first.get(&(gtin.to_string(), lot.to_string())) {
            Some((first, first_line)) if *first != expiry => {
                if self
                    .reported
                    .insert((gtin.to_string(), lot.to_string(), expiry, line))
                {
                    problems.push(
                        line,
                        Some(field),
                        format!("lot {lot} of {gtin} is given the expiry {expiry} here and {first} on line {first_line}: a lot has one expiry"),
                    );
                }
            }
            Some(_) => {}
            None => {
                self.first
                    .insert((gtin.to_string(), lot.to_string()), (expiry, line));
            }
        }
    }

    fn get(&self, gtin: &str, lot: &str) -> Option<NaiveDate> {
        self.first
            .get(&(gtin.to_string(), lot.to_string()))
            .map(|(d, _)| *d)
    }
}

fn parse_csv(bytes: &[u8], problems: &mut Problems) -> Result<Parsed, Vec<FileProblem>> {
    const COLUMNS: &[&str] = &["gtin", "serial", "lot", "expiry", "quantity", "po"];
    let (file, read_problems) = CsvFile::read_listing(bytes, COLUMNS, &["gtin"], "packs")?;
    problems.extend(read_problems);
    let mut items = Vec::new();
    let mut packs: HashMap<(String, String), usize> = HashMap::new();
    let mut expiries = LotExpiries::default();
    for (line, record) in &file.records {
        let line = *line;
        let get = |n: &str| file.get(record, n).map(String::from);
        // A row with an unreadable GTIN is still checked cell by cell, so that every problem
        // of the row is reported at once; only the checks across rows need the GTIN.
        let gtin = match get("gtin") {
            None => {
                problems.push(line, Some("gtin"), "the GTIN is missing");
                None
            }
            Some(g) => match custody_gs1::Gtin::parse(&g) {
                Ok(g) => Some(g.to_string()),
                Err(e) => {
                    problems.push(line, Some("gtin"), format!("'{g}': {e}"));
                    None
                }
            },
        };
        let expiry = match get("expiry") {
            None => None,
            Some(e) => match epcis::parse_date(&e) {
                Some(d) => Some(d),
                None => {
                    problems.push(
                        line,
                        Some("expiry"),
                        format!("'{e}' is not a date YYYY-MM-DD"),
                    );
                    None
                }
            },
        };
        let quantity = match get("quantity") {
            None => 1,
            Some(q) => match q.parse::<i64>() {
                Ok(n) if (1..=1_000_000_000).contains(&n) => n,
                _ => {
                    problems.push(
                        line,
                        Some("quantity"),
                        format!("'{q}' is not a whole number from 1 to 1,000,000,000"),
                    );
                    1
                }
            },
        };
        let serial = get("serial");
        let lot = get("lot");
        if let Some(s) = &serial {
            if let Err(why) = epcis::check_serial(s) {
                problems.push(line, Some("serial"), why);
            }
            if quantity != 1 {
                problems.push(line, Some("quantity"), "a line with a serial is one pack");
            }
            if let Some(gtin) = &gtin {
                if let Some(first) = packs.insert((gtin.clone(), s.clone()), line) {
                    problems.push(
                        line,
                        Some("serial"),
                        format!("pack {gtin} {s} is listed twice (also on line {first})"),
                    );
                }
            }
        }
        if let Some(l) = &lot {
            match epcis::check_lot(l) {
                Err(why) => problems.push(line, Some("lot"), why),
                Ok(()) => {
                    if let (Some(gtin), Some(e)) = (&gtin, expiry) {
                        expiries.note(gtin, l, e, line, "expiry", problems);
                    }
                }
            }
        }
        let Some(gtin) = gtin else {
            continue;
        };
        items.push((
            line,
            ExpectedItem {
                line: 0,
                gtin,
                serial,
                lot,
                expiry,
                quantity,
                po: get("po"),
                received: 0,
            },
        ));
    }
    let reference = items.iter().find_map(|(_, i)| i.po.clone());
    Ok(Parsed { items, reference })
}

/// Builds the expected packs from EPCIS events: every SGTIN any event names (directly, in an
/// aggregation, or inside a shipped SSCC), with lot and expiry from the commissioning ILMD, and
/// every lot quantity in a quantity list. The same pack in the commissioning, packing and
/// shipping events is one pack; a pack or lot the events describe differently is a problem,
/// as is a case (SSCC) whose contents no aggregation gives.
fn from_epcis(events: &[EpcisEvent], problems: &mut Problems) -> Parsed {
    // Per pack: its lot and expiry (from an ILMD) and the line that gave them.
    type Described = (Option<String>, Option<NaiveDate>, usize);
    let mut packs: Vec<(usize, (String, String))> = Vec::new();
    let mut described: HashMap<(String, String), Described> = HashMap::new();
    let mut pack_seen: HashSet<(String, String)> = HashSet::new();
    let mut expiries = LotExpiries::default();
    let mut lots: Vec<(usize, ExpectedItem)> = Vec::new();
    let mut lot_seen: HashMap<(String, Option<String>), (i64, usize)> = HashMap::new();
    let mut cases: Vec<(usize, String, String)> = Vec::new();
    let mut case_contents: HashSet<String> = HashSet::new();
    let mut pos: Vec<String> = Vec::new();
    let mut desadv: Vec<(String, usize)> = Vec::new();
    let mut desadv_seen: HashSet<String> = HashSet::new();
    for e in events {
        // An ObjectEvent that deletes packs says they no longer exist (destroyed, decommissioned).
        // Whether such packs still ship is not for the importer to guess.
        if e.event_type == "ObjectEvent" && e.action.as_deref() == Some("DELETE") {
            for (epc, line) in e
                .epcs
                .iter()
                .zip(&e.lines.epcs)
                .chain(e.quantities.iter().map(|(c, _)| c).zip(&e.lines.quantities))
            {
                problems.push(
                    *line,
                    Some("action"),
                    format!("'{epc}' is deleted (decommissioned) by this event, so the advice does not say whether it ships: ask the supplier for an advice without it"),
                );
            }
            continue;
        }
        let expiry = e.expiry.as_deref().and_then(epcis::parse_date);
        // A lot's expiry is said where the ILMD gives it: conflicts are reported there.
        let expiry_line = e.lines.expiry.unwrap_or(e.lines.event);
        if e.event_type == "AggregationEvent" && e.action.as_deref() != Some("DELETE") {
            if let Some(Epc::Sscc(sscc)) = e.parent.as_deref().map(epcis::parse_epc) {
                case_contents.insert(sscc);
            }
        }
        for (epc, line) in e.epcs.iter().zip(&e.lines.epcs) {
            match epcis::parse_epc(epc) {
                Epc::Sgtin { gtin, serial } => {
                    let key = (gtin, serial);
                    if e.lot.is_some() || expiry.is_some() {
                        let now = (e.lot.clone(), expiry, *line);
                        match described.get(&key) {
                            Some((lot, exp, first)) if (lot, exp) != (&now.0, &now.1) => {
                                problems.push(
                                    *line,
                                    Some("ilmd"),
                                    format!(
                                        "pack {} {} is given lot {} and expiry {} by this event and lot {} and expiry {} by the event on line {first}",
                                        key.0,
                                        key.1,
                                        now.0.as_deref().unwrap_or("-"),
                                        now.1.map_or("-".into(), |d| d.to_string()),
                                        lot.as_deref().unwrap_or("-"),
                                        exp.map_or("-".into(), |d| d.to_string()),
                                    ),
                                );
                            }
                            Some(_) => {}
                            None => {
                                described.insert(key.clone(), now);
                            }
                        }
                        if let (Some(lot), Some(exp)) = (&e.lot, expiry) {
                            expiries.note(
                                &key.0,
                                lot,
                                exp,
                                expiry_line,
                                "itemExpirationDate",
                                problems,
                            );
                        }
                    }
                    if pack_seen.insert(key.clone()) {
                        packs.push((*line, key));
                    }
                }
                Epc::Sscc(sscc) => cases.push((*line, epc.clone(), sscc)),
                // The reader let through only packs and cases.
                Epc::Lgtin { .. } | Epc::Other => {}
            }
        }
        let quantity_lines = e.lines.quantities.iter().zip(&e.lines.quantity_values);
        for ((class, quantity), (line, quantity_line)) in e.quantities.iter().zip(quantity_lines) {
            let Epc::Lgtin { gtin, lot } = epcis::parse_epc(class) else {
                continue;
            };
            let lot = match (lot, &e.lot) {
                (Some(a), Some(b)) if a != *b => {
                    problems.push(
                        *line,
                        Some("epcClass"),
                        format!("'{class}' names lot {a}, but the event's ILMD says lot {b}"),
                    );
                    continue;
                }
                (Some(a), _) => Some(a),
                (None, b) => b.clone(),
            };
            if let (Some(l), Some(exp)) = (&lot, expiry) {
                expiries.note(&gtin, l, exp, expiry_line, "itemExpirationDate", problems);
            }
            // Quantities are compared where they are written: the problem is at the quantity's
            // line and names the line of the other.
            match lot_seen.get(&(gtin.clone(), lot.clone())) {
                Some((first_quantity, first_line)) if first_quantity != quantity => {
                    problems.push(
                        *quantity_line,
                        Some("quantity"),
                        format!(
                            "lot {} of {gtin} is listed with {quantity} here and {first_quantity} on line {first_line}: the file must give one quantity",
                            lot.as_deref().unwrap_or("-")
                        ),
                    );
                }
                // The same lot quantity observed at another step.
                Some(_) => {}
                None => {
                    lot_seen.insert((gtin.clone(), lot.clone()), (*quantity, *quantity_line));
                    lots.push((
                        *line,
                        ExpectedItem {
                            line: 0,
                            gtin,
                            serial: None,
                            lot,
                            expiry,
                            quantity: *quantity,
                            po: None,
                            received: 0,
                        },
                    ));
                }
            }
        }
        for (kind, id) in &e.transactions {
            match kind.as_str() {
                "po" => {
                    let n = epcis::document_number(id);
                    if !pos.contains(&n) && pos.len() < 2 {
                        pos.push(n);
                    }
                }
                "desadv" => {
                    let n = epcis::document_number(id);
                    if desadv_seen.insert(n.clone()) {
                        desadv.push((n, e.lines.event));
                    }
                }
                _ => {}
            }
        }
    }
    for (line, written, sscc) in &cases {
        if !case_contents.contains(sscc) {
            problems.push(
                *line,
                Some("epcList"),
                format!("case '{written}' (SSCC {sscc}) is listed, but no aggregation event says which packs it holds"),
            );
        }
    }
    if desadv.len() > 1 {
        problems.push(
            desadv[1].1,
            Some("bizTransaction"),
            format!(
                "the file holds {} despatch advices ({}): import each one from a file of its own",
                desadv.len(),
                desadv
                    .iter()
                    .map(|(d, _)| d.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    // Said only of a file with nothing else wrong: when every pack was unreadable, those
    // problems are the answer.
    if packs.is_empty() && lots.is_empty() && problems.is_empty() {
        problems.push(
            events.first().map_or(1, |e| e.lines.event),
            None,
            "the file lists no packs (SGTINs) or lot quantities to expect",
        );
    }
    // A document-level purchase order belongs to every line only when there is one; with
    // several, which pack belongs to which is not in the file, so no line is given one.
    let po = match pos.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    let mut items: Vec<(usize, ExpectedItem)> = packs
        .into_iter()
        .map(|(line, (gtin, serial))| {
            let (lot, mut expiry, _) = described
                .get(&(gtin.clone(), serial.clone()))
                .cloned()
                .unwrap_or((None, None, 0));
            if expiry.is_none() {
                expiry = lot.as_deref().and_then(|l| expiries.get(&gtin, l));
            }
            (
                line,
                ExpectedItem {
                    line: 0,
                    gtin,
                    serial: Some(serial),
                    lot,
                    expiry,
                    quantity: 1,
                    po: po.clone(),
                    received: 0,
                },
            )
        })
        .collect();
    items.extend(lots.into_iter().map(|(line, mut item)| {
        if item.expiry.is_none() {
            item.expiry = item
                .lot
                .as_deref()
                .and_then(|l| expiries.get(&item.gtin, l));
        }
        item.po = po.clone();
        (line, item)
    }));
    Parsed {
        items,
        reference: desadv.into_iter().next().map(|(d, _)| d).or(po),
    }
}

impl Store {
    /// Imports a despatch advice as an expected shipment. Every line is checked first (GTIN,
    /// known product, serials not already here, no duplicates, one lot and expiry per pack and
    /// one expiry per lot); either all are imported or none, and every problem is reported
    /// with the line of the file it is on.
    pub fn import_shipment(
        &mut self,
        actor: &User,
        bytes: &[u8],
        supplier: Option<PartnerId>,
        reference: Option<&str>,
        file_name: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Shipment> {
        require(actor, Operation::Receive)?;
        crate::import::check_size(bytes)?;
        let format = ShipmentFormat::sniff(bytes);
        let mut problems = Problems::new();
        let parsed = match format {
            ShipmentFormat::Csv => parse_csv(bytes, &mut problems),
            // Values the reader refuses are left out of its events and reported; the checks
            // between events and against the product list go on, so every problem is listed.
            ShipmentFormat::EpcisJson => crate::import::text(bytes)
                .and_then(|t| epcis::read_json_into(t, &mut problems))
                .map(|ev| from_epcis(&ev, &mut problems)),
            ShipmentFormat::EpcisXml => crate::import::text(bytes)
                .and_then(|t| epcis::read_xml_into(t, &mut problems))
                .map(|ev| from_epcis(&ev, &mut problems)),
        }
        .map_err(CoreError::Import)?;
        let reference = reference.map(String::from).or(parsed.reference);

        let mut products: HashMap<String, Option<(ProductId, TrackingMode)>> = HashMap::new();
        let items = parsed.items;
        for (line, item) in &items {
            let line = *line;
            let product = match products.get(&item.gtin) {
                Some(p) => *p,
                None => {
                    let p = self
                        .product_by_gtin(&item.gtin)
                        .ok()
                        .map(|p| (p.id, p.tracking));
                    products.insert(item.gtin.clone(), p);
                    p
                }
            };
            let Some((product, tracking)) = product else {
                problems.push(
                    line,
                    Some("gtin"),
                    format!("{} is not in the product list; add it first", item.gtin),
                );
                continue;
            };
            match (&item.serial, tracking) {
                (None, TrackingMode::Serial) => problems.push(
                    line,
                    Some("serial"),
                    format!("{} is serialized: each pack needs its serial", item.gtin),
                ),
                (Some(_), TrackingMode::Lot) => problems.push(
                    line,
                    Some("serial"),
                    format!("{} is tracked by lot, not serial", item.gtin),
                ),
                (None, TrackingMode::Lot) if item.lot.is_none() => {
                    problems.push(line, Some("lot"), "a lot-tracked line needs its lot")
                }
                _ => {}
            }
            if let Some(serial) = &item.serial {
                if self.conn().prepare_cached("SELECT 1 FROM unit WHERE product_id = ?1 AND serial = ?2 AND status IN ('in_stock', 'quarantined')")?.exists(params![product.0, serial])? {
                    problems.push(line, Some("serial"), format!("pack {} {serial} is already in stock here", item.gtin));
                }
            }
        }
        problems.into_result().map_err(CoreError::Import)?;
        let reference = reference.ok_or_else(|| {
            CoreError::refused("shipment.file_without_reference").field("reference")
        })?;
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO shipment (reference, supplier_id, source, file_name, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![reference, supplier.map(|s| s.0), format.as_str(), file_name, now.utc_text(), actor.id.0],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare("INSERT INTO shipment_item (shipment_id, line, gtin, serial, lot, expiry, quantity, po) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for (n, (_, i)) in items.iter().enumerate() {
                stmt.execute(params![
                    id,
                    n as i64 + 1,
                    i.gtin,
                    i.serial,
                    i.lot,
                    i.expiry.map(|d| d.to_string()),
                    i.quantity,
                    i.po
                ])?;
            }
        }
        tx.commit()?;
        self.shipment(actor, id)
    }

    /// A shipment with its lines and what has been received.
    pub fn shipment(&self, actor: &User, id: i64) -> CoreResult<Shipment> {
        require(actor, Operation::ViewStock)?;
        let head = self
            .conn()
            .query_row(
                "SELECT s.reference, p.code, s.source, s.closed_at, s.discrepancy FROM shipment s LEFT JOIN partner p ON p.id = s.supplier_id WHERE s.id = ?1",
                [id],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?, r.get::<_, Option<String>>(4)?)),
            )
            .optional()?
            .ok_or_else(|| CoreError::refused("shipment.unknown").arg("shipment", id))?;
        let mut stmt = self.conn().prepare_cached("SELECT line, gtin, serial, lot, expiry, quantity, po, received_quantity FROM shipment_item WHERE shipment_id = ?1 ORDER BY line")?;
        let items = stmt
            .query_map([id], |r| {
                Ok(ExpectedItem {
                    line: r.get(0)?,
                    gtin: r.get(1)?,
                    serial: r.get(2)?,
                    lot: r.get(3)?,
                    expiry: r.get::<_, Option<String>>(4)?.and_then(|s| s.parse().ok()),
                    quantity: r.get(5)?,
                    po: r.get(6)?,
                    received: r.get(7)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let matched = items.iter().filter(|i| i.received >= i.quantity).count() as i64;
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.code, d.line, d.gtin, d.serial, d.lot, d.expiry, d.quantity, i.lot, i.expiry, d.event_seq
             FROM shipment_discrepancy d LEFT JOIN shipment_item i ON i.shipment_id = d.shipment_id AND i.line = d.line
             WHERE d.shipment_id = ?1 ORDER BY d.id",
        )?;
        let date = |s: Option<String>| s.and_then(|s| s.parse().ok());
        let discrepancies = stmt
            .query_map([id], |r| {
                Ok(Discrepancy {
                    code: if r.get::<_, String>(0)? == "differs_from_advice" {
                        DiscrepancyCode::DiffersFromAdvice
                    } else {
                        DiscrepancyCode::Unexpected
                    },
                    line: r.get(1)?,
                    gtin: r.get(2)?,
                    serial: r.get(3)?,
                    lot: r.get(4)?,
                    expiry: date(r.get(5)?),
                    quantity: r.get(6)?,
                    advice_lot: r.get(7)?,
                    advice_expiry: date(r.get(8)?),
                    event_seq: r.get(9)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Shipment {
            id,
            reference: head.0,
            supplier: head.1,
            source: head.2,
            closed_at: head.3,
            discrepancy: head.4,
            expected: items.len() as i64,
            matched,
            items,
            discrepancies,
        })
    }

    /// Closes a shipment, recording what was expected and never scanned.
    pub fn close_shipment(
        &mut self,
        actor: &User,
        id: i64,
        note: Option<&str>,
        now: Timestamp,
    ) -> CoreResult<Shipment> {
        require(actor, Operation::Receive)?;
        let s = self.shipment(actor, id)?;
        if s.closed_at.is_some() {
            return Err(CoreError::refused("shipment.closed").arg("reference", s.reference));
        }
        let missing: Vec<String> = s
            .outstanding()
            .map(|i| match &i.serial {
                Some(serial) => format!("{} serial {serial}", i.gtin),
                None => format!(
                    "{} lot {} ({} of {})",
                    i.gtin,
                    i.lot.as_deref().unwrap_or("?"),
                    i.quantity - i.received,
                    i.quantity
                ),
            })
            .collect();
        let of = |code: DiscrepancyCode| -> Vec<String> {
            s.discrepancies
                .iter()
                .filter(|d| d.code == code)
                .map(Discrepancy::describe)
                .collect()
        };
        let mut parts = Vec::new();
        for (list, what) in [
            (missing, "not received"),
            (
                of(DiscrepancyCode::DiffersFromAdvice),
                "differ from the advice",
            ),
            (of(DiscrepancyCode::Unexpected), "unexpected"),
        ] {
            if !list.is_empty() {
                parts.push(format!("{} {what}: {}", list.len(), list.join("; ")));
            }
        }
        if let Some(n) = note {
            parts.push(n.to_string());
        }
        let discrepancy = (!parts.is_empty()).then(|| parts.join(". "));
        self.conn().execute(
            "UPDATE shipment SET closed_at = ?2, closed_by = ?3, discrepancy = ?4 WHERE id = ?1",
            params![id, now.utc_text(), actor.id.0, discrepancy],
        )?;
        self.shipment(actor, id)
    }

    /// Compares a pack or lot quantity being received with an open shipment's advice.
    pub(crate) fn check_against_advice(
        &self,
        shipment: i64,
        gtin: &str,
        serial: Option<&str>,
        lot: Option<&str>,
        expiry: Option<NaiveDate>,
        quantity: i64,
    ) -> CoreResult<AdviceCheck> {
        type Row = (i64, Option<String>, Option<String>, i64);
        let row: Option<Row> = match serial {
            Some(s) => self.conn().prepare_cached("SELECT line, lot, expiry, quantity - received_quantity FROM shipment_item WHERE shipment_id = ?1 AND gtin = ?2 AND serial = ?3")?.query_row(params![shipment, gtin, s], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).optional()?,
            None => self
                .conn()
                .prepare_cached("SELECT line, lot, expiry, quantity - received_quantity FROM shipment_item WHERE shipment_id = ?1 AND gtin = ?2 AND serial IS NULL AND lot = ?3 ORDER BY received_quantity < quantity DESC, line LIMIT 1")?
                .query_row(params![shipment, gtin, lot], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .optional()?,
        };
        let outcome = match row {
            None => AdviceOutcome::Unexpected,
            Some((line, advice_lot, advice_expiry, outstanding)) => {
                let advice_expiry: Option<NaiveDate> = advice_expiry.and_then(|d| d.parse().ok());
                let lot_differs = advice_lot.is_some() && advice_lot.as_deref() != lot;
                let expiry_differs = advice_expiry.is_some() && advice_expiry != expiry;
                if lot_differs || expiry_differs {
                    AdviceOutcome::Differs {
                        line,
                        lot: advice_lot,
                        expiry: advice_expiry,
                    }
                } else {
                    AdviceOutcome::Matches { line, outstanding }
                }
            }
        };
        Ok(AdviceCheck {
            shipment,
            gtin: gtin.to_string(),
            serial: serial.map(String::from),
            lot: lot.map(String::from),
            expiry,
            quantity,
            outcome,
        })
    }

    pub(crate) fn shipment_is_open(&self, id: i64) -> CoreResult<bool> {
        let closed: Option<Option<String>> = self
            .conn()
            .query_row("SELECT closed_at FROM shipment WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match closed {
            None => Err(CoreError::refused("shipment.unknown").arg("shipment", id)),
            Some(c) => Ok(c.is_none()),
        }
    }

    /// Receives every outstanding line of a shipment at once (a sealed case, received by
    /// inference), in one transaction: one event per product and lot, one line per pack.
    /// Lines that cannot be received (already in stock, expired) are left outstanding and
    /// reported.
    pub fn receive_all(
        &mut self,
        actor: &User,
        id: i64,
        location: LocationId,
        now: Timestamp,
    ) -> CoreResult<ReceiveAll> {
        require(actor, Operation::Receive)?;
        if !self.shipment_is_open(id)? {
            let reference: String = self.conn().query_row(
                "SELECT reference FROM shipment WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            return Err(CoreError::refused("shipment.closed").arg("reference", reference));
        }
        let s = self.shipment(actor, id)?;
        let supplier = match &s.supplier {
            Some(code) => Some(self.partner(code)?.id),
            None => None,
        };
        let today = now.local_date();
        let mut skipped = Vec::new();
        // Grouped by (GTIN, lot), in the shipment's order.
        let mut groups: Vec<(GroupKey, Vec<&ExpectedItem>)> = Vec::new();
        let mut products: HashMap<String, ProductId> = HashMap::new();
        let mut recalled_gtins: HashMap<String, bool> = HashMap::new();
        for item in s.outstanding() {
            if item.expiry.is_some_and(|e| e < today) {
                skipped.push(format!(
                    "{} {}: expired on {}",
                    item.gtin,
                    item.serial.as_deref().unwrap_or(""),
                    item.expiry.map(|d| d.to_string()).unwrap_or_default()
                ));
                continue;
            }
            if !products.contains_key(&item.gtin) {
                products.insert(item.gtin.clone(), self.product_by_gtin(&item.gtin)?.id);
            }
            // Recalled packs are not received by inference: scanning them holds them.
            let gtin_recalled = match recalled_gtins.get(&item.gtin) {
                Some(r) => *r,
                None => {
                    let r = self.any_recall_for(&item.gtin)?;
                    recalled_gtins.insert(item.gtin.clone(), r);
                    r
                }
            };
            if gtin_recalled {
                if let Some((number, _)) =
                    self.recall_covering(&item.gtin, item.lot.as_deref(), item.serial.as_deref())?
                {
                    skipped.push(format!(
                        "{} {}: under recall {number}; scan it to receive it into quarantine",
                        item.gtin,
                        item.serial.as_deref().or(item.lot.as_deref()).unwrap_or("")
                    ));
                    continue;
                }
            }
            let key = (item.gtin.clone(), item.lot.clone());
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(item),
                None => groups.push((key, vec![item])),
            }
        }
        let mut received = 0i64;
        let mut marks = Vec::new();
        let tx = self.conn_mut().transaction()?;
        {
            let mut known =
                tx.prepare_cached("SELECT status FROM unit WHERE product_id = ?1 AND serial = ?2")?;
            let mut appender = Appender::new(&tx, now)?;
            for ((gtin, lot), items) in &groups {
                let product = products[gtin];
                let mut lines = Vec::with_capacity(items.len());
                let mut line_items = Vec::with_capacity(items.len());
                for item in items {
                    let before = match &item.serial {
                        Some(serial) => {
                            let status: Option<String> = known
                                .query_row(params![product.0, serial], |r| r.get(0))
                                .optional()?;
                            match status.as_deref() {
                                None => None,
                                Some("transferred_out") => {
                                    Some(Place::gone(UnitStatus::TransferredOut))
                                }
                                Some(other) => {
                                    skipped.push(format!("{gtin} {serial}: already {other}; scan it to have it checked"));
                                    continue;
                                }
                            }
                        }
                        None => None,
                    };
                    lines.push(NewLine {
                        product,
                        lot: item.lot.clone(),
                        serial: item.serial.clone(),
                        expiry: item.expiry,
                        quantity: item.quantity - item.received,
                        before,
                        after: Some(Place::at(UnitStatus::InStock, location)),
                        unit_cost_cents: None,
                    });
                    line_items.push((item.line, item.quantity - item.received));
                }
                if lines.is_empty() {
                    continue;
                }
                let appended = appender.append(
                    actor,
                    &NewEvent {
                        kind: EventKind::Receive,
                        occurred_at: now,
                        location: Some(location),
                        counterparty: supplier,
                        reference: Some(s.reference.clone()),
                        reason: Some(format!(
                            "received by inference from expected shipment {} (lot {})",
                            s.reference,
                            lot.as_deref().unwrap_or("-")
                        )),
                        raw_scan: None,
                        lines,
                    },
                )?;
                received += line_items.iter().map(|(_, q)| q).sum::<i64>();
                marks.extend(
                    line_items
                        .into_iter()
                        .map(|(line, q)| (line, q, appended.seq)),
                );
            }
            appender.finish()?;
            let mut mark = tx.prepare("UPDATE shipment_item SET received_quantity = received_quantity + ?3, received_event_seq = ?4 WHERE shipment_id = ?1 AND line = ?2")?;
            for (line, q, seq) in &marks {
                mark.execute(params![id, line, q, seq])?;
            }
        }
        tx.commit()?;
        Ok(ReceiveAll { received, skipped })
    }

    /// Open and closed shipments, newest first.
    pub fn shipments(&self, actor: &User) -> CoreResult<Vec<ShipmentSummary>> {
        require(actor, Operation::ViewStock)?;
        let mut stmt = self.conn().prepare(
            "SELECT s.id, s.reference, s.closed_at, count(i.line), sum(i.received_quantity >= i.quantity)
             FROM shipment s LEFT JOIN shipment_item i ON i.shipment_id = s.id GROUP BY s.id ORDER BY s.id DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(ShipmentSummary {
                    id: r.get(0)?,
                    reference: r.get(1)?,
                    closed_at: r.get(2)?,
                    lines: r.get(3)?,
                    received: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

/// Records a receipt against the advice with its event, in the same transaction: a match marks
/// its line received (unless the pack was held as suspect), and anything the advice did not
/// say is kept as a discrepancy, held or not, since it did arrive.
pub(crate) fn record_against_advice(
    conn: &rusqlite::Connection,
    check: &AdviceCheck,
    seq: i64,
    held: bool,
) -> CoreResult<()> {
    let discrepancy = |code: DiscrepancyCode, line: Option<i64>, quantity: i64| {
        conn.execute(
            "INSERT INTO shipment_discrepancy (shipment_id, code, line, gtin, serial, lot, expiry, quantity, event_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                check.shipment,
                code.as_str(),
                line,
                check.gtin,
                check.serial,
                check.lot,
                check.expiry.map(|d| d.to_string()),
                quantity,
                seq
            ],
        )
    };
    match &check.outcome {
        AdviceOutcome::Unexpected => {
            discrepancy(DiscrepancyCode::Unexpected, None, check.quantity)?;
        }
        AdviceOutcome::Differs { line, .. } => {
            discrepancy(
                DiscrepancyCode::DiffersFromAdvice,
                Some(*line),
                check.quantity,
            )?;
        }
        AdviceOutcome::Matches { line, outstanding } => {
            let expected = (*outstanding).clamp(0, check.quantity);
            if !held && expected > 0 {
                conn.execute(
                    "UPDATE shipment_item SET received_quantity = received_quantity + ?3, received_event_seq = ?4 WHERE shipment_id = ?1 AND line = ?2",
                    params![check.shipment, line, expected, seq],
                )?;
            }
            if check.quantity > expected {
                discrepancy(DiscrepancyCode::Unexpected, None, check.quantity - expected)?;
            }
        }
    }
    Ok(())
}

/// A shipment in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ShipmentSummary {
    /// Id.
    pub id: i64,
    /// Document number.
    pub reference: String,
    /// When it was closed.
    pub closed_at: Option<String>,
    /// Lines expected.
    pub lines: i64,
    /// Lines fully received.
    pub received: i64,
}

/// The outcome of [`Store::receive_all`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReceiveAll {
    /// Packs (or units of lots) received.
    pub received: i64,
    /// Lines left outstanding, and why.
    pub skipped: Vec<String>,
}
