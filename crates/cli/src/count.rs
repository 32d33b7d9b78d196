//! `custody count …`: each command's arguments become the api's request
//! (`custody_api::count`). Scans are read with the site's scanner settings, as in the app;
//! `--gs-substitute` overrides them for one run. Applying is signed with the meaning the api
//! gives it; the command line only asks for the password.

use std::io::BufRead;

use anyhow::{Context as _, Result};
use custody_api::count::{
    self, apply_meaning, CountAbandon, CountApply, CountId, CountScanRequest, CountStart,
};
use custody_api::movement::ScannerOverride;
use custody_api::{Cx, Host, Session};
use custody_core::count::{CountFilter, CountInfo, CountStatus, Variance, VariancePack};
use custody_core::SignatureMeaning;

use crate::args::{CountApplyArgs, CountCommand, CountScanArgs, CountStartArgs};
use crate::context::signature_password;
use crate::output::{self, opt, table};
use crate::speech::{headers, t, text};

/// The kind of a count in the list: blind or not, all products or some.
fn kind(blind: bool, products: usize) -> String {
    match (blind, products) {
        (false, 0) => t!("count-kind-all"),
        (true, 0) => t!("count-kind-blind-all"),
        (false, n) => t!("count-kind-some", products = n),
        (true, n) => t!("count-kind-blind-some", products = n),
    }
}

fn print_info(c: &CountInfo) {
    let status = format!("{:?}", c.status).to_lowercase();
    let (id, at, by) = (c.id, &c.started_at, &c.started_by);
    let head = if c.blind {
        t!(
            "count-info-blind",
            count = id,
            location = c.location,
            status = status,
            at = at,
            user = by
        )
    } else {
        t!(
            "count-info",
            count = id,
            location = c.location,
            status = status,
            at = at,
            user = by
        )
    };
    let products = if c.products.is_empty() {
        String::new()
    } else {
        t!("count-info-products", products = c.products.join(", "))
    };
    println!("{head}{products}");
    let counted = c.counted_units;
    match c.expected_units {
        Some(e) => println!(
            "  {}",
            t!("count-counted-of", counted = counted, expected = e)
        ),
        None => println!("  {}", t!("count-counted", counted = counted)),
    }
    if c.counted_lot_quantity > 0 {
        let quantity = c.counted_lot_quantity;
        println!("  {}", t!("count-lot-counted", quantity = quantity));
    }
}

fn packs(title: &str, list: &[VariancePack]) {
    if list.is_empty() {
        return;
    }
    println!(
        "\n{}",
        t!(
            "count-section",
            title = text(title, &[]),
            count = list.len()
        )
    );
    table(
        &headers(&[
            "cli-col-gtin",
            "cli-col-product",
            "cli-col-serial",
            "cli-col-lot",
            "cli-col-expiry",
            "count-col-ledger-says",
        ]),
        &list
            .iter()
            .map(|p| {
                vec![
                    p.gtin.clone(),
                    p.product.clone(),
                    p.serial.clone(),
                    opt(&p.lot),
                    opt(&p.expiry),
                    match (&p.status, &p.location) {
                        (Some(s), Some(l)) => {
                            t!("count-status-at", status = s.to_string(), location = l)
                        }
                        (Some(s), None) => s.to_string(),
                        (None, _) => t!("count-never-received-cell"),
                    },
                ]
            })
            .collect::<Vec<_>>(),
    );
}

fn print_variance(v: &Variance) {
    print_info(&v.count);
    let found = if v.is_clean() {
        t!("count-found-clean", found = v.found)
    } else {
        t!("count-found", found = v.found)
    };
    println!("\n{found}");
    packs("count-missing", &v.missing);
    packs("count-unexpected", &v.unexpected);
    packs("count-wrong-status", &v.wrong_status);
    packs("count-not-received", &v.not_received);
    packs("count-left-during", &v.left_during_count);
    packs("count-arrived-during", &v.arrived_not_counted);
    if !v.lots.is_empty() {
        println!("\n{}", t!("count-lots"));
        table(
            &headers(&[
                "cli-col-gtin",
                "cli-col-product",
                "cli-col-lot",
                "count-col-expected",
                "count-col-counted",
                "count-col-difference",
            ]),
            &v.lots
                .iter()
                .map(|l| {
                    vec![
                        l.gtin.clone(),
                        l.product.clone(),
                        l.lot.clone(),
                        l.expected.to_string(),
                        l.counted.to_string(),
                        format!("{:+}", l.difference),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
}

/// An operation's context: each scan is its own operation, with the site's settings as they
/// stand.
fn cx<'a>(host: &'a mut Host, session: &'a mut Session) -> Result<Cx<'a>> {
    Ok(Cx::new(host, Some(session))?)
}

/// `custody count …`: one function per subcommand. Each call of the api is an operation of its
/// own, on a context made for it ([`cx`]).
pub fn run(host: &mut Host, session: &mut Session, c: CountCommand, as_json: bool) -> Result<i32> {
    match c {
        CountCommand::Start(a) => start(&mut cx(host, session)?, a, as_json),
        CountCommand::Scan(a) => scan(host, session, a, as_json),
        CountCommand::List {
            status,
            limit,
            before,
        } => list(&mut cx(host, session)?, status, limit, before, as_json),
        CountCommand::Status { id } => status(&mut cx(host, session)?, id, as_json),
        CountCommand::Finish { id } => finish(&mut cx(host, session)?, id, as_json),
        CountCommand::Variance { id } => variance(&mut cx(host, session)?, id, as_json),
        CountCommand::Apply(a) => apply(host, session, a, as_json),
        CountCommand::Abandon { id, note } => abandon(&mut cx(host, session)?, id, note, as_json),
    }
}

/// `custody count start`: prints the count's number and how to scan into it.
fn start(cx: &mut Cx<'_>, a: CountStartArgs, as_json: bool) -> Result<i32> {
    let info = count::start(
        cx,
        CountStart {
            location: a.location,
            products: a.product,
            blind: a.blind,
        },
    )?;
    if as_json {
        output::json(&info);
    } else {
        print_info(&info);
        println!("{}", t!("count-scan-with", count = info.id));
    }
    Ok(0)
}

/// `custody count scan ID`: one answer per line of stdin; a scan that cannot be counted is
/// answered and the count goes on.
fn scan(host: &mut Host, session: &mut Session, a: CountScanArgs, as_json: bool) -> Result<i32> {
    let scanner = ScannerOverride {
        gs_substitutes: Some(a.gs_substitutes).filter(|s| !s.is_empty()),
        ..ScannerOverride::default()
    };
    for line in std::io::stdin().lock().split(b'\n') {
        let line = line.context("reading scans from standard input")?;
        let Some(raw) = raw_scan(&line) else {
            continue;
        };
        // Each scan is its own operation: the site's settings and the clock are read
        // afresh, as for every scan in the app.
        let s = count::scan_with_scanner(
            &mut cx(host, session)?,
            CountScanRequest {
                id: a.id,
                raw,
                quantity: a.quantity,
                // A pipe of scans has nobody to ask: each lot scan counts one (or --quantity).
                ask_quantity: false,
            },
            &scanner,
        )?;
        if as_json {
            println!("{}", serde_json::to_string(&s)?);
        } else {
            let code = serde_json::to_value(s.code)?
                .as_str()
                .unwrap_or("")
                .to_uppercase();
            println!("{code:<16} {}", s.message);
        }
    }
    Ok(0)
}

/// A line of stdin as the scan the scanner sent, without the carriage return a terminal or a
/// Windows file adds; `None` for a blank line, which is no scan. Bytes that are not UTF-8 reach
/// the api as U+FFFD and are answered as a scan that does not decode.
fn raw_scan(line: &[u8]) -> Option<String> {
    let raw = String::from_utf8_lossy(line)
        .trim_end_matches('\r')
        .to_string();
    Some(raw).filter(|r| !r.is_empty())
}

/// `custody count list`: the counts, newest first, one line each.
fn list(
    cx: &mut Cx<'_>,
    status: Option<String>,
    limit: u32,
    before: Option<i64>,
    as_json: bool,
) -> Result<i32> {
    // The status is read as the api reads it, so the command line and the app accept the same
    // words.
    let status: Option<CountStatus> = status
        .map(|s| serde_json::from_value(serde_json::Value::String(s.trim().to_lowercase())))
        .transpose()
        .context("--status: one of open, finished, applied or abandoned")?;
    let counts = count::list(
        cx,
        CountFilter {
            status,
            limit: Some(limit),
            before,
        },
    )?;
    if as_json {
        output::json(&counts);
        return Ok(0);
    }
    if counts.is_empty() {
        println!("{}", t!("count-none"));
        return Ok(0);
    }
    table(
        &headers(&[
            "count-col-count",
            "cli-col-location",
            "cli-col-status",
            "count-col-started",
            "cli-col-by",
            "count-col-kind",
            "count-col-counted",
            "count-col-note",
        ]),
        &counts
            .iter()
            .map(|c| {
                vec![
                    c.id.to_string(),
                    c.location.clone(),
                    c.status.to_string(),
                    c.started_at.clone(),
                    c.started_by.clone(),
                    kind(c.blind, c.products.len()),
                    match c.expected_units {
                        Some(e) => t!("count-n-of", counted = c.counted_units, expected = e),
                        None => c.counted_units.to_string(),
                    },
                    opt(&c.note),
                ]
            })
            .collect::<Vec<_>>(),
    );
    Ok(0)
}

/// `custody count status ID`.
fn status(cx: &mut Cx<'_>, id: i64, as_json: bool) -> Result<i32> {
    let info = count::status(cx, CountId { id })?;
    if as_json {
        output::json(&info);
    } else {
        print_info(&info);
    }
    Ok(0)
}

/// `custody count finish ID`: scanning ends, and the variance is shown.
fn finish(cx: &mut Cx<'_>, id: i64, as_json: bool) -> Result<i32> {
    let v = count::finish(cx, CountId { id })?;
    if as_json {
        output::json(&v);
    } else {
        print_variance(&v);
    }
    Ok(0)
}

/// `custody count variance ID`: the variance again.
fn variance(cx: &mut Cx<'_>, id: i64, as_json: bool) -> Result<i32> {
    let v = count::variance(cx, CountId { id })?;
    if as_json {
        output::json(&v);
    } else {
        print_variance(&v);
    }
    Ok(0)
}

/// `custody count apply ID --reason …`: signed; the password is asked for once the api has said
/// what the signature means, and before the context the adjustment is applied on is made.
fn apply(host: &mut Host, session: &mut Session, a: CountApplyArgs, as_json: bool) -> Result<i32> {
    let meaning: Option<SignatureMeaning> = a
        .meaning
        .as_deref()
        .map(str::parse)
        .transpose()
        .map_err(anyhow::Error::msg)
        .context("--meaning")?;
    // The api says what the signature means (and refuses one an adjustment cannot
    // have) before the password is asked for.
    let password = Some(signature_password(apply_meaning(meaning)?)?);
    let id = a.id;
    let applied = count::apply(
        &mut cx(host, session)?,
        CountApply {
            id,
            reason: a.reason,
            meaning,
            password,
        },
    )?;
    if as_json {
        output::json(&applied);
    } else {
        let a = &applied;
        let line = t!(
            "count-applied",
            count = id,
            missing = a.missing,
            moved = a.moved_here,
            found = a.found_again,
            quarantined = a.quarantined,
            added = a.lot_added,
            removed = a.lot_removed,
            events = a.events.len()
        );
        println!("{line}");
    }
    Ok(0)
}

/// `custody count abandon ID`: nothing of the count reaches the ledger.
fn abandon(cx: &mut Cx<'_>, id: i64, note: Option<String>, as_json: bool) -> Result<i32> {
    let info = count::abandon(cx, CountAbandon { id, note })?;
    if as_json {
        output::json(&info);
    } else {
        println!("{}", t!("count-abandoned", count = info.id));
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_the_scan_as_sent_without_its_carriage_return() {
        assert_eq!(
            raw_scan(b"]d20109506000134352\x1d21SN1\r").as_deref(),
            Some("]d20109506000134352\u{1d}21SN1"),
            "a scan from a Windows file keeps its group separator and loses only the CR"
        );
        assert_eq!(
            raw_scan(b" SN1 ").as_deref(),
            Some(" SN1 "),
            "spaces are the scanner's: the api decides what they mean"
        );
        assert_eq!(raw_scan(b"").as_deref(), None, "a blank line is no scan");
        assert_eq!(
            raw_scan(b"\r").as_deref(),
            None,
            "a blank line from a Windows file is no scan either"
        );
        assert_eq!(
            raw_scan(b"SN\xff1").as_deref(),
            Some("SN\u{fffd}1"),
            "bytes that are not UTF-8 are answered by the api, not dropped here"
        );
    }
}
