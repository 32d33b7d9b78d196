//! The ledger as a whole: checking it (in full, or what changed since the last clean check),
//! declaring that the computer's clock was wrong, and how far back a person may say something
//! happened.

use custody_core::ledger::verify::{VerifyReport, VerifyRequest, VerifyScope};
use custody_core::ledger::Appended;
use custody_core::SignatureMeaning;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::recall::signed_with;
use crate::Cx;

/// The most problems a ledger check lists by name; the rest are counted.
const LISTED_PROBLEMS: usize = 20;

/// Which check of the ledger a person asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LedgerCheckRequest {
    /// `full`: every event and every row; `incremental`: what changed since the last clean
    /// check (everything when there was none).
    pub scope: VerifyScope,
}

/// The result of checking the ledger, for a screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LedgerCheck {
    /// Nothing is wrong.
    pub intact: bool,
    /// What was checked: everything, or what changed since `since_checkpoint`.
    pub scope: VerifyScope,
    /// The first event walked.
    pub first_seq: Option<i64>,
    /// The last event walked.
    pub last_seq: Option<i64>,
    /// For an incremental check, the checkpoint event it went on from (the events before
    /// `first_seq` were checked by an earlier verification, not this one).
    pub since_checkpoint: Option<i64>,
    /// When that checkpoint was recorded (UTC).
    pub since_recorded_at: Option<String>,
    /// Events walked.
    pub events: u64,
    /// Packs compared.
    pub units: u64,
    /// The checkpoint this check recorded, when it found nothing wrong.
    pub checkpoint: Option<i64>,
    /// The first problems, in words.
    pub problems: Vec<String>,
    /// Problems in all.
    pub total_problems: u64,
    /// Clock corrections declared on the ledger, in words.
    pub clock_corrections: Vec<String>,
}

/// Checks the ledger and the stock tables against it, in full or from the last clean check, and
/// records a checkpoint when it is clean and the request says so (the full report, for the
/// command line and for auditors).
pub fn verify_report(cx: &mut Cx<'_>, request: VerifyRequest) -> Result<VerifyReport> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().verify_as(me, request, now)?)
}

/// Checks the ledger as asked, recording a checkpoint when it is clean: what a screen shows.
pub fn verify(cx: &mut Cx<'_>, r: LedgerCheckRequest) -> Result<LedgerCheck> {
    let report = verify_report(
        cx,
        VerifyRequest {
            scope: r.scope,
            record_checkpoint: true,
        },
    )?;
    Ok(LedgerCheck {
        intact: report.is_intact(),
        scope: report.scope,
        first_seq: report.first_seq,
        last_seq: report.last_seq,
        since_checkpoint: report.since.as_ref().map(|s| s.event_seq),
        since_recorded_at: report.since.as_ref().map(|s| s.recorded_at.clone()),
        events: report.events,
        units: report.units,
        checkpoint: report.recorded_checkpoint,
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
