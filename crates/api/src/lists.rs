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
//! Decision: docs/decisions/2026-12-02-history-independent-levels.md, "The whole expiry list
//! kept".

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use custody_core::levels::{
    expiry_order, sort_shortages, ExpiryLine, ExpiryOrder, ExpiryRange, LevelPolicy, Position,
    ShortageOrder,
};
use custody_core::{CoreResult, Store, User};
/// A list as computed for a key (the day, and any filters and order) at a data version.
struct Kept<L> {
    key: String,
    version: i64,
    list: Arc<L>,
}

/// The expiry list in an order other than its own: the lines of `lines` at the places in
/// `order`, in that order. The places are sorted, not the lines: the lines stay where they are
/// (the kept whole list itself, or a list read for the request, which is kept as the whole list
/// when it is one), and a first sort neither copies nor frees 180,000 of them.
#[derive(Debug)]
pub(crate) struct SortedLines {
    lines: Arc<Vec<ExpiryLine>>,
    order: Vec<usize>,
}

impl SortedLines {
    /// How many lines.
    pub(crate) fn len(&self) -> usize {
        self.order.len()
    }

    /// The lines from the `start`th to before the `end`th, in this order; `start <= end <=
    /// self.len()` (a page's bounds, as `levels::bounds` gives them), or it panics.
    pub(crate) fn lines(&self, start: usize, end: usize) -> Vec<ExpiryLine> {
        self.order[start..end]
            .iter()
            .map(|&at| self.lines[at].clone())
            .collect()
    }
}

/// The kept lists and their connection (opened on first use).
pub struct Lists {
    path: PathBuf,
    /// The data version the keeper saw on its last look (see [`crate::jobs::keep_lists`]).
    pub(crate) last_seen: Option<i64>,
    store: Option<Store>,
    /// Whether `store` reads through its mapping of the file yet (see [`Lists::store`]).
    mapped: bool,
    /// The shortage list in its own order, for the day it was computed.
    shortages: Option<Kept<Vec<Position>>>,
    /// The shortage list in the order last asked for, when not its own.
    sorted_shortages: Option<Kept<Vec<Position>>>,
    /// The whole expiry list in its own order (every location, expired and expiring stock), for
    /// the day and alert windows it was computed for: what a sort by another column starts from.
    expiry: Option<Kept<Vec<ExpiryLine>>>,
    /// The expiry list in the order last asked for, when not its own (its own order is read a
    /// page at a time from SQLite instead).
    sorted_expiry: Option<Kept<SortedLines>>,
}

/// The kept list in `slot` when it is the one for `key` at `version`.
fn held<L>(slot: &Option<Kept<L>>, key: &str, version: i64) -> Option<Arc<L>> {
    slot.as_ref()
        .filter(|s| s.key == key && s.version == version)
        .map(|s| s.list.clone())
}

/// Keeps `list`, the list for `key` at `version`, in `slot`, unless the slot already holds that
/// list at the same or a later version (read by a visit while the keeper read this one).
fn keep_newer<L>(slot: &mut Option<Kept<L>>, key: String, version: i64, list: Arc<L>) {
    if slot
        .as_ref()
        .is_some_and(|s| s.key == key && s.version >= version)
    {
        return;
    }
    *slot = Some(Kept { key, version, list });
}

/// The key of the whole expiry list of `today` over `windows` (in any order).
fn expiry_key(today: NaiveDate, windows: &[i64]) -> String {
    let mut windows = windows.to_vec();
    windows.sort_unstable();
    windows.dedup();
    format!("{today}|{windows:?}")
}

/// Which of the keeper's lists are not those of the day and the data as they are now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stale {
    pub shortages: bool,
    pub expiry: bool,
}

/// The kept list for `key` at `version`, or a new one from `compute`, kept in `slot`.
fn kept<L>(
    slot: &mut Option<Kept<L>>,
    key: String,
    version: i64,
    compute: impl FnOnce() -> CoreResult<L>,
) -> CoreResult<Arc<L>> {
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
            mapped: false,
            shortages: None,
            sorted_shortages: None,
            expiry: None,
            sorted_expiry: None,
        }
    }

    fn store(&mut self) -> CoreResult<&Store> {
        if self.store.is_none() {
            // Unmapped: these lists may be the first reads of a fresh process, and read mapped
            // from a cold cache each page's fault read 8 MB of its neighbours
            // (`Store::map_whole_file`).
            let store = Store::open(&self.path)?;
            store.map_whole_file(false);
            self.store = Some(store);
        }
        // Set just above when it was not yet.
        let store = self.store.as_ref().expect("opened above");
        if !self.mapped && self.shortages.is_some() && self.expiry.is_some() {
            // Both lists have been read in this process, here or by the keeper: the pages they
            // read are in the system's cache now (unless it has since dropped them: then a read
            // here faults them in with their neighbours, as a fresh process's would). Any commit
            // elsewhere empties this connection's own cache, and read unmapped, the whole expiry
            // list was then copied into it again page by page; mapped, it is read where it lies
            // (a sort after a commit on the hospital file: 170-218 ms before, 132-198 after).
            // Switched here, before any statement of the request.
            store.map_whole_file(true);
            self.mapped = true;
        }
        Ok(store)
    }

    /// The database's data version on this connection: it changes whenever another
    /// connection commits (this one only reads).
    pub(crate) fn version(&mut self) -> CoreResult<i64> {
        Ok(self.store()?.data_stamp()?.0)
    }

    /// Which of the kept shortage list and whole expiry list (over `windows`) are not the
    /// ones for `today` and the data as it is now.
    pub(crate) fn stale(&mut self, today: NaiveDate, windows: &[i64]) -> CoreResult<Stale> {
        let version = self.version()?;
        Ok(Stale {
            shortages: held(&self.shortages, &today.to_string(), version).is_none(),
            expiry: held(&self.expiry, &expiry_key(today, windows), version).is_none(),
        })
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
        let key = expiry_key(today, windows);
        keep_newer(&mut self.expiry, key, version, Arc::new(list));
    }

    /// Keeps `list`, the shortages of `today` as computed elsewhere while the data was at
    /// `version` (as this connection sees it), for the next visit.
    pub(crate) fn keep(&mut self, today: NaiveDate, version: i64, list: Vec<Position>) {
        keep_newer(
            &mut self.shortages,
            today.to_string(),
            version,
            Arc::new(list),
        );
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
    /// its next pages come from memory. It is filtered and sorted from the kept whole list over
    /// `windows` when that is current; otherwise the list is read for `location` and `range`
    /// alone, and a whole list so read is kept in place of an older one of the same day and
    /// windows (never in place of the keeper's over other windows, nor of another day's: the
    /// keeper reads the new day's list at its next look).
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
    ) -> CoreResult<Arc<SortedLines>> {
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
        let whole = &mut self.expiry;
        kept(&mut self.sorted_expiry, key, version, || {
            let (lines, places) = match held(whole, &whole_key, version) {
                Some(whole) => {
                    let places = (0..whole.len())
                        .filter(|&at| {
                            let l = &whole[at];
                            code.is_none_or(|c| *l.location == *c)
                                && (range == ExpiryRange::ExpiredAndExpiring || l.days_left >= 0)
                        })
                        .collect();
                    (whole, places)
                }
                None => {
                    let list = Arc::new(store.expiring_in(actor, windows, code, today, range)?);
                    let is_whole = code.is_none() && range == ExpiryRange::ExpiredAndExpiring;
                    if is_whole && whole.as_ref().is_none_or(|k| k.key == whole_key) {
                        keep_newer(whole, whole_key, version, list.clone());
                    }
                    let places = (0..list.len()).collect();
                    (list, places)
                }
            };
            let order = expiry_order(&lines, places, by, descending);
            Ok(SortedLines { lines, order })
        })
    }
}

#[cfg(test)]
mod tests {
    use custody_core::levels::ExpiryLine;
    use serde_json::{json, Value};

    use crate::{ops, Host};

    /// A line no file holds (the product "Kept"), `days_left` from `today`, at `location`.
    fn line(today: chrono::NaiveDate, location: &str, days_left: i64, value: i64) -> ExpiryLine {
        ExpiryLine {
            gtin: "00000000000017".into(),
            product: "Kept".into(),
            lot: None,
            location: location.into(),
            expiry: today + chrono::Duration::days(days_left),
            days_left,
            window: 30,
            quantity: 1,
            value_cents: Some(value),
        }
    }

    #[test]
    fn a_sort_by_another_column_filters_and_sorts_the_kept_whole_list() {
        let (_dir, mut host) = Host::small_demo();
        let mut admin = crate::sign_in(&mut host, "admin", "custody-demo").unwrap();
        let today = host.clock().now().local_date();
        let windows = crate::levels::expiry_windows(host.store(), None).unwrap();
        {
            // In place of the list the file gives: what a sort returns then came from here.
            let mut lists = host.lists().unwrap();
            let version = lists.version().unwrap();
            let kept = vec![
                line(today, "MAIN", -3, 500),
                line(today, "MAIN", 10, 100),
                line(today, "ELSEWHERE", 20, 900),
            ];
            lists.keep_expiry(today, &windows, version, kept);
        }
        let values = |host: &mut Host, admin: &mut crate::Session, request: Value| {
            let answer = ops::call(host, Some(admin), "expiring", request).unwrap();
            let rows = answer["rows"].as_array().unwrap().clone();
            rows.iter()
                .map(|l| {
                    let product = l["product"].as_str().unwrap().to_string();
                    (product, l["value_cents"].as_i64().unwrap_or(-1))
                })
                .collect::<Vec<_>>()
        };
        let kept = |values: &[i64]| -> Vec<(String, i64)> {
            values.iter().map(|v| ("Kept".to_string(), *v)).collect()
        };
        let by_value = json!({"sort": "value_cents", "descending": true});
        assert_eq!(
            values(&mut host, &mut admin, by_value.clone()),
            kept(&[900, 500, 100])
        );
        let mut at_main = by_value.clone();
        at_main["location"] = json!("MAIN");
        assert_eq!(
            values(&mut host, &mut admin, at_main),
            kept(&[500, 100]),
            "one location's lines"
        );
        let mut unexpired = by_value.clone();
        unexpired["range"] = json!("expiring_only");
        assert_eq!(
            values(&mut host, &mut admin, unexpired),
            kept(&[900, 100]),
            "expired lines left out"
        );
        let mut wider = by_value;
        wider["within_days"] = json!(365);
        assert!(
            !values(&mut host, &mut admin, wider)
                .iter()
                .any(|(product, _)| product == "Kept"),
            "a list over other windows is read from the file"
        );
        // Another order, so that the sorted list kept above is not the answer.
        let by_value_up = json!({"sort": "value_cents", "descending": false});
        assert_eq!(
            values(&mut host, &mut admin, by_value_up.clone()),
            kept(&[100, 500, 900]),
            "the list over other windows was not kept in place of the whole list"
        );
        {
            let mut lists = host.lists().unwrap();
            let older = lists.version().unwrap() - 1;
            let other = vec![line(today, "MAIN", 1, 7)];
            lists.keep_expiry(today, &windows, older, other);
        }
        let mut by_quantity = by_value_up;
        by_quantity["sort"] = json!("quantity");
        assert_eq!(
            values(&mut host, &mut admin, by_quantity),
            kept(&[500, 100, 900]),
            "a list read at an earlier data version does not replace a later one"
        );
        assert!(
            !values(&mut host, &mut admin, json!({"limit": 50}))
                .iter()
                .any(|(product, _)| product == "Kept"),
            "the list's own order is read a page at a time from the file"
        );
    }
}
