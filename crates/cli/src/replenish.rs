//! `custody replenish …`: each command's arguments become the api's request
//! (`custody_api::replenish`). Picking reads scans from stdin as `custody count scan` does; a
//! scan the pick list refuses (another product, an expired pack, a line already picked) is
//! answered and the picking goes on.

use std::io::BufRead;

use anyhow::{bail, Context as _, Result};
use custody_api::replenish::{self, PickScanRequest, SupplyingLocation, UsualSupplier};
use custody_api::{Cx, Host, Session};
use custody_core::currency::Currency;
use custody_core::replenish::{PickList, SupplierOrder};

use crate::args::ReplenishCommand;
use crate::output::{self, opt, table};
use crate::said::said;
use crate::speech::{headers, t};

fn cx<'a>(host: &'a mut Host, session: &'a mut Session) -> Result<Cx<'a>> {
    Ok(Cx::new(host, Some(session))?)
}

/// `custody replenish …`: one function per subcommand; each call of the api is an operation of
/// its own.
pub fn run(
    host: &mut Host,
    session: &mut Session,
    c: ReplenishCommand,
    as_json: bool,
) -> Result<i32> {
    match c {
        ReplenishCommand::Supply {
            location,
            from,
            clear: _,
        } => {
            let l = replenish::set_supplying_location(
                &mut cx(host, session)?,
                SupplyingLocation {
                    location,
                    supplied_by: from,
                },
            )?;
            if as_json {
                output::json(&l);
            } else {
                let (code, name) = (&l.code, &l.name);
                let line = match &l.supplied_by {
                    Some(by) => t!("replenish-supplied-by", code = code, name = name, by = by),
                    None => t!("replenish-no-supplying-location", code = code, name = name),
                };
                println!("{line}");
            }
            Ok(0)
        }
        ReplenishCommand::UsualSupplier {
            gtin,
            supplier,
            clear: _,
        } => {
            let p = replenish::set_usual_supplier(
                &mut cx(host, session)?,
                UsualSupplier { gtin, supplier },
            )?;
            if as_json {
                output::json(&p);
            } else {
                let (name, gtin) = (&p.data.name, &p.data.gtin);
                let line = match &p.usual_supplier {
                    Some(s) => t!(
                        "replenish-usual-supplier",
                        name = name,
                        gtin = gtin,
                        supplier = s
                    ),
                    None => t!("replenish-no-usual-supplier", name = name, gtin = gtin),
                };
                println!("{line}");
            }
            Ok(0)
        }
        ReplenishCommand::PickList { new } => {
            let list = if new {
                Some(replenish::make_pick_list(&mut cx(host, session)?, ())?)
            } else {
                replenish::pick_list(&mut cx(host, session)?, ())?
            };
            match (list, as_json) {
                (list, true) => output::json(&list),
                (Some(list), false) => print_pick_list(&list),
                (None, false) => println!("{}", t!("replenish-no-pick-list")),
            }
            Ok(0)
        }
        ReplenishCommand::Pick { quantity, ward } => pick(host, session, quantity, ward, as_json),
        ReplenishCommand::Orders => {
            let mut cx = cx(host, session)?;
            let orders = replenish::supplier_orders(&mut cx, ())?;
            if as_json {
                output::json(&orders);
            } else {
                let currency = custody_api::settings::site_settings(&mut cx, ())?
                    .currency
                    .as_deref()
                    .and_then(Currency::parse);
                print_orders(&orders, currency);
            }
            Ok(0)
        }
    }
}

/// `custody replenish pick`: each line of stdin is a scan against the current pick list; exits
/// 3 when any scan was refused or blocked, as the movement commands do.
fn pick(
    host: &mut Host,
    session: &mut Session,
    quantity: Option<i64>,
    ward: Option<String>,
    as_json: bool,
) -> Result<i32> {
    let Some(list) = replenish::pick_list(&mut cx(host, session)?, ())? else {
        bail!(said!("replenish-nothing-to-pick"));
    };
    let mut status = 0;
    for line in std::io::stdin().lock().split(b'\n') {
        let line = line.context(said!("cli-reading-scans"))?;
        let raw = String::from_utf8_lossy(&line)
            .trim_end_matches('\r')
            .to_string();
        if raw.is_empty() {
            continue;
        }
        let answer = replenish::pick_scan(
            &mut cx(host, session)?,
            PickScanRequest {
                list: list.id,
                raw,
                quantity,
                ward: ward.clone(),
            },
        );
        match answer {
            Ok(p) => {
                let recorded = p.verdict.recorded.as_ref().filter(|r| !r.held);
                if recorded.is_none() {
                    status = 3;
                }
                if as_json {
                    println!("{}", serde_json::to_string(&p)?);
                    continue;
                }
                let line = p.list.lines.iter().find(|l| l.line_no == p.line_no);
                match (recorded, line) {
                    (Some(_), Some(l)) => {
                        let picked = t!(
                            "replenish-picked-line",
                            line = l.line_no.to_string(),
                            product = l.product,
                            location = l.to_location,
                            picked = l.picked,
                            wanted = l.wanted
                        );
                        let lot = if p.not_proposed_lot {
                            format!(" {}", t!("replenish-not-the-proposed-lot"))
                        } else {
                            String::new()
                        };
                        println!("{:<11} {picked}{lot}", t!("replenish-picked"));
                    }
                    _ => println!("{:<11} {}", t!("replenish-not-picked"), p.verdict.message),
                }
            }
            Err(e) => {
                status = 3;
                if as_json {
                    println!("{}", serde_json::json!({"error": e}));
                } else {
                    let e = e.in_lang(crate::speech::lang());
                    println!("{:<11} {}", t!("replenish-refused"), e.message);
                }
            }
        }
    }
    Ok(status)
}

fn print_pick_list(list: &PickList) {
    let (list_ref, at, by) = (&list.reference, &list.created_at, &list.created_by);
    let head = if list.replaced {
        t!(
            "replenish-pick-list-replaced",
            list = list_ref,
            at = at,
            by = by
        )
    } else {
        t!("replenish-pick-list", list = list_ref, at = at, by = by)
    };
    println!("{head}");
    table(
        &headers(&[
            "replenish-col-line",
            "replenish-col-from",
            "replenish-col-to",
            "cli-col-gtin",
            "cli-col-product",
            "replenish-col-wanted",
            "replenish-col-take",
            "replenish-col-short",
            "replenish-col-picked",
        ]),
        &list
            .lines
            .iter()
            .map(|l| {
                let take: Vec<String> = l
                    .proposed
                    .iter()
                    .map(|p| {
                        let what = p
                            .serial
                            .clone()
                            .unwrap_or_else(|| format!("{} x", p.quantity));
                        format!("{} {} {}", opt(&p.lot), what, opt(&p.expiry))
                    })
                    .collect();
                vec![
                    l.line_no.to_string(),
                    l.from_location.clone(),
                    l.to_location.clone(),
                    l.gtin.clone(),
                    l.product.clone(),
                    l.wanted.to_string(),
                    take.join("; "),
                    l.short.to_string(),
                    match (l.available, l.done) {
                        (0, _) => t!("replenish-none-to-take"),
                        (_, true) => t!("replenish-done", picked = l.picked),
                        _ => l.picked.to_string(),
                    },
                ]
            })
            .collect::<Vec<_>>(),
    );
    if !list.unsupplied.is_empty() {
        println!("\n{}", t!("replenish-unsupplied"));
        for u in &list.unsupplied {
            println!("  {} {} ({}): {}", u.location, u.product, u.gtin, u.wanted);
        }
    }
}

/// Money with the site currency's decimals (two when none is chosen); an unknown price as `-`.
pub(crate) fn money(cents: Option<i64>, currency: Option<Currency>) -> String {
    match (cents, currency) {
        (None, _) => "-".into(),
        (Some(c), Some(currency)) => currency.plain(c),
        (Some(c), None) => {
            let sign = if c < 0 { "-" } else { "" };
            format!(
                "{sign}{}.{:02}",
                c.unsigned_abs() / 100,
                c.unsigned_abs() % 100
            )
        }
    }
}

/// The supplier orders, a table per supplier; the money columns name the site's currency when
/// one was chosen, and an order's total is followed by it.
fn print_orders(orders: &[SupplierOrder], currency: Option<Currency>) {
    if orders.is_empty() {
        println!("{}", t!("replenish-no-orders"));
    }
    for o in orders {
        match (&o.supplier, &o.supplier_name) {
            (Some(code), Some(name)) => {
                let mut total = money(Some(o.total_cents), currency);
                if let Some(c) = currency {
                    total = format!("{total} {c}");
                }
                let line = t!("replenish-order", name = name, code = code, total = total);
                println!("\n{line}");
            }
            _ => println!("\n{}", t!("replenish-order-no-supplier")),
        }
        let mut header = headers(&[
            "cli-col-location",
            "cli-col-gtin",
            "cli-col-product",
            "cli-col-quantity",
            "replenish-col-unit-price",
            "replenish-col-line-total",
        ]);
        if let Some(c) = currency {
            for money_column in &mut header[4..] {
                *money_column = format!("{money_column} ({c})");
            }
        }
        table(
            &header,
            &o.lines
                .iter()
                .map(|l| {
                    vec![
                        l.location.clone(),
                        l.gtin.clone(),
                        l.product.clone(),
                        l.quantity.to_string(),
                        money(l.unit_price_cents, currency),
                        money(l.line_total_cents, currency),
                    ]
                })
                .collect::<Vec<_>>(),
        );
    }
}

/// A pick list's number as `custody replenish pick-list` prints it (`PICK-3`) or its digits.
pub fn pick_list_number(list: &str) -> Result<i64> {
    list.trim()
        .trim_start_matches("PICK-")
        .parse()
        .map_err(|_| said!("replenish-not-a-pick-list", list = list).into())
}
