//! `custody-hub verify`: each site's chain as the hub holds it, every hash recomputed and every
//! batch's signature checked against the key recorded with it, across a site's re-enrolment;
//! what was changed behind the hub's back is named.

use std::process::Command;

use custody_hub::verify::verify;
use custody_sync_protocol::hash_hex;

use crate::support::{Site, TestHub};

/// `custody-hub verify` run on `hub`: whether it exited 0, and what it printed.
fn verify_command(hub: &TestHub) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "verify"])
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// A hub where NORTH pushed two batches, enrolled again with a new key (a rebuild), and pushed
/// a third with it; STMARY pushed one batch.
fn two_sites() -> (TestHub, Site) {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    north.record(6);
    for (from, to) in [(1, 3), (4, 6)] {
        assert_eq!(north.push(&hub, from, to).0, 200, "events {from}–{to} held");
    }
    let code = hub
        .block_on(custody_hub::admin::new_code(&hub.db, "NORTH"))
        .expect("a new code for NORTH");
    let mut north = north.enrolled_again(&hub, &code);
    north.record(2);
    assert_eq!(north.push(&hub, 7, 8).0, 200, "signed with the new key");
    let mut stmary = Site::enrolled(&hub, "STMARY");
    stmary.record(2);
    assert_eq!(stmary.push(&hub, 1, 2).0, 200);
    (hub, north)
}

#[test]
fn every_sites_chain_and_every_batch_signed_before_and_after_a_new_key_checks_out() {
    let (hub, north) = two_sites();
    let checks = hub.block_on(verify(&hub.db, None)).expect("verify runs");
    let summary: Vec<_> = checks
        .iter()
        .map(|c| {
            (
                c.site.as_str(),
                c.events,
                c.batches,
                c.unkeyed,
                c.is_intact(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![("NORTH", 8, 3, 0, true), ("STMARY", 2, 1, 0, true)],
        "the batches signed with NORTH's first key are checked with it, not with today's"
    );
    assert_eq!(
        checks[0].head,
        Some((8, hash_hex(&north.hash_at(8)))),
        "the head printed is the site's own last hash, to compare with its verify"
    );
    let (ok, said) = verify_command(&hub);
    let head = hash_hex(&north.hash_at(8));
    assert!(
        ok && said.contains(&format!(
            "NORTH: intact, 8 events to event 8 (hash {}…); 3 batch signatures checked.",
            &head[..16]
        )),
        "{said}"
    );
    let only = hub
        .block_on(verify(&hub.db, Some("STMARY")))
        .expect("one site");
    assert_eq!(only.len(), 1);
    assert!(
        hub.block_on(verify(&hub.db, Some("NOWHERE"))).is_err(),
        "an unknown site is refused, not reported as intact"
    );
}

#[test]
fn an_event_changed_behind_the_hubs_back_or_a_forged_signature_is_named() {
    let (hub, _) = two_sites();
    // Whoever holds the database's owner can switch the append-only triggers off; verify is
    // what still catches them.
    for table in ["event", "batch_signature"] {
        hub.execute(&format!("ALTER TABLE {table} DISABLE TRIGGER USER"))
            .expect("the owner can");
    }
    hub.execute(
        "UPDATE event SET canonical = canonical || '\\x20'::bytea \
         WHERE site_id = (SELECT id FROM site WHERE code = 'NORTH') AND seq = 5",
    )
    .expect("an event's bytes changed");
    hub.execute(
        "UPDATE batch_signature SET signature = (SELECT signature FROM batch_signature ORDER BY id LIMIT 1) \
         WHERE id = (SELECT max(id) FROM batch_signature)",
    )
    .expect("STMARY's batch carries NORTH's first signature");
    let checks = hub.block_on(verify(&hub.db, None)).expect("verify runs");
    assert!(
        !checks[0].is_intact()
            && checks[0].findings[0] == "event 5's bytes do not hash to the hash held for it",
        "the changed event is named, and the chain is checked no further: {:?}",
        checks[0]
    );
    assert_eq!(checks[0].events, 4, "events 1–4 still check out");
    assert!(
        !checks[1].is_intact() && checks[1].findings[0].contains("is not signed by the key"),
        "{:?}",
        checks[1]
    );
    let (ok, said) = verify_command(&hub);
    assert!(
        !ok && said.contains("NORTH: NOT INTACT, 1 problem; 4 events check out to event 4")
            && said.contains("- event 5's bytes do not hash")
            && said.contains("2 of 2 sites' chains are not intact"),
        "the command line names the break and exits 1: {said}"
    );

    hub.execute("UPDATE batch_signature SET public_key = NULL WHERE id = (SELECT max(id) FROM batch_signature)")
        .expect("a batch from before keys were kept");
    let stmary = hub
        .block_on(verify(&hub.db, Some("STMARY")))
        .expect("verify runs");
    assert_eq!(
        (stmary[0].batches, stmary[0].unkeyed, stmary[0].is_intact()),
        (0, 1, true),
        "a batch with no key recorded is counted apart, never passed as checked"
    );
}

#[test]
fn migration_7_keeps_the_key_of_batches_since_the_last_enrolment_and_no_guess_before() {
    let hub = TestHub::start();
    let mut north = Site::enrolled(&hub, "NORTH");
    north.record(5);
    assert_eq!(north.push(&hub, 1, 3).0, 200);
    let code = hub
        .block_on(custody_hub::admin::new_code(&hub.db, "NORTH"))
        .expect("a new code");
    let north = north.enrolled_again(&hub, &code);
    assert_eq!(north.push(&hub, 4, 5).0, 200);
    // The hub as migration 0006 left it: no key kept with a batch.
    hub.execute("ALTER TABLE batch_signature DROP COLUMN public_key")
        .expect("the column dropped");
    hub.execute("UPDATE hub_schema SET version = 6")
        .expect("version 6");
    hub.block_on(custody_hub::db::migrate(&hub.db))
        .expect("migrates");
    let checks = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert_eq!(
        (checks[0].batches, checks[0].unkeyed, checks[0].is_intact()),
        (1, 1, true),
        "the batch since the new key is checked with it; the one before cannot be, and says so"
    );
}

#[test]
fn events_no_batch_signature_covers_are_named_unless_the_site_pushed_before_keys_were_kept() {
    let (hub, _) = two_sites();
    hub.execute("ALTER TABLE batch_signature DISABLE TRIGGER USER")
        .expect("the owner can");
    hub.execute("DELETE FROM batch_signature WHERE id = (SELECT min(id) FROM batch_signature)")
        .expect("NORTH's first batch (events 1–3) taken away");
    let checks = hub.block_on(verify(&hub.db, None)).expect("verify runs");
    assert_eq!(
        (checks[0].events, checks[0].findings.clone()),
        (
            8,
            vec!["events 1–3 are covered by no batch signature".to_string()]
        ),
        "events no signature shows the site sent are named: {:?}",
        checks[0]
    );
    assert!(checks[1].is_intact(), "{:?}", checks[1]);
    let (ok, said) = verify_command(&hub);
    assert!(
        !ok && said.contains("- events 1–3 are covered by no batch signature"),
        "the command line names them and exits 1: {said}"
    );

    hub.execute(
        "DELETE FROM batch_signature WHERE id = (SELECT max(b.id) FROM batch_signature b \
         JOIN site s ON s.id = b.site_id WHERE s.code = 'NORTH')",
    )
    .expect("NORTH's last batch (events 7–8) taken away too");
    let north = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert_eq!(
        north[0].findings,
        [
            "events 1–3 are covered by no batch signature",
            "events 7–8 are covered by no batch signature"
        ],
        "each range is named"
    );

    hub.execute(
        "UPDATE batch_signature SET public_key = NULL WHERE site_id = \
         (SELECT id FROM site WHERE code = 'NORTH')",
    )
    .expect("NORTH's batches as a hub before keys were kept left them");
    let north = hub
        .block_on(verify(&hub.db, Some("NORTH")))
        .expect("verify runs");
    assert!(
        north[0].is_intact() && north[0].unkeyed == 1,
        "a site that pushed before the hub kept keys is not held to it: {:?}",
        north[0]
    );
}
