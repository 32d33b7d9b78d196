//! `custody verify`, `clock-correct` and `late-entry`: the ledger as a whole, through
//! `custody_api::ledger`. The clock correction is signed with the meaning the api gives it; the
//! command line only asks for the password.

use anyhow::Result;
use custody_api::ledger::{self, ClockCorrection, LateEntry, CLOCK_CORRECTION_MEANING};
use custody_api::Cx;

use crate::context::signature_password;
use crate::output;

/// Exit status when `verify` finds the ledger or the stock tables altered.
const EXIT_TAMPERED: i32 = 4;

/// `custody verify`: the full report (every finding, the clock corrections); 0 when intact,
/// [`EXIT_TAMPERED`] when not.
pub fn verify(cx: &mut Cx<'_>, as_json: bool) -> Result<i32> {
    let report = ledger::verify_report(cx)?;
    if as_json {
        output::json(&report);
    } else if report.is_intact() {
        println!("Ledger intact: {} events, {} lines, {} packs checked; the stock tables and the users' roles match the ledger.", report.events, report.lines, report.units);
        for c in &report.clock_corrections {
            println!("- declared on the ledger: {c}");
        }
    } else {
        println!(
            "LEDGER NOT INTACT: {} problem(s) found ({} events checked).",
            report.total_findings, report.events
        );
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
            println!(
                "… and {} more.",
                report.total_findings as usize - report.findings.len()
            );
        }
    }
    Ok(if report.is_intact() { 0 } else { EXIT_TAMPERED })
}

/// `custody clock-correct --reason …`, signed.
pub fn clock_correct(cx: &mut Cx<'_>, reason: String, as_json: bool) -> Result<i32> {
    let password = Some(signature_password(CLOCK_CORRECTION_MEANING)?);
    let a = ledger::correct_clock(cx, ClockCorrection { reason, password })?;
    if as_json {
        output::json(&a)
    } else {
        println!(
            "Recorded the clock correction as event {} (seq {}); recording goes on from now.",
            a.id, a.seq
        )
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
        println!(
            "What happened may be entered up to {} day(s) back.",
            window.days
        )
    }
    Ok(0)
}
