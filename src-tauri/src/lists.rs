//! The shortage list, kept computed on a connection of its own, and the levels lists sorted by a
//! column other than their own, kept for their next pages.
//!
//! Shortages are ranked by when usable stock runs out, which takes the position of every
//! reorder rule (about half a second for a hospital's 65,000 rules): too slow to compute on each
//! visit or each Home screen. The last list is kept with the database's data version it was
//! computed at; a thread recomputes it once the database has changed and then stayed quiet, so
//! a visit almost always finds it ready, and otherwise computes it itself (here, never holding
//! up scans on the main connection). Decision: docs/decisions/2026-11-22-kept-shortage-list.md.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use custody_core::levels::{
    sort_expiry_lines, sort_shortages, ExpiryLine, ExpiryOrder, LevelPolicy, Position,
    ShortageOrder,
};
use custody_core::{CoreResult, Store, User};
use tauri::Manager;

use crate::AppState;

/// How often the keeper looks whether the database changed.
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// A list as computed for a key (the day, and any filters and order) at a data version.
struct Kept<T> {
    key: String,
    version: i64,
    list: Arc<Vec<T>>,
}

/// The kept lists and their connection (opened on first use).
pub struct Lists {
    path: PathBuf,
    store: Option<Store>,
    /// The shortage list in its own order, for the day it was computed.
    shortages: Option<Kept<Position>>,
    /// The shortage list in the order last asked for, when not its own.
    sorted_shortages: Option<Kept<Position>>,
    /// The whole expiry list in the order last asked for, when not its own (its own order is
    /// read a page at a time from SQLite instead).
    sorted_expiry: Option<Kept<ExpiryLine>>,
}

/// The kept list for `key` at `version`, or a new one from `compute`, kept in `slot`.
fn kept<T>(
    slot: &mut Option<Kept<T>>,
    key: String,
    version: i64,
    compute: impl FnOnce() -> CoreResult<Vec<T>>,
) -> CoreResult<Arc<Vec<T>>> {
    if let Some(s) = slot
        .as_ref()
        .filter(|s| s.key == key && s.version == version)
    {
        return Ok(s.list.clone());
    }
    let list = Arc::new(compute()?);
    *slot = Some(Kept {
        key,
        version,
        list: list.clone(),
    });
    Ok(list)
}

impl Lists {
    pub fn new(path: PathBuf) -> Self {
        Lists {
            path,
            store: None,
            shortages: None,
            sorted_shortages: None,
            sorted_expiry: None,
        }
    }

    fn store(&mut self) -> CoreResult<&Store> {
        if self.store.is_none() {
            self.store = Some(Store::open(&self.path)?);
        }
        Ok(self.store.as_ref().expect("opened above"))
    }

    /// The database's data version on this connection: it changes whenever another
    /// connection commits (this one only reads).
    fn version(&mut self) -> CoreResult<i64> {
        Ok(self.store()?.data_stamp()?.0)
    }

    /// True when the kept shortage list is the one for `today` and the data as it is now.
    fn fresh(&mut self, today: NaiveDate) -> CoreResult<bool> {
        let version = self.version()?;
        let key = today.to_string();
        Ok(self
            .shortages
            .as_ref()
            .is_some_and(|k| k.key == key && k.version == version))
    }

    /// Keeps `list`, the shortages of `today` as computed elsewhere while the data was at
    /// `version` (as this connection sees it), for the next visit.
    fn keep(&mut self, today: NaiveDate, version: i64, list: Vec<Position>) {
        self.shortages = Some(Kept {
            key: today.to_string(),
            version,
            list: Arc::new(list),
        });
    }

    /// Every shortage as of `today`, most urgent first: the kept list if the database has not
    /// changed since it was computed, else a new one. `actor` must be allowed to view stock.
    pub fn shortages(&mut self, actor: &User, today: NaiveDate) -> CoreResult<Arc<Vec<Position>>> {
        let version = self.version()?;
        self.store()?
            .check(actor, custody_core::permissions::Operation::ViewStock)?;
        let store = self.store.as_ref().expect("opened above");
        kept(&mut self.shortages, today.to_string(), version, || {
            store.shortages(actor, &LevelPolicy::default(), today)
        })
    }

    /// The shortage list sorted `by` (`descending` reversed); its own order is the kept list.
    pub fn shortages_sorted(
        &mut self,
        actor: &User,
        today: NaiveDate,
        by: ShortageOrder,
        descending: bool,
    ) -> CoreResult<Arc<Vec<Position>>> {
        let list = self.shortages(actor, today)?;
        if by == ShortageOrder::Urgency && !descending {
            return Ok(list);
        }
        let version = self.version()?;
        kept(
            &mut self.sorted_shortages,
            format!("{today}|{by:?}|{descending}"),
            version,
            || {
                let mut list = (*list).clone();
                sort_shortages(&mut list, by, descending);
                Ok(list)
            },
        )
    }

    /// The whole expiry list sorted `by` (`descending` reversed), kept until the data
    /// changes so that its next pages come from memory.
    pub fn expiry_sorted(
        &mut self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        by: ExpiryOrder,
        descending: bool,
    ) -> CoreResult<Arc<Vec<ExpiryLine>>> {
        let version = self.version()?;
        let key = format!("{today}|{windows:?}|{location:?}|{by:?}|{descending}");
        self.store()?
            .check(actor, custody_core::permissions::Operation::ViewStock)?;
        let store = self.store.as_ref().expect("opened above");
        kept(&mut self.sorted_expiry, key, version, || {
            let mut list = store.expiring(actor, windows, location, today)?;
            sort_expiry_lines(&mut list, by, descending);
            Ok(list)
        })
    }
}

/// Keeps the shortage list of the database at `path` computed: once the start-up check is
/// done, every couple of seconds, if the database changed and has since been quiet for one look
/// (a burst of scans is not recomputed after every pack), the list is computed again on a
/// connection of the keeper's own, by the alerts principal (`custody:alerts`), whoever is signed
/// in or not; the list is handed out only to a signed-in person allowed to see it. The kept lists
/// are not locked while it computes, so a visit meanwhile is not held up.
pub fn keep_fresh(app: tauri::AppHandle, path: PathBuf) {
    std::thread::spawn(move || {
        let mut last_seen = None;
        let mut host: Option<custody_api::Host> = None;
        // The data version a computation failed at: said once, tried again when the data changes.
        let mut failed_at = None;
        loop {
            std::thread::sleep(LOOK_EVERY);
            let state = app.state::<AppState>();
            // Not while the start-up check reads the whole file on the other core.
            if state.integrity.lock().map_or(true, |i| i.is_none()) {
                continue;
            }
            let today = crate::commands::now().local_date();
            let version = {
                let Ok(mut lists) = state.lists.lock() else {
                    return;
                };
                let Ok(version) = lists.version() else {
                    continue;
                };
                let quiet = last_seen.replace(version) == Some(version);
                if !quiet || failed_at == Some(version) || lists.fresh(today).unwrap_or(true) {
                    continue;
                }
                version
            };
            if host.is_none() {
                host = custody_api::Host::open(&path, Arc::new(custody_api::SystemClock)).ok();
            }
            let Some(h) = host.as_mut() else {
                continue;
            };
            match custody_api::jobs::shortage_list(h) {
                Ok((day, list)) => {
                    if let Ok(mut lists) = state.lists.lock() {
                        lists.keep(day, version, list);
                    }
                }
                Err(e) => {
                    failed_at = Some(version);
                    eprintln!("custody: the shortage list could not be computed: {e}");
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use custody_core::levels::RuleInput;

    fn today() -> NaiveDate {
        chrono::Local::now().date_naive()
    }

    #[test]
    fn the_kept_list_is_reused_until_another_connection_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.db");
        let now = crate::commands::now();
        let mut main = Store::open(&path).unwrap();
        main.create_demo(custody_core::demo::Scale::Small, now)
            .unwrap();
        let admin = main.actor("admin").unwrap();
        let mut lists = Lists::new(path);
        let first = lists.shortages(&admin, today()).unwrap();
        let again = lists.shortages(&admin, today()).unwrap();
        assert!(
            Arc::ptr_eq(&first, &again),
            "nothing changed: the same list"
        );
        assert!(lists.fresh(today()).unwrap());
        // A rule raised far above what is held makes a new shortage, seen at once.
        let held = main
            .stock(&admin, &custody_core::stock::StockFilter::default())
            .unwrap()
            .into_iter()
            .find(|r| r.in_stock > 0)
            .unwrap();
        main.set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: held.gtin.clone(),
                location: held.location.clone(),
                reorder_point: 100_000,
                par_level: 200_000,
                lead_time_days: Some(7),
            },
            now,
        )
        .unwrap();
        assert!(!lists.fresh(today()).unwrap());
        let after = lists.shortages(&admin, today()).unwrap();
        assert!(after
            .iter()
            .any(|p| p.gtin == held.gtin && p.location == held.location));
        assert!(!Arc::ptr_eq(&first, &after));
    }

    #[test]
    fn a_list_sorted_by_a_column_is_kept_and_in_that_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.db");
        let mut main = Store::open(&path).unwrap();
        main.create_demo(custody_core::demo::Scale::Small, crate::commands::now())
            .unwrap();
        let admin = main.actor("admin").unwrap();
        let mut lists = Lists::new(path);
        let windows = [30, 365];
        let by_value = lists
            .expiry_sorted(&admin, &windows, None, today(), ExpiryOrder::Value, true)
            .unwrap();
        let whole = main.expiring(&admin, &windows, None, today()).unwrap();
        assert_eq!(by_value.len(), whole.len());
        assert!(
            whole.len() > 10,
            "the demo has stock expiring within a year"
        );
        assert!(by_value
            .windows(2)
            .all(|w| w[0].value_cents.unwrap_or(-1) >= w[1].value_cents.unwrap_or(-1)));
        let again = lists
            .expiry_sorted(&admin, &windows, None, today(), ExpiryOrder::Value, true)
            .unwrap();
        assert!(Arc::ptr_eq(&by_value, &again), "kept for the next pages");
        let own = lists.shortages(&admin, today()).unwrap();
        let by_order = lists
            .shortages_sorted(&admin, today(), ShortageOrder::Order, true)
            .unwrap();
        assert_eq!(own.len(), by_order.len());
        assert!(own.len() > 10, "the demo has shortages");
        assert!(by_order
            .windows(2)
            .all(|w| w[0].suggested_order >= w[1].suggested_order));
        let unsorted = lists
            .shortages_sorted(&admin, today(), ShortageOrder::Urgency, false)
            .unwrap();
        assert!(
            Arc::ptr_eq(&own, &unsorted),
            "its own order is the kept list"
        );
    }
}
