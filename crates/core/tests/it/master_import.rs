//! Product and reorder-rule CSV imports: every problem of every line reported, a missing column
//! named, an empty file and a key given twice refused, all or nothing.

use custody_core::*;

use crate::fixtures::{now, pharmacy, Pharmacy};

const AMOX: &str = "09506000134352";

fn problems(err: CoreError) -> Vec<(usize, String, String)> {
    match err {
        CoreError::Import(p) => p
            .into_iter()
            .map(|x| (x.line, x.field.unwrap_or_default(), x.message))
            .collect(),
        e => panic!("expected the file's problems, got {e}"),
    }
}

fn lines(problems: &[(usize, String, String)]) -> Vec<(usize, &str)> {
    problems.iter().map(|(l, f, _)| (*l, f.as_str())).collect()
}

fn refused_products(p: &mut Pharmacy, csv: &str) -> Vec<(usize, String, String)> {
    let admin = p.admin.clone();
    let before = p.store.products(&admin, "", 1000).unwrap().len();
    let err = p
        .store
        .import_products(&admin, csv.as_bytes(), now())
        .expect_err("the file must be refused");
    assert_eq!(
        p.store.products(&admin, "", 1000).unwrap().len(),
        before,
        "a refused file adds no product, not even its good rows"
    );
    problems(err)
}

#[test]
fn a_product_file_reports_every_problem_of_every_line() {
    let mut p = pharmacy();
    let csv = "gtin,name,pack_size,ndc,tracking\n\
               00305910369019,Drug A 10 mg tabs,30,,serial\n\
               00305910369018,Drug B,x,12-34,sometimes\n\
               0305910369019,Drug A again,30,,lot\n\
               00312345678906,,0,,\n";
    let problems = refused_products(&mut p, csv);
    assert_eq!(
        lines(&problems),
        vec![
            (3, "pack_size"),
            (3, "tracking"),
            (3, "gtin"),
            (3, "ndc"),
            (4, "gtin"),
            (5, "name"),
            (5, "pack_size"),
        ],
        "line 3 has four problems and all are told; line 4 repeats line 2's GTIN as a GTIN-13; line 5 has no name and a pack size of zero: {problems:#?}"
    );
    assert!(
        problems[4].2.contains("already on line 2"),
        "{}",
        problems[4].2
    );
}

#[test]
fn a_product_file_without_a_required_column_or_without_rows_is_refused() {
    let mut p = pharmacy();
    let problems = refused_products(&mut p, "gtin,form\n00305910369019,tablet\n");
    assert_eq!(
        lines(&problems),
        vec![(1, "name")],
        "the missing column is named: {problems:?}"
    );
    let problems = refused_products(&mut p, "gtin,name\n");
    assert!(
        problems.len() == 1 && problems[0].2.contains("lists no products"),
        "a header and no rows: {problems:?}"
    );
    let problems = refused_products(&mut p, "gtin,name\n00305910369019,Drug\u{0}A\n");
    assert_eq!(
        lines(&problems),
        vec![(2, "")],
        "a NUL byte in a cell is refused at its line: {problems:?}"
    );
}

fn rules(p: &Pharmacy) -> Vec<(String, String, i64, i64)> {
    p.store
        .reorder_rules(&p.admin)
        .unwrap()
        .into_iter()
        .map(|r| (r.gtin, r.location, r.reorder_point, r.par_level))
        .collect()
}

fn refused_rules(p: &mut Pharmacy, csv: &str) -> Vec<(usize, String, String)> {
    let admin = p.admin.clone();
    let before = rules(p);
    let err = p
        .store
        .import_reorder_rules(&admin, csv.as_bytes(), now())
        .expect_err("the file must be refused");
    assert_eq!(rules(p), before, "a refused file sets no rule");
    problems(err)
}

#[test]
fn a_rule_file_refuses_a_product_and_location_given_twice_and_reports_every_line() {
    let mut p = pharmacy();
    let csv = format!(
        "gtin,location,reorder_point,par_level,lead_time_days\n\
         {AMOX},MAIN,5,20,3\n\
         9506000134352,MAIN,10,40,\n\
         {AMOX},WARD-3A,x,,\n\
         {AMOX},NOWHERE,1,2,\n\
         ,MAIN,1,2,-1\n\
         {AMOX},WARD-3A,4,2,\n"
    );
    let problems = refused_rules(&mut p, &csv);
    assert_eq!(
        lines(&problems),
        vec![
            (3, "location"),
            (4, "reorder_point"),
            (4, "par_level"),
            (5, "location"),
            (6, "lead_time_days"),
            (6, "gtin"),
            (7, "par_level"),
        ],
        "the same product at MAIN twice (the second as a GTIN-13), unreadable and missing levels, an unknown location, no GTIN and a negative lead time, a par below the reorder point: all in one report: {problems:#?}"
    );
    assert!(
        problems[0].2.contains("already on line 2"),
        "last-one-wins is never silent: {}",
        problems[0].2
    );
}

#[test]
fn a_rule_file_without_a_required_column_or_without_rows_is_refused() {
    let mut p = pharmacy();
    let problems = refused_rules(
        &mut p,
        &format!("gtin,location,par_level\n{AMOX},MAIN,20\n"),
    );
    assert_eq!(
        lines(&problems),
        vec![(1, "reorder_point")],
        "the missing column is named: {problems:?}"
    );
    let problems = refused_rules(&mut p, "gtin,location,reorder_point,par_level\n");
    assert!(
        problems.len() == 1 && problems[0].2.contains("lists no reorder rules"),
        "a header and no rows: {problems:?}"
    );
    let admin = p.admin.clone();
    let n = p
        .store
        .import_reorder_rules(
            &admin,
            format!(
                "gtin,location,reorder_point,par_level\n{AMOX},MAIN,5,20\n{AMOX},WARD-3A,1,4\n"
            )
            .as_bytes(),
            now(),
        )
        .unwrap();
    assert_eq!(n, 2, "a good file sets every rule it lists");
}

#[test]
fn a_rule_line_with_unreadable_levels_still_reports_its_unknown_product_and_location() {
    let mut p = pharmacy();
    let problems = refused_rules(
        &mut p,
        "gtin,location,reorder_point,par_level,lead_time_days\n00305910369018,NOPE,x,y,z\n",
    );
    assert_eq!(
        lines(&problems),
        vec![
            (2, "reorder_point"),
            (2, "par_level"),
            (2, "lead_time_days"),
            (2, "gtin"),
            (2, "location"),
        ],
        "every problem of the line in one report, not only its numbers: {problems:#?}"
    );
    let gtin = &problems[3].2;
    assert!(
        gtin.contains("00305910369018") && !gtin.starts_with("gtin:"),
        "the GTIN's problem names the value and does not repeat its field: {gtin}"
    );
}

#[test]
fn a_rule_set_by_hand_with_a_bad_gtin_names_the_field_once() {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    let refused = p
        .store
        .set_reorder_rule(
            &admin,
            &custody_core::levels::RuleInput {
                gtin: "00305910369018".into(),
                location: "MAIN".into(),
                reorder_point: 5,
                par_level: 10,
                lead_time_days: None,
            },
            now(),
        )
        .expect_err("a GTIN with a wrong check digit is refused");
    assert_eq!(
        (refused.code(), refused.field_at_fault().as_deref()),
        ("levels.rule_invalid", Some("gtin")),
        "one rule typed in a form is refused naming its field: {refused}"
    );
    let message = refused.to_string();
    assert!(
        !message.contains("gtin:"),
        "the sentence carries no field-name prefix, the field is in the arguments: {message}"
    );
}
