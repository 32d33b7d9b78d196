//! Scanning into an open count: a pack counts once, a lot adds its quantity, and a scan that
//! cannot be counted gets its own answer.

use custody_gs1::{DecodeOptions, Scan};
use rusqlite::params;
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::movement::Sentence;
use crate::permissions::{require, Operation};
use crate::Store;

use super::header::CountRow;
use super::lots::{too_many, MAX_LOT_QUANTITY};
use super::set_aside::SetAside;

/// What a count scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum CountScanCode {
    /// Counted.
    Counted,
    /// Scanned before in this count: counted once.
    AlreadyCounted,
    /// A lot quantity added to the lot's count.
    LotCounted,
    /// The ledger has the pack in stock at another location.
    Elsewhere,
    /// The ledger has the pack dispensed, destroyed, returned, sent away or missing.
    WrongStatus,
    /// The pack was never received here.
    NotReceived,
    /// The product is not part of this (limited) count.
    NotInCount,
    /// The product is not in the product list.
    UnknownProduct,
    /// The scan could not be decoded.
    DecodeError,
    /// A serialized product scanned without its serial (e.g. its linear, GTIN-only barcode):
    /// the pack cannot be told apart from the others, so it is not counted.
    MissingSerial,
    /// A lot-tracked product scanned without its lot: the quantity has no lot to count in.
    MissingLot,
    /// The code names no product (e.g. a shipping label's SSCC): nothing to count.
    NoProduct,
    /// A lot-tracked product scanned with no quantity when the front end asks for one:
    /// nothing recorded yet; the same scan again with the quantity counts it.
    QuantityNeeded,
}

/// How much a scan of a lot-tracked product counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LotQuantity {
    /// One per scan (the command line's `count scan` without `--quantity`).
    OnePerScan,
    /// The quantity a person typed for this scan.
    Given(i64),
    /// Ask first: the scan records nothing and is answered [`CountScanCode::QuantityNeeded`]
    /// (the app's count screen, which then asks "how many?").
    Ask,
}

/// The answer to one count scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountScan {
    /// What was found.
    pub code: CountScanCode,
    /// Whether the scan was recorded in the count.
    pub recorded: bool,
    /// In words: the sentences of `sentences` one after the other, in English from core and
    /// in the session's language from the application layer.
    pub message: String,
    /// What `message` says, as codes and arguments: the answer, and what to set aside.
    pub sentences: Vec<Sentence>,
    /// GTIN.
    pub gtin: Option<String>,
    /// Serial.
    pub serial: Option<String>,
    /// Lot.
    pub lot: Option<String>,
    /// Packs counted so far in this count.
    pub counted_units: i64,
    /// For a lot: its running total in this count after this scan.
    pub lot_total: Option<i64>,
    /// Counted, but to be set aside: the pack or lot is under a recall, or expired. The count
    /// still sees it (it is there); the person is told to take it off the shelf.
    pub set_aside: Option<SetAside>,
}

impl CountScan {
    /// The answer with its sentences in `lang`.
    pub fn in_lang(mut self, lang: custody_messages::Lang) -> CountScan {
        if lang != custody_messages::Lang::En {
            self.message = crate::movement::render_all(&self.sentences, lang);
        }
        self
    }

    /// An answer that says `said`, in English until the application layer renders it.
    fn answer(code: CountScanCode, recorded: bool, said: Sentence) -> CountScan {
        CountScan {
            code,
            recorded,
            message: said.english(),
            sentences: vec![said],
            gtin: None,
            serial: None,
            lot: None,
            counted_units: 0,
            lot_total: None,
            set_aside: None,
        }
    }

    /// An answer that records nothing: the scan could not be counted, and the count goes on.
    /// `counted_units` is filled in by [`Store::count_scan`] once the answer is settled.
    fn not_counted(
        code: CountScanCode,
        said: Sentence,
        gtin: Option<String>,
        serial: Option<String>,
        lot: Option<String>,
    ) -> CountScan {
        CountScan {
            gtin,
            serial,
            lot,
            ..CountScan::answer(code, false, said)
        }
    }

    /// Says one more sentence after the answer.
    fn say_also(&mut self, said: Sentence) {
        self.message = format!("{} {}", self.message, said.english());
        self.sentences.push(said);
    }
}

/// What a scan of a known product counts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Countable {
    /// One pack, by its serial.
    Pack(String),
    /// A quantity of a lot.
    Lot(String),
}

/// Where a newly counted pack stands by the ledger, which is what its answer says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PackFound {
    /// In the snapshot taken at the start.
    Expected,
    /// Held here, but it arrived after the count started.
    ArrivedSince,
    /// Held at another location (or at none known): the count will move it here.
    Elsewhere(UnitStatus, Option<LocationId>),
    /// Recorded dispensed, destroyed, returned, sent away or missing: it should not be on a shelf.
    WrongStatus(UnitStatus),
    /// Never received here.
    NotReceived,
}

/// The scan decoded with the count's day as "today" (for the century of two-digit years), or
/// the answer that it could not be.
fn decode_for_count(
    raw: &str,
    scanner: &DecodeOptions,
    now: Timestamp,
) -> Result<Scan, Box<CountScan>> {
    let mut options = scanner.clone();
    options.today = now.local_date();
    custody_gs1::decode(raw, &options).map_err(|e| {
        Box::new(CountScan::not_counted(
            CountScanCode::DecodeError,
            crate::movement::undecodable(&e),
            None,
            None,
            None,
        ))
    })
}

/// What a scan of `product` counts, from the product's tracking: a serialized product needs
/// the serial (its linear, GTIN-only barcode cannot tell packs apart) and a lot-tracked one
/// needs the lot. (The answer is boxed: it is the rare path, and the large one.)
fn countable(product: &Product, scan: &Scan) -> Result<Countable, Box<CountScan>> {
    let gtin = Some(product.data.gtin.clone());
    match (product.tracking, &scan.serial, &scan.lot) {
        (TrackingMode::Serial, Some(s), _) => Ok(Countable::Pack(s.clone())),
        (TrackingMode::Serial, None, _) => Err(Box::new(CountScan::not_counted(
            CountScanCode::MissingSerial,
            Sentence::new("verdict.count.missing_serial").arg("product", product.data.name.clone()),
            gtin,
            None,
            scan.lot.clone(),
        ))),
        (TrackingMode::Lot, _, Some(l)) => Ok(Countable::Lot(l.clone())),
        (TrackingMode::Lot, _, None) => Err(Box::new(CountScan::not_counted(
            CountScanCode::MissingLot,
            Sentence::new("verdict.count.missing_lot").arg("product", product.data.name.clone()),
            gtin,
            scan.serial.clone(),
            None,
        ))),
    }
}

/// The quantity a lot scan adds: one unless given (none when it is to be asked first); a
/// quantity below one, or above [`MAX_LOT_QUANTITY`], is refused.
fn lot_quantity(quantity: LotQuantity) -> CoreResult<Option<i64>> {
    match quantity {
        LotQuantity::Ask => Ok(None),
        LotQuantity::OnePerScan => Ok(Some(1)),
        LotQuantity::Given(q) if q <= 0 => {
            Err(CoreError::refused("count.quantity_not_positive").field("quantity"))
        }
        LotQuantity::Given(q) if q > MAX_LOT_QUANTITY => Err(too_many(q)),
        LotQuantity::Given(q) => Ok(Some(q)),
    }
}

/// Where a newly counted pack stands: in the snapshot, or else what the ledger says of it now
/// (`now`: its status and location, none if never received).
fn pack_found(
    expected: bool,
    now: Option<(UnitStatus, Option<LocationId>)>,
    here: LocationId,
) -> PackFound {
    match now {
        _ if expected => PackFound::Expected,
        Some((status, at)) if status.is_held() && at == Some(here) => PackFound::ArrivedSince,
        Some((status, at)) if status.is_held() => PackFound::Elsewhere(status, at),
        Some((status, _)) => PackFound::WrongStatus(status),
        None => PackFound::NotReceived,
    }
}

impl Store {
    /// Records one scan in an open count: a pack counts once; a lot adds its quantity.
    ///
    /// A scan that cannot be counted — unreadable, a serialized product's linear barcode with
    /// no serial, a lot-tracked product's code with no lot, a code naming no product — gets its
    /// own answer ([`CountScanCode`], `recorded: false`) and the count goes on, as a movement's
    /// scan does: one bad label never stops a count. Errors are kept for the count itself (not
    /// open) and for a quantity below one.
    pub fn count_scan(
        &mut self,
        actor: &User,
        id: i64,
        raw: &str,
        quantity: Option<i64>,
        scanner: &DecodeOptions,
        now: Timestamp,
    ) -> CoreResult<CountScan> {
        let quantity = quantity.map_or(LotQuantity::OnePerScan, LotQuantity::Given);
        self.count_scan_with(actor, id, raw, quantity, scanner, now)
    }

    /// [`Store::count_scan`] with the lot quantity's rule chosen by the caller: the app asks
    /// for a lot's quantity before counting it ([`LotQuantity::Ask`]).
    pub fn count_scan_with(
        &mut self,
        actor: &User,
        id: i64,
        raw: &str,
        quantity: LotQuantity,
        scanner: &DecodeOptions,
        now: Timestamp,
    ) -> CoreResult<CountScan> {
        require(actor, Operation::Count)?;
        let c = self.open_count(id)?;
        let mut answer = self.scan_into(actor, &c, raw, quantity, scanner, now)?;
        answer.counted_units = self.counted_units(id)?;
        Ok(answer)
    }

    /// The steps of a count scan: decode, find the product in the count, see what the scan
    /// counts, record it. Any step may settle the answer without recording anything.
    fn scan_into(
        &mut self,
        actor: &User,
        c: &CountRow,
        raw: &str,
        quantity: LotQuantity,
        scanner: &DecodeOptions,
        now: Timestamp,
    ) -> CoreResult<CountScan> {
        let scan = match decode_for_count(raw, scanner, now) {
            Ok(scan) => scan,
            Err(answer) => return Ok(*answer),
        };
        let product = match self.product_in_count(c, &scan)? {
            Ok(product) => product,
            Err(answer) => return Ok(answer),
        };
        let seen = Seen {
            raw,
            expiry: scan.expiry.map(|d| d.to_string()),
            at: now,
            by: actor.id,
            head: self.ledger_head()?,
        };
        let mut answer = match countable(&product, &scan) {
            Err(answer) => return Ok(*answer),
            Ok(Countable::Lot(lot)) => match lot_quantity(quantity)? {
                Some(quantity) => self.count_lot(c, &product, lot, quantity, &seen)?,
                None => self.ask_quantity(c, &product, lot)?,
            },
            Ok(Countable::Pack(serial)) => self.count_pack(c, &product, serial, &scan, &seen)?,
        };
        // Only a scan that counts something (or is about to) is worth the warning; a repeat
        // of a pack was told the first time.
        if answer.code != CountScanCode::AlreadyCounted {
            answer.set_aside = self.set_aside(&product, &scan, now.local_date())?;
            if let Some(s) = &answer.set_aside {
                answer.say_also(s.said());
            }
        }
        Ok(answer)
    }

    /// The answer to a lot scan with no quantity yet: nothing recorded, the lot's total so far
    /// given so that the person sees what they are adding to.
    fn ask_quantity(&self, c: &CountRow, product: &Product, lot: String) -> CoreResult<CountScan> {
        let total = self.lot_counted(c.id, product.id, &lot)?;
        let mut answer = CountScan::not_counted(
            CountScanCode::QuantityNeeded,
            Sentence::new("verdict.count.quantity_needed")
                .arg("product", product.data.name.clone())
                .arg("lot", lot.clone())
                .arg("total", total),
            Some(product.data.gtin.clone()),
            None,
            Some(lot),
        );
        answer.lot_total = Some(total);
        Ok(answer)
    }

    /// The product a scan names, if it is one this count covers; else the answer saying why
    /// the scan counts nothing (a shipping label, a product not in the list, one not counted).
    fn product_in_count(
        &self,
        c: &CountRow,
        scan: &Scan,
    ) -> CoreResult<Result<Product, CountScan>> {
        let not_counted = |code, said: Sentence, gtin| {
            Ok(Err(CountScan::not_counted(
                code,
                said,
                gtin,
                scan.serial.clone(),
                scan.lot.clone(),
            )))
        };
        if scan.gtin.is_none() && scan.pzn.is_none() {
            return not_counted(
                CountScanCode::NoProduct,
                Sentence::new("verdict.count.no_product"),
                None,
            );
        }
        let Some(product) = self.product_for_scan(scan)? else {
            return not_counted(
                CountScanCode::UnknownProduct,
                Sentence::new("verdict.count.unknown_product"),
                scan.gtin.map(|g| g.to_string()),
            );
        };
        if c.limited && !self.count_products(c.id)?.contains(&product.id) {
            return not_counted(
                CountScanCode::NotInCount,
                Sentence::new("verdict.count.not_in_count")
                    .arg("product", product.data.name.clone()),
                Some(product.data.gtin.clone()),
            );
        }
        Ok(Ok(product))
    }

    /// Adds a lot quantity to the lot's count.
    fn count_lot(
        &mut self,
        c: &CountRow,
        product: &Product,
        lot: String,
        quantity: i64,
        seen: &Seen,
    ) -> CoreResult<CountScan> {
        // The running total stays within the bound too: a lot scanned again and again adds up,
        // and a total no shelf holds is a slip to refuse before it reaches the variance.
        let before = self.lot_counted(c.id, product.id, &lot)?;
        match before.checked_add(quantity) {
            Some(t) if t <= MAX_LOT_QUANTITY => {}
            _ => {
                return Err(CoreError::refused("count.lot_total_too_large")
                    .field("quantity")
                    .arg("lot", lot.clone())
                    .arg("product", product.data.name.clone())
                    .arg("counted", before)
                    .arg("quantity", quantity)
                    .arg("max", MAX_LOT_QUANTITY))
            }
        }
        self.conn().execute(
            "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
             VALUES (?1, ?2, '', ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (count_id, product_id, serial, lot) DO UPDATE SET quantity = quantity + excluded.quantity",
            params![c.id, product.id.0, lot, seen.expiry, quantity, seen.raw, seen.at.utc_text(), seen.by.0, seen.head],
        )?;
        let total = self.lot_counted(c.id, product.id, &lot)?;
        let said = Sentence::new("verdict.count.lot_counted")
            .arg("product", product.data.name.clone())
            .arg("lot", lot.clone())
            .arg("quantity", quantity)
            .arg("total", total);
        Ok(CountScan {
            gtin: Some(product.data.gtin.clone()),
            lot: Some(lot),
            lot_total: Some(total),
            ..CountScan::answer(CountScanCode::LotCounted, true, said)
        })
    }

    /// Counts a pack once: a repeat is answered as such; a new one says where the ledger has
    /// it.
    fn count_pack(
        &mut self,
        c: &CountRow,
        product: &Product,
        serial: String,
        scan: &Scan,
        seen: &Seen,
    ) -> CoreResult<CountScan> {
        let gtin = Some(product.data.gtin.clone());
        if !self.record_pack(c, product, &serial, scan.lot.as_deref(), seen)? {
            return Ok(CountScan::not_counted(
                CountScanCode::AlreadyCounted,
                Sentence::new("verdict.count.already_counted").arg("serial", serial.clone()),
                gtin,
                Some(serial),
                scan.lot.clone(),
            ));
        }
        let expected: bool = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM stock_count_expected WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)")?
            .query_row(params![c.id, product.id.0, serial], |r| r.get(0))?;
        let now = self
            .unit_now(product.id, &serial)?
            .map(|u| (u.status, u.location));
        let found = pack_found(expected, now, c.location);
        let (code, said) = self.pack_answer(found, &product.data.name, &serial)?;
        Ok(CountScan {
            gtin,
            serial: Some(serial),
            lot: scan.lot.clone(),
            ..CountScan::answer(code, true, said)
        })
    }

    /// Records a pack's scan unless it was scanned before in this count; whether it was new.
    fn record_pack(
        &mut self,
        c: &CountRow,
        product: &Product,
        serial: &str,
        lot: Option<&str>,
        seen: &Seen,
    ) -> CoreResult<bool> {
        // A pack counts once whatever lot its code says, so the repeat is looked up by serial;
        // its lot is kept (it was '' before) so that a pack never received here can be held in
        // quarantine with it when the count is applied.
        let scanned_before: bool = self
            .conn()
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM stock_count_scan WHERE count_id = ?1 AND product_id = ?2 AND serial = ?3)",
            )?
            .query_row(params![c.id, product.id.0, serial], |r| r.get(0))?;
        if scanned_before {
            return Ok(false);
        }
        let inserted = self.conn().execute(
            "INSERT INTO stock_count_scan (count_id, product_id, serial, lot, expiry, quantity, raw_scan, scanned_at, scanned_by, ledger_seq)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
            params![c.id, product.id.0, serial, lot.unwrap_or(""), seen.expiry, seen.raw, seen.at.utc_text(), seen.by.0, seen.head],
        )?;
        Ok(inserted > 0)
    }

    /// The code and sentence of a newly counted pack's answer.
    fn pack_answer(
        &self,
        found: PackFound,
        name: &str,
        serial: &str,
    ) -> CoreResult<(CountScanCode, Sentence)> {
        let pack = |key| Sentence::new(key).arg("serial", serial);
        Ok(match found {
            PackFound::Expected => (
                CountScanCode::Counted,
                Sentence::new("verdict.count.counted").arg("product", name),
            ),
            PackFound::ArrivedSince => (
                CountScanCode::Counted,
                Sentence::new("verdict.count.counted.arrived_since").arg("product", name),
            ),
            PackFound::Elsewhere(status, at) => {
                let at = match at {
                    Some(l) => self.location_code(l)?,
                    None => "?".into(),
                };
                let said = pack("verdict.count.elsewhere")
                    .arg("status", status.as_str())
                    .arg("location", at);
                (CountScanCode::Elsewhere, said)
            }
            PackFound::WrongStatus(status) => (
                CountScanCode::WrongStatus,
                pack("verdict.count.wrong_status").arg("status", status.as_str()),
            ),
            PackFound::NotReceived => (
                CountScanCode::NotReceived,
                pack("verdict.count.not_received"),
            ),
        })
    }

    /// Packs counted so far in a count: one row read however many packs the count has.
    fn counted_units(&self, id: i64) -> CoreResult<i64> {
        Ok(self.count_tally(id)?.packs)
    }

    /// The ledger's position now: each scan keeps it, so the variance can tell a pack that
    /// moved after it was counted from one that did not.
    fn ledger_head(&self) -> CoreResult<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT coalesce(max(seq), 0) FROM event")?
            .query_row([], |r| r.get(0))?)
    }
}

/// What every scan row of a count keeps, whatever it counts.
struct Seen<'a> {
    /// The scan as the scanner sent it.
    raw: &'a str,
    /// The expiry the code gives.
    expiry: Option<String>,
    /// When it was scanned.
    at: Timestamp,
    /// Who scanned it.
    by: UserId,
    /// The ledger's position at that moment.
    head: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const GS: char = '\u{1d}';

    fn product(tracking: TrackingMode) -> Product {
        Product {
            id: ProductId(7),
            tracking,
            data: ProductData {
                gtin: "09506000134369".into(),
                name: "Gauze".into(),
                ..ProductData::default()
            },
            usual_supplier: None,
        }
    }

    fn decoded(raw: &str) -> Scan {
        let today = "2026-11-22".parse().unwrap();
        custody_gs1::decode(raw, &DecodeOptions::new(today)).unwrap()
    }

    #[test]
    fn a_serialized_pack_counts_by_serial_and_its_linear_barcode_counts_nothing() {
        let p = product(TrackingMode::Serial);
        let with_serial = decoded(&format!("]d2010950600013436910L1{GS}21S-1"));
        assert_eq!(
            countable(&p, &with_serial),
            Ok(Countable::Pack("S-1".into())),
            "a serialized pack is told apart from the others by its serial"
        );
        let linear = decoded("]C1010950600013436910L1");
        let answer = countable(&p, &linear).unwrap_err();
        assert_eq!(
            (answer.code, answer.recorded, answer.serial, answer.lot),
            (CountScanCode::MissingSerial, false, None, Some("L1".into())),
            "without its serial the pack cannot be told apart: answered, not counted"
        );
    }

    #[test]
    fn a_lot_tracked_product_counts_by_lot_and_a_code_without_one_counts_nothing() {
        let p = product(TrackingMode::Lot);
        assert_eq!(
            countable(&p, &decoded("]d2010950600013436910L7")),
            Ok(Countable::Lot("L7".into())),
            "a lot-tracked product is counted as a quantity of its lot"
        );
        let answer = countable(&p, &decoded("]C10109506000134369")).unwrap_err();
        assert_eq!(
            (answer.code, answer.recorded, answer.gtin.as_deref()),
            (CountScanCode::MissingLot, false, Some("09506000134369")),
            "a quantity with no lot has nowhere to be counted"
        );
    }

    #[test]
    fn a_lot_scan_adds_one_unless_told_and_never_less_than_one() {
        use LotQuantity as Q;
        assert_eq!(
            lot_quantity(Q::OnePerScan).unwrap(),
            Some(1),
            "a scan alone is one"
        );
        assert_eq!(
            lot_quantity(Q::Given(12)).unwrap(),
            Some(12),
            "a typed quantity is taken"
        );
        assert_eq!(
            lot_quantity(Q::Ask).unwrap(),
            None,
            "asked first: nothing is counted until the person says how many"
        );
        for q in [0, -3] {
            assert_eq!(
                lot_quantity(Q::Given(q)).map_err(|e| e.code().to_string()),
                Err("count.quantity_not_positive".to_string()),
                "{q} would count backwards: refused, not guessed"
            );
        }
        assert_eq!(
            lot_quantity(Q::Given(9_506_000_134_352)).map_err(|e| e.code().to_string()),
            Err("count.quantity_too_large".to_string()),
            "a GTIN read into the quantity field is a slip, never a count of a lot"
        );
        assert_eq!(
            lot_quantity(Q::Given(MAX_LOT_QUANTITY)).unwrap(),
            Some(MAX_LOT_QUANTITY),
            "the bound itself is a quantity a large store may really hold"
        );
    }

    #[test]
    fn a_new_pack_is_answered_by_where_the_ledger_has_it() {
        let here = LocationId(1);
        let there = LocationId(2);
        let held = Some((UnitStatus::InStock, Some(there)));
        assert_eq!(
            pack_found(true, held, here),
            PackFound::Expected,
            "a pack of the snapshot is counted whatever moved since: the variance sorts it out"
        );
        assert_eq!(
            pack_found(false, Some((UnitStatus::Quarantined, Some(here))), here),
            PackFound::ArrivedSince,
            "held here but not in the snapshot: it arrived after the count started"
        );
        assert_eq!(
            pack_found(false, held, here),
            PackFound::Elsewhere(UnitStatus::InStock, Some(there)),
            "held at another location: the count will move it here"
        );
        assert_eq!(
            pack_found(false, Some((UnitStatus::Dispensed, None)), here),
            PackFound::WrongStatus(UnitStatus::Dispensed),
            "a dispensed pack should not be on a shelf"
        );
        assert_eq!(
            pack_found(false, None, here),
            PackFound::NotReceived,
            "a pack the ledger never saw was never received here"
        );
    }
}
