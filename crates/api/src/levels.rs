//! Stock levels: the Home screen's figures, shortages against reorder rules, stock expiring
//! within the site's alert windows, positions, a product's detail, and the reorder rules
//! themselves (set, imported, or suggested from what was used) with their changes.

use custody_core::levels::{
    sort_expiry_lines, Attention, ExpiryLine, ExpiryOrder, ExpiryRange, LevelPolicy, Position,
    ProductDetail, ReorderRule, RuleChange, RuleChangeFilter, RuleInput, ShortageOrder,
    SuggestParams,
};
use custody_core::Store;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{args, ApiError, Result};
use crate::lists::SortedLines;
use crate::master::CsvImport;
use crate::{text, Cx};

/// The largest page.
const MAX_PAGE: u32 = 1000;
/// The longest window, in days (ten years).
const MAX_WINDOW_DAYS: i64 = 3650;

/// One page of a list and how long the whole list is.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Page<T: TS> {
    /// The rows.
    pub rows: Vec<T>,
    /// Rows in the whole list.
    pub total: u32,
}

impl<T: TS + Clone> Page<T> {
    /// The page of `all` from `offset`, `limit` rows (all of them when `None`).
    fn of(all: &[T], offset: u32, limit: Option<u32>) -> Page<T> {
        let (start, end) = bounds(all.len(), offset, limit);
        Page {
            rows: all[start..end].to_vec(),
            total: all.len() as u32,
        }
    }
}

impl Page<ExpiryLine> {
    /// The page of a sorted expiry list from `offset`, `limit` rows (all of them when `None`).
    fn of_sorted(all: &SortedLines, offset: u32, limit: Option<u32>) -> Page<ExpiryLine> {
        let (start, end) = bounds(all.len(), offset, limit);
        Page {
            rows: all.lines(start, end),
            total: all.len() as u32,
        }
    }
}

/// Where the page from `offset`, `limit` rows (all of them when `None`), of a list of `len`
/// rows starts and ends.
fn bounds(len: usize, offset: u32, limit: Option<u32>) -> (usize, usize) {
    let start = (offset as usize).min(len);
    let end = match limit {
        Some(l) => (start + l.clamp(1, MAX_PAGE) as usize).min(len),
        None => len,
    };
    (start, end)
}

/// A window of days a person gave, checked.
fn window(field: &str, days: i64) -> Result<i64> {
    if (1..=MAX_WINDOW_DAYS).contains(&days) {
        Ok(days)
    } else {
        Err(ApiError::field(
            "levels.window_out_of_range",
            field,
            args([
                ("days", Value::from(days)),
                ("max", Value::from(MAX_WINDOW_DAYS)),
            ]),
        ))
    }
}

/// The consumption window's policy (default 90 days).
fn policy(window_days: Option<i64>) -> Result<LevelPolicy> {
    Ok(match window_days {
        Some(d) => LevelPolicy {
            window_days: window("window_days", d)?,
            ..LevelPolicy::default()
        },
        None => LevelPolicy::default(),
    })
}

/// What needs attention now: expired and expiring stock (within the site's smallest alert
/// window), shortages, open recalls, held packs; and the figures above them (packs and
/// products in stock, movements today).
pub fn attention(cx: &mut Cx<'_>, _: ()) -> Result<Attention> {
    // Often a fresh process's first reads of the file: unmapped, as `jobs::prepare_home` reads.
    cx.store().map_whole_file(false);
    let figures = attention_figures(cx);
    cx.store().map_whole_file(true);
    figures
}

fn attention_figures(cx: &mut Cx<'_>) -> Result<Attention> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    let soon = cx.settings()?.alert_windows.first().copied().unwrap_or(30);
    let mut figures = cx.store().attention_counts(me, soon, today)?;
    // The kept list, unless someone holds the lists right now (the keeper reading them as the
    // window opens): Home then counts on its own connection rather than waits.
    let kept = match cx.host().try_lists() {
        Some(mut lists) => Some(lists.shortages(me, today)?.len()),
        None => None,
    };
    let shortages = match kept {
        Some(n) => n,
        None => cx
            .store()
            .shortages(me, &LevelPolicy::default(), today)?
            .len(),
    };
    figures.shortages = shortages as i64;
    figures.figures = cx.store().figures(me, today)?;
    Ok(figures)
}

/// Which page of the shortage list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShortageQuery {
    /// Only this location code.
    #[serde(default)]
    pub location: Option<String>,
    /// The order (default: most urgent first).
    #[serde(default)]
    pub sort: ShortageOrder,
    /// That order reversed.
    #[serde(default)]
    pub descending: bool,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
    /// Rows on the page, 1 to 1,000 (all when absent).
    #[serde(default)]
    pub limit: Option<u32>,
    /// Days of use the daily consumption is averaged over (default 90; another window is
    /// computed afresh rather than kept).
    #[serde(default)]
    pub window_days: Option<i64>,
}

/// The shortage list: positions at or below their reorder point, most urgent first.
pub fn shortages(cx: &mut Cx<'_>, q: ShortageQuery) -> Result<Page<Position>> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    let list = match q.window_days {
        Some(_) => {
            let mut list = cx.store().shortages(me, &policy(q.window_days)?, today)?;
            custody_core::levels::sort_shortages(&mut list, q.sort, q.descending);
            std::sync::Arc::new(list)
        }
        None => cx
            .host()
            .lists()?
            .shortages_sorted(me, today, q.sort, q.descending)?,
    };
    Ok(match text(&q.location) {
        Some(l) => {
            let here: Vec<Position> = list.iter().filter(|p| p.location == l).cloned().collect();
            Page::of(&here, q.offset, q.limit)
        }
        None => Page::of(&list, q.offset, q.limit),
    })
}

/// The alert windows the expiry list is read over: the site's, up to `within` days (up to the
/// widest of them when none is given: the whole list, which the list keeper keeps).
pub(crate) fn expiry_windows(store: &Store, within: Option<i64>) -> Result<Vec<i64>> {
    let widest = store.alert_windows()?.last().copied().unwrap_or(90);
    let within = window("within_days", within.unwrap_or(widest))?;
    Ok(store.alert_windows_within(within)?)
}

/// Which page of the expiry list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ExpiryQuery {
    /// How far ahead to look, in days (default: the site's widest alert window). Lines are
    /// marked with the smallest of the site's windows they fall in.
    #[serde(default)]
    pub within_days: Option<i64>,
    /// Only this location code.
    #[serde(default)]
    pub location: Option<String>,
    /// Expired and expiring stock (the default), or only stock not yet expired: what Home's
    /// "expiring within N days" tile counts.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub range: Option<ExpiryRange>,
    /// The order (default: earliest expiry first).
    #[serde(default)]
    pub sort: ExpiryOrder,
    /// That order reversed.
    #[serde(default)]
    pub descending: bool,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
    /// Rows on the page, 1 to 1,000 (all when absent).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// Stock expired or expiring: earliest first, read a page at a time from SQLite, or sorted by
/// another column from the whole list kept in memory.
pub fn expiring(cx: &mut Cx<'_>, q: ExpiryQuery) -> Result<Page<ExpiryLine>> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    let location = text(&q.location);
    let windows = expiry_windows(cx.store(), q.within_days)?;
    let range = q.range.unwrap_or_default();
    if q.sort != ExpiryOrder::Expiry || q.descending {
        let list = cx.host().lists()?.expiry_sorted(
            me,
            &windows,
            location.as_deref(),
            today,
            range,
            q.sort,
            q.descending,
        )?;
        return Ok(Page::of_sorted(&list, q.offset, q.limit));
    }
    match q.limit {
        Some(limit) => {
            let (rows, total) = cx.store().expiring_page_in(
                me,
                &windows,
                location.as_deref(),
                today,
                range,
                q.offset,
                limit.clamp(1, MAX_PAGE),
            )?;
            Ok(Page { rows, total })
        }
        None => {
            let mut all =
                cx.store()
                    .expiring_in(me, &windows, location.as_deref(), today, range)?;
            sort_expiry_lines(&mut all, ExpiryOrder::Expiry, false);
            Ok(Page::of(&all, q.offset, None))
        }
    }
}

/// Which product's detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ProductQueryByGtin {
    /// GTIN.
    pub gtin: String,
}

/// A product's detail: positions per location, lots, daily use.
pub fn product_detail(cx: &mut Cx<'_>, q: ProductQueryByGtin) -> Result<ProductDetail> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    Ok(cx
        .store()
        .product_detail(me, q.gtin.trim(), &LevelPolicy::default(), today)?)
}

/// Which positions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PositionQuery {
    /// Only this GTIN.
    #[serde(default)]
    pub product: Option<String>,
    /// Only this location code.
    #[serde(default)]
    pub location: Option<String>,
    /// Days of use the daily consumption is averaged over (default 90).
    #[serde(default)]
    pub window_days: Option<i64>,
}

/// Stock positions against reorder rules: usable stock, days of cover, suggested order.
pub fn positions(cx: &mut Cx<'_>, q: PositionQuery) -> Result<Vec<Position>> {
    let me = cx.me()?;
    let today = cx.now()?.local_date();
    let policy = policy(q.window_days)?;
    Ok(cx.store().positions(
        me,
        text(&q.product).as_deref(),
        text(&q.location).as_deref(),
        &policy,
        today,
    )?)
}

/// Every reorder rule.
pub fn reorder_rules(cx: &mut Cx<'_>, _: ()) -> Result<Vec<ReorderRule>> {
    let me = cx.me()?;
    Ok(cx.store().reorder_rules(me)?)
}

/// The changes of reorder rules (who, when, the levels before and after), newest first: by
/// product, location and local days when asked.
pub fn reorder_rule_changes(cx: &mut Cx<'_>, f: RuleChangeFilter) -> Result<Vec<RuleChange>> {
    let me = cx.me()?;
    Ok(cx.store().reorder_rule_changes(me, &f)?)
}

/// A reorder rule to set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RuleForm {
    /// The product (GTIN).
    pub gtin: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min), packs.
    pub reorder_point: i64,
    /// Par level (max), packs.
    pub par_level: i64,
    /// Lead time in days (default 7).
    #[serde(default)]
    pub lead_time_days: Option<i64>,
}

/// Sets (or replaces) the reorder rule of a product at a location (managers, administrators).
pub fn set_reorder_rule(cx: &mut Cx<'_>, r: RuleForm) -> Result<ReorderRule> {
    let me = cx.me()?;
    let now = cx.now()?;
    let input = RuleInput {
        gtin: r.gtin.trim().to_string(),
        location: r.location.trim().to_string(),
        reorder_point: r.reorder_point,
        par_level: r.par_level,
        lead_time_days: r.lead_time_days,
    };
    Ok(cx.store().set_reorder_rule(me, &input, now)?)
}

/// Imports reorder rules from CSV, all lines or none; how many were set.
pub fn import_reorder_rules(cx: &mut Cx<'_>, i: CsvImport) -> Result<u64> {
    import_reorder_rules_bytes(cx, i.csv.as_bytes())
}

/// Imports reorder rules from a CSV file's bytes as read (the command line's): a byte that is
/// not UTF-8 is refused by line, never replaced.
pub fn import_reorder_rules_bytes(cx: &mut Cx<'_>, csv: &[u8]) -> Result<u64> {
    let me = cx.me()?;
    let now = cx.now()?;
    Ok(cx.store().import_reorder_rules(me, csv, now)? as u64)
}

/// How to suggest reorder rules from what was used.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SuggestRequest {
    /// Only at this location code.
    #[serde(default)]
    pub location: Option<String>,
    /// Lead time in days (default 7).
    #[serde(default)]
    pub lead_time_days: Option<i64>,
    /// Safety stock in days of use (default 7).
    #[serde(default)]
    pub safety_days: Option<i64>,
    /// Days of use one order should cover (default 30).
    #[serde(default)]
    pub cycle_days: Option<i64>,
    /// Days of use averaged (default 90).
    #[serde(default)]
    pub window_days: Option<i64>,
    /// Set the suggested rules (managers, administrators), not only show them.
    #[serde(default)]
    pub apply: bool,
}

/// Reorder rules suggested from each product's use; set when asked.
pub fn suggest_reorder_rules(cx: &mut Cx<'_>, s: SuggestRequest) -> Result<Vec<ReorderRule>> {
    let me = cx.me()?;
    let now = cx.now()?;
    let defaults = SuggestParams::default();
    let params = SuggestParams {
        lead_time_days: s.lead_time_days.unwrap_or(defaults.lead_time_days),
        safety_days: s.safety_days.unwrap_or(defaults.safety_days),
        cycle_days: s.cycle_days.unwrap_or(defaults.cycle_days),
    };
    let policy = policy(s.window_days)?;
    let store = cx.store();
    let location = match text(&s.location) {
        Some(code) => Some(store.location(&code)?.id),
        None => None,
    };
    Ok(store.suggest_reorder_rules(me, location, params, &policy, s.apply, now)?)
}
