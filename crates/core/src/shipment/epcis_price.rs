//! The invoiced price an EPCIS despatch advice may carry: on any event, an extension whose local
//! name is `unitPrice` (any prefix, as `recallNotice` is matched), an object or an array of
//! objects `{"gtin", "amount", "currency"}`; in XML, `<x:unitPrice>` elements with `gtin`,
//! `amount` and `currency` children, one element per price. `gtin` may be left out when the event
//! names one GTIN. The amount is written as a price is (`12.50`), in the site's currency and with
//! its decimals; a product is given one price in a file. Documented in
//! `docs/decisions/2026-12-02-prices-at-receipt.md`.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::file::GtinPrices;
use crate::currency::Currency;
use crate::epcis::{parse_epc, Epc, EpcisEvent};
use crate::import::Problems;
use crate::master::read_price;

/// The local name of the extension that carries a price.
pub(super) const UNIT_PRICE: &str = "unitPrice";

/// The local name of a prefixed key or element (`hosp:unitPrice` → `unitPrice`).
fn local(key: &str) -> &str {
    key.rsplit(':').next().unwrap_or(key)
}

/// Reads the prices an event carries into `prices`, each problem at the event's line.
pub(super) fn event_prices(
    e: &EpcisEvent,
    currency: Option<Currency>,
    prices: &mut GtinPrices,
    problems: &mut Problems,
) {
    let line = e.lines.event;
    for (key, value) in e.extensions.iter().filter(|(k, _)| local(k) == UNIT_PRICE) {
        let entries: Vec<&Value> = match value {
            Value::Array(a) => a.iter().collect(),
            v => vec![v],
        };
        for entry in entries {
            let Value::Object(members) = entry else {
                problems.push(
                    line,
                    Some(key),
                    "a price is an object with its gtin, amount and currency",
                );
                continue;
            };
            if let Some((gtin, cents)) = one_price(e, members, currency, key, problems) {
                prices.note(&gtin, cents, line, key, problems);
            }
        }
    }
}

/// One price of an event: its GTIN (the event's one GTIN when it names none) and its amount in
/// hundredths, or `None` with every problem of it.
fn one_price(
    e: &EpcisEvent,
    members: &Map<String, Value>,
    currency: Option<Currency>,
    key: &str,
    problems: &mut Problems,
) -> Option<(String, i64)> {
    let line = e.lines.event;
    let mut said = |message: String| problems.push(line, Some(key), message);
    let member = |name: &str| {
        members
            .iter()
            .find(|(k, _)| local(k) == name)
            .map(|(_, v)| v)
    };
    for k in members.keys() {
        if !matches!(local(k), "gtin" | "amount" | "currency") {
            said(format!(
                "\"{k}\" is not part of a price (gtin, amount, currency)"
            ));
        }
    }
    let gtin = match member("gtin") {
        Some(Value::String(g)) => match custody_gs1::Gtin::parse(g.trim()) {
            Ok(g) => Some(g.to_string()),
            Err(why) => {
                said(format!("'{g}' is not a GTIN: {why}"));
                None
            }
        },
        Some(_) => {
            said("the price's gtin is not text".into());
            None
        }
        None => {
            let named = event_gtins(e);
            match named.len() {
                1 => named.into_iter().next(),
                n => {
                    said(format!(
                        "the event names {n} GTINs: give the gtin the price is for"
                    ));
                    None
                }
            }
        }
    };
    let amount = match member("amount") {
        Some(Value::String(a)) => Some(a.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => {
            said("the price's amount is not a number such as \"12.50\"".into());
            None
        }
        None => {
            said("the price gives no amount".into());
            None
        }
    };
    let in_currency = match (member("currency"), currency) {
        (Some(Value::String(c)), Some(site)) if c.trim() == site.code() => true,
        (Some(Value::String(c)), Some(site)) => {
            said(format!(
                "the price is in {}, but the site's currency is {site}: ask the supplier for prices in {site}",
                c.trim()
            ));
            false
        }
        (Some(Value::String(c)), None) => {
            said(format!(
                "the price is in {}, but the site has no currency yet: choose it in the settings, then import again",
                c.trim()
            ));
            false
        }
        (Some(_), _) => {
            said("the price's currency is not a code such as EUR".into());
            false
        }
        (None, _) => {
            said("the price names no currency".into());
            false
        }
    };
    let cents = amount.and_then(|a| {
        read_price(&a, currency, "amount")
            .map_err(|e| said(e.to_string()))
            .ok()
    });
    match (gtin, cents, in_currency) {
        (Some(g), Some(c), true) => Some((g, c)),
        _ => None,
    }
}

/// The GTINs an event names: its packs' and its lots'.
fn event_gtins(e: &EpcisEvent) -> BTreeSet<String> {
    let packs = e.epcs.iter().filter_map(|x| match parse_epc(x) {
        Epc::Sgtin { gtin, .. } => Some(gtin),
        _ => None,
    });
    let lots = e.quantities.iter().filter_map(|(c, _)| match parse_epc(c) {
        Epc::Lgtin { gtin, .. } => Some(gtin),
        _ => None,
    });
    packs.chain(lots).collect()
}

/// Every price must be for a product the advice lists.
pub(super) fn check_priced_listed<'a>(
    prices: &GtinPrices,
    listed: impl Iterator<Item = &'a str>,
    problems: &mut Problems,
) {
    let listed: BTreeSet<&str> = listed.collect();
    let mut priced: Vec<(&str, usize)> = prices.priced().collect();
    priced.sort_by_key(|(g, l)| (*l, *g));
    for (gtin, line) in priced {
        if !listed.contains(gtin) {
            problems.push(
                line,
                Some(UNIT_PRICE),
                format!("a price is given for {gtin}, which the advice does not list"),
            );
        }
    }
}
