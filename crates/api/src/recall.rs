//! Recalls: entering one (by hand or from a supplier's file), its reach, the outcome of each
//! affected item, and closing it. The signatures are decided here for every front end: a
//! destruction is signed `performed`; closing a recall is signed `approved` unless the closer
//! says they only `reviewed` it.

use chrono::NaiveDate;
use custody_core::recall::{
    AffectedUnit, HoldPreview, NewRecall, OutcomeRecorded, OutcomeRequest, OutcomeTarget, Reach,
    Recall, RecallCreated, RecallHeader, RecallListItem, ScopeLine,
};
use custody_core::{RecallClass, RecallOutcome, SignatureMeaning, UnitStatus};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::{text, Cx};

/// A recall as a person enters it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RecallForm {
    /// The manufacturer's or regulator's recall number.
    pub number: String,
    /// A short title.
    pub title: String,
    /// I, II, III or withdrawal.
    pub class: RecallClass,
    /// Why the product is recalled.
    pub reason: String,
    /// What to do with affected stock.
    #[serde(default)]
    pub instructions: Option<String>,
    /// Who issued it.
    #[serde(default)]
    pub issuer: Option<String>,
    /// The date of the notice, YYYY-MM-DD (today when absent).
    #[serde(default)]
    pub issued_on: Option<String>,
    /// What it covers.
    pub scope: RecallScope,
}

/// What a recall covers: lines as a file gives them, or one GTIN with lots or serials (neither
/// means every pack of the GTIN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecallScope {
    /// One product, with the lots or serials given (none: all of it).
    Product {
        /// GTIN.
        gtin: String,
        /// Lots.
        #[serde(default)]
        lots: Vec<String>,
        /// Serial numbers.
        #[serde(default)]
        serials: Vec<String>,
    },
    /// Lines, e.g. read from a scope CSV.
    Lines(Vec<ScopeLine>),
}

impl RecallScope {
    /// The scope's lines. A GTIN that cannot be read is refused here, naming it.
    pub fn lines(&self) -> Result<Vec<ScopeLine>> {
        match self {
            RecallScope::Lines(lines) => Ok(lines.clone()),
            RecallScope::Product {
                gtin,
                lots,
                serials,
            } => {
                let gtin = custody_gs1::Gtin::parse(gtin.trim())
                    .map_err(|e| {
                        ApiError::field(
                            "recall.gtin_unreadable",
                            "gtin",
                            args([
                                ("gtin", Value::from(gtin.trim())),
                                ("reason", Value::from(e.to_string())),
                            ]),
                        )
                    })?
                    .to_string();
                let clean = |v: &[String]| -> Vec<String> {
                    v.iter()
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                };
                let line = |lot: Option<String>, serial: Option<String>| ScopeLine {
                    gtin: gtin.clone(),
                    lot,
                    serial,
                };
                let (lots, serials) = (clean(lots), clean(serials));
                let mut out: Vec<ScopeLine> =
                    serials.into_iter().map(|s| line(None, Some(s))).collect();
                out.extend(lots.into_iter().map(|l| line(Some(l), None)));
                if out.is_empty() {
                    out.push(line(None, None));
                }
                Ok(out)
            }
        }
    }
}

/// A date a person typed, `YYYY-MM-DD`.
fn date(field: &str, value: Option<&str>) -> Result<Option<NaiveDate>> {
    match value.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(d) => d.parse().map(Some).map_err(|_| {
            ApiError::field(
                "api.date_unreadable",
                field,
                args([("date", Value::from(d))]),
            )
        }),
    }
}

/// Every recall with the counts of its reach, open ones first.
pub fn recalls(cx: &mut Cx<'_>, _: ()) -> Result<Vec<RecallListItem>> {
    let me = cx.me()?;
    Ok(cx.store().recalls(me)?)
}

/// Which recall's reach, and whether only what is still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReachQuery {
    /// The recall number.
    pub number: String,
    /// Only the items that still need an outcome.
    #[serde(default)]
    pub open_only: bool,
}

/// A recall's reach: every affected pack and lot quantity and where it is or went.
pub fn reach(cx: &mut Cx<'_>, q: ReachQuery) -> Result<Reach> {
    let me = cx.me()?;
    let mut r = cx.store().recall_reach(me, q.number.trim())?;
    if q.open_only {
        r.units.retain(|u| u.open);
        r.lots.retain(|l| l.open);
    }
    Ok(r)
}

/// Enters a recall; its hold quarantines every affected pack in stock at once.
pub fn create(cx: &mut Cx<'_>, form: RecallForm) -> Result<RecallCreated> {
    let me = cx.me()?;
    let now = cx.now()?;
    let new = NewRecall {
        number: form.number,
        title: form.title,
        class: form.class,
        reason: form.reason,
        instructions: text(&form.instructions),
        issuer: text(&form.issuer),
        issued_on: date("issued_on", form.issued_on.as_deref())?.unwrap_or(now.local_date()),
        scope: form.scope.lines()?,
    };
    Ok(cx.store().create_recall(me, &new, now)?)
}

/// What entering a recall with this scope would quarantine and block, computed by the hold's
/// own code without writing anything: the figures a person confirms before the hold runs.
pub fn preview(cx: &mut Cx<'_>, scope: RecallScope) -> Result<HoldPreview> {
    let me = cx.me()?;
    let lines = scope.lines()?;
    Ok(cx.store().preview_recall_hold(me, &lines)?)
}

/// A supplier's or regulator's recall file, with what the person fills in or overrides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RecallImport {
    /// The file's contents (EPCIS JSON-LD or XML with the disposition `recalled`, or a scope CSV).
    pub content: String,
    /// Recall number.
    #[serde(default)]
    pub number: Option<String>,
    /// Title.
    #[serde(default)]
    pub title: Option<String>,
    /// Class.
    #[serde(default)]
    pub class: Option<RecallClass>,
    /// Reason.
    #[serde(default)]
    pub reason: Option<String>,
    /// Instructions.
    #[serde(default)]
    pub instructions: Option<String>,
    /// Issuer.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Date of the notice, YYYY-MM-DD.
    #[serde(default)]
    pub issued_on: Option<String>,
}

/// Imports a recall file: one recall per notice in it, all or none.
pub fn import(cx: &mut Cx<'_>, i: RecallImport) -> Result<Vec<RecallCreated>> {
    let header = NoticeDetails {
        number: i.number,
        title: i.title,
        class: i.class,
        reason: i.reason,
        instructions: i.instructions,
        issuer: i.issuer,
        issued_on: i.issued_on,
    };
    import_bytes(cx, i.content.as_bytes(), &header)
}

/// What a person fills in or overrides of a recall file's notices (see [`RecallImport`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeDetails {
    /// Recall number.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Class.
    pub class: Option<RecallClass>,
    /// Reason.
    pub reason: Option<String>,
    /// Instructions.
    pub instructions: Option<String>,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date of the notice, YYYY-MM-DD.
    pub issued_on: Option<String>,
}

/// Imports a recall file from its bytes as read (the command line's): a byte that is not
/// UTF-8 is refused by line, never replaced.
pub fn import_bytes(
    cx: &mut Cx<'_>,
    content: &[u8],
    d: &NoticeDetails,
) -> Result<Vec<RecallCreated>> {
    let me = cx.me()?;
    let now = cx.now()?;
    let header = RecallHeader {
        number: text(&d.number),
        title: text(&d.title),
        class: d.class,
        reason: text(&d.reason),
        instructions: text(&d.instructions),
        issuer: text(&d.issuer),
        issued_on: date("issued_on", d.issued_on.as_deref())?,
    };
    Ok(cx.store().import_recall(me, content, &header, now)?)
}

/// A scope CSV's lines (columns `gtin,lot,serial`), read from the file's bytes: every problem
/// by line, nothing guessed.
pub fn scope_from_csv(csv: &[u8]) -> Result<RecallScope> {
    Ok(RecallScope::Lines(custody_core::recall::parse_scope_csv(
        csv,
    )?))
}

/// Lots or packs added to an open recall.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RecallExtension {
    /// The recall number.
    pub number: String,
    /// What is added.
    pub scope: RecallScope,
}

/// Adds to an open recall; what the new lines cover in stock is quarantined.
pub fn extend(cx: &mut Cx<'_>, e: RecallExtension) -> Result<RecallCreated> {
    let me = cx.me()?;
    let now = cx.now()?;
    let lines = e.scope.lines()?;
    Ok(cx.store().extend_recall(me, e.number.trim(), &lines, now)?)
}

/// What became of a recall's affected items (all open ones, or those the target narrows to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OutcomeForm {
    /// The recall number.
    pub number: String,
    /// What became of them.
    pub outcome: RecallOutcome,
    /// Only this GTIN.
    #[serde(default)]
    pub gtin: Option<String>,
    /// Only this lot.
    #[serde(default)]
    pub lot: Option<String>,
    /// Only these serials.
    #[serde(default)]
    pub serials: Vec<String>,
    /// Only stock held at this location (code).
    #[serde(default)]
    pub location: Option<String>,
    /// The supplier stock goes back to (partner code).
    #[serde(default)]
    pub partner: Option<String>,
    /// Who was told and how; the RMA number.
    #[serde(default)]
    pub note: Option<String>,
    /// The password re-entered, when the outcome is signed (see [`outcome_signature`]).
    #[serde(default)]
    pub password: Option<String>,
}

/// The signature an outcome needs: destroying recalled stock is signed `performed`.
pub fn outcome_signature(outcome: RecallOutcome) -> Option<SignatureMeaning> {
    (outcome == RecallOutcome::Destroyed).then_some(SignatureMeaning::Performed)
}

/// Records an outcome for every open item of a recall it applies to.
pub fn record_outcome(cx: &mut Cx<'_>, f: OutcomeForm) -> Result<OutcomeRecorded> {
    let me = cx.me()?;
    let now = cx.now()?;
    let store = cx.store();
    let location = match text(&f.location) {
        Some(l) => Some(store.location(&l)?.id),
        None => None,
    };
    let partner = match text(&f.partner) {
        Some(p) => Some(store.partner(&p)?.id),
        None => None,
    };
    let signature = match outcome_signature(f.outcome) {
        Some(meaning) => Some(store.sign(
            me,
            signed_with(&f.password, meaning)?,
            meaning,
            crate::clock::system_now(),
        )?),
        None => None,
    };
    let request = OutcomeRequest {
        outcome: f.outcome,
        target: OutcomeTarget {
            gtin: text(&f.gtin),
            lot: text(&f.lot),
            serials: f
                .serials
                .iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            location,
        },
        partner,
        note: text(&f.note),
        signature,
    };
    Ok(store.record_recall_outcome(me, f.number.trim(), &request, now)?)
}

/// An outcome for one pack, scanned as it is pulled from the shelf.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ScannedOutcome {
    /// The recall number.
    pub number: String,
    /// Exactly what the scanner sent.
    pub raw: String,
    /// What became of the pack.
    pub outcome: RecallOutcome,
    /// The supplier it goes back to (partner code).
    #[serde(default)]
    pub partner: Option<String>,
    /// Who was told and how; the RMA number.
    #[serde(default)]
    pub note: Option<String>,
    /// The password re-entered, when the outcome is signed.
    #[serde(default)]
    pub password: Option<String>,
}

/// The pack a scanned outcome was recorded for, and what the outcome did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PackOutcome {
    /// The pack as the recall's reach now shows it: a screen replaces its row with this one
    /// (and moves its counts from `was` to its status) instead of reading the whole reach again.
    pub unit: AffectedUnit,
    /// The status it had before the outcome.
    pub was: UnitStatus,
    /// Ledger events written (for outcomes that move stock).
    pub events: Vec<String>,
}

/// Records an outcome for the one pack scanned, looking up only that pack. A code that is not a
/// pack's (no GTIN or no serial), "not found" (the pack is in the person's hand), a pack the
/// recall does not cover, or one whose outcome is already recorded is refused saying which, so
/// a person pulling packs knows at once to set that one aside.
pub fn record_scanned_outcome(cx: &mut Cx<'_>, s: ScannedOutcome) -> Result<PackOutcome> {
    let today = cx.now()?.local_date();
    let options = cx.settings()?.decode_options(today);
    let scan = custody_gs1::decode(&s.raw, &options).map_err(|e| {
        ApiError::field(
            "recall.scan_unreadable",
            "scan",
            args([
                ("said", custody_core::scan::decoder_sentence(&e)),
                ("reason", Value::from(e.message)),
            ]),
        )
    })?;
    let number = s.number.trim().to_string();
    let (Some(gtin), Some(serial)) = (scan.gtin.map(|g| g.to_string()), scan.serial) else {
        return Err(ApiError::field(
            "recall.scan_not_a_pack",
            "scan",
            args([("recall", Value::from(number))]),
        ));
    };
    let me = cx.me()?;
    let now = cx.now()?;
    let store = cx.store();
    let partner = match text(&s.partner) {
        Some(p) => Some(store.partner(&p)?.id),
        None => None,
    };
    let signature = match outcome_signature(s.outcome) {
        Some(meaning) => Some(store.sign(
            me,
            signed_with(&s.password, meaning)?,
            meaning,
            crate::clock::system_now(),
        )?),
        None => None,
    };
    let request = OutcomeRequest {
        outcome: s.outcome,
        target: OutcomeTarget::default(),
        partner,
        note: text(&s.note),
        signature,
    };
    let done = store.record_pack_outcome(me, &number, &gtin, &serial, &request, now)?;
    Ok(PackOutcome {
        unit: done.unit,
        was: done.was,
        events: done.events,
    })
}

/// The password of a signature, or the refusal saying one is needed and what it will mean.
pub(crate) fn signed_with(password: &Option<String>, meaning: SignatureMeaning) -> Result<&str> {
    password
        .as_deref()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            ApiError::field(
                "auth.signature_required",
                "password",
                args([("meaning", Value::from(meaning.as_str()))]),
            )
        })
}

/// Closing a recall, signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CloseForm {
    /// The recall number.
    pub number: String,
    /// `approved` (the default: the closer approves that every item is accounted for) or
    /// `reviewed`.
    #[serde(default)]
    pub meaning: Option<SignatureMeaning>,
    /// A closing note.
    #[serde(default)]
    pub note: Option<String>,
    /// The password re-entered.
    #[serde(default)]
    pub password: Option<String>,
}

/// The meaning a recall's closure is signed with: `approved` unless the closer says they only
/// `reviewed` it; `performed` is refused (nobody performs a closure). A front end asks for the
/// password naming this meaning.
pub fn close_meaning(asked: Option<SignatureMeaning>) -> Result<SignatureMeaning> {
    let meaning = asked.unwrap_or(SignatureMeaning::Approved);
    if meaning == SignatureMeaning::Performed {
        return Err(ApiError::field(
            "recall.close_meaning",
            "meaning",
            args([("meaning", Value::from(meaning.as_str()))]),
        ));
    }
    Ok(meaning)
}

/// Closes a recall, signed (refused while anything is open).
pub fn close(cx: &mut Cx<'_>, f: CloseForm) -> Result<Recall> {
    let me = cx.me()?;
    let now = cx.now()?;
    let meaning = close_meaning(f.meaning)?;
    let store = cx.store();
    let signature = store.sign(
        me,
        signed_with(&f.password, meaning)?,
        meaning,
        crate::clock::system_now(),
    )?;
    Ok(store.close_recall(
        me,
        f.number.trim(),
        &signature,
        text(&f.note).as_deref(),
        now,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closure_is_approved_unless_only_reviewed_and_never_performed() {
        assert_eq!(
            close_meaning(None).unwrap(),
            SignatureMeaning::Approved,
            "the closer approves that every item is accounted for, from every front end"
        );
        assert_eq!(
            close_meaning(Some(SignatureMeaning::Reviewed)).unwrap(),
            SignatureMeaning::Reviewed,
            "a closer may say they only reviewed it"
        );
        assert_eq!(
            close_meaning(Some(SignatureMeaning::Performed))
                .unwrap_err()
                .code,
            "recall.close_meaning",
            "nobody performs a closure: refused before any password is asked for"
        );
    }
}
