//! The shortage list, kept computed on a connection of its own, and the levels lists sorted by a
//! column other than their own, kept for their next pages.
//!
//! Shortages are ranked by when usable stock runs out, which takes the position of every
//! reorder rule (about half a second for a hospital's 65,000 rules): too slow to compute on each
//! visit or each Home screen. The last list is kept with the database's data version it was
//! computed at; the keeper ([`crate::jobs::keep_lists`], which a front end calls every couple of
//! seconds) recomputes it once the database has changed and then stayed quiet, so a visit almost
//! always finds it ready, and otherwise computes it itself (never holding up scans on the main
//! connection). Every host on the same file shares one `Lists`. Decision:
//! docs/decisions/2026-11-22-kept-shortage-list.md.

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

    /// Reads the whole expiry list of `windows` as of `today` once on this connection, keeping
    /// nothing: the pages it reads are then in this connection's cache (until another
    /// connection commits), so the first sort of the list by another column (which reads it
    /// whole, on this connection) costs what a later one does ([`crate::jobs::prepare_home`]).
    pub(crate) fn warm_expiry(
        &mut self,
        actor: &User,
        windows: &[i64],
        today: NaiveDate,
    ) -> CoreResult<()> {
        self.store()?
            .expiring_in(actor, windows, None, today, ExpiryRange::default())?;
        Ok(())
    }

    /// True when the kept shortage list is the one for `today` and the data as it is now.
    pub(crate) fn fresh(&mut self, today: NaiveDate) -> CoreResult<bool> {
        let version = self.version()?;
        let key = today.to_string();
        Ok(self
            .shortages
            .as_ref()
            .is_some_and(|k| k.key == key && k.version == version))
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

    /// The whole expiry list sorted `by` (`descending` reversed), kept until the data
    /// changes so that its next pages come from memory.
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
        let key = format!("{today}|{windows:?}|{location:?}|{range:?}|{by:?}|{descending}");
        self.store()?
            .check(actor, custody_core::permissions::Operation::ViewStock)?;
        // `self.store()` above opened it.
        let store = self.store.as_ref().expect("opened above");
        kept(&mut self.sorted_expiry, key, version, || {
            let mut list = store.expiring_in(actor, windows, location, today, range)?;
            sort_expiry_lines(&mut list, by, descending);
            Ok(list)
        })
    }
}
