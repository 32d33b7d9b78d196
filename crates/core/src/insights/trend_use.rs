//! What the trends read besides the stock: each week's use from the `consumption` projection
//! (the levels' own), the day the ledger's history starts, and the reorder rules' history
//! (`reorder_rule_change`), each in one statement for the whole scope.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use rusqlite::params;
use rustc_hash::FxHashMap;

use crate::error::CoreResult;
use crate::levels::{optional_levels_at, RuleLevels};
use crate::model::*;
use crate::Store;

use super::supplier_read::local_day;
use super::Scope;

/// A product at a location.
pub(super) type Place = (ProductId, LocationId);

/// Units used at some places in each of consecutive ISO weeks.
pub(super) struct WeekTotals {
    /// The first week's Monday.
    first: NaiveDate,
    /// Units per week, from the first, per place.
    by_place: FxHashMap<Place, Vec<u64>>,
}

impl WeekTotals {
    /// No use anywhere.
    pub(super) fn none() -> Self {
        WeekTotals {
            first: NaiveDate::MIN,
            by_place: FxHashMap::default(),
        }
    }

    /// A place's units in each week, from the first; empty without use.
    pub(super) fn of(&self, place: &Place) -> &[u64] {
        self.by_place.get(place).map_or(&[], Vec::as_slice)
    }

    /// A place's units in the week starting on `monday`.
    pub(super) fn week(&self, place: &Place, monday: NaiveDate) -> u64 {
        usize::try_from((monday - self.first).num_days() / 7)
            .ok()
            .and_then(|w| self.of(place).get(w))
            .copied()
            .unwrap_or(0)
    }
}

/// The Monday of a day's ISO week.
pub(super) fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The Monday of the same ISO week (year and number) one ISO year before; none for a week 53
/// whose year before had 52 weeks.
pub(super) fn same_week_last_year(monday: NaiveDate) -> Option<NaiveDate> {
    let w = monday.iso_week();
    NaiveDate::from_isoywd_opt(w.year() - 1, w.week(), Weekday::Mon)
}

/// Every day's consumption in a range, through the `consumption_day` index alone.
const USE_BY_DAY: &str = "SELECT product_id, location_id, quantity FROM consumption
    WHERE day BETWEEN ?1 AND ?2
      AND (?3 IS NULL OR product_id = ?3) AND (?4 IS NULL OR location_id = ?4)";

/// A place's consumption each day of a range, through the primary key.
const PLACE_USE_BY_DAY: &str = "SELECT day, quantity FROM consumption
    WHERE product_id = ?1 AND location_id = ?2 AND day BETWEEN ?3 AND ?4";

/// The local day of the ledger's first stock movement (an event with lines).
const FIRST_MOVEMENT: &str =
    "SELECT date(e.occurred_at, printf('%+d minutes', e.occurred_offset)) FROM event e
    WHERE EXISTS (SELECT 1 FROM event_line l WHERE l.event_seq = e.seq)
    ORDER BY e.occurred_at LIMIT 1";

/// The product and location filters of a scope, as SQL parameters.
pub(super) fn filters(scope: &Scope) -> (Option<i64>, Option<i64>) {
    (
        scope.product.as_ref().map(|p| p.id.0),
        scope.location.as_ref().map(|l| l.id.0),
    )
}

impl Store {
    /// Units used per place from `first` to `last`, in the scope's product and location. The
    /// rows come day by day, each day's by location and product: they are added up per location
    /// first, in a table of that location's products small enough to stay in the processor's
    /// cache (one table of every place missed it on most of a year's 460,000 rows).
    pub(super) fn use_totals(
        &self,
        scope: &Scope,
        first: NaiveDate,
        last: NaiveDate,
    ) -> CoreResult<FxHashMap<Place, u64>> {
        let (product, location) = filters(scope);
        let mut stmt = self.conn().prepare_cached(USE_BY_DAY)?;
        let mut rows = stmt.query(params![
            first.to_string(),
            last.to_string(),
            product,
            location
        ])?;
        let mut at: FxHashMap<LocationId, usize> = FxHashMap::default();
        let mut by_location: Vec<(LocationId, FxHashMap<ProductId, u64>)> = Vec::new();
        let mut last: Option<(LocationId, usize)> = None;
        while let Some(r) = rows.next()? {
            let quantity: i64 = r.get(2)?;
            let (product, location) = (ProductId(r.get(0)?), LocationId(r.get(1)?));
            let i = match last {
                Some((l, i)) if l == location => i,
                _ => {
                    let i = *at.entry(location).or_insert_with(|| {
                        by_location.push((location, FxHashMap::default()));
                        by_location.len() - 1
                    });
                    last = Some((location, i));
                    i
                }
            };
            if let Some((_, products)) = by_location.get_mut(i) {
                *products.entry(product).or_default() += quantity.max(0) as u64;
            }
        }
        let mut by_place = FxHashMap::default();
        by_place.reserve(by_location.iter().map(|(_, p)| p.len()).sum());
        for (location, products) in by_location {
            by_place.extend(
                products
                    .into_iter()
                    .map(|(p, units)| ((p, location), units)),
            );
        }
        Ok(by_place)
    }

    /// Units used at each of `places` in each of `weeks` ISO weeks from the one starting on
    /// `first` (a Monday).
    pub(super) fn weekly_use(
        &self,
        places: &[Place],
        first: NaiveDate,
        weeks: usize,
    ) -> CoreResult<WeekTotals> {
        let days = u64::try_from(weeks * 7).unwrap_or(0);
        let (from, to) = (
            first.to_string(),
            (first + Days::new(days.saturating_sub(1))).to_string(),
        );
        let mut stmt = self.conn().prepare_cached(PLACE_USE_BY_DAY)?;
        let mut by_place: FxHashMap<Place, Vec<u64>> = FxHashMap::default();
        for place in places {
            let mut rows = stmt.query(params![place.0 .0, place.1 .0, from, to])?;
            while let Some(r) = rows.next()? {
                let Some(week) = r
                    .get_ref(0)?
                    .as_str()
                    .ok()
                    .and_then(|day| day.parse::<NaiveDate>().ok())
                    .and_then(|d| usize::try_from((d - first).num_days() / 7).ok())
                else {
                    continue;
                };
                let quantity: i64 = r.get(1)?;
                if let Some(units) = by_place
                    .entry(*place)
                    .or_insert_with(|| vec![0; weeks])
                    .get_mut(week)
                {
                    *units += quantity.max(0) as u64;
                }
            }
        }
        Ok(WeekTotals { first, by_place })
    }

    /// The local day of the ledger's first stock movement; none on a ledger without any.
    pub(super) fn history_starts(&self) -> CoreResult<Option<NaiveDate>> {
        let mut stmt = self.conn().prepare_cached(FIRST_MOVEMENT)?;
        let mut rows = stmt.query([])?;
        Ok(match rows.next()? {
            Some(r) => r.get::<_, String>(0)?.parse().ok(),
            None => None,
        })
    }

    /// Every recorded change of the rules in the scope's product and location. The table is
    /// read in its own order and sorted (`NOT INDEXED`): through the index by place, each change
    /// was a search of the table (65,000 on a hospital). Each change's local day is worked out
    /// here as `levels` has SQLite work it out (its `rule_history::LOCAL_DAY`), a tenth of a
    /// second less for a hospital's rules.
    pub(super) fn rule_history(&self, scope: &Scope) -> CoreResult<RuleHistory> {
        let (product, location) = filters(scope);
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.product_id, c.location_id, c.changed_at, c.changed_offset,
                    c.new_reorder_point, c.new_par_level, c.new_lead_time_days
             FROM reorder_rule_change c NOT INDEXED
             WHERE (?1 IS NULL OR c.product_id = ?1) AND (?2 IS NULL OR c.location_id = ?2)
             ORDER BY c.product_id, c.location_id, c.changed_at, c.id",
        )?;
        let mut rows = stmt.query(params![product, location])?;
        let mut changes: FxHashMap<Place, Vec<(NaiveDate, Option<RuleLevels>)>> =
            FxHashMap::default();
        while let Some(r) = rows.next()? {
            let (at, offset) = (r.get_ref(2)?, i32::try_from(r.get::<_, i64>(3)?).ok());
            let Some(day) = at
                .as_str()
                .ok()
                .zip(offset)
                .and_then(|(t, o)| local_day(t, o))
            else {
                continue;
            };
            let place = (ProductId(r.get(0)?), LocationId(r.get(1)?));
            changes
                .entry(place)
                .or_default()
                .push((day, optional_levels_at(4)(r)?));
        }
        Ok(RuleHistory { changes })
    }
}

/// The recorded changes of each place's rule, in the order they were made.
pub(super) struct RuleHistory {
    changes: FxHashMap<Place, Vec<(NaiveDate, Option<RuleLevels>)>>,
}

impl RuleHistory {
    /// The places whose rule changed at least once.
    pub(super) fn places(&self) -> impl Iterator<Item = &Place> {
        self.changes.keys()
    }

    /// A place's changes, each with its local day and the levels it set, in the order made.
    pub(super) fn of(&self, place: &Place) -> &[(NaiveDate, Option<RuleLevels>)] {
        self.changes.get(place).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
impl RuleHistory {
    /// A history of these changes.
    pub(super) fn of_changes(
        changes: FxHashMap<Place, Vec<(NaiveDate, Option<RuleLevels>)>>,
    ) -> Self {
        RuleHistory { changes }
    }
}

/// The rule in force at the end of a local day after `changes` (in the order made): what the
/// last change made by then set, as `levels`' `rule_levels_in_force` reads it.
pub(super) fn in_force(
    changes: &[(NaiveDate, Option<RuleLevels>)],
    day: NaiveDate,
) -> Option<RuleLevels> {
    changes
        .iter()
        .rfind(|(changed, _)| *changed <= day)
        .and_then(|(_, levels)| *levels)
}

/// Whether a rule was in force at the end of any day from `first` to `last`: what is in force
/// changes only on the days of changes.
pub(super) fn any_in_force(
    changes: &[(NaiveDate, Option<RuleLevels>)],
    first: NaiveDate,
    last: NaiveDate,
) -> bool {
    in_force(changes, first).is_some()
        || changes
            .iter()
            .any(|(day, _)| first < *day && *day <= last && in_force(changes, *day).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_week_is_matched_with_the_same_iso_week_of_the_year_before() {
        assert_eq!(monday_of(d("2027-11-14")), d("2027-11-08"));
        assert_eq!(monday_of(d("2027-11-08")), d("2027-11-08"));
        // 2027-W45 and 2026-W45.
        assert_eq!(same_week_last_year(d("2027-11-08")), Some(d("2026-11-02")));
        // 2028-W01 starts on 2028-01-03; 2027-W01 on 2027-01-04.
        assert_eq!(same_week_last_year(d("2028-01-03")), Some(d("2027-01-04")));
        // 2026-W53 has no counterpart: 2025 had 52 ISO weeks.
        assert_eq!(same_week_last_year(d("2026-12-28")), None);
    }
}
