//! A recall a site entered itself, shared with the network: the hub enters it once as entered by
//! the site, another site using the product pulls it and holds its stock, and the sharing site
//! links it to its own by number with nothing held twice. Sharing again changes nothing; a recall
//! the hub cannot take as one is refused at the site before anything is sent.

use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::RecallClass;
use custody_hub::recall;
use custody_sync_client::share_recall;

use crate::pull::{now, Site, AMOX};
use crate::support::TestHub;

fn lot_recall(number: &str, lines: Vec<ScopeLine>) -> NewRecall {
    NewRecall {
        number: number.into(),
        title: "Amoxicillin 500 mg, lot L1".into(),
        class: RecallClass::II,
        reason: "The firm's letter: out-of-specification dissolution".into(),
        instructions: None,
        issuer: Some("Acme Pharma".into()),
        issued_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date"),
        scope: lines,
    }
}

fn line(gtin: &str, lot: Option<&str>) -> ScopeLine {
    ScopeLine {
        gtin: gtin.into(),
        lot: lot.map(str::to_string),
        serial: None,
    }
}

#[test]
fn a_recall_entered_at_one_site_and_shared_reaches_the_others_and_comes_back_linked() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    let mut south = Site::new("SOUTH", &hub, &hub.base);
    north.receive("S1");
    north.push();
    south.receive("S2");
    south.receive("S3");
    south.push();

    north
        .store
        .create_recall(
            &north.admin,
            &lot_recall("RCL-ACME-7", vec![line(AMOX, Some("L1"))]),
            now(),
        )
        .expect("NORTH enters the firm's recall itself and holds S1");
    let shared =
        share_recall(&north.store, &north.admin, "RCL-ACME-7").expect("the hub takes the recall");
    assert_eq!(
        (
            shared.existed,
            shared.recall.entered_by.as_str(),
            shared.recall.lots.clone()
        ),
        (false, "site NORTH", vec!["L1".to_string()]),
        "entered once at the hub, as entered by the site that shared it"
    );
    let again = share_recall(&north.store, &north.admin, "RCL-ACME-7").expect("shared again");
    assert_eq!(
        (again.existed, again.recall.id),
        (true, shared.recall.id),
        "sharing again (a reply lost on the way) enters nothing new"
    );
    let listed = hub.block_on(recall::list(&hub.db)).expect("the recalls");
    assert_eq!(listed.len(), 1, "one network recall");

    let at_south = south.pull();
    assert_eq!(
        at_south
            .applied
            .recalls
            .iter()
            .map(|r| (r.number.as_str(), r.existed, r.units))
            .collect::<Vec<_>>(),
        vec![("RCL-ACME-7", false, 2)],
        "SOUTH, which uses the product, receives the recall and holds both its packs"
    );
    let at_north = north.pull();
    assert_eq!(
        at_north
            .applied
            .recalls
            .iter()
            .map(|r| (r.number.as_str(), r.existed, r.units))
            .collect::<Vec<_>>(),
        vec![("RCL-ACME-7", true, 0)],
        "NORTH links the network recall to its own: nothing held twice"
    );
}

#[test]
fn a_recall_the_hub_cannot_take_as_one_is_refused_at_the_site_saying_why() {
    let hub = TestHub::start();
    let mut north = Site::new("NORTH", &hub, &hub.base);
    north.receive("S1");
    north.push();
    north
        .store
        .create_recall(
            &north.admin,
            &lot_recall("RCL-WHOLE", vec![line(AMOX, None)]),
            now(),
        )
        .expect("a recall of every pack of the product");
    let refused = share_recall(&north.store, &north.admin, "RCL-WHOLE").expect_err("refused");
    assert!(
        matches!(&refused, custody_sync_client::ClientError::Core(e) if e.code() == "recall.share_whole_product"),
        "a network recall names lots or serials: {refused:?}"
    );
    assert!(
        hub.block_on(recall::list(&hub.db))
            .expect("the recalls")
            .is_empty(),
        "nothing reached the hub"
    );

    // A number the hub holds for another product is refused by the hub, saying so.
    let osei = hub.add_person("osei", custody_hub::people::Role::Qa);
    hub.block_on(recall::add(
        &hub.db,
        &recall::RecallInput {
            number: "RCL-TAKEN".into(),
            gtin: "09506000134369".into(),
            lots: vec!["G1".into()],
            class: "III".into(),
            reason: "Another product's recall".into(),
            ..Default::default()
        },
        &osei,
    ))
    .expect("the hub's own recall");
    north
        .store
        .create_recall(
            &north.admin,
            &lot_recall("RCL-TAKEN", vec![line(AMOX, Some("L1"))]),
            now(),
        )
        .expect("the site's recall under the same number");
    let refused = share_recall(&north.store, &north.admin, "RCL-TAKEN").expect_err("refused");
    assert!(
        refused
            .to_string()
            .contains("the hub holds recall RCL-TAKEN for GTIN"),
        "{refused}"
    );

    // The hub's recall under the number covers fewer lots than the site's: not "the hub has it".
    hub.block_on(recall::add(
        &hub.db,
        &recall::RecallInput {
            number: "RCL-NARROW".into(),
            gtin: AMOX.into(),
            lots: vec!["L1".into()],
            class: "II".into(),
            reason: "The firm's first letter".into(),
            ..Default::default()
        },
        &osei,
    ))
    .expect("the hub's recall of lot L1");
    north
        .store
        .create_recall(
            &north.admin,
            &lot_recall(
                "RCL-NARROW",
                vec![line(AMOX, Some("L1")), line(AMOX, Some("L2"))],
            ),
            now(),
        )
        .expect("the site's recall of lots L1 and L2");
    let refused = share_recall(&north.store, &north.admin, "RCL-NARROW").expect_err("refused");
    assert!(
        refused.to_string().contains("does not cover lot L2"),
        "the site is told which of its lots the network recall lacks: {refused}"
    );
}
