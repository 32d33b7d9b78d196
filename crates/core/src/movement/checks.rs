//! The checks of a scan, each a function returning its finding (or none), so that each rule can
//! be read and tested on its own: decoded, known product, the code a product's tracking needs, a
//! lot seen with another expiry, recall, expiry and short-dated, whether the pack's state allows
//! the movement, a lot's quantity, expired stock on the shelf, first expiry first out, the
//! despatch advice and the contract price. `scan.rs` runs the first ones while it identifies the
//! pack (decoded, known product, the code its tracking needs, a lot's quantity);
//! `Store::check_scan` runs the rest in their order (the order of the findings a person reads)
//! and does the reads they need.

use chrono::{Duration, NaiveDate};
use custody_gs1::{DecodeError, DecodeOptions, Scan, Warning, WarningKind};

use super::lookup::{Earlier, InHand, Scanned, UnitNow};
use super::session::{Movement, ScanInput, ScanPolicy, ScanSession};
use super::verdict::{finding, Code, Finding, Level, Sentence};
use crate::error::{CoreError, CoreResult};
use crate::ledger::Place;
use crate::model::*;
use crate::shipment::{AdviceCheck, AdviceOutcome};
use crate::Store;

/// What the checks learnt that deciding on the scan and recording it need, beside the
/// findings.
pub(super) struct Checked {
    /// Where the pack (or the lot quantity) stands before the movement; `None` for what is not
    /// in stock yet (a receipt, a ward return of a lot, a pack never received).
    pub(super) before: Option<Place>,
    /// Whether an open recall covers the pack or lot (a ward return of it is held).
    pub(super) recalled: bool,
    /// How a receipt compares with its despatch advice, recorded with the receipt.
    pub(super) against_advice: Option<AdviceCheck>,
    /// The unit cost a receipt keeps: the scan's own, else its despatch advice's price.
    pub(super) unit_cost_cents: Option<i64>,
}

impl Store {
    /// Runs every check on a known product's pack for the session's movement, in order: the
    /// findings in the order the checks ran, and what deciding and recording need.
    pub(super) fn check_scan(
        &self,
        session: &ScanSession,
        input: &ScanInput,
        pack: &InHand,
        today: NaiveDate,
    ) -> CoreResult<(Vec<Finding>, Checked)> {
        let m = session.movement;
        let (scan, product) = (&pack.scan, &pack.product);
        let (serial, lot) = (scan.serial.as_deref(), scan.lot.as_deref());
        let mut findings = Vec::new();
        findings.extend(possible_missing_separator(scan));
        findings.extend(expiry_mismatch(pack.known_lot_expiry, scan.expiry, lot));
        let recall = match asks_recall(m) {
            true => self.recall_covering(&product.data.gtin, lot, serial)?,
            false => None,
        };
        findings.extend(recalled(recall.as_ref(), serial, lot));
        findings.extend(
            pack.expiry
                .and_then(|e| expiry(m, e, today, &session.policy)),
        );
        let here = session.location;
        let here_code = self.location_code(here)?;
        let (before, standing) = self.pack_standing(m, pack, here, &here_code)?;
        findings.extend(standing);
        if m == Movement::Dispense && input.tamper == Some(TamperCheck::Broken) {
            findings.push(tamper_broken(serial));
        }
        if m == Movement::Dispense {
            let confirmed = input.fefo_confirmed;
            findings.extend(self.shelf_findings(pack, before, here, &here_code, today, confirmed)?);
        }
        let against_advice = match (m, session.shipment) {
            (Movement::Receive, Some(shipment)) => Some(self.check_against_advice(
                shipment,
                &product.data.gtin,
                serial,
                lot,
                pack.expiry,
                pack.quantity,
            )?),
            _ => None,
        };
        findings.extend(against_advice.as_ref().and_then(advice_warning));
        let unit_cost_cents = match m {
            Movement::Receive => input
                .unit_cost_for(&product.data.gtin)
                .or(against_advice.as_ref().and_then(|a| a.unit_price_cents)),
            _ => None,
        };
        if m == Movement::Receive {
            let day = session.occurred_at.map_or(today, |t| t.local_date());
            findings.extend(self.price_findings(session, unit_cost_cents, product, day)?);
        }
        let checked = Checked {
            before,
            recalled: recall.is_some(),
            against_advice,
            unit_cost_cents,
        };
        Ok((findings, checked))
    }

    /// Where the pack (or the lot quantity) stands before the movement, and whether the
    /// movement fits: a known pack's state, a pack never received, or a lot's quantity.
    fn pack_standing(
        &self,
        m: Movement,
        pack: &InHand,
        here: LocationId,
        here_code: &str,
    ) -> CoreResult<(Option<Place>, Option<Finding>)> {
        match (pack.scan.serial.as_deref(), &pack.unit) {
            (Some(serial), Some(u)) => {
                let at = match u.location {
                    Some(l) => Some(self.location_code(l)?),
                    None => None,
                };
                let before = Place {
                    status: u.status,
                    location: u.location,
                };
                let finding = match unit_state(m, serial, u, at.as_deref(), here) {
                    None if m == Movement::Dispense => {
                        self.decommissioned_nationally(pack.product.id, serial)?
                    }
                    found => found,
                };
                Ok((Some(before), finding))
            }
            (Some(serial), None) => Ok((None, never_received(m, serial))),
            (None, _) => self.lot_standing(m, pack, here, here_code),
        }
    }

    /// A lot-tracked product's quantity where the movement takes it from. A receipt and a ward
    /// return add to stock and take from nowhere. Destruction and return to the supplier take
    /// held stock when there is not enough usable stock.
    fn lot_standing(
        &self,
        m: Movement,
        pack: &InHand,
        here: LocationId,
        here_code: &str,
    ) -> CoreResult<(Option<Place>, Option<Finding>)> {
        if matches!(m, Movement::Receive | Movement::Return) {
            return Ok((None, None));
        }
        let (product, quantity) = (pack.product.id, pack.quantity);
        let lot = pack.scan.lot.as_deref().unwrap_or_default();
        let from_status = match m {
            Movement::Release => UnitStatus::Quarantined,
            _ => UnitStatus::InStock,
        };
        let mut status = from_status;
        let mut have = self.lot_quantity(product, lot, here, status)?;
        if have < quantity && matches!(m, Movement::Destroy | Movement::ReturnToSupplier) {
            status = UnitStatus::Quarantined;
            have = self.lot_quantity(product, lot, here, status)?;
        }
        let short = insufficient_quantity(have, quantity, lot, from_status, here_code);
        Ok((Some(Place::at(status, here)), short))
    }

    /// What else of the product is on the shelf when dispensing: expired stock, and packs that
    /// expire before the one in hand (a question before recording, unless `confirmed`).
    fn shelf_findings(
        &self,
        pack: &InHand,
        before: Option<Place>,
        here: LocationId,
        here_code: &str,
        today: NaiveDate,
        confirmed: bool,
    ) -> CoreResult<Vec<Finding>> {
        let product = &pack.product;
        let mut findings = Vec::new();
        let (n, oldest) = self.expired_here(product.id, here, today, Scanned::of(&pack.scan))?;
        findings.extend(expired_on_shelf(n, oldest, here_code));
        if let (true, Some(e)) = (fefo_applies(product.tracking, before, here), pack.expiry) {
            let earlier = self.earlier_expiring(product.id, &product.data.gtin, here, today, e)?;
            findings.extend(fefo(&earlier, here_code, confirmed));
        }
        Ok(findings)
    }

    /// The receipt's unit cost against the contract price of its own supplier on its day (the
    /// product's price when that supplier has none); the supplier is named only when the price
    /// is over.
    fn price_findings(
        &self,
        session: &ScanSession,
        cost: Option<i64>,
        product: &Product,
        day: NaiveDate,
    ) -> CoreResult<Option<Finding>> {
        let tolerance = session.policy.price_tolerance_percent;
        if cost.is_none() {
            return Ok(None);
        }
        let contract = self.contract_price(session.counterparty, product.id, day)?;
        let Some((cost, contract)) = over_contract(cost, contract, tolerance) else {
            return Ok(None);
        };
        let supplier = self.supplier_name(session.counterparty)?;
        Ok(Some(price_above_contract(&supplier, cost, contract)))
    }
}

/// Decoded? The raw scan as the site's scanners send it, with the century rule at `today`.
pub(super) fn decode(
    raw: &str,
    scanner: &DecodeOptions,
    today: NaiveDate,
) -> Result<Scan, Finding> {
    let mut options = scanner.clone();
    options.today = today;
    custody_gs1::decode(raw, &options)
        .map_err(|e| finding(Level::Blocked, Code::DecodeError, undecodable(&e)))
}

/// The sentence of a scan the decoder could not read. It says the decoder's own sentence,
/// given in `reason` as the decoder's code and arguments (a sentence nested in an argument,
/// which the catalogue says first in the same language: see `custody_messages::render`), so the
/// application layer says it in the session's language like any other. `kind` and `detail`
/// (the decoder's English) stay for what reads the arguments.
pub(crate) fn undecodable(e: &DecodeError) -> Sentence {
    Sentence::new("verdict.decode_error")
        .arg("kind", e.kind.as_str())
        .arg("detail", e.message.clone())
        .arg("reason", crate::scan::decoder_sentence(e))
}

/// Known product? The finding for a code whose GTIN (or PZN) is not in the product list.
pub(super) fn unknown_product(scan: &Scan) -> Finding {
    let said = match scan.gtin {
        Some(g) => Sentence::new("verdict.unknown_product").arg("gtin", g.to_string()),
        None => Sentence::new("verdict.unknown_product.pzn")
            .arg("pzn", scan.pzn.as_deref().unwrap_or("?")),
    };
    finding(Level::Blocked, Code::UnknownProduct, said)
}

/// How many the scan moves: one pack of a serialized product, the quantity entered (one if
/// none) of a lot-tracked one. Zero or less is refused, not recorded.
pub(super) fn quantity(product: &Product, entered: Option<i64>) -> CoreResult<i64> {
    let quantity = match product.tracking {
        TrackingMode::Serial => 1,
        TrackingMode::Lot => entered.unwrap_or(1),
    };
    if quantity <= 0 {
        return Err(CoreError::refused("movement.quantity_not_positive").field("quantity"));
    }
    Ok(quantity)
}

/// The scanner's hint that a value looks like two fields run together.
fn separator_hint(scan: &Scan) -> Option<&Warning> {
    scan.warnings
        .iter()
        .find(|w| w.kind == WarningKind::PossibleMissingSeparator)
}

/// The sentence `key` with the facts of the decoder's hint (the AI, its value, the part that
/// looks like another AI, and that AI).
fn with_hint(key: &str, hint: &Warning) -> Sentence {
    hint.args
        .iter()
        .fold(Sentence::new(key), |s, (name, value)| {
            s.arg(name, value.clone())
        })
}

/// A warning when a value looks like two fields run together: the scanner may drop group
/// separators.
fn possible_missing_separator(scan: &Scan) -> Option<Finding> {
    separator_hint(scan).map(|hint| {
        let said = with_hint("verdict.possible_missing_separator", hint);
        finding(Level::Warning, Code::PossibleMissingSeparator, said)
    })
}

/// The code the product's tracking needs: a serialized product's pack scanned without a serial
/// (its linear barcode, or a serial lost to a missing separator), a lot-tracked product
/// without a lot.
pub(super) fn missing_code(product: &Product, scan: &Scan) -> Option<Finding> {
    let (code, said) = match product.tracking {
        TrackingMode::Serial if scan.serial.is_none() => match separator_hint(scan) {
            Some(h) => (
                Code::PossibleMissingSeparator,
                with_hint("verdict.possible_missing_separator.no_serial", h),
            ),
            None => (Code::MissingSerial, Sentence::new("verdict.missing_serial")),
        },
        TrackingMode::Lot if scan.lot.is_none() => {
            (Code::MissingLot, Sentence::new("verdict.missing_lot"))
        }
        _ => return None,
    };
    let said = said.arg("product", product.data.name.clone());
    Some(finding(Level::Blocked, code, said))
}

/// Suspect: the lot was recorded with another expiry than the pack says. `known` is the lot's
/// recorded expiry (`None` for a lot never seen).
fn expiry_mismatch(
    known: Option<Option<NaiveDate>>,
    scanned: Option<NaiveDate>,
    lot: Option<&str>,
) -> Option<Finding> {
    let (Some(Some(known)), Some(scanned)) = (known, scanned) else {
        return None;
    };
    let said = Sentence::new("verdict.expiry_mismatch")
        .arg("lot", lot.unwrap_or(""))
        .arg("recorded", known.to_string())
        .arg("scanned", scanned.to_string());
    (known != scanned).then(|| finding(Level::Blocked, Code::ExpiryMismatch, said))
}

/// Whether the movement asks about recalls. Recalled stock may still go to quarantine, back to
/// the supplier or to destruction; every other movement of it is blocked.
fn asks_recall(m: Movement) -> bool {
    !matches!(
        m,
        Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier
    )
}

/// Under a recall: never usable again. A receipt or a ward return of it is held in quarantine
/// (see `decision`). `recall` is the recall's number and class.
fn recalled(
    recall: Option<&(String, RecallClass)>,
    serial: Option<&str>,
    lot: Option<&str>,
) -> Option<Finding> {
    let (number, class) = recall?;
    let said = match serial {
        Some(s) => Sentence::new("verdict.recalled").arg("serial", s),
        None => Sentence::new("verdict.recalled.lot").arg("lot", lot.unwrap_or("")),
    };
    let said = said
        .arg("recall", number.clone())
        .arg("class", class.as_str());
    Some(finding(Level::Blocked, Code::Recalled, said))
}

/// Expired or short-dated. A pack is expired the day after its expiry date (on the date itself
/// it may still be used); expired stock may only be quarantined, destroyed or sent back. A
/// receipt of a pack expiring within the policy's days of today, both ends counted, is warned.
fn expiry(m: Movement, e: NaiveDate, today: NaiveDate, policy: &ScanPolicy) -> Option<Finding> {
    let may_handle_expired = matches!(
        m,
        Movement::Quarantine | Movement::Destroy | Movement::ReturnToSupplier
    );
    if e < today && !may_handle_expired {
        let said = Sentence::new("verdict.expired").arg("expiry", e.to_string());
        Some(finding(Level::Blocked, Code::Expired, said))
    } else if m == Movement::Receive && e <= today + Duration::days(policy.short_dated_days) {
        let said = Sentence::new("verdict.short_dated")
            .arg("expiry", e.to_string())
            .arg("days", (e - today).num_days());
        Some(finding(Level::Warning, Code::ShortDated, said))
    } else {
        None
    }
}

/// A pack's sentence: its serial, its status (as its code) and, where the pack is recorded at
/// a location, that location's code (`located` says whether it is).
fn pack_said(key: &str, serial: &str, u: &UnitNow, at: Option<&str>) -> Sentence {
    Sentence::new(key)
        .arg("serial", serial)
        .arg("status", u.status.as_str())
        .arg("located", if at.is_some() { "yes" } else { "no" })
        .arg("location", at.unwrap_or(""))
}

/// Whether a known pack's state allows the movement. `at` is the code of the location where
/// the pack is recorded, if any; `here` is where the scanning happens.
fn unit_state(
    m: Movement,
    serial: &str,
    u: &UnitNow,
    at: Option<&str>,
    here: LocationId,
) -> Option<Finding> {
    use UnitStatus as S;
    let said = |key| pack_said(key, serial, u, at);
    let blocked = |code, key| Some(finding(Level::Blocked, code, said(key)));
    let gone = matches!(
        u.status,
        S::Dispensed | S::Destroyed | S::ReturnedToSupplier
    );
    match m {
        Movement::Receive => match u.status {
            S::InStock | S::Quarantined => {
                blocked(Code::DuplicateSerial, "verdict.duplicate_serial")
            }
            _ if gone => blocked(
                Code::AlreadyDecommissioned,
                "verdict.already_decommissioned",
            ),
            S::Missing => Some(finding(
                Level::Warning,
                Code::NotInStock,
                said("verdict.not_in_stock.missing"),
            )),
            _ => None, // transferred out and coming back
        },
        Movement::Return => match u.status {
            S::Dispensed | S::TransferredOut | S::Missing => None,
            S::InStock | S::Quarantined => {
                blocked(Code::DuplicateSerial, "verdict.duplicate_serial.return")
            }
            _ => blocked(
                Code::AlreadyDecommissioned,
                "verdict.already_decommissioned.return",
            ),
        },
        Movement::Release => match u.status {
            S::Quarantined => None,
            _ => blocked(Code::NotQuarantined, "verdict.not_quarantined"),
        },
        _ => {
            // Held stock may be destroyed, sent back, or moved between quarantine areas.
            let held_ok = matches!(
                m,
                Movement::Destroy | Movement::ReturnToSupplier | Movement::Quarantine
            );
            match u.status {
                _ if gone => {
                    let said = said("verdict.already_decommissioned.again")
                        .arg("movement", m.event_kind().as_str());
                    Some(finding(Level::Blocked, Code::AlreadyDecommissioned, said))
                }
                S::TransferredOut | S::Missing => blocked(Code::NotInStock, "verdict.not_in_stock"),
                S::Quarantined if !held_ok => blocked(Code::Quarantined, "verdict.quarantined"),
                S::InStock if u.location.is_some_and(|l| l != here) => {
                    blocked(Code::WrongLocation, "verdict.wrong_location")
                }
                _ => None,
            }
        }
    }
}

/// A double read of the pack just recorded: counted once, nothing more recorded.
pub(super) fn already_scanned(pack: &InHand) -> Finding {
    let serial = pack.scan.serial.as_deref().unwrap_or_default();
    let said = Sentence::new("verdict.already_scanned").arg("serial", serial);
    finding(Level::Warning, Code::AlreadyScanned, said)
}

/// The person dispensing found the pack's anti-tampering device broken: it is not supplied
/// (a lot-tracked pack's sentence names no serial).
fn tamper_broken(serial: Option<&str>) -> Finding {
    let said = Sentence::new("verdict.tamper_broken").arg("serial", serial.unwrap_or_default());
    finding(Level::Blocked, Code::TamperBroken, said)
}

/// A pack the store has never seen may only be received.
fn never_received(m: Movement, serial: &str) -> Option<Finding> {
    let said = Sentence::new("verdict.not_in_stock.never_received").arg("serial", serial);
    (m != Movement::Receive).then(|| finding(Level::Blocked, Code::NotInStock, said))
}

/// Fewer of the lot are where the movement takes them from than asked for. `from` is the status
/// asked about (held stock for a release), named in the sentence.
fn insufficient_quantity(
    have: i64,
    quantity: i64,
    lot: &str,
    from: UnitStatus,
    here_code: &str,
) -> Option<Finding> {
    (have < quantity).then(|| {
        let said = Sentence::new("verdict.insufficient_quantity")
            .arg("have", have)
            .arg("lot", lot)
            .arg("status", from.as_str())
            .arg("location", here_code)
            .arg("quantity", quantity);
        finding(Level::Blocked, Code::InsufficientQuantity, said)
    })
}

/// Expired stock of the product on this shelf: its own finding, apart from first expiry first
/// out, because the answer differs (quarantine them, not "use them first"). `n` packs (or lot
/// quantity), the oldest expiring on `oldest`.
fn expired_on_shelf(n: i64, oldest: Option<NaiveDate>, here_code: &str) -> Option<Finding> {
    (n > 0).then(|| {
        let said = Sentence::new("verdict.expired_on_shelf")
            .arg("packs", n)
            .arg("location", here_code)
            .arg("oldest", oldest.map(|d| d.to_string()).unwrap_or_default());
        finding(Level::Warning, Code::ExpiredOnShelf, said)
    })
}

/// Whether first expiry first out is asked when dispensing: for a serialized pack in stock
/// here (a lot's quantity has no single pack to compare, and a pack that is not on this shelf
/// has its own finding).
fn fefo_applies(tracking: TrackingMode, before: Option<Place>, here: LocationId) -> bool {
    tracking == TrackingMode::Serial && before == Some(Place::at(UnitStatus::InStock, here))
}

/// First expiry, first out: usable packs at the location expire before the one in hand (the
/// query counts only packs not yet expired). Asked before recording, naming the earliest pack's
/// lot and expiry so the person can fetch it; once the person has confirmed (scanned the same
/// pack again, or pressed Enter), a warning that records their choice.
fn fefo(earlier: &Earlier, here_code: &str, confirmed: bool) -> Option<Finding> {
    (earlier.packs > 0).then(|| {
        let (level, key) = match confirmed {
            true => (Level::Warning, "verdict.fefo.confirmed"),
            false => (Level::Ask, "verdict.fefo"),
        };
        let said = Sentence::new(key)
            .arg("location", here_code)
            .arg("has_lot", if earlier.lot.is_some() { "yes" } else { "no" })
            .arg("lot", earlier.lot.clone().unwrap_or_default())
            .arg(
                "expiry",
                earlier.expiry.map(|d| d.to_string()).unwrap_or_default(),
            )
            .arg("packs", earlier.packs);
        finding(level, Code::Fefo, said)
    })
}

/// The warning for the person scanning a receipt against a despatch advice, if any. The
/// shipment module says how the pack compares with the advice; this says it.
fn advice_warning(check: &AdviceCheck) -> Option<Finding> {
    let date = |d: &Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    let lot = check.lot.clone().unwrap_or_else(|| "-".into());
    let (code, said) = match &check.outcome {
        AdviceOutcome::Unexpected => (
            Code::Unexpected,
            match check.serial.as_deref() {
                Some(s) => Sentence::new("verdict.unexpected").arg("serial", s),
                None => Sentence::new("verdict.unexpected.lot"),
            },
        ),
        AdviceOutcome::Matches { outstanding, .. } if *outstanding < check.quantity => {
            let listed = *outstanding.max(&0);
            let said = Sentence::new("verdict.unexpected.over")
                .arg("listed", listed)
                .arg("lot", lot)
                .arg("quantity", check.quantity)
                .arg("over", check.quantity - listed);
            (Code::Unexpected, said)
        }
        AdviceOutcome::Matches { .. } => return None,
        AdviceOutcome::Differs {
            lot: listed_lot,
            expiry,
            ..
        } => {
            let said = Sentence::new("verdict.differs_from_advice")
                .arg(
                    "listed_lot",
                    listed_lot.clone().unwrap_or_else(|| "-".into()),
                )
                .arg("listed_expiry", date(expiry))
                .arg("lot", lot)
                .arg("expiry", date(&check.expiry));
            (Code::DiffersFromAdvice, said)
        }
    };
    Some(finding(Level::Warning, code, said))
}

/// The receipt's unit cost and the contract price, when the cost is more than `tolerance`
/// percent above the contract (exactly at the tolerance is within it). No cost entered or no
/// contract price: nothing to compare.
fn over_contract(cost: Option<i64>, contract: Option<i64>, tolerance: i64) -> Option<(i64, i64)> {
    let (cost, contract) = (cost?, contract?);
    (cost * 100 > contract * (100 + tolerance)).then_some((cost, contract))
}

/// The warning for a receipt priced above its contract, in cents; the prices are said with two
/// decimals.
fn price_above_contract(supplier: &str, cost: i64, contract: i64) -> Finding {
    let said = Sentence::new("verdict.price_above_contract")
        .arg("supplier", supplier)
        .arg("cost", format!("{:.2}", cost as f64 / 100.0))
        .arg("contract", format!("{:.2}", contract as f64 / 100.0));
    finding(Level::Warning, Code::PriceAboveContract, said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use custody_messages::Lang;

    const GS: char = '\u{1d}';

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn today() -> NaiveDate {
        d("2026-11-22")
    }

    fn scan(raw: &str) -> Scan {
        decode(raw, &DecodeOptions::new(today()), today()).unwrap()
    }

    fn product(tracking: TrackingMode) -> Product {
        Product {
            id: ProductId(1),
            tracking,
            data: ProductData {
                gtin: "09506000134352".into(),
                name: "Amoxicillin 500 mg".into(),
                ..Default::default()
            },
            usual_supplier: None,
        }
    }

    fn code(f: Option<Finding>) -> Option<(Level, Code)> {
        f.map(|f| (f.level, f.code))
    }

    fn unit(status: UnitStatus, location: Option<i64>) -> UnitNow {
        UnitNow {
            status,
            location: location.map(LocationId),
            expiry: None,
        }
    }

    #[test]
    fn a_pack_is_expired_the_day_after_its_expiry_date() {
        let policy = ScanPolicy::default();
        let on = |m, e| code(expiry(m, d(e), today(), &policy));
        assert_eq!(
            on(Movement::Dispense, "2026-11-21"),
            Some((Level::Blocked, Code::Expired)),
            "a pack whose expiry date has passed must not be dispensed"
        );
        assert_eq!(
            on(Movement::Dispense, "2026-11-22"),
            None,
            "a pack may still be used on its expiry date"
        );
        assert_eq!(
            on(Movement::Receive, "2026-11-21"),
            Some((Level::Blocked, Code::Expired)),
            "an expired delivery is blocked, not merely warned as short-dated"
        );
        for m in [
            Movement::Quarantine,
            Movement::Destroy,
            Movement::ReturnToSupplier,
        ] {
            assert_eq!(
                on(m, "2020-01-31"),
                None,
                "expired stock must be allowed to go to quarantine, destruction or back ({m:?})"
            );
        }
    }

    #[test]
    fn short_dated_is_within_the_policy_days_both_ends_counted_and_only_at_receipt() {
        let policy = ScanPolicy {
            short_dated_days: 90,
            ..ScanPolicy::default()
        };
        let last_short = today() + Duration::days(90);
        let f = expiry(Movement::Receive, last_short, today(), &policy).unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Warning, Code::ShortDated),
            "a pack expiring exactly at the window's end is short-dated"
        );
        assert!(
            f.message.contains("in 90 days"),
            "the sentence says how long is left: {}",
            f.message
        );
        assert_eq!(
            code(expiry(
                Movement::Receive,
                last_short + Duration::days(1),
                today(),
                &policy
            )),
            None,
            "a day past the window is not short-dated"
        );
        assert_eq!(
            code(expiry(Movement::Receive, today(), today(), &policy)),
            Some((Level::Warning, Code::ShortDated)),
            "a pack received on its expiry date is usable today, and short-dated"
        );
        assert_eq!(
            code(expiry(
                Movement::Dispense,
                today() + Duration::days(10),
                today(),
                &policy
            )),
            None,
            "short-dated is a receipt's warning; dispensing a pack near expiry is the point"
        );
    }

    #[test]
    fn first_expiry_first_out_is_asked_only_for_a_serialized_pack_in_stock_here() {
        let (here, there) = (LocationId(1), LocationId(2));
        let in_stock = |l| Some(Place::at(UnitStatus::InStock, l));
        assert!(
            fefo_applies(TrackingMode::Serial, in_stock(here), here),
            "a pack on this shelf is compared with the others on it"
        );
        assert!(
            !fefo_applies(TrackingMode::Lot, in_stock(here), here),
            "a lot's quantity has no single pack's expiry to compare"
        );
        assert!(
            !fefo_applies(TrackingMode::Serial, in_stock(there), here),
            "a pack recorded elsewhere has its own finding, not a FEFO one"
        );
        assert!(
            !fefo_applies(
                TrackingMode::Serial,
                Some(Place::at(UnitStatus::Quarantined, here)),
                here
            ),
            "a held pack is blocked, not compared"
        );
        assert!(
            !fefo_applies(TrackingMode::Serial, None, here),
            "a pack never received is blocked, not compared"
        );
    }

    #[test]
    fn fefo_and_expired_stock_on_the_shelf_speak_only_when_there_is_some() {
        let none = Earlier {
            packs: 0,
            expiry: None,
            lot: None,
        };
        assert_eq!(
            fefo(&none, "MAIN", false),
            None,
            "no earlier pack, nothing to say"
        );
        let two = Earlier {
            packs: 2,
            expiry: Some(d("2027-01-31")),
            lot: Some("L-EARLY".into()),
        };
        let f = fefo(&two, "MAIN", false).unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Ask, Code::Fefo),
            "an out-of-order dispense is asked before it is recorded, never blocked"
        );
        assert!(
            f.message.contains("lot L-EARLY")
                && f.message.contains("2027-01-31")
                && f.message.contains("2 pack(s)"),
            "the question names the pack to take instead, its lot and expiry: {}",
            f.message
        );
        let f = fefo(&two, "MAIN", true).unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Warning, Code::Fefo),
            "once confirmed, it is recorded with a warning that says it was the operator's choice"
        );
        assert!(
            f.message.contains("operator's choice") && f.message.contains("lot L-EARLY"),
            "the warning records the choice and what was passed over: {}",
            f.message
        );
        assert_eq!(
            expired_on_shelf(0, None, "MAIN"),
            None,
            "nothing expired, nothing to say"
        );
        let f = expired_on_shelf(3, Some(d("2026-10-31")), "MAIN").unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Warning, Code::ExpiredOnShelf),
            "expired stock on the shelf is its own warning"
        );
        assert!(
            f.message.contains("quarantine them") && !f.message.contains("use those first"),
            "expired stock is to be quarantined, not used first: {}",
            f.message
        );
    }

    #[test]
    fn a_price_exactly_at_the_tolerance_is_within_the_contract() {
        assert_eq!(
            over_contract(Some(1050), Some(1000), 5),
            None,
            "5% over a contract with a 5% tolerance is within it"
        );
        assert_eq!(
            over_contract(Some(1051), Some(1000), 5),
            Some((1051, 1000)),
            "a cent more is over"
        );
        assert_eq!(
            over_contract(None, Some(1000), 5),
            None,
            "no cost entered, nothing to compare"
        );
        assert_eq!(
            over_contract(Some(9999), None, 5),
            None,
            "no contract, nothing to compare"
        );
        let f = price_above_contract("Alliance", 1051, 1000);
        assert_eq!(
            f.message, "Alliance charged 10.51 against a contract price of 10.00.",
            "cents are shown as the currency's units"
        );
    }

    /// The sentence `unit_state` said before the catalogue said it (the English must not
    /// change: people, scripts and acceptance suites read it).
    fn sentence_before(m: Movement, serial: &str, u: &UnitNow, at: &str) -> Option<String> {
        use UnitStatus as S;
        let status = u.status.as_str().replace('_', " ");
        let gone = matches!(
            u.status,
            S::Dispensed | S::Destroyed | S::ReturnedToSupplier
        );
        let held_ok = matches!(
            m,
            Movement::Destroy | Movement::ReturnToSupplier | Movement::Quarantine
        );
        Some(match (m, u.status) {
            (Movement::Receive, S::InStock | S::Quarantined) => format!("Pack {serial} is already {status}{at}: this is a duplicate or cloned pack. Set it aside for QA."),
            (Movement::Receive, _) if gone => format!("Pack {serial} was already {status}: a pack cannot come back in. It may be reused or cloned; set it aside for QA."),
            (Movement::Receive, S::Missing) => format!("Pack {serial} was recorded missing at a count; it is received again."),
            (Movement::Receive, _) => return None,
            (Movement::Return, S::Dispensed | S::TransferredOut | S::Missing) => return None,
            (Movement::Return, S::InStock | S::Quarantined) => format!("Pack {serial} is already {status}{at}: it cannot be returned again."),
            (Movement::Return, _) => format!("Pack {serial} was {status}: it cannot be returned to stock."),
            (Movement::Release, S::Quarantined) => return None,
            (Movement::Release, _) => format!("Pack {serial} is {status}{at}, not in quarantine."),
            _ if gone => format!("Pack {serial} was already {status}: it cannot be {} again. It may be reused or cloned; set it aside for QA.", m.verb()),
            (_, S::TransferredOut | S::Missing) => format!("Pack {serial} is not in stock here (it is {status})."),
            (_, S::Quarantined) if !held_ok => format!("Pack {serial} is in quarantine{at}: it may not be used."),
            (_, S::InStock) if u.location.is_some_and(|l| l != LocationId(1)) => format!("Pack {serial} is recorded{at}, not here. Move it with a transfer first, or override if the record is wrong."),
            _ => return None,
        })
    }

    #[test]
    fn the_catalogue_says_every_pack_state_sentence_as_english_said_it_before() {
        use Movement as M;
        use UnitStatus as S;
        let movements = [
            M::Receive,
            M::Dispense,
            M::Transfer,
            M::Return,
            M::Quarantine,
            M::Release,
            M::Destroy,
            M::ReturnToSupplier,
        ];
        let statuses = [
            S::InStock,
            S::Quarantined,
            S::Dispensed,
            S::TransferredOut,
            S::ReturnedToSupplier,
            S::Destroyed,
            S::Missing,
        ];
        let mut said = 0;
        for m in movements {
            for status in statuses {
                for (location, at) in [(Some(2), Some("MAIN")), (None, None)] {
                    let u = unit(status, location);
                    let f = unit_state(m, "SN1", &u, at, LocationId(1));
                    let before = sentence_before(
                        m,
                        "SN1",
                        &u,
                        &at.map(|a| format!(" at {a}")).unwrap_or_default(),
                    );
                    assert_eq!(
                        f.as_ref().map(|f| f.message.clone()),
                        before,
                        "{m:?} of a pack {status:?} at {at:?}"
                    );
                    if let Some(f) = f {
                        let strict = custody_messages::english_checked(&f.key, &f.args);
                        assert_eq!(
                            strict.as_deref(),
                            Ok(f.message.as_str()),
                            "{}: every argument given",
                            f.key
                        );
                        for lang in Lang::TRANSLATED {
                            let text = custody_messages::checked(
                                custody_messages::Catalogue::Codes,
                                lang,
                                &custody_messages::ftl_id(&f.key),
                                &f.args,
                            );
                            assert!(
                                text.is_ok_and(|t| t != f.message),
                                "{lang:?} {}: said in the language",
                                f.key
                            );
                        }
                        said += 1;
                    }
                }
            }
        }
        assert!(said > 40, "the states were checked ({said})");
    }

    #[test]
    fn a_recorded_scan_says_what_was_done_as_english_said_it_before() {
        use Movement as M;
        for m in [
            M::Receive,
            M::Dispense,
            M::Transfer,
            M::Return,
            M::Quarantine,
            M::Release,
            M::Destroy,
            M::ReturnToSupplier,
        ] {
            let done = Sentence::new("verdict.recorded")
                .arg("product", "Amoxicillin 500 mg")
                .arg("movement", m.event_kind().as_str());
            assert_eq!(
                done.english(),
                format!("Amoxicillin 500 mg {}.", m.verb()),
                "{m:?}"
            );
            let f = unit_state(
                m,
                "SN1",
                &unit(UnitStatus::Destroyed, None),
                None,
                LocationId(1),
            );
            if let Some(f) = f.filter(|f| f.key == "verdict.already_decommissioned.again") {
                assert!(
                    f.message.contains(&format!("cannot be {} again", m.verb())),
                    "{}",
                    f.message
                );
            }
        }
    }

    #[test]
    fn the_other_sentences_read_as_english_said_them_before() {
        let separator = scan("]d201095060001343521728123110LOT4221SN9");
        let hint = separator_hint(&separator).unwrap().message.clone();
        let f = missing_code(&product(TrackingMode::Serial), &separator).unwrap();
        assert_eq!(
            f.message,
            format!("Amoxicillin 500 mg is serialized but this scan has no serial. {hint}")
        );
        assert_eq!(
            possible_missing_separator(&separator).unwrap().message,
            hint,
            "the decoder's hint, word for word"
        );
        let f = recalled(
            Some(&("R-7".into(), RecallClass::Withdrawal)),
            Some("SN1"),
            None,
        )
        .unwrap();
        assert_eq!(f.message, "Pack SN1 is under recall R-7 (Market withdrawal): do not use it. Set it aside in quarantine for QA.");
        let f = recalled(Some(&("R-8".into(), RecallClass::II)), None, Some("L1")).unwrap();
        assert_eq!(f.message, "Lot L1 is under recall R-8 (Class II): do not use it. Set it aside in quarantine for QA.");
        let f = expiry_mismatch(
            Some(Some(d("2027-01-31"))),
            Some(d("2027-02-28")),
            Some("L1"),
        )
        .unwrap();
        assert_eq!(f.message, "Lot L1 was recorded with expiry 2027-01-31, but this pack says 2027-02-28: the pack may be falsified. Set it aside for QA.");
        let f = expiry(
            Movement::Dispense,
            d("2026-11-01"),
            today(),
            &ScanPolicy::default(),
        )
        .unwrap();
        assert_eq!(
            f.message,
            "Expired on 2026-11-01. Do not use; quarantine or destroy it."
        );
        let f = expired_on_shelf(3, Some(d("2026-10-31")), "MAIN").unwrap();
        assert_eq!(f.message, "3 expired pack(s) of this product are still on the shelf at MAIN (oldest expiry 2026-10-31): quarantine them.");
        let none = Earlier {
            packs: 1,
            expiry: Some(d("2027-01-31")),
            lot: None,
        };
        assert_eq!(fefo(&none, "MAIN", false).unwrap().message, "An earlier-expiring pack of this product is at MAIN: lot without a lot, expiry 2027-01-31 (1 pack(s) expire earlier). Scan this pack again or press Enter to dispense it anyway; scan the earlier pack instead.");
        assert_eq!(fefo(&none, "MAIN", true).unwrap().message, "Dispensed before an earlier-expiring pack at MAIN (lot without a lot, expiry 2027-01-31; 1 pack(s) in all): the operator's choice.");
        assert_eq!(never_received(Movement::Dispense, "SN1").unwrap().message, "Pack SN1 was never received here. Receive it first, or set it aside if it should not be here.");
        let pzn = unknown_product(&Scan {
            gtin: None,
            pzn: Some("12345678".into()),
            ..scan("]d20109506000134352")
        });
        assert_eq!(
            pzn.message,
            "PZN 12345678 is not in the product list. Add the product, then scan the pack again."
        );
        let f = decode("]d2019", &DecodeOptions::new(today()), today()).unwrap_err();
        let e = custody_gs1::decode("]d2019", &DecodeOptions::new(today())).unwrap_err();
        assert_eq!(
            (f.message.clone(), f.args["kind"].as_str()),
            (e.message.clone(), Some(e.kind.as_str())),
            "the decoder's sentence, and its kind"
        );
        assert_eq!(
            f.args["reason"]["key"].as_str(),
            Some(e.key),
            "the decoder's sentence as its code, for other languages"
        );
        let fr = f.sentence().render(Lang::Fr);
        assert!(
            fr != e.message && fr.contains("(01)"),
            "said in French, the AI kept: {fr}"
        );
    }

    #[test]
    fn the_pack_state_decides_which_movements_it_allows() {
        use Movement as M;
        use UnitStatus as S;
        let here = LocationId(1);
        let check = |m, u: &UnitNow| code(unit_state(m, "SN1", u, Some("MAIN"), here));
        let blocked = |c| Some((Level::Blocked, c));
        let cases = [
            (
                M::Receive,
                S::InStock,
                1,
                blocked(Code::DuplicateSerial),
                "a pack in stock received again is a duplicate",
            ),
            (
                M::Receive,
                S::Dispensed,
                1,
                blocked(Code::AlreadyDecommissioned),
                "a dispensed pack cannot come back in",
            ),
            (
                M::Receive,
                S::Missing,
                1,
                Some((Level::Warning, Code::NotInStock)),
                "a pack counted missing may be found and received",
            ),
            (
                M::Receive,
                S::TransferredOut,
                1,
                None,
                "a pack sent away may come back",
            ),
            (
                M::Return,
                S::Dispensed,
                1,
                None,
                "a dispensed pack may be returned from the ward",
            ),
            (
                M::Return,
                S::InStock,
                1,
                blocked(Code::DuplicateSerial),
                "a pack in stock cannot be returned",
            ),
            (
                M::Return,
                S::Destroyed,
                1,
                blocked(Code::AlreadyDecommissioned),
                "a destroyed pack cannot be returned",
            ),
            (
                M::Release,
                S::InStock,
                1,
                blocked(Code::NotQuarantined),
                "only held stock is released",
            ),
            (
                M::Release,
                S::Quarantined,
                2,
                None,
                "held stock is released wherever it is held",
            ),
            (
                M::Dispense,
                S::Quarantined,
                1,
                blocked(Code::Quarantined),
                "held stock is not used",
            ),
            (
                M::Destroy,
                S::Quarantined,
                1,
                None,
                "held stock may be destroyed",
            ),
            (
                M::Quarantine,
                S::Quarantined,
                2,
                None,
                "held stock may move between quarantine areas",
            ),
            (
                M::Dispense,
                S::InStock,
                2,
                blocked(Code::WrongLocation),
                "a pack recorded elsewhere is not here",
            ),
            (
                M::Dispense,
                S::InStock,
                1,
                None,
                "a pack in stock here is dispensed",
            ),
            (
                M::Transfer,
                S::Missing,
                1,
                blocked(Code::NotInStock),
                "a missing pack cannot be moved",
            ),
            (
                M::Dispense,
                S::Destroyed,
                1,
                blocked(Code::AlreadyDecommissioned),
                "a destroyed pack is a reused or cloned one",
            ),
        ];
        for (m, status, at, expected, why) in cases {
            assert_eq!(
                check(m, &unit(status, Some(at))),
                expected,
                "{why} ({m:?} of {status:?})"
            );
        }
    }

    #[test]
    fn a_pack_never_received_may_only_be_received() {
        assert_eq!(
            code(never_received(Movement::Receive, "SN1")),
            None,
            "a receipt is how a pack arrives"
        );
        assert_eq!(
            code(never_received(Movement::Dispense, "SN1")),
            Some((Level::Blocked, Code::NotInStock)),
            "a pack the store never saw cannot leave it"
        );
    }

    #[test]
    fn a_lot_seen_with_another_expiry_is_suspect_only_when_both_are_known() {
        let (a, b) = (d("2027-06-30"), d("2027-07-31"));
        assert_eq!(
            code(expiry_mismatch(Some(Some(a)), Some(b), Some("L1"))),
            Some((Level::Blocked, Code::ExpiryMismatch)),
            "one lot has one expiry: another one is a sign of falsification"
        );
        assert_eq!(
            code(expiry_mismatch(Some(Some(a)), Some(a), Some("L1"))),
            None,
            "the same expiry agrees"
        );
        assert_eq!(
            code(expiry_mismatch(None, Some(b), Some("L1"))),
            None,
            "a lot never seen has nothing to disagree with"
        );
        assert_eq!(
            code(expiry_mismatch(Some(None), Some(b), Some("L1"))),
            None,
            "a lot recorded without an expiry has nothing to disagree with"
        );
    }

    #[test]
    fn a_recall_is_asked_for_every_movement_but_those_that_take_stock_out_of_use() {
        for m in [
            Movement::Receive,
            Movement::Dispense,
            Movement::Transfer,
            Movement::Return,
            Movement::Release,
        ] {
            assert!(
                asks_recall(m),
                "recalled stock must not be {m:?}d as usable"
            );
        }
        for m in [
            Movement::Quarantine,
            Movement::Destroy,
            Movement::ReturnToSupplier,
        ] {
            assert!(
                !asks_recall(m),
                "recalled stock must be allowed out of use ({m:?})"
            );
        }
        let recall = ("R-7".to_string(), RecallClass::I);
        let f = recalled(Some(&recall), None, Some("L1")).unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Blocked, Code::Recalled),
            "a recalled lot is blocked"
        );
        assert!(
            f.message.starts_with("Lot L1 is under recall R-7"),
            "a lot-tracked scan names the lot: {}",
            f.message
        );
        assert_eq!(
            recalled(None, Some("SN1"), None),
            None,
            "no recall, no finding"
        );
    }

    #[test]
    fn the_code_must_carry_what_the_product_is_tracked_by() {
        let linear = scan("]d20109506000134352");
        let serial = product(TrackingMode::Serial);
        assert_eq!(
            code(missing_code(&serial, &linear)),
            Some((Level::Blocked, Code::MissingSerial)),
            "a serialized product's linear barcode has no serial"
        );
        let run_together = scan("]d201095060001343521728123110LOT4221SN9");
        assert_eq!(
            code(missing_code(&serial, &run_together)),
            Some((Level::Blocked, Code::PossibleMissingSeparator)),
            "a serial lost in a lot run together is explained, not guessed"
        );
        let full = scan(&format!("]d201095060001343521727063010L1{GS}21SN1"));
        assert_eq!(
            code(missing_code(&serial, &full)),
            None,
            "a full code serves"
        );
        assert_eq!(
            code(missing_code(&product(TrackingMode::Lot), &linear)),
            Some((Level::Blocked, Code::MissingLot)),
            "a lot-tracked product needs its lot"
        );
        assert_eq!(
            code(possible_missing_separator(&full)),
            None,
            "a clean code has no hint"
        );
        assert_eq!(
            code(possible_missing_separator(&run_together)),
            Some((Level::Warning, Code::PossibleMissingSeparator)),
            "the scanner's hint is passed on as a warning"
        );
    }

    #[test]
    fn a_pack_is_one_and_a_lot_quantity_must_be_positive() {
        assert_eq!(
            quantity(&product(TrackingMode::Serial), Some(5)).unwrap(),
            1,
            "a scan of a serialized pack moves that one pack, whatever was entered"
        );
        assert_eq!(
            quantity(&product(TrackingMode::Lot), None).unwrap(),
            1,
            "one when none is entered"
        );
        assert_eq!(
            quantity(&product(TrackingMode::Lot), Some(12)).unwrap(),
            12,
            "a lot moves what was entered"
        );
        let refused = quantity(&product(TrackingMode::Lot), Some(0)).unwrap_err();
        assert_eq!(
            refused.code(),
            "movement.quantity_not_positive",
            "zero of a lot is a mistake to refuse, not a movement to record"
        );
    }

    #[test]
    fn a_short_lot_names_what_there_is_and_where() {
        assert_eq!(
            insufficient_quantity(5, 5, "L1", UnitStatus::InStock, "MAIN"),
            None,
            "exactly enough is enough"
        );
        let f = insufficient_quantity(4, 5, "L1", UnitStatus::Quarantined, "MAIN").unwrap();
        assert_eq!(
            (f.level, f.code),
            (Level::Blocked, Code::InsufficientQuantity),
            "more than there is cannot be moved"
        );
        assert_eq!(
            f.message, "Only 4 of lot L1 are quarantined at MAIN; 5 asked for.",
            "the sentence says how many of what stand where"
        );
    }

    #[test]
    fn an_undecodable_scan_is_blocked_with_the_decoder_s_reason() {
        let f = decode("]d2019", &DecodeOptions::new(today()), today()).unwrap_err();
        assert_eq!(
            (f.level, f.code),
            (Level::Blocked, Code::DecodeError),
            "what cannot be read cannot be checked"
        );
        let unknown = unknown_product(&scan("]d20109506000134352"));
        assert_eq!(
            unknown.message,
            "GTIN 09506000134352 is not in the product list. Add the product, then scan the pack again.",
            "an unknown product is named by its GTIN"
        );
    }
}
