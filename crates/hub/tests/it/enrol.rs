//! Enrolment: a one-time code enrols the site it was made for, once, within its seven days;
//! the hub keeps the code and the token only as hashes.

use custody_sync_protocol::{routes, EnrolRequest, SiteKey, PROTOCOL};

use crate::support::TestHub;

fn request(code: &str, site: &str) -> EnrolRequest {
    EnrolRequest {
        protocol: PROTOCOL.into(),
        code: code.into(),
        site: site.into(),
        public_key: SiteKey::generate().expect("a key").public_key(),
    }
}

#[test]
fn a_code_enrols_its_site_once_and_only_hashes_are_kept() {
    let hub = TestHub::start();
    let code = hub.add_site("NORTH");
    // Typed in lower case without dashes, as someone reading it over the phone might.
    let typed = code.replace('-', "").to_lowercase();
    let (status, reply) = hub.post(routes::ENROL, None, &request(&typed, "NORTH"));
    assert_eq!(status, 200, "the site's own fresh code enrols it: {reply}");
    let token = reply["token"].as_str().expect("a token").to_string();
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM site WHERE token_sha256 = sha256('{token}'::bytea) AND enrolled_at IS NOT NULL"
        )),
        1,
        "the hub keeps the token's SHA-256 and marks the site enrolled"
    );
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM site WHERE token_sha256 = '{token}'::bytea"
        )),
        0,
        "the token itself is never stored"
    );
    let (again, reply) = hub.post(routes::ENROL, None, &request(&code, "NORTH"));
    assert_eq!(
        (again, reply["code"].as_str()),
        (403, Some("bad_enrolment_code")),
        "a used code never enrols again, not even the same site"
    );
    let (status, _) = hub.get(&routes::head("NORTH"), Some(&token));
    assert_eq!(
        status, 200,
        "the first token still works after the refused second use"
    );
}

#[test]
fn a_code_made_for_another_site_is_refused_and_stays_unused() {
    let hub = TestHub::start();
    let north = hub.add_site("NORTH");
    hub.add_site("SOUTH");
    let (status, reply) = hub.post(routes::ENROL, None, &request(&north, "SOUTH"));
    assert_eq!(
        (status, reply["code"].as_str()),
        (403, Some("bad_enrolment_code")),
        "NORTH's code cannot enrol SOUTH"
    );
    assert_eq!(
        hub.number("SELECT count(*) FROM site WHERE enrolled_at IS NOT NULL"),
        0,
        "the refused enrolment enrolled nothing"
    );
    let (status, _) = hub.post(routes::ENROL, None, &request(&north, "NORTH"));
    assert_eq!(status, 200, "a refused attempt does not use the code up");
}

#[test]
fn an_expired_or_unknown_code_is_refused() {
    let hub = TestHub::start();
    let code = hub.add_site("NORTH");
    hub.execute("UPDATE enrolment_code SET expires_at = now() - interval '1 second'")
        .expect("codes may be edited");
    let (status, reply) = hub.post(routes::ENROL, None, &request(&code, "NORTH"));
    assert_eq!(
        (status, reply["code"].as_str()),
        (403, Some("bad_enrolment_code")),
        "a code past its seven days is refused"
    );
    let (status, reply) = hub.post(
        routes::ENROL,
        None,
        &request("AAAA-BBBB-CCCC-DDDD-EEEE", "NORTH"),
    );
    assert_eq!(
        (status, reply["code"].as_str()),
        (403, Some("bad_enrolment_code")),
        "a code the hub never made is refused"
    );
}

#[test]
fn a_bad_key_or_another_protocol_is_a_bad_request_that_leaves_the_code_unused() {
    let hub = TestHub::start();
    let code = hub.add_site("NORTH");
    let mut bad_key = request(&code, "NORTH");
    bad_key.public_key = "bm90IGEga2V5".into();
    let (status, reply) = hub.post(routes::ENROL, None, &bad_key);
    assert_eq!(
        (status, reply["code"].as_str()),
        (400, Some("bad_request")),
        "a public key that is not 32 bytes of Ed25519 is refused: {reply}"
    );
    let mut other = request(&code, "NORTH");
    other.protocol = "custody.sync.v0".into();
    let (status, reply) = hub.post(routes::ENROL, None, &other);
    assert_eq!(
        (status, reply["code"].as_str()),
        (400, Some("bad_request")),
        "another protocol version is refused: {reply}"
    );
    let (status, _) = hub.post(routes::ENROL, None, &request(&code, "NORTH"));
    assert_eq!(status, 200, "the code is still good after bad requests");
}

#[test]
fn a_site_enrolled_again_gets_a_new_token_and_the_hubs_head() {
    let hub = TestHub::start();
    let mut site = crate::support::Site::enrolled(&hub, "NORTH");
    site.record(3);
    let (status, _) = site.push(&hub, 1, 3);
    assert_eq!(status, 200, "three events held at the hub");
    let stale = hub
        .block_on(custody_hub::admin::new_code(&hub.db, "NORTH"))
        .expect("a code for a known site");
    let code = hub
        .block_on(custody_hub::admin::new_code(&hub.db, "NORTH"))
        .expect("a second code");
    let (status, _) = hub.post(routes::ENROL, None, &request(&stale, "NORTH"));
    assert_eq!(status, 403, "a newer code withdraws the earlier unused one");
    let rebuilt = SiteKey::generate().expect("a key");
    let mut again = request(&code, "NORTH");
    again.public_key = rebuilt.public_key();
    let (status, reply) = hub.post(routes::ENROL, None, &again);
    assert_eq!(status, 200, "the new code enrols the site again: {reply}");
    let reply: custody_sync_protocol::EnrolReply = serde_json::from_value(reply).expect("a reply");
    assert_eq!(
        reply.head.map(|h| (h.seq, h.hash)),
        Some((3, site.chain[2].hash.clone())),
        "the rebuilt site learns where the hub's copy of its chain stands"
    );
    let (status, _) = hub.get(&routes::head("NORTH"), Some(&site.token));
    assert_eq!(status, 401, "the old token no longer works");
    site.token = reply.token;
    site.key_seed = rebuilt.seed();
    site.record(1);
    let (status, body) = site.push(&hub, 4, 4);
    assert_eq!(status, 200, "the new key's batches are taken: {body}");
    assert!(
        hub.block_on(custody_hub::admin::new_code(&hub.db, "NOWHERE"))
            .is_err_and(|e| e.to_string() == "no site NOWHERE at the hub"),
        "no code for a site the hub does not have"
    );
}

#[test]
fn two_enrolments_racing_with_one_code_enrol_once() {
    let hub = TestHub::start();
    let code = hub.add_site("NORTH");
    let (a, b) = std::thread::scope(|s| {
        let one = s.spawn(|| hub.post(routes::ENROL, None, &request(&code, "NORTH")).0);
        let two = s.spawn(|| hub.post(routes::ENROL, None, &request(&code, "NORTH")).0);
        (one.join().expect("no panic"), two.join().expect("no panic"))
    });
    let mut statuses = [a, b];
    statuses.sort();
    assert_eq!(
        statuses,
        [200, 403],
        "the code's row lock lets exactly one of them use it"
    );
}
