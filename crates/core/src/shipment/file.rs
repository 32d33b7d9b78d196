//! Reading a despatch advice file: its format guessed from the content, the lines read from it
//! (with the file's line of each), and the rules that a lot has one expiry in a file and a
//! product one price.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::advice::ExpectedItem;
use crate::import::Problems;

/// The lines read from a despatch advice, before they are checked against the product list.
pub(super) struct Parsed {
    /// (line of the file, item), in file order.
    pub(super) items: Vec<(usize, ExpectedItem)>,
    /// The document number the file gives (its despatch advice, else its one purchase order).
    pub(super) reference: Option<String>,
}

/// The expiry each lot is given in a file, so that a lot given two expiries is refused: once
/// per lot and pair of expiries, however many packs the events list.
#[derive(Default)]
pub(super) struct LotExpiries {
    first: HashMap<(String, String), (NaiveDate, usize)>,
    reported: HashSet<(String, String, NaiveDate, usize)>,
}

impl LotExpiries {
    /// Records that `lot` of `gtin` expires on `expiry` (said on `line`), or reports the
    /// conflict with what the file said before.
    pub(super) fn note(
        &mut self,
        gtin: &str,
        lot: &str,
        expiry: NaiveDate,
        line: usize,
        field: &str,
        problems: &mut Problems,
    ) {
        match self.first.get(&(gtin.to_string(), lot.to_string())) {
            Some((first, first_line)) if *first != expiry => {
                if self
                    .reported
                    .insert((gtin.to_string(), lot.to_string(), expiry, line))
                {
                    problems.push(
                        line,
                        Some(field),
                        format!("lot {lot} of {gtin} is given the expiry {expiry} here and {first} on line {first_line}: a lot has one expiry"),
                    );
                }
            }
            Some(_) => {}
            None => {
                self.first
                    .insert((gtin.to_string(), lot.to_string()), (expiry, line));
            }
        }
    }

    pub(super) fn get(&self, gtin: &str, lot: &str) -> Option<NaiveDate> {
        self.first
            .get(&(gtin.to_string(), lot.to_string()))
            .map(|(d, _)| *d)
    }
}

/// The price each product is given in a file, so that a product given two prices is refused: an
/// advice invoices one price per product.
#[derive(Default)]
pub(super) struct GtinPrices {
    first: HashMap<String, (i64, usize)>,
}

impl GtinPrices {
    /// Records that `gtin` is priced `cents` (said on `line`), or reports the conflict with
    /// what the file said before.
    pub(super) fn note(
        &mut self,
        gtin: &str,
        cents: i64,
        line: usize,
        field: &str,
        problems: &mut Problems,
    ) {
        match self.first.get(gtin) {
            Some((first, first_line)) if *first != cents => problems.push(
                line,
                Some(field),
                format!(
                    "{gtin} is priced {} here and {} on line {first_line}: an advice gives one price per product",
                    hundredths(cents),
                    hundredths(*first)
                ),
            ),
            Some(_) => {}
            None => {
                self.first.insert(gtin.to_string(), (cents, line));
            }
        }
    }

    /// The price of `gtin`, if the file gives one.
    pub(super) fn get(&self, gtin: &str) -> Option<i64> {
        self.first.get(gtin).map(|(c, _)| *c)
    }

    /// Every GTIN priced, with the line of its first price.
    pub(super) fn priced(&self) -> impl Iterator<Item = (&str, usize)> {
        self.first.iter().map(|(g, (_, l))| (g.as_str(), *l))
    }
}

/// An amount in hundredths as a problem says it: two decimals.
fn hundredths(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}
