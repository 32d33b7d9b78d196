//! `custody verify`, `clock-correct` and `late-entry`: the ledger as a whole, through
//! `custody_api::ledger`. The clock correction is signed with the meaning the api gives it; the
//! command line only asks for the password.

use anyhow::Result;
use custody_api::ledger::{self, ClockCorrection, LateEntry, CLOCK_CORRECTION_MEANING};
use custody_api::Cx;
use custody_core::ledger::verify::{VerifyReport, VerifyRequest, VerifyScope};

use crate::context::signature_password;
use crate::output;
use crate::speech::t;

/// Exit status when `verify` finds the ledger or the stock tables altered.
const EXIT_TAMPERED: i32 = 4;

/// What `custody verify [--full] [--no-checkpoint]` asks for.
pub fn request(full: bool, no_checkpoint: bool) -> VerifyRequest {
    VerifyRequest {
        scope: if full {
            VerifyScope::Full
        } else {
            VerifyScope::Incremental
        },
        record_checkpoint: !no_checkpoint,
    }
}

/// `custody verify`: the full report (every finding, the clock corrections, what an incremental
/// check covered and what it did not); 0 when intact, [`EXIT_TAMPERED`] when not.
pub fn verify(cx: &mut Cx<'_>, request: VerifyRequest, as_json: bool) -> Result<i32> {
    let report = ledger::verify_report(cx, request)?;
    if as_json {
        output::json(&report);
    } else if report.is_intact() {
        println!("{}", intact(&report));
        if let Some(c) = &report.checked {
            // What the hub's administrator compares with `custody-hub verify`.
            let hash = c.hash.get(..16).unwrap_or(&c.hash);
            println!("{}", t!("verify-last-event", seq = n(c.seq), hash = hash));
        }
        for c in &report.clock_corrections {
            println!("- {}", t!("verify-declared", correction = c.to_string()));
        }
        if let Some(seq) = report.recorded_checkpoint {
            println!("{}", t!("verify-checkpoint", seq = seq));
        }
        if let Some(why) = &report.checkpoint_refused {
            println!("{}", t!("verify-no-checkpoint", why = why));
        }
    } else {
        let line = t!(
            "verify-not-intact",
            problems = report.total_findings,
            covered = covered(&report)
        );
        println!("{line}");
        for f in &report.findings {
            println!(
                "- [{}] {}",
                serde_json::to_value(f.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
                f.message
            );
        }
        if report.total_findings as usize > report.findings.len() {
            let more = report.total_findings as usize - report.findings.len();
            println!("{}", t!("verify-more", more = more));
        }
    }
    Ok(if report.is_intact() { 0 } else { EXIT_TAMPERED })
}

/// A number with thousands separators, as the reports print them.
fn n(v: impl Into<i64>) -> String {
    let v: i64 = v.into();
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// What was checked, in words: the events walked, and for an incremental check what it rests on.
fn covered(r: &VerifyReport) -> String {
    let range = match (r.first_seq, r.last_seq) {
        (Some(a), Some(b)) => t!("verify-events", first = n(a), last = n(b)),
        _ => t!("verify-no-events"),
    };
    match (&r.scope, &r.since) {
        (VerifyScope::Incremental, Some(since)) => t!(
            "verify-covered-since",
            range = range,
            units = n(r.units as i64),
            lots = n(r.lots as i64),
            days = n(r.days as i64),
            at = since.recorded_at,
            seq = n(since.event_seq)
        ),
        _ => t!("verify-covered-all", range = range),
    }
}

/// The verdict of a clean check.
fn intact(r: &VerifyReport) -> String {
    match r.scope {
        VerifyScope::Full => t!(
            "verify-intact",
            events = r.events,
            lines = r.lines,
            units = r.units
        ),
        VerifyScope::Incremental => t!("verify-intact-since", covered = covered(r)),
    }
}

/// `custody clock-correct --reason …`, signed.
pub fn clock_correct(cx: &mut Cx<'_>, reason: String, as_json: bool) -> Result<i32> {
    let password = Some(signature_password(CLOCK_CORRECTION_MEANING)?);
    let a = ledger::correct_clock(cx, ClockCorrection { reason, password })?;
    if as_json {
        output::json(&a)
    } else {
        println!("{}", t!("clock-corrected", event = a.id, seq = a.seq))
    }
    Ok(0)
}

/// `custody late-entry [--set DAYS]`.
pub fn late_entry(cx: &mut Cx<'_>, set: Option<i64>, as_json: bool) -> Result<i32> {
    let window = match set {
        Some(days) => ledger::set_late_entry(cx, LateEntry { days })?,
        None => ledger::late_entry(cx, ())?,
    };
    if as_json {
        output::json(&serde_json::json!({ "late_entry_days": window.days }))
    } else {
        println!("{}", t!("late-entry-days", days = window.days))
    }
    Ok(0)
}
