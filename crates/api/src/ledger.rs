//! The ledger as a whole: checking it end to end, declaring that the computer's clock was wrong,
//! and how far back a person may say something happened.

use custody_core::ledger::verify::VerifyReport;
use custody_core::ledger::Appended;
use custody_core::SignatureMeaning;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::recall::signed_with;
use crate::Cx;

/// The most problems a ledger check lists by name; the rest are counted.
const LISTED_PROBLEMS: usize = 20;

/// The result of checking the whole ledger, for a screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LedgerCheck {
    /// Nothing is wrong.
    pub intact: bool,
    /// Events walked.
    pub events: u64,
    /// Packs compared.
    pub units: u64,
    /// The first problems, in words.
    pub problems: Vec<String>,
    /// Problems in all.
    pub total_problems: u64,
    /// Clock corrections declared on the ledger, in words.
    pub clock_corrections: Vec<String>,
}

/// Checks the whole ledger and every stock table against it (the full report, for the command
/// line and for auditors).
pub fn verify_report(cx: &mut Cx<'_>) -> Result<VerifyReport> {
    let me = cx.me()?;
    Ok(cx.store().verify(me)?)
}

/// Checks the whole ledger: what a screen shows.
pub fn verify(cx: &mut Cx<'_>, _: ()) -> Result<LedgerCheck> {
    let report = verify_report(cx)?;
    Ok(LedgerCheck {
        intact: report.is_intact(),
        events: report.events,
        units: report.units,
        problems: report
            .findings
            .iter()
            .take(LISTED_PROBLEMS)
            .map(|f| f.message.clone())
            .collect(),
        total_problems: report.total_findings,
        clock_corrections: report
            .clock_corrections
            .iter()
            .map(ToString::to_string)
            .collect(),
    })
}

/// What a clock correction's signature means: the administrator approves that recording goes
/// on from now. A front end asks for the password naming it.
pub const CLOCK_CORRECTION_MEANING: SignatureMeaning = SignatureMeaning::Approved;

/// A declaration that the computer's clock was wrong and is now right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ClockCorrection {
    /// Why (what was wrong with the clock, who set it right).
    pub reason: String,
    /// The administrator's password re-entered: the declaration is signed `approved`.
    #[serde(default)]
    pub password: Option<String>,
}

/// Records, signed, that the clock ran ahead and is now set right (administrators), so recording
/// can go on from now.
pub fn correct_clock(cx: &mut Cx<'_>, c: ClockCorrection) -> Result<Appended> {
    let me = cx.me()?;
    let now = cx.now()?;
    let meaning = CLOCK_CORRECTION_MEANING;
    let store = cx.store();
    let signature = store.sign(
        me,
        signed_with(&c.password, meaning)?,
        meaning,
        crate::clock::system_now(),
    )?;
    Ok(store.correct_clock(me, &signature, &c.reason, now)?)
}

/// The late-entry window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LateEntry {
    /// How many days back a person may say something happened.
    pub days: i64,
}

/// How far back a person may say something happened.
pub fn late_entry(cx: &mut Cx<'_>, _: ()) -> Result<LateEntry> {
    cx.me()?;
    Ok(LateEntry {
        days: cx.store().late_entry_days()?,
    })
}

/// Sets the late-entry window (administrators).
pub fn set_late_entry(cx: &mut Cx<'_>, l: LateEntry) -> Result<LateEntry> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(LateEntry {
        days: cx.store().set_late_entry_days(me, l.days, now)?,
    })
}

/// The folder an administrator chose for backups, if any.
pub fn backup_folder(cx: &mut Cx<'_>, _: ()) -> Result<Option<String>> {
    cx.me()?;
    Ok(cx.store().backup_folder()?.map(|d| d.display().to_string()))
}

/// A backup folder to choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BackupFolder {
    /// The folder (a full path; not the database's own folder).
    pub folder: String,
}

/// Chooses the backup folder (administrators); the daily backups go there from now on.
pub fn set_backup_folder(cx: &mut Cx<'_>, b: BackupFolder) -> Result<String> {
    let me = cx.me()?;
    let now = cx.now()?;
    let folder = std::path::PathBuf::from(b.folder.trim());
    crate::files::check_backup_folder(&folder, cx.host().path())?;
    Ok(cx
        .store()
        .set_backup_folder(me, &folder, now)?
        .display()
        .to_string())
}
