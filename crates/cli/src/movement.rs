//! `custody receive`, `dispense`, `transfer`, `return`, `quarantine`, `release`, `destroy` and
//! `return-to-supplier`: the arguments become one `custody_api::movement::ScanRequest`, each line
//! of stdin is one call of `custody_api::movement::scan`, and each verdict is printed. What a
//! movement needs, which ones are signed and with what meaning, the default reference and the
//! scanner settings are the api's: this module only asks for the password when the api says a
//! signature is needed.

use std::io::{BufRead, Write};

use anyhow::{Context as _, Result};
use custody_api::movement::{
    prepare, scan, signature_meaning, PolicyOverride, ScanRequest, ScannerOverride, UnitCost,
};
use custody_api::{Cx, Host, Session};
use custody_core::currency::Currency;
use custody_core::master::{check_price, parse_price};
use custody_core::movement::{Level, Movement, Verdict};

use crate::args::MoveArgs;
use crate::context::signature_password;
use crate::speech::t;

/// Exit status when at least one scan was blocked.
const EXIT_BLOCKED: i32 = 3;

/// Runs a movement over the scans on stdin; 0, or [`EXIT_BLOCKED`] when one was blocked. A
/// refusal (a missing reason, a wrong password, an unknown location) ends the run with it.
pub fn run(
    host: &mut Host,
    session: &mut Session,
    movement: Movement,
    a: MoveArgs,
    as_json: bool,
) -> Result<i32> {
    // The run is prepared once: a mistake in its arguments is refused before the password is
    // asked for or anything is scanned, and the shipment's reference is read once.
    let currency = Cx::new(host, Some(session))?.store().currency()?;
    let request = request(movement, a, currency)?;
    let mut request = prepare(&mut Cx::new(host, Some(session))?, request)?;
    if let Some(meaning) = signature_meaning(&request) {
        request.password = Some(signature_password(meaning)?);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut blocked = false;
    for line in std::io::stdin().lock().split(b'\n') {
        let line = line.context("reading scans from stdin")?;
        let raw = String::from_utf8_lossy(&line)
            .trim_end_matches('\r')
            .to_string();
        if raw.trim().is_empty() {
            continue;
        }
        let mut cx = Cx::new(host, Some(session))?;
        let v = scan(
            &mut cx,
            ScanRequest {
                raw,
                ..request.clone()
            },
        )?;
        blocked |= v.is_blocked();
        if as_json {
            writeln!(out, "{}", serde_json::to_string(&v)?)?;
        } else {
            writeln!(out, "{}", verdict_line(&v))?;
        }
        out.flush()?;
    }
    Ok(if blocked { EXIT_BLOCKED } else { 0 })
}

/// The run's unit costs from `--unit-cost`: the bare amount for every product (at most one),
/// and each `GTIN=AMOUNT` for its product; each amount a price (`4.20`) with no more decimals
/// than `currency` has. Refused naming the option.
fn unit_costs(
    given: &[String],
    currency: Option<Currency>,
) -> Result<(Option<i64>, Vec<UnitCost>)> {
    let amount = |text: &str| -> Result<i64> {
        let cents = parse_price(text).map_err(anyhow::Error::msg)?;
        check_price(cents, currency, "unit_cost")?;
        Ok(cents)
    };
    let mut bare = None;
    let mut per_product = Vec::new();
    for cost in given {
        match cost.split_once('=') {
            Some((gtin, text)) => per_product.push(UnitCost {
                gtin: gtin.trim().to_string(),
                unit_cost_cents: amount(text).context("--unit-cost")?,
            }),
            None if bare.is_some() => {
                return Err(anyhow::Error::msg(t!("movement-unit-cost-twice")))
                    .context("--unit-cost")
            }
            None => bare = Some(amount(cost).context("--unit-cost")?),
        }
    }
    Ok((bare, per_product))
}

/// The request every scan of the run shares (each line fills in `raw`).
fn request(movement: Movement, a: MoveArgs, currency: Option<Currency>) -> Result<ScanRequest> {
    let (unit_cost_cents, per_product) = unit_costs(&a.unit_cost, currency)?;
    let scanner = ScannerOverride {
        gs_substitutes: Some(a.gs_substitutes).filter(|s| !s.is_empty()),
        ignore_leading_gs: a.ignore_leading_gs,
        accept_gs1_in_plain_symbol: a.accept_gs1_in_plain_symbol,
    };
    let policy = PolicyOverride {
        short_dated_days: a.short_dated_days,
    };
    Ok(ScanRequest {
        movement,
        location: a.location,
        to_location: a.to,
        counterparty: a.partner,
        reference: a.reference,
        reason: a.reason,
        shipment: a.expected,
        raw: String::new(),
        quantity: a.quantity,
        unit_cost_cents,
        unit_costs: Some(per_product).filter(|c| !c.is_empty()),
        override_reason: a.override_reason,
        occurred_at: a.occurred,
        password: None,
        fefo_confirmed: Some(a.confirm_fefo).filter(|c| *c),
        another_pack: None,
        tamper: a.tamper.as_deref().and_then(|t| t.parse().ok()),
        scanner_override: Some(scanner).filter(|s| *s != ScannerOverride::default()),
        policy_override: Some(policy).filter(|p| *p != PolicyOverride::default()),
    })
}

/// One verdict as a line (and a line for each further finding), for people.
fn verdict_line(v: &Verdict) -> String {
    let level = match v.verdict {
        Level::Accepted => t!("scan-accepted"),
        Level::Warning => t!("scan-warning"),
        Level::Ask => t!("scan-asks"),
        Level::Blocked => t!("scan-blocked"),
    };
    let pack = match (&v.gtin, &v.serial, &v.lot) {
        (Some(g), Some(s), _) => format!("{g} {s}"),
        (Some(g), None, Some(l)) => t!("scan-lot-pack", gtin = g, lot = l, quantity = v.quantity),
        (Some(g), None, None) => g.clone(),
        _ => "-".into(),
    };
    let mut line = format!(
        "{level:<8} {:<24} {pack:<34} {}",
        v.code.as_str(),
        v.message
    );
    for f in v.findings.iter().skip(1) {
        line.push_str("\n         ");
        line.push_str(&t!(
            "scan-also",
            code = f.code.as_str(),
            message = f.message
        ));
    }
    if let Some(r) = &v.recorded {
        if r.held || r.overridden {
            line.push_str("\n         ");
            line.push_str(&match r.location.as_deref() {
                Some(l) => t!(
                    "scan-recorded-at",
                    status = r.status.to_string(),
                    location = l
                ),
                None => t!("scan-recorded", status = r.status.to_string()),
            });
        }
    }
    line
}
