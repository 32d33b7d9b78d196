//! Stock counts: start one at a location, scan what is there (with the site's scanner
//! settings, as every scan), see the variance, apply it signed, or abandon it. Applying is
//! signed `approved` unless the manager says they only `reviewed` it. The counts are listed
//! newest first, so an open count is resumed from the database, never from a screen's memory.

use custody_core::count::{
    CountApplied, CountFilter, CountInfo, CountScan, CountedLot, LotQuantity, Variance,
};
use custody_core::SignatureMeaning;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::movement::ScannerOverride;
use crate::recall::signed_with;
use crate::Cx;

/// A count to start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountStart {
    /// Where (location code).
    pub location: String,
    /// Only these products (GTINs); none: everything there.
    #[serde(default)]
    pub products: Vec<String>,
    /// Hide what the ledger expects from the counter.
    #[serde(default)]
    pub blind: bool,
}

/// Starts a count.
pub fn start(cx: &mut Cx<'_>, s: CountStart) -> Result<CountInfo> {
    let me = cx.me()?;
    let now = cx.now()?;
    let store = cx.store();
    let location = store.location(s.location.trim())?;
    let products: Vec<String> = s.products.iter().map(|g| g.trim().to_string()).collect();
    Ok(store.start_count(me, location.id, &products, s.blind, now)?)
}

/// One scan of a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountScanRequest {
    /// The count.
    pub id: i64,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// For lot-tracked products: how many.
    #[serde(default)]
    pub quantity: Option<i64>,
    /// For lot-tracked products scanned with no quantity: count nothing and answer
    /// `quantity_needed`, so the app can ask "how many?" (else a scan counts one).
    #[serde(default)]
    pub ask_quantity: bool,
}

/// Records one scan of a count, decoded with the site's scanner settings.
pub fn scan(cx: &mut Cx<'_>, s: CountScanRequest) -> Result<CountScan> {
    scan_with_scanner(cx, s, &ScannerOverride::default())
}

/// Records one scan of a count, decoded with the site's scanner settings as a run overrides
/// them (the command line's `count scan --gs-substitute`): what the override gives replaces the
/// site's, and the result is checked as the site's settings are.
pub fn scan_with_scanner(
    cx: &mut Cx<'_>,
    s: CountScanRequest,
    scanner: &ScannerOverride,
) -> Result<CountScan> {
    let me = cx.me()?;
    let lang = cx.session()?.lang();
    let now = cx.now()?;
    if s.raw.trim().is_empty() {
        return Err(ApiError::field("scan.empty", "raw", Default::default()));
    }
    let given = Some(scanner).filter(|o| **o != ScannerOverride::default());
    let settings = crate::movement::with_overrides(cx.settings()?, given, None)?;
    let options = settings.decode_options(now.local_date());
    let quantity = match (s.quantity, s.ask_quantity) {
        (Some(q), _) => LotQuantity::Given(q),
        (None, true) => LotQuantity::Ask,
        (None, false) => LotQuantity::OnePerScan,
    };
    // The answer in the language the person's session speaks.
    Ok(cx
        .store()
        .count_scan_with(me, s.id, &s.raw, quantity, &options, now)?
        .in_lang(lang))
}

/// A count, by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountId {
    /// The count's number.
    pub id: i64,
}

/// Where a count stands.
pub fn status(cx: &mut Cx<'_>, c: CountId) -> Result<CountInfo> {
    let me = cx.me()?;
    Ok(cx.store().count(me, c.id)?)
}

/// The counts, newest first.
pub fn list(cx: &mut Cx<'_>, f: CountFilter) -> Result<Vec<CountInfo>> {
    let me = cx.me()?;
    Ok(cx.store().counts(me, &f)?)
}

/// The lots counted so far in a count.
pub fn lots(cx: &mut Cx<'_>, c: CountId) -> Result<Vec<CountedLot>> {
    let me = cx.me()?;
    Ok(cx.store().counted_lots(me, c.id)?)
}

/// A counted lot's total, corrected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountLotCorrection {
    /// The count.
    pub id: i64,
    /// The product's GTIN.
    pub gtin: String,
    /// The lot.
    pub lot: String,
    /// The lot's total as counted (zero: none of it after all).
    pub quantity: i64,
}

/// Sets a counted lot's total in an open count.
pub fn correct_lot(cx: &mut Cx<'_>, c: CountLotCorrection) -> Result<CountedLot> {
    let me = cx.me()?;
    Ok(cx
        .store()
        .correct_counted_lot(me, c.id, c.gtin.trim(), c.lot.trim(), c.quantity)?)
}

/// Ends scanning; the variance.
pub fn finish(cx: &mut Cx<'_>, c: CountId) -> Result<Variance> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().finish_count(me, c.id, now)?)
}

/// The variance of a count, as it stands.
pub fn variance(cx: &mut Cx<'_>, c: CountId) -> Result<Variance> {
    let me = cx.me()?;
    Ok(cx.store().count_variance(me, c.id)?)
}

/// Applying a finished count to the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountApply {
    /// The count.
    pub id: i64,
    /// Why the stock is adjusted.
    pub reason: String,
    /// `approved` (the default) or `reviewed`.
    #[serde(default)]
    pub meaning: Option<SignatureMeaning>,
    /// The password re-entered.
    #[serde(default)]
    pub password: Option<String>,
}

/// The meaning applying a count is signed with: `approved` unless the manager says they only
/// `reviewed` it; `performed` is refused. A front end asks for the password naming this meaning.
pub fn apply_meaning(asked: Option<SignatureMeaning>) -> Result<SignatureMeaning> {
    let meaning = asked.unwrap_or(SignatureMeaning::Approved);
    if meaning == SignatureMeaning::Performed {
        return Err(ApiError::field(
            "count.apply_meaning",
            "meaning",
            args([("meaning", Value::from(meaning.as_str()))]),
        ));
    }
    Ok(meaning)
}

/// Applies a finished count, signed.
pub fn apply(cx: &mut Cx<'_>, a: CountApply) -> Result<CountApplied> {
    let me = cx.me()?;
    let now = cx.now()?;
    let meaning = apply_meaning(a.meaning)?;
    let store = cx.store();
    let signature = store.sign(
        me,
        signed_with(&a.password, meaning)?,
        meaning,
        crate::clock::system_now(),
    )?;
    Ok(store.apply_count(me, a.id, &a.reason, &signature, now)?)
}

/// Abandoning a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CountAbandon {
    /// The count.
    pub id: i64,
    /// Why.
    #[serde(default)]
    pub note: Option<String>,
}

/// Abandons a count: nothing of it reaches the ledger.
pub fn abandon(cx: &mut Cx<'_>, a: CountAbandon) -> Result<CountInfo> {
    let me = cx.me()?;
    let now = cx.now()?;
    let note = a.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
    Ok(cx.store().abandon_count(me, a.id, note, now)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applying_a_count_is_approved_unless_only_reviewed_and_never_performed() {
        assert_eq!(
            apply_meaning(None).unwrap(),
            SignatureMeaning::Approved,
            "the manager approves the adjustments, from every front end"
        );
        assert_eq!(
            apply_meaning(Some(SignatureMeaning::Reviewed)).unwrap(),
            SignatureMeaning::Reviewed,
            "or says they only reviewed them"
        );
        assert_eq!(
            apply_meaning(Some(SignatureMeaning::Performed))
                .unwrap_err()
                .code,
            "count.apply_meaning",
            "nobody performs an adjustment"
        );
    }
}
