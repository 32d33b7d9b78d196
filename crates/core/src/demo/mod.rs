//! Demonstration data: a hospital with real-looking products, locations, suppliers and a
//! history of receipts, transfers and dispensing, written through the real ledger so it
//! verifies. `small` is what `make run` and the app's first run show; `hospital` (5,000
//! products, 50 locations, 1,000,000 packs, about 3,000,000 events) is what the benchmarks use.
//! The same seed gives the same data, byte for byte. The steps, in order: the sizes of each
//! scale (`scale.rs`); the catalogue (`catalogue.rs`); the site, users, locations, suppliers
//! and products (`hospital.rs`); the history planned in time order, every pack's life and the
//! consumables' deliveries and issues (`plan.rs`); the history appended through the ledger
//! (`history.rs`); then the reorder rules a manager would start from. `rng.rs` is the seeded
//! generator every step draws from, in a fixed order. With `--years`, `past.rs` plans that many
//! years of the same hospital's history before the window, from a generator of its own, all of
//! whose stock is gone before the window starts: the stock on hand today is the scale's own,
//! and only the history is longer (the hospital with six years is about 17,000,000 events).

mod catalogue;
mod history;
mod hospital;
mod past;
mod plan;
mod rng;
mod scale;

use std::time::Instant;

use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::*;
use crate::Store;

pub use rng::Rng;
pub use scale::{DemoSize, Scale, Years};

/// What was made.
#[derive(Debug, Clone, Serialize)]
pub struct DemoSummary {
    /// Scale.
    pub scale: Scale,
    /// Years of history before the scale's own window (0 when none).
    pub years: Years,
    /// Products.
    pub products: usize,
    /// Locations.
    pub locations: usize,
    /// Serialized packs, those gone in the years before the window included.
    pub units: usize,
    /// Events on the ledger when it was made.
    pub events: usize,
    /// Seconds it took.
    pub seconds: f64,
}

/// Every demo user's password (the README says so; demo data only).
pub const DEMO_PASSWORD: &str = "custody-demo";

/// The demo site's code unless another is asked for.
pub const DEMO_SITE: &str = "DEMO";

/// The seed of the demo data: changing it changes every demo database made after.
const SEED: u64 = 0xC057_0D1E;

impl Store {
    /// Fills a fresh database with demonstration data ending at `now`: a scale, with or
    /// without years of history before its window. Refuses a database that has been set up
    /// already, so demo data never mixes with real data.
    pub fn create_demo(
        &mut self,
        size: impl Into<DemoSize>,
        now: Timestamp,
    ) -> CoreResult<DemoSummary> {
        self.create_demo_as(size, DEMO_SITE, now)
    }

    /// [`Store::create_demo`] under the site code `site` rather than `DEMO`, so that two demo
    /// databases can join one hospital network (the hub knows each site by its code).
    pub fn create_demo_as(
        &mut self,
        size: impl Into<DemoSize>,
        site: &str,
        now: Timestamp,
    ) -> CoreResult<DemoSummary> {
        let DemoSize { scale, years } = size.into();
        if self.is_initialised()? {
            return Err(CoreError::refused("master.demo_needs_empty_database"));
        }
        let started = Instant::now();
        let p = scale.params();
        let mut rng = Rng::new(SEED);
        let tx = self.conn_mut().transaction()?;
        let hospital = hospital::set_up(&tx, site, &p, &mut rng, now)?;
        tx.commit()?;
        let window = plan::plan(&p, &hospital, &mut rng, now.local_date());
        let mut past_rng = Rng::new(past::SEED);
        let past = (years != Years::NONE)
            .then(|| past::plan(&p, years, &hospital, &window, &mut past_rng));
        let units = window.unit_delivery.len() + past.as_ref().map_or(0, |p| p.unit_delivery.len());
        let mut eras = Vec::new();
        if let Some(plan) = &past {
            eras.push(history::Era {
                plan,
                rng: &mut past_rng,
            });
        }
        eras.push(history::Era {
            plan: &window,
            rng: &mut rng,
        });
        history::append(self.conn_mut(), &hospital, eras, now)?;
        self.record_counts(&window, &hospital, now)?;
        self.start_reorder_rules(window.start, now)?;
        // The demonstration hospital's contract prices are in euros.
        let admin = self.actor("admin")?;
        self.set_setting(&admin, crate::site_setting::CURRENCY, "EUR", now)?;
        // The ledger's own count: the history's events and the set-up's (its people) alike.
        let events = self
            .conn()
            .query_row("SELECT count(*) FROM event", [], |r| r.get::<_, i64>(0))?
            as usize;
        Ok(DemoSummary {
            scale,
            years,
            products: hospital.products.len(),
            locations: hospital.locations.len(),
            units,
            events,
            seconds: started.elapsed().as_secs_f64(),
        })
    }

    /// Reorder rules as a manager would start: suggested from the demo's consumption, and in
    /// force since the history's first day (their history says so, so the consumption trends
    /// judge every week of the demo against them); then the query planner's statistics of the
    /// loaded tables.
    fn start_reorder_rules(&mut self, start: chrono::NaiveDate, now: Timestamp) -> CoreResult<()> {
        let admin = self.actor("admin")?;
        self.suggest_reorder_rules(
            &admin,
            None,
            crate::levels::SuggestParams::default(),
            &crate::levels::LevelPolicy::default(),
            true,
            now,
        )?;
        let since = history::stamp_at(start, 0, now).utc_text();
        self.conn()
            .execute("UPDATE reorder_rule_change SET changed_at = ?1", [since])?;
        self.conn().execute_batch("ANALYZE")?;
        Ok(())
    }

    /// The monthly counts of the history's wards (`plan::monthly_counts`), applied when planned
    /// by the staff member, each numbered as the packs it missed say; the packs it found are
    /// not kept, only what it changed (the count-adjust events the history recorded).
    fn record_counts(
        &mut self,
        plan: &plan::Plan,
        hospital: &hospital::Hospital,
        now: Timestamp,
    ) -> CoreResult<()> {
        let tx = self.conn_mut().transaction()?;
        for (n, (minute, ward)) in (1i64..).zip(&plan.counts) {
            let closed = history::stamp_at(plan.start, *minute, now);
            let started = history::stamp_at(plan.start, minute - 45, now);
            tx.execute(
                "INSERT INTO stock_count (id, location_id, status, snapshot_seq, started_at,
                    started_by, finished_at, finished_by, closed_at, closed_by, note)
                 VALUES (?1, ?2, 'applied',
                    (SELECT coalesce(max(seq), 0) FROM event WHERE occurred_at <= ?3),
                    ?3, ?4, ?5, ?4, ?5, ?4, 'monthly count')",
                rusqlite::params![
                    n,
                    hospital.locations[*ward as usize].0,
                    started.utc_text(),
                    hospital.staff.id.0,
                    closed.utc_text()
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) use fixture::small_for_tests;

#[cfg(test)]
mod fixture {
    use super::Scale;
    use crate::model::Timestamp;
    use crate::Store;

    /// A store holding the small demo as entered at 2026-11-22 09:00 (+01:00), in a temporary
    /// directory that lives as long as the first of the three, and that time: for the unit
    /// tests that read a realistic file.
    pub(crate) fn small_for_tests() -> (tempfile::TempDir, Store, Timestamp) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut store = Store::open(dir.path().join("demo.db")).expect("a new database");
        let now = Timestamp::parse("2026-11-22T09:00:00+01:00").expect("a time");
        store
            .create_demo(Scale::Small, now)
            .expect("the small demo");
        (dir, store, now)
    }
}
