//! What is where: the stock list, a pack's or a lot's chain of custody, and the scanner test
//! (exactly what a scanner sent, and how the site's settings read it).

use custody_core::history::{LotHistory, UnitHistory};
use custody_core::stock::{StockFilter, StockHeld, StockRow, Summary};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::{text, Cx};

/// One page of the stock list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StockQuery {
    /// Only this GTIN.
    #[serde(default)]
    pub gtin: Option<String>,
    /// Only this location code.
    #[serde(default)]
    pub location: Option<String>,
    /// Only products whose name, generic name or GTIN contains this.
    #[serde(default)]
    pub search: Option<String>,
    /// Only rows holding this kind of stock (quarantined, suspect or expired): Home's tiles.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub held: Option<StockHeld>,
    /// Rows on the page, 1 to 1,000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
}

/// Stock by product and location.
pub fn stock(cx: &mut Cx<'_>, q: StockQuery) -> Result<Vec<StockRow>> {
    let me = cx.me()?;
    let filter = StockFilter {
        gtin: text(&q.gtin),
        location: text(&q.location),
        search: text(&q.search),
        held: q.held,
        today: cx.now()?.local_date(),
        limit: Some(q.limit.unwrap_or(100).clamp(1, 1000) as usize),
        offset: q.offset as usize,
    };
    Ok(cx.store().stock(me, &filter)?)
}

/// The sizes of the store (products, packs, events), for the status line.
pub fn summary(cx: &mut Cx<'_>, _: ()) -> Result<Summary> {
    cx.me()?;
    Ok(cx.store().summary()?)
}

/// Which pack: a scan of it, or its GTIN and serial.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PackQuery {
    /// A scan of the pack (read with the site's scanner settings).
    #[serde(default)]
    pub scan: Option<String>,
    /// GTIN (with `serial`, or `lot` for a lot's history).
    #[serde(default)]
    pub gtin: Option<String>,
    /// Serial.
    #[serde(default)]
    pub serial: Option<String>,
    /// Lot: the lot's history instead of one pack's.
    #[serde(default)]
    pub lot: Option<String>,
}

/// What a pack query names: a GTIN with a serial, or a GTIN with a lot.
enum Key {
    Pack { gtin: String, serial: String },
    Lot { gtin: String, lot: String },
}

fn key(cx: &Cx<'_>, q: &PackQuery) -> Result<Key> {
    let today = cx.now()?.local_date();
    let (gtin, serial, lot) = match text(&q.scan) {
        Some(scan) => {
            let s =
                custody_gs1::decode(&scan, &cx.settings()?.decode_options(today)).map_err(|e| {
                    ApiError::field(
                        "scan.unreadable",
                        "scan",
                        args([
                            ("said", custody_core::scan::decoder_sentence(&e)),
                            ("reason", Value::from(e.message)),
                        ]),
                    )
                })?;
            let gtin = s
                .gtin
                .ok_or_else(|| ApiError::field("scan.no_gtin", "scan", Default::default()))?;
            let lot = text(&q.lot).or(if s.serial.is_none() { s.lot } else { None });
            (gtin.to_string(), text(&q.serial).or(s.serial), lot)
        }
        None => {
            let typed = text(&q.gtin).unwrap_or_default();
            let gtin = custody_gs1::Gtin::parse(&typed).map_err(|e| {
                ApiError::field(
                    "stock.gtin_unreadable",
                    "gtin",
                    args([
                        ("gtin", Value::from(typed.as_str())),
                        ("reason", Value::from(e.to_string())),
                    ]),
                )
            })?;
            (gtin.to_string(), text(&q.serial), text(&q.lot))
        }
    };
    match (serial, lot) {
        (Some(serial), _) => Ok(Key::Pack { gtin, serial }),
        (None, Some(lot)) => Ok(Key::Lot { gtin, lot }),
        (None, None) => Err(ApiError::field(
            "stock.serial_missing",
            "serial",
            Default::default(),
        )),
    }
}

/// A pack's chain of custody.
pub fn unit_history(cx: &mut Cx<'_>, q: PackQuery) -> Result<UnitHistory> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    match key(cx, &q)? {
        Key::Pack { gtin, serial } => Ok(cx.store().unit_history(me, &gtin, &serial, today)?),
        Key::Lot { .. } => Err(ApiError::field(
            "stock.serial_missing",
            "serial",
            Default::default(),
        )),
    }
}

/// A lot's chain of custody: where its packs or quantities are, and every event line.
pub fn lot_history(cx: &mut Cx<'_>, q: PackQuery) -> Result<LotHistory> {
    let me = cx.me()?;
    match key(cx, &q)? {
        Key::Lot { gtin, lot } => Ok(cx.store().lot_history(me, &gtin, &lot)?),
        Key::Pack { gtin, .. } => match text(&q.lot) {
            Some(lot) => Ok(cx.store().lot_history(me, &gtin, &lot)?),
            None => Err(ApiError::field(
                "stock.lot_missing",
                "lot",
                Default::default(),
            )),
        },
    }
}

/// What the scanner test shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DecodedScan {
    /// Exactly what arrived, control characters named (⟨GS⟩).
    pub sent: String,
    /// Characters received.
    pub length: u32,
    /// Barcode type and syntax, when it decoded.
    pub symbology: Option<String>,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<String>,
    /// Every AI with its title and value.
    pub elements: Vec<DecodedElement>,
    /// Things worth knowing about the scanner's set-up.
    pub warnings: Vec<String>,
    /// Why it did not decode.
    pub error: Option<String>,
}

/// One AI of a decoded scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DecodedElement {
    /// The AI.
    pub ai: String,
    /// GS1's title.
    pub title: String,
    /// The value as encoded.
    pub value: String,
}

/// A scan to test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScannerTest {
    /// Exactly what the scanner sent.
    pub raw: String,
}

/// The scanner test: what arrived, character by character, and how the site's scanner settings
/// read it — so a substitute for GS set in Settings is tried here first.
pub fn decode_scan(cx: &mut Cx<'_>, t: ScannerTest) -> Result<DecodedScan> {
    let today = cx.now()?.local_date();
    let options = cx.settings()?.decode_options(today);
    let raw = t.raw;
    let shown: String = raw
        .chars()
        .map(|c| match c {
            '\u{1d}' => "⟨GS⟩".to_string(),
            '\r' => "⟨CR⟩".to_string(),
            '\n' => "⟨LF⟩".to_string(),
            '\t' => "⟨TAB⟩".to_string(),
            c if c.is_control() => format!("⟨U+{:04X}⟩", c as u32),
            c => c.to_string(),
        })
        .collect();
    let mut out = DecodedScan {
        sent: shown,
        length: raw.chars().count() as u32,
        symbology: None,
        gtin: None,
        serial: None,
        lot: None,
        expiry: None,
        elements: Vec::new(),
        warnings: Vec::new(),
        error: None,
    };
    match custody_gs1::decode(&raw, &options) {
        Ok(s) => {
            out.symbology = Some(format!("{:?} ({:?})", s.symbology, s.syntax));
            out.gtin = s.gtin.map(|g| g.to_string());
            out.serial = s.serial;
            out.lot = s.lot;
            out.expiry = s.expiry.map(|d| d.to_string());
            out.elements = s
                .elements
                .iter()
                .map(|e| DecodedElement {
                    ai: e.ai().to_string(),
                    title: e.entry.title.to_string(),
                    value: e.value.clone(),
                })
                .collect();
            out.warnings = s.warnings.into_iter().map(|w| w.message).collect();
        }
        Err(e) => out.error = Some(e.message),
    }
    Ok(out)
}

/// A pack's or a lot's chain of custody, whichever the query names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PackHistory {
    /// One pack (the query gave or scanned a serial).
    Pack(UnitHistory),
    /// A lot (the query gave a lot, or scanned a lot-tracked pack, which has no serial).
    Lot(LotHistory),
}

/// The chain of custody the query names: a pack's when it has a serial, else its lot's (the
/// command line's `custody history`, which takes either).
pub fn history(cx: &mut Cx<'_>, q: PackQuery) -> Result<PackHistory> {
    if text(&q.lot).is_some() {
        return Ok(PackHistory::Lot(lot_history(cx, q)?));
    }
    match key(cx, &q)? {
        Key::Pack { .. } => Ok(PackHistory::Pack(unit_history(cx, q)?)),
        Key::Lot { .. } => Ok(PackHistory::Lot(lot_history(cx, q)?)),
    }
}

/// The GTIN and serial of the one pack a query names (a chain-of-custody certificate's), or
/// `stock.serial_missing` when it names only a lot.
pub fn pack_of(cx: &Cx<'_>, q: &PackQuery) -> Result<(String, String)> {
    match key(cx, q)? {
        Key::Pack { gtin, serial } => Ok((gtin, serial)),
        Key::Lot { .. } => Err(ApiError::field(
            "stock.serial_missing",
            "serial",
            Default::default(),
        )),
    }
}
