//! Stock levels: reorder rules, the stock position of a product at a location (on hand, held,
//! expired, usable cover), consumption, shortages with suggested orders, and expiry alerts.
//!
//! Everything here is a query over the current state and the `consumption` projection, correct
//! right after any event; there is no nightly job to fail.
//!
//! **Usable cover** is on hand minus what will expire before it can be used: the stock is
//! consumed first-expiry-first-out at the average daily consumption, and the units that would
//! still be on the shelf on their expiry date are not cover. A pack is usable through its expiry
//! date; consumption happens through each day, so by the end of day `k` (today is day 0)
//! `rate × (k + 1)` has been used.
//!
//! **The consumption window** is one definition for every figure here: the `window_days` local
//! days ending today, today included ([`LevelPolicy::consumption_window`]).

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use rusqlite::params;
use serde::Serialize;

use crate::error::{import_error, CoreError, CoreResult, FileProblem};
use crate::fields::parse_date;
use crate::import::csv::{problem, CsvFile};
use crate::model::*;
use crate::permissions::{require, Operation};
use crate::Store;

/// How consumption is averaged and what a rule defaults to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelPolicy {
    /// Days of dispensing the average daily consumption is taken over: see
    /// [`LevelPolicy::consumption_window`] for exactly which days.
    pub window_days: i64,
    /// Lead time for a product and location without a rule's own.
    pub lead_time_days: i64,
}

impl Default for LevelPolicy {
    fn default() -> Self {
        LevelPolicy {
            window_days: 90,
            lead_time_days: 7,
        }
    }
}

impl LevelPolicy {
    /// The consumption window on `today`: **the `window_days` local days ending today**, today
    /// included — from `today - (window_days - 1)` through `today`. With a 90-day window on
    /// 22 November, a dispense on 25 August (89 days back) is in it and one on 24 August
    /// (90 days back) is out. Today counts, though it is not over, so that a dispense shows in
    /// positions, shortages and the product detail right away (nothing here waits for a
    /// nightly job). A window of less than one day is taken as one.
    ///
    /// Every figure built on consumption — positions, shortages, rule suggestions and the
    /// product detail's daily use — takes its days from here and divides by
    /// [`ConsumptionWindow::days`], so that they always agree.
    pub fn consumption_window(&self, today: NaiveDate) -> ConsumptionWindow {
        let days = self.window_days.max(1);
        ConsumptionWindow {
            first_day: today - Duration::days(days - 1),
            last_day: today,
            days,
        }
    }
}

/// The days whose consumption is averaged, both ends included: see
/// [`LevelPolicy::consumption_window`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsumptionWindow {
    /// The first day counted.
    pub first_day: NaiveDate,
    /// The last day counted (today).
    pub last_day: NaiveDate,
    /// How many days that is: what the consumption is divided by for a daily average.
    pub days: i64,
}

impl ConsumptionWindow {
    /// Average daily consumption of `consumed` over the window.
    pub fn daily_rate(&self, consumed: i64) -> f64 {
        consumed as f64 / self.days as f64
    }

    /// The first and last day as the `consumption.day` column stores them, for `day BETWEEN`.
    fn bounds(&self) -> (String, String) {
        (self.first_day.to_string(), self.last_day.to_string())
    }
}

/// A reorder rule: order when usable stock falls below `reorder_point`, up to `par_level`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReorderRule {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min).
    pub reorder_point: i64,
    /// Par level (max).
    pub par_level: i64,
    /// Days from order to delivery.
    pub lead_time_days: i64,
}

/// A rule as entered: product by GTIN, location by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInput {
    /// GTIN.
    pub gtin: String,
    /// Location code.
    pub location: String,
    /// Reorder point (min).
    pub reorder_point: i64,
    /// Par level (max).
    pub par_level: i64,
    /// Lead time in days (default 7).
    pub lead_time_days: Option<i64>,
}

/// How rules are suggested from consumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuggestParams {
    /// Days from order to delivery.
    pub lead_time_days: i64,
    /// Safety stock, in days of consumption.
    pub safety_days: i64,
    /// Days between orders: the par level covers these on top of the reorder point.
    pub cycle_days: i64,
}

impl Default for SuggestParams {
    fn default() -> Self {
        SuggestParams {
            lead_time_days: 7,
            safety_days: 7,
            cycle_days: 30,
        }
    }
}

/// Where a product stands at a location.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Position {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Location code.
    pub location: String,
    /// Usable: in stock and not expired (recalled stock is held, so not in stock).
    pub on_hand: i64,
    /// Held in quarantine here.
    pub quarantined: i64,
    /// Expired but still in stock (to be pulled).
    pub expired_in_stock: i64,
    /// On hand minus what will expire before the current consumption can use it.
    pub usable_cover: i64,
    /// On hand that will expire unused at the current consumption.
    pub will_expire_unused: i64,
    /// Average daily consumption over the window.
    pub daily_consumption: f64,
    /// Usable cover in days of consumption (none without consumption).
    pub days_of_cover: Option<f64>,
    /// The day usable stock runs out at the current consumption.
    pub stockout_on: Option<NaiveDate>,
    /// The reorder point, if there is a rule.
    pub reorder_point: Option<i64>,
    /// The par level, if there is a rule.
    pub par_level: Option<i64>,
    /// Lead time used (the rule's, or the default).
    pub lead_time_days: i64,
    /// Why this is a shortage, if it is one.
    pub shortage: Option<String>,
    /// Suggested order, up to par (0 when not short).
    pub suggested_order: i64,
}

/// How the shortage list may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ShortageOrder {
    /// Most urgent first: by days of cover (none left first), then by how far below the
    /// reorder point. The list's own order.
    #[default]
    Urgency,
    /// By product name.
    Product,
    /// By location code.
    Location,
    /// By usable cover.
    #[serde(rename = "usable_cover")]
    Usable,
    /// By the suggested order quantity.
    #[serde(rename = "suggested_order")]
    Order,
}

impl std::str::FromStr for ShortageOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "urgency" | "days_of_cover" => ShortageOrder::Urgency,
            "product" => ShortageOrder::Product,
            "location" => ShortageOrder::Location,
            "usable_cover" => ShortageOrder::Usable,
            "suggested_order" => ShortageOrder::Order,
            other => return Err(format!("the shortage list cannot be sorted by '{other}'")),
        })
    }
}

/// Sorts shortages by `by` (`descending` reverses it); ties fall back on urgency, then product
/// and location, so the order is always the same.
pub fn sort_shortages(list: &mut [Position], by: ShortageOrder, descending: bool) {
    let urgency = |p: &Position| match p.days_of_cover {
        Some(d) => d,
        None if p.usable_cover == 0 => 0.0,
        None => f64::INFINITY,
    };
    let below = |p: &Position| p.usable_cover as f64 / p.reorder_point.unwrap_or(1).max(1) as f64;
    let most_urgent = |a: &Position, b: &Position| {
        urgency(a)
            .total_cmp(&urgency(b))
            .then(below(a).total_cmp(&below(b)))
            .then_with(|| (&a.product, &a.location).cmp(&(&b.product, &b.location)))
    };
    list.sort_by(|a, b| {
        let first = match by {
            ShortageOrder::Urgency => std::cmp::Ordering::Equal,
            ShortageOrder::Product => a.product.cmp(&b.product),
            ShortageOrder::Location => a.location.cmp(&b.location),
            ShortageOrder::Usable => a.usable_cover.cmp(&b.usable_cover),
            ShortageOrder::Order => a.suggested_order.cmp(&b.suggested_order),
        };
        let first = if descending { first.reverse() } else { first };
        first.then_with(|| {
            if by == ShortageOrder::Urgency && descending {
                most_urgent(b, a)
            } else {
                most_urgent(a, b)
            }
        })
    });
}

/// How the expiry list may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ExpiryOrder {
    /// Earliest expiry first, then product, lot and location: the list's own order, read a
    /// page at a time from the indexes.
    #[default]
    Expiry,
    /// By product name.
    Product,
    /// By location code.
    Location,
    /// By quantity.
    Quantity,
    /// By value at the contract price (an unknown price counts as the lowest).
    #[serde(rename = "value_cents")]
    Value,
}

impl std::str::FromStr for ExpiryOrder {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "expiry" | "days_left" => ExpiryOrder::Expiry,
            "product" => ExpiryOrder::Product,
            "location" => ExpiryOrder::Location,
            "quantity" => ExpiryOrder::Quantity,
            "value_cents" | "value" => ExpiryOrder::Value,
            other => return Err(format!("the expiry list cannot be sorted by '{other}'")),
        })
    }
}

/// Sorts expiry lines by `by` (`descending` reverses it); ties keep the list's own order
/// (earliest expiry first), which a stable sort of that list gives.
pub fn sort_expiry_lines(list: &mut [ExpiryLine], by: ExpiryOrder, descending: bool) {
    let key = |a: &ExpiryLine, b: &ExpiryLine| match by {
        ExpiryOrder::Expiry => a.expiry.cmp(&b.expiry),
        ExpiryOrder::Product => a.product.cmp(&b.product),
        ExpiryOrder::Location => a.location.cmp(&b.location),
        ExpiryOrder::Quantity => a.quantity.cmp(&b.quantity),
        ExpiryOrder::Value => a
            .value_cents
            .unwrap_or(-1)
            .cmp(&b.value_cents.unwrap_or(-1)),
    };
    list.sort_by(|a, b| if descending { key(b, a) } else { key(a, b) });
}

/// An expiry alert line: a product's lot at a location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpiryLine {
    /// GTIN-14.
    pub gtin: String,
    /// Product name.
    pub product: String,
    /// Lot.
    pub lot: Option<String>,
    /// Location code.
    pub location: String,
    /// Expiry date.
    pub expiry: NaiveDate,
    /// Days from today (negative: expired that many days ago).
    pub days_left: i64,
    /// The alert window it falls in, in days (0: expired).
    pub window: i64,
    /// Packs (or lot quantity).
    pub quantity: i64,
    /// Value at the product's contract unit price, in cents, when the price is known.
    pub value_cents: Option<i64>,
}

/// Reads `YYYY-MM-DD` without going through a general parser (the lists read many thousands).
fn iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return s.parse().ok();
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// Usable stock by expiry: (expiry, quantity); `None` never expires and is used last.
type Batches = Vec<(Option<NaiveDate>, i64)>;

/// On hand, expired in stock and usable cover of batches at a daily rate.
fn cover(batches: &mut Batches, rate: f64, today: NaiveDate) -> (i64, i64, i64) {
    batches.sort_by_key(|(e, _)| (e.is_none(), *e));
    let mut on_hand = 0;
    let mut expired = 0;
    let mut usable = 0;
    let mut used = 0.0_f64;
    for &(expiry, q) in batches.iter() {
        match expiry {
            Some(e) if e < today => expired += q,
            Some(e) => {
                on_hand += q;
                if rate <= 0.0 {
                    usable += q;
                    continue;
                }
                let capacity = rate * ((e - today).num_days() + 1) as f64;
                let take = (capacity - used).clamp(0.0, q as f64).floor() as i64;
                usable += take;
                used += take as f64;
            }
            None => {
                on_hand += q;
                usable += q;
                used += q as f64;
            }
        }
    }
    (on_hand, expired, usable)
}

/// Location codes and product GTINs and names, looked up once each.
struct Names<'s> {
    store: &'s Store,
    locations: HashMap<i64, String>,
    products: HashMap<i64, (String, String, Option<i64>)>,
}

impl<'s> Names<'s> {
    fn new(store: &'s Store) -> Self {
        Names {
            store,
            locations: HashMap::new(),
            products: HashMap::new(),
        }
    }

    fn location(&mut self, id: i64) -> CoreResult<&str> {
        if !self.locations.contains_key(&id) {
            let code: String = self
                .store
                .conn()
                .prepare_cached("SELECT code FROM location WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            self.locations.insert(id, code);
        }
        Ok(&self.locations[&id])
    }

    /// GTIN, name and contract price.
    fn product(&mut self, id: i64) -> CoreResult<&(String, String, Option<i64>)> {
        if !self.products.contains_key(&id) {
            let v = self
                .store
                .conn()
                .prepare_cached(
                    "SELECT gtin, name, contract_price_cents FROM product WHERE id = ?1",
                )?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            self.products.insert(id, v);
        }
        Ok(&self.products[&id])
    }
}

struct Rule {
    reorder_point: i64,
    par_level: i64,
    lead_time_days: i64,
}

/// Builds a position from what was gathered.
#[allow(clippy::too_many_arguments)]
fn position(
    gtin: &str,
    product: &str,
    location: &str,
    mut batches: Batches,
    quarantined: i64,
    consumed: i64,
    rule: Option<&Rule>,
    policy: &LevelPolicy,
    today: NaiveDate,
) -> Position {
    let rate = policy.consumption_window(today).daily_rate(consumed);
    let (on_hand, expired, usable) = cover(&mut batches, rate, today);
    let days = (rate > 0.0).then(|| usable as f64 / rate);
    let lead = rule.map_or(policy.lead_time_days, |r| r.lead_time_days);
    let shortage = rule.and_then(|r| {
        if usable < r.reorder_point {
            Some(format!(
                "usable cover {usable} is below the reorder point {}",
                r.reorder_point
            ))
        } else {
            days.filter(|d| *d < lead as f64).map(|d| {
                format!("usable cover lasts {d:.1} days, less than the lead time of {lead} days")
            })
        }
    });
    let suggested = match (&shortage, rule) {
        (Some(_), Some(r)) => (r.par_level - usable).max(0),
        _ => 0,
    };
    Position {
        gtin: gtin.to_string(),
        product: product.to_string(),
        location: location.to_string(),
        on_hand,
        quarantined,
        expired_in_stock: expired,
        usable_cover: usable,
        will_expire_unused: on_hand - usable,
        daily_consumption: rate,
        days_of_cover: days,
        stockout_on: days.map(|d| today + Duration::days(d.floor() as i64)),
        reorder_point: rule.map(|r| r.reorder_point),
        par_level: rule.map(|r| r.par_level),
        lead_time_days: lead,
        shortage,
        suggested_order: suggested,
    }
}

/// Reads rules from CSV with the columns `gtin,location,reorder_point,par_level,lead_time_days`
/// (the last optional). Every problem of every line is reported; a file with no rules is refused.
pub fn parse_rules_csv(bytes: &[u8]) -> CoreResult<Vec<(usize, RuleInput)>> {
    match read_rules_csv(bytes) {
        Ok(read) if read.problems.is_empty() => Ok(read.rules),
        Ok(RulesRead { problems, .. }) | Err(problems) => Err(import_error(problems)),
    }
}

/// What a rule file gives: the rules that read, with their lines; the problems of its lines;
/// and the GTIN and location of the lines whose levels did not read, so that one pass also
/// checks those against the store.
struct RulesRead {
    rules: Vec<(usize, RuleInput)>,
    problems: Vec<FileProblem>,
    keys_only: Vec<(usize, String, String)>,
}

/// The rules a CSV file gives, and the problems of the lines that give none; `Err` when the
/// file as a whole cannot be read (its header, or no rows at all).
fn read_rules_csv(bytes: &[u8]) -> Result<RulesRead, Vec<FileProblem>> {
    const COLUMNS: &[&str] = &[
        "gtin",
        "location",
        "reorder_point",
        "par_level",
        "lead_time_days",
    ];
    let (file, mut problems) =
        CsvFile::read_listing(bytes, COLUMNS, &COLUMNS[..4], "reorder rules")?;
    if file.records.is_empty() && problems.is_empty() {
        return Err(vec![problem(
            1,
            None,
            "the file lists no reorder rules: it has a header and no rows",
        )]);
    }
    let mut out = Vec::new();
    let mut keys_only = Vec::new();
    for (line, record) in &file.records {
        let line = *line;
        let mut number = |n: &str, required: bool| -> Option<i64> {
            let Some(v) = file.get(record, n) else {
                if required {
                    problems.push(problem(line, Some(n), format!("the {n} is missing")));
                }
                return None;
            };
            match v.parse::<i64>() {
                Ok(x) if x >= 0 => Some(x),
                _ => {
                    problems.push(problem(
                        line,
                        Some(n),
                        format!(
                            "'{}' is not a whole number of zero or more",
                            v.escape_debug()
                        ),
                    ));
                    None
                }
            }
        };
        let (rop, par) = (number("reorder_point", true), number("par_level", true));
        let lead = number("lead_time_days", false);
        let lead_ok = lead.is_some() || file.get(record, "lead_time_days").is_none();
        let mut text = |n: &str, what: &str| -> Option<String> {
            let v = file.get(record, n).map(String::from);
            if v.is_none() {
                problems.push(problem(line, Some(n), format!("the {what} is missing")));
            }
            v
        };
        let (gtin, location) = (text("gtin", "GTIN"), text("location", "location code"));
        let levels_read = rop.is_some() && par.is_some() && lead_ok;
        if let (Some(gtin), Some(location), false) = (&gtin, &location, levels_read) {
            keys_only.push((line, gtin.clone(), location.clone()));
        }
        if let (Some(gtin), Some(location), Some(reorder_point), Some(par_level), true) =
            (gtin, location, rop, par, lead_ok)
        {
            out.push((
                line,
                RuleInput {
                    gtin,
                    location,
                    reorder_point,
                    par_level,
                    lead_time_days: lead,
                },
            ));
        }
    }
    Ok(RulesRead {
        rules: out,
        problems,
        keys_only,
    })
}

/// A rule with its product and location found: (product, location, reorder point, par, lead).
type ResolvedRule = (ProductId, LocationId, i64, i64, i64);

impl Store {
    fn gtin_product(&self, gtin: &str) -> CoreResult<Product> {
        let g = custody_gs1::Gtin::parse(gtin.trim()).map_err(|e| {
            crate::fields::gtin_invalid("gtin", &gtin.escape_debug().to_string(), &e.to_string())
        })?;
        self.product_by_gtin(g.as_str())
    }

    /// A rule's product and location, each problem with them added to `problems`.
    fn rule_keys(
        &self,
        line: usize,
        gtin: &str,
        location: &str,
        problems: &mut Vec<FileProblem>,
    ) -> (Option<Product>, Option<crate::model::Location>) {
        let product = self
            .gtin_product(gtin)
            .map_err(|e| problems.push(problem(line, Some("gtin"), e.to_string())))
            .ok();
        let location = self
            .location(location.trim())
            .map_err(|e| problems.push(problem(line, Some("location"), e.to_string())))
            .ok();
        (product, location)
    }

    /// Finds each rule's product and location and checks its levels; a product and location
    /// given a rule twice is a problem at the second line (never last-one-wins).
    fn resolve_rules(
        &self,
        rules: &[(usize, RuleInput)],
    ) -> CoreResult<(Vec<ResolvedRule>, Vec<FileProblem>)> {
        let mut problems = Vec::new();
        let mut resolved = Vec::new();
        let mut seen: HashMap<(ProductId, LocationId), usize> = HashMap::new();
        for (line, r) in rules {
            let lead = r
                .lead_time_days
                .unwrap_or(LevelPolicy::default().lead_time_days);
            let (Some(p), Some(l)) = self.rule_keys(*line, &r.gtin, &r.location, &mut problems)
            else {
                continue;
            };
            if let Some(first) = seen.insert((p.id, l.id), *line) {
                problems.push(problem(
                    *line,
                    Some("location"),
                    format!(
                        "the rule for GTIN {} at {} is already on line {first}",
                        p.data.gtin, l.code
                    ),
                ));
                continue;
            }
            if r.reorder_point < 0 || lead < 0 {
                problems.push(problem(
                    *line,
                    Some("reorder_point"),
                    "the reorder point and lead time cannot be negative",
                ));
            } else if r.par_level < r.reorder_point || r.par_level == 0 {
                problems.push(problem(
                    *line,
                    Some("par_level"),
                    format!(
                        "the par level ({}) must be above zero and at least the reorder point ({})",
                        r.par_level, r.reorder_point
                    ),
                ));
            } else {
                resolved.push((p.id, l.id, r.reorder_point, r.par_level, lead));
            }
        }
        Ok((resolved, problems))
    }

    /// Sets (adds or replaces) resolved rules in one transaction.
    fn save_rules(
        &mut self,
        actor: &User,
        resolved: &[ResolvedRule],
        now: Timestamp,
    ) -> CoreResult<usize> {
        let tx = self.conn_mut().transaction()?;
        {
            let mut stmt = tx.prepare(
                "INSERT INTO reorder_rule (product_id, location_id, reorder_point, par_level, lead_time_days, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (product_id, location_id) DO UPDATE SET reorder_point = excluded.reorder_point,
                   par_level = excluded.par_level, lead_time_days = excluded.lead_time_days,
                   updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            )?;
            for (p, l, rop, par, lead) in resolved {
                stmt.execute(params![
                    p.0,
                    l.0,
                    rop,
                    par,
                    lead,
                    now.utc_text(),
                    actor.id.0
                ])?;
            }
        }
        tx.commit()?;
        Ok(resolved.len())
    }

    /// Sets (adds or replaces) reorder rules, all or none; each rule's line names where it came
    /// from in problems.
    fn write_rules(
        &mut self,
        actor: &User,
        rules: &[(usize, RuleInput)],
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        let (resolved, problems) = self.resolve_rules(rules)?;
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        self.save_rules(actor, &resolved, now)
    }

    /// Sets one reorder rule (replacing the product's rule at that location).
    pub fn set_reorder_rule(
        &mut self,
        actor: &User,
        rule: &RuleInput,
        now: Timestamp,
    ) -> CoreResult<ReorderRule> {
        self.write_rules(actor, &[(1, rule.clone())], now)
            .map_err(|e| match e {
                // One rule typed in a form: its one problem is the refusal, naming its field.
                CoreError::Import(mut p) if p.len() == 1 => {
                    let p = p.remove(0);
                    CoreError::refused("levels.rule_invalid")
                        .field(p.field.as_deref().unwrap_or_default())
                        .arg("problem", p.message)
                }
                e => e,
            })?;
        let p = self.gtin_product(&rule.gtin)?;
        let l = self.location(rule.location.trim())?;
        Ok(self
            .reorder_rules(actor)?
            .into_iter()
            .find(|r| r.gtin == p.data.gtin && r.location == l.code)
            // The rule was written in this transaction just above, so it is there.
            .expect("just written"))
    }

    /// Imports rules from CSV (`gtin,location,reorder_point,par_level,lead_time_days`), all or
    /// none, with every problem by line: a missing column is named, a file with no rows and a
    /// product and location given two rules are refused.
    pub fn import_reorder_rules(
        &mut self,
        actor: &User,
        bytes: &[u8],
        now: Timestamp,
    ) -> CoreResult<usize> {
        require(actor, Operation::ManageMasterData)?;
        crate::import::check_size(bytes)?;
        let RulesRead {
            rules,
            mut problems,
            keys_only,
        } = read_rules_csv(bytes).map_err(import_error)?;
        // Every line is checked against the store too, so one pass reports all.
        let (resolved, more) = self.resolve_rules(&rules)?;
        problems.extend(more);
        for (line, gtin, location) in &keys_only {
            self.rule_keys(*line, gtin, location, &mut problems);
        }
        problems.sort_by_key(|p| p.line);
        if !problems.is_empty() {
            return Err(import_error(problems));
        }
        self.save_rules(actor, &resolved, now)
    }

    /// Every reorder rule, by location and product name.
    pub fn reorder_rules(&self, actor: &User) -> CoreResult<Vec<ReorderRule>> {
        require(actor, Operation::ViewStock)?;
        Ok(self
            .conn()
            .prepare(
                "SELECT p.gtin, p.name, l.code, r.reorder_point, r.par_level, r.lead_time_days
                 FROM reorder_rule r JOIN product p ON p.id = r.product_id JOIN location l ON l.id = r.location_id
                 ORDER BY l.code, p.name",
            )?
            .query_map([], |r| {
                Ok(ReorderRule {
                    gtin: r.get(0)?,
                    product: r.get(1)?,
                    location: r.get(2)?,
                    reorder_point: r.get(3)?,
                    par_level: r.get(4)?,
                    lead_time_days: r.get(5)?,
                })
            })?
            .collect::<Result<_, _>>()?)
    }

    /// Suggests rules from consumption for every product dispensed at a location (or at the
    /// given one) in the window: reorder point = consumption over lead time + safety days, par =
    /// reorder point + consumption over the order cycle. With `apply`, they are saved.
    pub fn suggest_reorder_rules(
        &mut self,
        actor: &User,
        location: Option<LocationId>,
        params: SuggestParams,
        policy: &LevelPolicy,
        apply: bool,
        now: Timestamp,
    ) -> CoreResult<Vec<ReorderRule>> {
        require(actor, Operation::ViewStock)?;
        if params.lead_time_days < 0 || params.safety_days < 0 || params.cycle_days <= 0 {
            return Err(CoreError::refused("levels.suggest_days_invalid")
                .field("days")
                .arg("lead_time", params.lead_time_days)
                .arg("safety", params.safety_days)
                .arg("cycle", params.cycle_days));
        }
        let window = policy.consumption_window(now.local_date());
        let (first, last) = window.bounds();
        let rows: Vec<(String, String, String, i64)> = self
            .conn()
            .prepare(
                "SELECT p.gtin, p.name, l.code, sum(c.quantity) FROM consumption c
                 JOIN product p ON p.id = c.product_id JOIN location l ON l.id = c.location_id
                 WHERE c.day BETWEEN ?1 AND ?3 AND (?2 IS NULL OR c.location_id = ?2)
                 GROUP BY c.product_id, c.location_id ORDER BY l.code, p.name",
            )?
            .query_map(params![first, location.map(|l| l.0), last], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let suggestions: Vec<ReorderRule> = rows
            .into_iter()
            .map(|(gtin, product, location, consumed)| {
                let rate = window.daily_rate(consumed);
                let rop =
                    (rate * (params.lead_time_days + params.safety_days) as f64).ceil() as i64;
                let par = (rop + (rate * params.cycle_days as f64).ceil() as i64).max(1);
                ReorderRule {
                    gtin,
                    product,
                    location,
                    reorder_point: rop,
                    par_level: par,
                    lead_time_days: params.lead_time_days,
                }
            })
            .collect();
        if apply {
            let inputs: Vec<(usize, RuleInput)> = suggestions
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    (
                        i + 1,
                        RuleInput {
                            gtin: r.gtin.clone(),
                            location: r.location.clone(),
                            reorder_point: r.reorder_point,
                            par_level: r.par_level,
                            lead_time_days: Some(r.lead_time_days),
                        },
                    )
                })
                .collect();
            self.write_rules(actor, &inputs, now)?;
        }
        Ok(suggestions)
    }

    /// Where products stand, per location: one product (`product`), one location, or both.
    pub fn positions(
        &self,
        actor: &User,
        product: Option<&str>,
        location: Option<&str>,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        if product.is_none() && location.is_none() {
            return Err(
                CoreError::refused("levels.position_needs_product_or_location").field("product"),
            );
        }
        let product = product.map(|g| self.gtin_product(g)).transpose()?;
        let location = location.map(|c| self.location(c.trim())).transpose()?;
        let (p, l) = (
            product.as_ref().map(|p| p.id.0),
            location.as_ref().map(|l| l.id.0),
        );
        // (location, product) → batches, quarantined, consumed.
        let mut at: BTreeMap<(i64, i64), (Batches, i64, i64)> = BTreeMap::new();
        // One statement per filter, so that SQLite seeks the (location, product, …) indexes:
        // for a product alone, once per location (`location_id IN (SELECT id FROM location)`).
        let filter = match (p, l) {
            (Some(_), Some(_)) => "location_id = ?2 AND product_id = ?1",
            (Some(_), None) => {
                "location_id IN (SELECT id FROM location) AND product_id = ?1 AND ?2 IS NULL"
            }
            _ => "location_id = ?2 AND ?1 IS NULL",
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, expiry, count(*) FROM unit
             WHERE status = 'in_stock' AND {filter} GROUP BY location_id, product_id, expiry"
        ))?;
        let mut rows = stmt.query(params![p, l])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?))
                .or_default()
                .0
                .push((parse_date(r.get(2)?), r.get(3)?));
        }
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, count(*) FROM unit
             WHERE status = 'quarantined' AND {filter} GROUP BY location_id, product_id"
        ))?;
        let mut rows = stmt.query(params![p, l])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?)).or_default().1 += r.get::<_, i64>(2)?;
        }
        // The other tables are keyed by product first.
        let by_key = match (p, l) {
            (Some(_), Some(_)) => "product_id = ?1 AND location_id = ?2",
            (Some(_), None) => "product_id = ?1 AND ?2 IS NULL",
            _ => "location_id = ?2 AND ?1 IS NULL",
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, status, expiry, quantity FROM lot_stock WHERE {by_key}"
        ))?;
        let mut rows = stmt.query(params![p, l])?;
        while let Some(r) = rows.next()? {
            let e = at.entry((r.get(0)?, r.get(1)?)).or_default();
            let q: i64 = r.get(4)?;
            match r.get::<_, String>(2)?.as_str() {
                "in_stock" => e.0.push((parse_date(r.get(3)?), q)),
                "quarantined" => e.1 += q,
                _ => {}
            }
        }
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, sum(quantity) FROM consumption
             WHERE day BETWEEN ?3 AND ?4 AND {by_key} GROUP BY location_id, product_id"
        ))?;
        let mut rows = stmt.query(params![p, l, first, last])?;
        while let Some(r) = rows.next()? {
            at.entry((r.get(0)?, r.get(1)?)).or_default().2 += r.get::<_, i64>(2)?;
        }
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT location_id, product_id, reorder_point, par_level, lead_time_days FROM reorder_rule WHERE {by_key}"
        ))?;
        let rules: HashMap<(i64, i64), Rule> = stmt
            .query_map(params![p, l], |r| {
                Ok((
                    (r.get(0)?, r.get(1)?),
                    Rule {
                        reorder_point: r.get(2)?,
                        par_level: r.get(3)?,
                        lead_time_days: r.get(4)?,
                    },
                ))
            })?
            .collect::<Result<_, _>>()?;
        for k in rules.keys() {
            at.entry(*k).or_default();
        }
        let mut names = Names::new(self);
        let mut out = Vec::with_capacity(at.len());
        for ((loc, product), (batches, quarantined, consumed)) in at {
            let code = names.location(loc)?.to_string();
            let (gtin, name, _) = names.product(product)?;
            out.push(position(
                gtin,
                name,
                &code,
                batches,
                quarantined,
                consumed,
                rules.get(&(loc, product)),
                policy,
                today,
            ));
        }
        out.sort_by(|a, b| (&a.product, &a.location).cmp(&(&b.product, &b.location)));
        Ok(out)
    }

    /// Every product and location below its reorder point, or whose usable cover runs out
    /// within the lead time, most urgent first (earliest stock-out), with the order up to par.
    pub fn shortages(
        &self,
        actor: &User,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<Vec<Position>> {
        require(actor, Operation::ViewStock)?;
        let mut rules: HashMap<(i64, i64), (Rule, Batches, i64)> = HashMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT location_id, product_id, reorder_point, par_level, lead_time_days FROM reorder_rule",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            rules.insert(
                (r.get(0)?, r.get(1)?),
                (
                    Rule {
                        reorder_point: r.get(2)?,
                        par_level: r.get(3)?,
                        lead_time_days: r.get(4)?,
                    },
                    Vec::new(),
                    0,
                ),
            );
        }
        if rules.is_empty() {
            return Ok(Vec::new());
        }
        // Reading the whole in-stock index in order is cheaper than a seek per rule.
        for sql in [
            "SELECT location_id, product_id, expiry, count(*) FROM unit WHERE status = 'in_stock'
             GROUP BY location_id, product_id, expiry",
            "SELECT location_id, product_id, expiry, quantity FROM lot_stock WHERE status = 'in_stock'",
        ] {
            let mut stmt = self.conn().prepare_cached(sql)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(e) = rules.get_mut(&(r.get(0)?, r.get(1)?)) {
                    let expiry = r.get_ref(2)?.as_str_or_null().ok().flatten().and_then(iso_date);
                    e.1.push((expiry, r.get(3)?));
                }
            }
        }
        // Streamed from the covering (day, …) index and added up here: cheaper than letting
        // SQLite group the whole table.
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(
            "SELECT location_id, product_id, quantity FROM consumption INDEXED BY consumption_day
             WHERE day BETWEEN ?1 AND ?2",
        )?;
        let mut rows = stmt.query([first, last])?;
        while let Some(r) = rows.next()? {
            if let Some(e) = rules.get_mut(&(r.get(0)?, r.get(1)?)) {
                e.2 += r.get::<_, i64>(2)?;
            }
        }
        let mut names = Names::new(self);
        let mut short = Vec::new();
        for ((loc, product), (rule, batches, consumed)) in rules {
            let mut p = position("", "", "", batches, 0, consumed, Some(&rule), policy, today);
            if p.shortage.is_none() {
                continue;
            }
            p.location = names.location(loc)?.to_string();
            let (gtin, name, _) = names.product(product)?;
            p.gtin = gtin.clone();
            p.product = name.clone();
            short.push(p);
        }
        sort_shortages(&mut short, ShortageOrder::Urgency, false);
        Ok(short)
    }

    /// Stock in stock that has expired or expires within the largest window, grouped by
    /// product, lot and location, earliest expiry first. `windows` are the alert windows in
    /// days (e.g. 30, 60, 90); each line says the smallest it falls in (0: expired).
    pub fn expiring(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Vec<ExpiryLine>> {
        require(actor, Operation::ViewStock)?;
        let list = ExpiryList::new(self, windows, location, today)?;
        list.lines(self, 0, -1)
    }

    /// One page of [`Store::expiring`]'s list (`limit` lines from `offset`) and how many lines
    /// the whole list has. Read from the in-stock expiry indexes in order, so a page costs
    /// about what it shows, however long the list.
    pub fn expiring_page(
        &self,
        actor: &User,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
        offset: u32,
        limit: u32,
    ) -> CoreResult<(Vec<ExpiryLine>, u32)> {
        require(actor, Operation::ViewStock)?;
        let list = ExpiryList::new(self, windows, location, today)?;
        let lines = list.lines(self, offset.into(), limit.into())?;
        Ok((lines, list.len(self)?))
    }
}

/// The expiry list's parameters, checked.
struct ExpiryList {
    windows: Vec<i64>,
    location: Option<i64>,
    today: NaiveDate,
    until: String,
}

impl ExpiryList {
    fn new(
        store: &Store,
        windows: &[i64],
        location: Option<&str>,
        today: NaiveDate,
    ) -> CoreResult<Self> {
        let mut windows: Vec<i64> = windows.to_vec();
        windows.sort_unstable();
        windows.dedup();
        let Some(&widest) = windows.last() else {
            return Err(CoreError::refused("levels.expiry_no_window").field("within"));
        };
        if windows[0] < 0 || widest > 3650 {
            return Err(CoreError::refused("levels.expiry_window_out_of_range")
                .field("within")
                .arg("max", MAX_WINDOW_DAYS));
        }
        let location = location
            .map(|c| store.location(c.trim()))
            .transpose()?
            .map(|l| l.id.0);
        Ok(ExpiryList {
            until: (today + Duration::days(widest)).to_string(),
            windows,
            location,
            today,
        })
    }

    /// Packs grouped by expiry, product, lot and location, and lot quantities, each in that
    /// order from its index and merged by SQLite.
    fn filter(&self) -> &'static str {
        if self.location.is_some() {
            "status = 'in_stock' AND expiry <= ?1 AND location_id = ?2"
        } else {
            "status = 'in_stock' AND expiry <= ?1 AND ?2 IS NULL"
        }
    }

    fn lines(&self, store: &Store, offset: i64, limit: i64) -> CoreResult<Vec<ExpiryLine>> {
        let filter = self.filter();
        let mut stmt = store.conn().prepare_cached(&format!(
            "SELECT expiry, product_id, lot, location_id, count(*) FROM unit WHERE {filter}
             GROUP BY expiry, product_id, lot, location_id
             UNION ALL
             SELECT expiry, product_id, lot, location_id, quantity FROM lot_stock WHERE {filter}
             ORDER BY 1, 2, 3, 4 LIMIT ?3 OFFSET ?4"
        ))?;
        let mut rows = stmt.query(params![self.until, self.location, limit, offset])?;
        let mut names = Names::new(store);
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let Some(expiry) = r
                .get_ref(0)?
                .as_str_or_null()
                .ok()
                .flatten()
                .and_then(iso_date)
            else {
                continue;
            };
            let (product, lot, loc, quantity): (i64, Option<String>, i64, i64) =
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
            let days_left = (expiry - self.today).num_days();
            let window = if days_left < 0 {
                0
            } else {
                let widest = self.windows[self.windows.len() - 1];
                self.windows
                    .iter()
                    .copied()
                    .find(|w| days_left <= *w)
                    .unwrap_or(widest)
            };
            let location = names.location(loc)?.to_string();
            let (gtin, name, price) = names.product(product)?.clone();
            out.push(ExpiryLine {
                gtin,
                product: name,
                lot,
                location,
                expiry,
                days_left,
                window,
                quantity,
                value_cents: price.map(|p| p * quantity),
            });
        }
        Ok(out)
    }

    /// Lines in the whole list.
    fn len(&self, store: &Store) -> CoreResult<u32> {
        let filter = self.filter();
        let n: i64 = store
            .conn()
            .prepare_cached(&format!(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM unit WHERE {filter}
                                              GROUP BY expiry, product_id, lot, location_id))
                      + (SELECT count(*) FROM lot_stock WHERE {filter})"
            ))?
            .query_row(params![self.until, self.location], |r| r.get(0))?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_window_of_n_days_ends_today_and_is_never_empty() {
        let policy = |window_days| LevelPolicy {
            window_days,
            ..LevelPolicy::default()
        };
        let w = policy(90).consumption_window(d("2026-11-22"));
        assert_eq!(
            (w.first_day, w.last_day, w.days),
            (d("2026-08-25"), d("2026-11-22"), 90),
            "25 August through 22 November is 90 days, both ends counted"
        );
        assert_eq!(
            (w.last_day - w.first_day).num_days() + 1,
            w.days,
            "the days divided by are the days counted"
        );
        let w = policy(0).consumption_window(d("2026-11-22"));
        assert_eq!(
            (w.first_day, w.last_day, w.days),
            (d("2026-11-22"), d("2026-11-22"), 1),
            "a window under one day is today alone, never a division by zero"
        );
        assert!(
            (w.daily_rate(3) - 3.0).abs() < 1e-9,
            "three used today is three a day"
        );
    }

    #[test]
    fn iso_dates_are_read_exactly() {
        assert_eq!(iso_date("2026-11-22"), Some(d("2026-11-22")));
        assert_eq!(iso_date("2026-02-30"), None);
        assert_eq!(iso_date("2026-1x-22"), None);
    }

    #[test]
    fn stock_that_expires_before_it_can_be_used_is_not_cover() {
        let today = d("2026-11-22");
        // 2 a day. 10 expire on day 2 (usable through it: 6 can be used), 10 expire in a year.
        let mut b = vec![(Some(d("2027-11-22")), 10), (Some(d("2026-11-24")), 10)];
        let (on_hand, expired, usable) = cover(&mut b, 2.0, today);
        assert_eq!((on_hand, expired, usable), (20, 0, 16));
    }

    #[test]
    fn expired_stock_is_neither_on_hand_nor_cover() {
        let today = d("2026-11-22");
        let mut b = vec![
            (Some(d("2026-11-21")), 5),
            (Some(d("2027-01-01")), 3),
            (None, 2),
        ];
        assert_eq!(cover(&mut b, 1.0, today), (5, 5, 5));
    }

    #[test]
    fn without_consumption_all_unexpired_stock_is_cover() {
        let today = d("2026-11-22");
        let mut b = vec![(Some(d("2026-11-23")), 4)];
        assert_eq!(cover(&mut b, 0.0, today), (4, 0, 4));
    }
}

/// What needs attention now: the figures of the Home screen, each linking to its list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Attention {
    /// Packs (and lot quantity) expired but still in stock.
    pub expired_in_stock: i64,
    /// Packs (and lot quantity) expiring within `soon_days`.
    pub expiring_soon: i64,
    /// The window of `expiring_soon`, in days.
    pub soon_days: i64,
    /// Product and location pairs short of their reorder point.
    pub shortages: i64,
    /// Recalls not yet closed.
    pub open_recalls: i64,
    /// Packs held in quarantine.
    pub quarantined: i64,
    /// Packs held as suspect (duplicate or reused serials, mismatched lots, found on a count).
    pub suspect: i64,
}

impl Store {
    /// The figures of the Home screen, as of `today`.
    pub fn attention(
        &self,
        actor: &User,
        soon_days: i64,
        today: NaiveDate,
    ) -> CoreResult<Attention> {
        let mut a = self.attention_counts(actor, soon_days, today)?;
        a.shortages = self.shortages(actor, &LevelPolicy::default(), today)?.len() as i64;
        Ok(a)
    }

    /// The Home screen's figures except `shortages` (left 0): those take the whole shortage
    /// computation, which the desktop app keeps computed on a connection of its own.
    pub fn attention_counts(
        &self,
        actor: &User,
        soon_days: i64,
        today: NaiveDate,
    ) -> CoreResult<Attention> {
        require(actor, Operation::ViewStock)?;
        let mut a = Attention {
            soon_days,
            ..Attention::default()
        };
        // Counted straight from the in-stock expiry index, as `expiring` would count them.
        let (today_text, until) = (
            today.to_string(),
            (today + Duration::days(soon_days.max(1))).to_string(),
        );
        for sql in [
            "SELECT coalesce(sum(expiry < ?1), 0), coalesce(sum(expiry >= ?1), 0) FROM unit
             WHERE status = 'in_stock' AND expiry <= ?2",
            "SELECT coalesce(sum(CASE WHEN expiry < ?1 THEN quantity ELSE 0 END), 0),
                    coalesce(sum(CASE WHEN expiry >= ?1 THEN quantity ELSE 0 END), 0)
             FROM lot_stock WHERE status = 'in_stock' AND expiry <= ?2",
        ] {
            let (expired, soon): (i64, i64) = self
                .conn()
                .prepare_cached(sql)?
                .query_row(params![today_text, until], |r| Ok((r.get(0)?, r.get(1)?)))?;
            a.expired_in_stock += expired;
            a.expiring_soon += soon;
        }
        let conn = self.conn();
        a.open_recalls = conn.query_row(
            "SELECT count(*) FROM recall WHERE closed_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        a.quarantined = conn.query_row(
            "SELECT count(*) FROM unit INDEXED BY unit_quarantined WHERE status = 'quarantined'",
            [],
            |r| r.get(0),
        )?;
        a.suspect = conn.query_row(
            "SELECT count(*) FROM unit u INDEXED BY unit_quarantined JOIN event e ON e.seq = u.last_event_seq
             WHERE u.status = 'quarantined' AND (e.kind = 'mark_suspect' OR e.reason LIKE 'suspect%')",
            [],
            |r| r.get(0),
        )?;
        Ok(a)
    }
}

/// Stock of one lot of a product at one location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LotLine {
    /// Location code.
    pub location: String,
    /// Lot.
    pub lot: Option<String>,
    /// Expiry.
    pub expiry: Option<NaiveDate>,
    /// Packs (or quantity) in stock.
    pub in_stock: i64,
    /// Packs (or quantity) in quarantine.
    pub quarantined: i64,
}

/// Quantity used on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayUse {
    /// Local day.
    pub day: NaiveDate,
    /// Dispensed or issued that day, at every location.
    pub quantity: i64,
}

/// Everything the product screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProductDetail {
    /// The product's master data.
    pub product: ProductData,
    /// How it is tracked.
    pub tracking: TrackingMode,
    /// Where it stands at each location holding it or with a rule (on hand, cover, rule).
    pub positions: Vec<Position>,
    /// Its lots per location, earliest expiry first.
    pub lots: Vec<LotLine>,
    /// Daily use over the consumption window ([`LevelPolicy::consumption_window`]), oldest
    /// first (days without use left out).
    pub consumption: Vec<DayUse>,
}

impl Store {
    /// A product's detail: positions per location, lots, and daily use over `policy`'s window.
    pub fn product_detail(
        &self,
        actor: &User,
        gtin: &str,
        policy: &LevelPolicy,
        today: NaiveDate,
    ) -> CoreResult<ProductDetail> {
        require(actor, Operation::ViewStock)?;
        let product = self.product_by_gtin(gtin)?;
        let positions = self.positions(actor, Some(gtin), None, policy, today)?;
        let mut lots: Vec<LotLine> = self
            .held_lots(crate::stock::HeldOf::Product(product.id))?
            .into_iter()
            .map(|h| LotLine {
                location: h.location,
                lot: h.lot,
                expiry: parse_date(h.expiry),
                in_stock: h.in_stock,
                quarantined: h.quarantined,
            })
            .collect();
        lots.sort_by(|a, b| {
            (a.expiry.is_none(), a.expiry, &a.location).cmp(&(
                b.expiry.is_none(),
                b.expiry,
                &b.location,
            ))
        });
        let (first, last) = policy.consumption_window(today).bounds();
        let mut stmt = self.conn().prepare_cached(
            "SELECT day, sum(quantity) FROM consumption WHERE product_id = ?1 AND day BETWEEN ?2 AND ?3
             GROUP BY day ORDER BY day",
        )?;
        let consumption = stmt
            .query_map(rusqlite::params![product.id.0, first, last], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?
            .filter_map(|r| match r {
                Ok((day, quantity)) => iso_date(&day).map(|day| Ok(DayUse { day, quantity })),
                Err(e) => Some(Err(e)),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ProductDetail {
            tracking: product.tracking,
            product: product.data,
            positions,
            lots,
            consumption,
        })
    }

    /// The day's alert, once a day: the Home figures if no alert went out today yet (and
    /// notes that this one has), else nothing. The app shows them as a desktop notification.
    pub fn daily_alert(&self, actor: &User, now: Timestamp) -> CoreResult<Option<Attention>> {
        let today = now.local_date();
        let key = "alerts.last_day";
        if self.setting(key)?.as_deref() == Some(today.to_string().as_str()) {
            return Ok(None);
        }
        let soon = self.alert_windows()?[0];
        let a = self.attention(actor, soon, today)?;
        self.set_setting(actor, key, &today.to_string(), now)?;
        Ok(Some(a))
    }

    /// The site's expiry alert windows in days, smallest first (default 30, 60 and 90): the
    /// smallest is "expiring soon" on the Home screen and in the daily alert; the expiry list
    /// and report mark each line with the smallest window it falls in.
    pub fn alert_windows(&self) -> CoreResult<Vec<i64>> {
        Ok(self
            .setting(ALERT_WINDOWS)?
            .and_then(|v| parse_alert_windows(&v).ok())
            .unwrap_or_else(|| DEFAULT_ALERT_WINDOWS.to_vec()))
    }

    /// Sets the expiry alert windows (managers and administrators): one to five numbers of
    /// days from 1 to 3650, in any order; stored smallest first without repeats.
    pub fn set_alert_windows(
        &self,
        actor: &User,
        windows: &[i64],
        now: Timestamp,
    ) -> CoreResult<Vec<i64>> {
        require(actor, Operation::ManageMasterData)?;
        let windows = check_alert_windows(windows.to_vec())?;
        let stored = windows
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        self.set_setting(actor, ALERT_WINDOWS, &stored, now)?;
        Ok(windows)
    }

    /// The site's alert windows narrower than `within` days, then `within` itself: the windows of
    /// an expiry list that looks `within` days ahead, so each line says the smallest it is in.
    pub fn alert_windows_within(&self, within: i64) -> CoreResult<Vec<i64>> {
        let mut windows = self.alert_windows()?;
        windows.retain(|w| *w < within);
        windows.push(within);
        Ok(windows)
    }
}

/// The setting holding the expiry alert windows.
const ALERT_WINDOWS: &str = "alerts.expiry_windows";
/// The expiry alert windows of a new site, in days.
pub const DEFAULT_ALERT_WINDOWS: [i64; 3] = [30, 60, 90];

/// Reads alert windows written as days separated by commas ("30, 60,90"), smallest first.
pub fn parse_alert_windows(text: &str) -> CoreResult<Vec<i64>> {
    let windows = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| {
            part.parse().map_err(|_| {
                CoreError::refused("levels.window_not_a_number")
                    .field("windows")
                    .arg("value", crate::error::shown(part))
            })
        })
        .collect::<CoreResult<Vec<i64>>>()?;
    check_alert_windows(windows)
}

/// The longest expiry window, in days (ten years).
pub const MAX_WINDOW_DAYS: i64 = 3650;

/// The most alert windows a site may have.
pub const MAX_ALERT_WINDOWS: usize = 5;

/// Alert windows checked (one to five, each 1 to 3650 days) and put smallest first, without
/// repeats.
fn check_alert_windows(mut windows: Vec<i64>) -> CoreResult<Vec<i64>> {
    if let Some(days) = windows.iter().find(|d| !(1..=MAX_WINDOW_DAYS).contains(*d)) {
        return Err(CoreError::refused("levels.window_out_of_range")
            .field("windows")
            .arg("days", *days)
            .arg("max", MAX_WINDOW_DAYS));
    }
    windows.sort_unstable();
    windows.dedup();
    match windows.len() {
        0 => Err(CoreError::refused("levels.no_windows").field("windows")),
        n if n > MAX_ALERT_WINDOWS => Err(CoreError::refused("levels.too_many_windows")
            .field("windows")
            .arg("windows", n)
            .arg("max", MAX_ALERT_WINDOWS)),
        _ => Ok(windows),
    }
}
