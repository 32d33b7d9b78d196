//! Insights from the ledger: where stock waits (dwell), what is wasted, what goes missing at
//! counts (shrinkage), which suppliers cause trouble, and how use compares with last year and
//! with the reorder rules then in force (trends).
//!
//! Every insight is read from the ledger and its projections when asked, with no nightly job,
//! and uses the same definitions as the other screens: consumption is the `consumption`
//! projection, cover is `levels::position`'s first-expiry-first-out cover.
//!
//! [`Scope`] turns an [`InsightQuery`] into the period and the rows it names, refusing what it
//! cannot find; each kind lives in its own file.

mod dwell;
mod dwell_stays;
mod dwell_whose;
pub mod model;
mod names;
mod received_from;
mod shrinkage;
mod stock_on;
mod supplier;
mod supplier_contract;
mod supplier_read;
mod supplier_suspect;
mod trace;
mod trend_stock;
mod trend_use;
mod trends;
mod value;
mod waste;

pub use dwell::{DWELL_PRODUCTS_LISTED, WAITING_LISTED};
pub use supplier::AFFECTED_LISTED;
pub use trends::TREND_ROWS_LISTED;
pub use waste::PREDICTED_DAYS_BEFORE;

use chrono::{Days, NaiveDate};

pub use model::*;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// How many days an insight looks back when the query names no start.
pub const DEFAULT_DAYS: u64 = 365;

/// Packs waiting longer than this many days are listed by dwell when the query names none.
pub const DEFAULT_OLDER_THAN_DAYS: u32 = 90;

/// An insight's query with its defaults applied and its names found.
#[derive(Debug, Clone)]
pub struct Scope {
    /// The days covered, both included.
    pub period: Period,
    /// Today, the local day of `now`.
    pub today: NaiveDate,
    /// Only this location.
    pub location: Option<Location>,
    /// Only this product.
    pub product: Option<Product>,
    /// Only this supplier.
    pub supplier: Option<Partner>,
    /// Dwell's threshold in days.
    pub older_than_days: u32,
}

impl Scope {
    /// The period's first instant and the instant after its last day, as stored UTC text, for
    /// events whose local day falls in it (a day's events are at most 14 hours either side).
    pub fn utc_bounds(&self) -> (String, String) {
        let wide = |d: NaiveDate, hours: i64| {
            (d.and_time(chrono::NaiveTime::MIN) + chrono::Duration::hours(hours))
                .format("%Y-%m-%dT%H:%M:%S")
                .to_string()
        };
        (
            wide(self.period.from, -14),
            wide(self.period.to + Days::new(1), 14),
        )
    }

    /// Whether a local day is in the period.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.period.from <= day && day <= self.period.to
    }
}

impl Store {
    /// Applies an insight query's defaults and finds what it names. Refused: a period that ends
    /// before it starts, and an unknown location, product or supplier.
    pub fn insight_scope(
        &self,
        actor: &User,
        query: &InsightQuery,
        now: Timestamp,
    ) -> CoreResult<Scope> {
        require(actor, Operation::ViewStock)?;
        let today = now.local_date();
        let to = query.to.unwrap_or(today);
        let from = query
            .from
            .unwrap_or_else(|| to - Days::new(DEFAULT_DAYS - 1));
        if to < from {
            return Err(CoreError::refused("report.range_backwards")
                .field("to")
                .arg("from", from.to_string())
                .arg("to", to.to_string()));
        }
        let location = query
            .location
            .as_deref()
            .map(|c| self.location(c.trim()))
            .transpose()?;
        let product = query
            .product
            .as_deref()
            .map(|g| self.gtin_product(g))
            .transpose()?;
        let supplier = query
            .supplier
            .as_deref()
            .map(|c| self.partner(c.trim()))
            .transpose()?;
        Ok(Scope {
            period: Period { from, to },
            today,
            location,
            product,
            supplier,
            older_than_days: query.older_than_days.unwrap_or(DEFAULT_OLDER_THAN_DAYS),
        })
    }
}
