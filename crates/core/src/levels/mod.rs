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
//!
//! Where each rule lives: the consumption window and a rule's default lead time in `policy`;
//! usable cover and what makes a shortage in `position`; the shortage list and its order in
//! `shortages`; reorder rules in `rules`, their CSV file in `rule_file`, each change recorded by
//! `rule_change` and read back (the changes, the rule in force on a past day) in `rule_history`,
//! and their suggestion from consumption in `suggest`; the expiry list in `expiry` and the
//! site's alert windows in `windows`; the Home screen's figures and the daily alert in
//! `attention`; a product's detail in `product`; names and dates the lists share in `lookup`.

mod attention;
mod expiry;
mod lookup;
mod policy;
mod position;
mod product;
mod rule_change;
mod rule_file;
mod rule_history;
mod rules;
mod shortages;
mod suggest;
mod windows;

pub use attention::{Attention, Figures};
pub use expiry::{expiry_order, sort_expiry_lines, ExpiryLine, ExpiryOrder, ExpiryRange};
pub use policy::{ConsumptionWindow, LevelPolicy};
pub use position::Position;
pub(crate) use position::{cover_by_batch, refresh_consumption_statistics, refresh_statistics};
pub use product::{DayUse, LotLine, ProductDetail};
pub(crate) use rule_change::optional_levels_at;
pub use rule_change::RuleLevels;
pub use rule_file::parse_rules_csv;
pub use rule_history::{RuleChange, RuleChangeFilter};
pub use rules::{ReorderRule, RuleInput};
pub use shortages::{sort_shortages, ShortageOrder};
pub use suggest::SuggestParams;
pub use windows::{parse_alert_windows, DEFAULT_ALERT_WINDOWS, MAX_ALERT_WINDOWS, MAX_WINDOW_DAYS};
