//! The reorder rules' history (issue #23): each change recorded with who, when, the levels
//! before and after; the rule in force on a past local day; a database that had rules before
//! the history began starts it with them.

use chrono::{Duration, NaiveDate};
use custody_core::levels::{
    LevelPolicy, RuleChange, RuleChangeFilter, RuleInput, RuleLevels, SuggestParams,
};
use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";
const GAUZE: &str = "09506000134369";

fn at(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn levels(reorder_point: i64, par_level: i64, lead_time_days: i64) -> RuleLevels {
    RuleLevels {
        reorder_point,
        par_level,
        lead_time_days,
    }
}

fn set(p: &mut Pharmacy, gtin: &str, (rop, par, lead): (i64, i64, i64), when: Timestamp) {
    let admin = p.admin.clone();
    p.store
        .set_reorder_rule(
            &admin,
            &RuleInput {
                gtin: gtin.into(),
                location: "MAIN".into(),
                reorder_point: rop,
                par_level: par,
                lead_time_days: Some(lead),
            },
            when,
        )
        .unwrap();
}

fn changes(p: &Pharmacy, filter: &RuleChangeFilter) -> Vec<RuleChange> {
    p.store.reorder_rule_changes(&p.admin, filter).unwrap()
}

fn in_force(p: &Pharmacy, day: &str) -> Option<(i64, i64, i64)> {
    p.store
        .reorder_rule_in_force(&p.admin, AMOX, "MAIN", date(day))
        .unwrap()
        .map(|r| (r.reorder_point, r.par_level, r.lead_time_days))
}

/// Amoxicillin's rule at MAIN: set just after midnight local time on 12 November (still the
/// 11th in UTC), changed on the 17th, removed on the 21st.
fn set_changed_removed() -> Pharmacy {
    let mut p = pharmacy();
    set(&mut p, AMOX, (10, 40, 7), at("2026-11-12T00:30:00+01:00"));
    set(&mut p, AMOX, (15, 50, 5), at("2026-11-17T14:00:00+01:00"));
    let admin = p.admin.clone();
    p.store
        .remove_reorder_rule(&admin, AMOX, "MAIN", at("2026-11-21T23:30:00+01:00"))
        .unwrap();
    p
}

#[test]
fn a_rule_set_changed_and_removed_has_three_changes_with_who_and_the_levels_before_and_after() {
    let p = set_changed_removed();
    let found = changes(&p, &RuleChangeFilter::default());
    let summary: Vec<_> = found
        .iter()
        .map(|c| (c.changed_at.as_str(), c.old, c.new))
        .collect();
    assert_eq!(
        summary,
        [
            ("2026-11-21T23:30:00+01:00", Some(levels(15, 50, 5)), None),
            (
                "2026-11-17T14:00:00+01:00",
                Some(levels(10, 40, 7)),
                Some(levels(15, 50, 5))
            ),
            ("2026-11-12T00:30:00+01:00", None, Some(levels(10, 40, 7))),
        ],
        "newest first; old none when new, new none when removed; times in local time"
    );
    let c = &found[0];
    assert_eq!(
        (
            c.changed_by.as_str(),
            c.changed_by_name.as_str(),
            c.gtin.as_str(),
            c.product.as_str(),
            c.location.as_str()
        ),
        (
            "alice",
            "Alice Smith",
            AMOX,
            "Amoxicillin 500 mg caps x21",
            "MAIN"
        )
    );
    assert!(
        p.store.reorder_rules(&p.admin).unwrap().is_empty(),
        "the removed rule is gone from the rules"
    );
}

#[test]
fn the_rule_in_force_is_the_last_one_set_by_the_end_of_each_local_day() {
    let p = set_changed_removed();
    assert_eq!(
        in_force(&p, "2026-11-11"),
        None,
        "before the first change there is no rule, though the first change's UTC day is the 11th"
    );
    assert_eq!(in_force(&p, "2026-11-12"), Some((10, 40, 7)));
    assert_eq!(in_force(&p, "2026-11-16"), Some((10, 40, 7)));
    assert_eq!(
        in_force(&p, "2026-11-17"),
        Some((15, 50, 5)),
        "a rule changed during a day is the one in force by its end"
    );
    assert_eq!(in_force(&p, "2026-11-20"), Some((15, 50, 5)));
    assert_eq!(
        in_force(&p, "2026-11-21"),
        None,
        "removed late on the 21st, there is none by its end"
    );
    assert_eq!(in_force(&p, "2026-12-01"), None, "and none after");
    let other = p
        .store
        .reorder_rule_in_force(&p.admin, GAUZE, "MAIN", date("2026-11-20"))
        .unwrap();
    assert_eq!(other, None, "a product never given a rule has none");
}

#[test]
fn changes_are_filtered_by_product_location_and_local_days() {
    let mut p = set_changed_removed();
    set(&mut p, GAUZE, (1, 5, 2), at("2026-11-18T09:00:00+01:00"));
    let days = |from: &str, to: &str| RuleChangeFilter {
        from: Some(date(from)),
        to: Some(date(to)),
        ..Default::default()
    };
    let when = |f: &RuleChangeFilter| -> Vec<String> {
        changes(&p, f).into_iter().map(|c| c.changed_at).collect()
    };
    assert_eq!(
        when(&days("2026-11-12", "2026-11-17")),
        ["2026-11-17T14:00:00+01:00", "2026-11-12T00:30:00+01:00"],
        "both days included, each change by its local day"
    );
    assert_eq!(when(&days("2026-11-18", "2026-11-18")).len(), 1);
    let gauze = RuleChangeFilter {
        gtin: Some(GAUZE.into()),
        ..Default::default()
    };
    assert_eq!(when(&gauze), ["2026-11-18T09:00:00+01:00"]);
    let ward = RuleChangeFilter {
        location: Some("WARD-3A".into()),
        ..Default::default()
    };
    assert!(when(&ward).is_empty());
    let backwards = p
        .store
        .reorder_rule_changes(&p.admin, &days("2026-11-18", "2026-11-12"))
        .unwrap_err();
    assert_eq!(backwards.code(), "report.range_backwards");
    let unknown = p
        .store
        .reorder_rule_changes(
            &p.admin,
            &RuleChangeFilter {
                location: Some("NOWHERE".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(unknown.code(), "master.location_unknown");
}

#[test]
fn a_save_that_changes_nothing_records_nothing() {
    let mut p = pharmacy();
    set(&mut p, AMOX, (10, 40, 7), now());
    set(
        &mut p,
        AMOX,
        (10, 40, 7),
        Timestamp(now().0 + Duration::days(1)),
    );
    let admin = p.admin.clone();
    let csv = format!(
        "gtin,location,reorder_point,par_level,lead_time_days\n{AMOX},MAIN,10,40,7\n{GAUZE},MAIN,2,6,3\n"
    );
    p.store
        .import_reorder_rules(
            &admin,
            csv.as_bytes(),
            Timestamp(now().0 + Duration::days(2)),
        )
        .unwrap();
    let found = changes(&p, &RuleChangeFilter::default());
    assert_eq!(
        found
            .iter()
            .map(|c| (c.gtin.as_str(), c.old, c.new))
            .collect::<Vec<_>>(),
        [
            (GAUZE, None, Some(levels(2, 6, 3))),
            (AMOX, None, Some(levels(10, 40, 7)))
        ],
        "the same levels saved again, by hand or in a file, are no change; a new rule in the file is"
    );
    let removed = p
        .store
        .remove_reorder_rule(&admin, AMOX, "WARD-3A", now())
        .unwrap_err();
    assert_eq!(
        removed.code(),
        "levels.rule_unknown",
        "a rule that is not there cannot be removed"
    );
    assert_eq!(changes(&p, &RuleChangeFilter::default()).len(), 2);
}

#[test]
fn suggested_rules_applied_are_recorded() {
    let mut p = crate::levels::steady();
    let admin = p.admin.clone();
    p.store
        .suggest_reorder_rules(
            &admin,
            None,
            SuggestParams::default(),
            &LevelPolicy::default(),
            true,
            Timestamp(now().0 + Duration::hours(1)),
        )
        .unwrap();
    let found = changes(&p, &RuleChangeFilter::default());
    assert_eq!(
        found.iter().map(|c| (c.old, c.new)).collect::<Vec<_>>(),
        [
            (Some(levels(10, 40, 7)), Some(levels(3, 9, 7))),
            (None, Some(levels(10, 40, 7)))
        ],
        "the suggestion saved replaces the rule set by hand, and says so"
    );
}

#[test]
fn only_managers_remove_rules_and_whoever_sees_stock_sees_the_history() {
    let mut p = pharmacy();
    set(&mut p, AMOX, (10, 40, 7), now());
    let sam = p.staff();
    let refused = p
        .store
        .remove_reorder_rule(&sam, AMOX, "MAIN", now())
        .unwrap_err();
    assert_eq!(refused.code(), "auth.forbidden", "{refused}");
    assert_eq!(
        p.store
            .reorder_rule_changes(&sam, &RuleChangeFilter::default())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_database_that_had_rules_before_the_history_starts_it_with_them() {
    let (_dir, path) = crate::ledger_format::v1_copy();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "INSERT INTO reorder_rule (product_id, location_id, reorder_point, par_level, lead_time_days, updated_at, updated_by)
             VALUES (1, 1, 4, 12, 3, '2026-11-20T10:00:00.000000Z', 2)",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let alice = store.actor("alice").unwrap();
    let found = store
        .reorder_rule_changes(&alice, &RuleChangeFilter::default())
        .unwrap();
    assert_eq!(found.len(), 1);
    let c = &found[0];
    assert_eq!(
        (
            c.changed_at.as_str(),
            c.changed_by.as_str(),
            c.old,
            c.new,
            c.location.as_str()
        ),
        (
            "2026-11-20T11:00:00+01:00",
            "sam",
            None,
            Some(levels(4, 12, 3)),
            "MAIN"
        ),
        "the rule as it stood, new at its last update, by who updated it, in the site's offset"
    );
    let on = |d: &str| {
        store
            .reorder_rule_in_force(&alice, AMOX, "MAIN", date(d))
            .unwrap()
            .map(|r| r.par_level)
    };
    assert_eq!((on("2026-11-19"), on("2026-11-20")), (None, Some(12)));
    let r = store.verify(&alice).unwrap();
    assert!(
        r.is_intact(),
        "the new table is the schema: {:?}",
        r.findings
    );
}
