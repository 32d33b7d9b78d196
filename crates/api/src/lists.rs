//! The shortage list and the whole expiry list, kept computed on a connection of their own, and
//! the levels lists sorted by a column other than their own, kept for their next pages.
//!
//! Shortages are ranked by when usable stock runs out, which takes the position of every
//! reorder rule (about half a second for a hospital's 65,000 rules): too slow to compute on each
//! visit or each Home screen. The last list is kept with the database's data version it was
//! computed at; the keeper ([`crate::jobs::keep_lists`], which a front end calls every couple of
//! seconds) recomputes it once the database has changed and then stayed quiet, so a visit almost
//! always finds it ready, and otherwise computes it itself (never holding up scans on the main
//! connection). Every host on the same file shares one `Lists`. Decision:
//! docs/decisions/2026-11-22-kept-shortage-list.md.
//!
//! The expiry list is read a page at a time from SQLite in its own order; sorted by another
//! column it is read whole (a hospital's list is 180,000 lines, about 0.2 s to read), so the
//! keeper keeps the whole list too, and a sort filters and sorts the kept list in memory.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use custody_core::levels::{
    sort_expiry_lines, sort_shortages, ExpiryLine, ExpiryOrder, ExpiryRange, LevelPolicy, Position,
    ShortageOrder,
};
use custody_core::{CoreResult, Store, User};
/// A list as computed for a key (the day, and any filters and order) at a data version.
struct Kept<T> {
    key: String,
    version: i64,
    list: Arc<Vec<T>>,
}

/// The kept lists and their connection (opened on first use).
pub struct Lists {
    path: PathBuf,
    /// The data version the keeper saw on its last look (see [`crate::jobs::keep_lists`]).
    pub(crate) last_seen: Option<i64>,
    store: Option<Store>,
    /// The shortage list in its own order, for the day it was computed.
    shortages: Option<Kept<Position>>,
    /// The shortage list in the order last asked for, when not its own.
    sorted_shortages: Option<Kept<Position>>,
    /// The whole expiry list in its own order (every location, expired and expiring stock), for
    /// the day and alert windows it was computed for: what a sort by another column starts from.
    expiry: Option<Kept<ExpiryLine>>,
    /// The expiry list in the order last asked for, when not its own (its own order is read a
    /// page at a time from SQLite instead).
    sorted_expiry: Option<Kept<ExpiryLine>>,
}

/// The kept list in `slot` when it is the one for `key` at `version`.
fn held<T>(slot: &Option<Kept<T>>, key: &str, version: i64) -> Option<Arc<Vec<T>>> {
    slot.as_ref()
        .filter(|s| s.key == key && s.version == version)
        .map(|s| s.list.clone())
}

/// The key of the whole expiry list of `today` over `windows`.
fn expiry_key(today: NaiveDate, windows: &[i64]) -> String {
    format!("{today}|{windows:?}")
}

/// The kept list for `key` at `version`, or a new one from `compute`, kept in `slot`.
fn kept<T>(
    slot: &mut Option<Kept<T>>,
    key: String,
    version: i64,
    compute: impl FnOnce() -> CoreResult<Vec<T>>,
) -> CoreResult<Arc<Vec<T>>> {
    if let Some(list) = held(slot, &key, version) {
        return Ok(list);
    }
    let list = Arc::new(compute()?);
    *slot = Some(Kept {
        key,
        version,
        list: list.clone(),
    });
    Ok(list)
}

impl std::fmt::Debug for Lists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lists")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Lists {
    pub fn new(path: PathBuf) -> Self {
        Lists {
            path,
            last_seen: None,
            store: None,
            shortages: None,
            sorted_shortages: None,
            expiry: None,
            sorted_expiry: None,
        }
    }

    fn store(&mut self) -> CoreResult<&Store> {
        if self.store.is_none() {
            // Unmapped: these lists are the first reads of a fresh process, and read mapped
            // from a cold cache each page's fault read 8 MB of its neighbours; once in this
            // connection's cache they read as fast as mapped (`Store::map_whole_file`).
            let store = Store::open(&self.path)?;
            store.map_whole_file(false);
            self.store = Some(store);
        }
        // Set just above when it was not yet.
        Ok(self.store.as_ref().expect("opened above"))
    }

    /// The database's data version on this connection: it changes whenever another
    /// connection commits (this one only reads).
    pub(crate) fn version(&mut self) -> CoreResult<i64> {
        Ok(self.store()?.data_stamp()?.0)
    }

    /// True when the kept shortage list and whole expiry list (over `windows`) are the ones for
    /// `today` and the data as it is now.
    pub(crate) fn fresh(&mut self, today: NaiveDate, windows: &[i64]) -> CoreResult<bool> {
        let version = self.version()?;
        Ok(held(&self.shortages, &today.to_string(), version).is_some()
            && held(&self.expiry, &expiry_key(today, windows), version).is_some())
    }

    /// Keeps `list`, the whole expiry list of `today` over `windows` as computed elsewhere while
    /// the data was at `version` (as this connection sees it), for the next sort.
    pub(crate) fn keep_expiry(
        &mut self,
        today: NaiveDate,
        windows: &[i64],
        version: i64,
        list: Vec<ExpiryLine>,
    ) {
        self.expiry = Some(Kept {
            key: expiry_key(today, windows),
            version,
            list: Arc::new(list),
        });
    }

    /// Keeps `list`, the shortages of `today` as computed elsewhere while the data was at
    /// `version` (as this connection sees it), for the next visit.
    pub(crate) fn keep(&mut self, today: NaiveDate, version: i64, list: Vec<Position>) {
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
        // `self.store()` above opened it.
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

    /// The expiry list sorted `by` (`descending` reversed), kept until the data changes so that
    /// its next pages come from memory. It is filtered and sorted from the kept whole list when
    /// that is current (computed and kept first when this is the whole list), and otherwise read
    /// for `location` and `range` alone.
    #[allow(clippy::too_many_arguments)] // the list's parameters, then its order
    pub fn expiry_sorted(
        &mut self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        range: ExpiryRange,
        by: ExpiryOrder,
        descending: bool,
    ) -> CoreResult<Arc<Vec<ExpiryLine>>> {
        let version = self.version()?;
        self.store()?
            .check(actor, custody_core::permissions::Operation::ViewStock)?;
        // `self.store()` above opened it.
        let store = self.store.as_ref().expect("opened above");
        // A location named must exist, as when its list is read alone.
        let location = location.map(|c| store.location(c.trim())).transpose()?;
        let code = location.as_ref().map(|l| l.code.as_str());
        let whole_key = expiry_key(today, windows);
        let key = format!("{whole_key}|{code:?}|{range:?}|{by:?}|{descending}");
        if let Some(list) = held(&self.sorted_expiry, &key, version) {
            return Ok(list);
        }
        let whole = match held(&self.expiry, &whole_key, version) {
            Some(whole) => Some(whole),
            None if code.is_none() && range == ExpiryRange::ExpiredAndExpiring => {
                let whole = Arc::new(store.expiring_in(actor, windows, None, today, range)?);
                self.expiry = Some(Kept {
                    key: whole_key,
                    version,
                    list: whole.clone(),
                });
                Some(whole)
            }
            None => None,
        };
        let mut list = match whole {
            Some(whole) => whole
                .iter()
                .filter(|l| code.is_none_or(|c| *l.location == *c))
                .filter(|l| range == ExpiryRange::ExpiredAndExpiring || l.days_left >= 0)
                .cloned()
                .collect(),
            None => store.expiring_in(actor, windows, code, today, range)?,
        };
        sort_expiry_lines(&mut list, by, descending);
        let list = Arc::new(list);
        self.sorted_expiry = Some(Kept {
            key,
            version,
            list: list.clone(),
        });
        Ok(list)
    }
}
