//! The web page through HTTP: every page needs a signed-in hub person, sign-in refuses a wrong
//! password and sets a cookie out of scripts' and other sites' reach, sign-out and expiry end a
//! session, and a site's data containing markup is shown as text on every page.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use custody_hub::people::Role;

use crate::network::{at, Line, GTIN, LOT};
use crate::support::{Site, TestHub, PASSWORD};

/// What a page answered: status, `Location`, `Set-Cookie`, the policy header, the body.
struct Answer {
    status: u16,
    location: String,
    cookie: String,
    policy: String,
    body: String,
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    let mut response = response.expect("the hub answers");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (location, cookie, policy) = (
        header("location"),
        header("set-cookie"),
        header("content-security-policy"),
    );
    Answer {
        status: response.status().as_u16(),
        location,
        cookie,
        policy,
        body: response.body_mut().read_to_string().expect("a text body"),
    }
}

fn get(hub: &TestHub, path: &str, session: Option<&str>) -> Answer {
    let mut request = agent().get(format!("{}{path}", hub.base));
    if let Some(s) = session {
        request = request.header("Cookie", format!("custody_hub_session={s}"));
    }
    answer(request.call())
}

fn sign_in(hub: &TestHub, username: &str, password: &str) -> Answer {
    sign_in_at(&hub.base, username, password)
}

/// Signs in at the hub served at `base` (`http://HOST:PORT`).
fn sign_in_at(base: &str, username: &str, password: &str) -> Answer {
    answer(
        agent()
            .post(format!("{base}/sign-in"))
            .send_form([("username", username), ("password", password)]),
    )
}

/// Signs `username` in; the session token from the cookie.
fn session_of(hub: &TestHub, username: &str) -> String {
    let answer = sign_in(hub, username, PASSWORD);
    assert_eq!(
        answer.status, 303,
        "the right password signs in: {}",
        answer.body
    );
    answer
        .cookie
        .strip_prefix("custody_hub_session=")
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_else(|| panic!("a session cookie is set: {}", answer.cookie))
        .to_string()
}

#[test]
fn every_page_needs_a_signed_in_hub_person_and_sign_out_ends_the_session() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    for page in [
        "/alarms",
        "/reach",
        "/recalls",
        "/recalls/1",
        "/transfers",
        "/sites",
    ] {
        let answer = get(&hub, page, None);
        assert_eq!(
            (answer.status, answer.location.as_str()),
            (303, "/sign-in"),
            "{page} is not shown to someone who has not signed in"
        );
    }
    let wrong = sign_in(&hub, "ines", "not her password");
    assert_eq!(wrong.status, 401, "a wrong password is refused");
    assert!(
        wrong.body.contains("wrong username or password") && wrong.cookie.is_empty(),
        "the form says why, and no cookie is set: {}",
        wrong.body
    );
    let right = sign_in(&hub, "ines", PASSWORD);
    assert_eq!(
        (right.status, right.location.as_str()),
        (303, "/alarms"),
        "signed in, the alarms come first"
    );
    let parts: Vec<&str> = right.cookie.split("; ").collect();
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(
            parts.contains(&attribute),
            "{attribute} keeps the token from scripts and other sites: {}",
            right.cookie
        );
    }
    assert!(
        !parts.contains(&"Secure"),
        "over plain HTTP a Secure cookie would never come back: {}",
        right.cookie
    );
    let token = session_of(&hub, "ines");
    assert_eq!(
        hub.number(&format!(
            "SELECT count(*) FROM hub_session WHERE token_sha256 = sha256('{token}'::bytea)"
        )),
        1,
        "the hub keeps only the token's hash"
    );
    let alarms = get(&hub, "/alarms", Some(&token));
    assert_eq!(alarms.status, 200, "a signed-in person sees the alarms");
    assert!(
        alarms.body.contains("Person ines (qa)") && alarms.body.contains("Sign out"),
        "the page says who is signed in and offers sign-out"
    );
    let out = answer(
        agent()
            .post(format!("{}/sign-out", hub.base))
            .header("Cookie", format!("custody_hub_session={token}"))
            .send_empty(),
    );
    assert_eq!(
        (out.status, out.cookie.contains("Max-Age=0")),
        (303, true),
        "sign-out clears the cookie"
    );
    let after = get(&hub, "/alarms", Some(&token));
    assert_eq!(
        (after.status, after.location.as_str()),
        (303, "/sign-in?expired=1"),
        "the ended session opens nothing, even if the browser kept the cookie"
    );
}

/// `custody-hub serve` on a free port of loopback with `flags`; its process and its address.
fn serve_binary(hub: &TestHub, flags: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "serve", "--listen", "127.0.0.1:0"])
        .args(flags)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut line)
        .expect("serve prints its address");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("the first line names the address: {line:?}"))
        .to_string();
    (child, addr)
}

#[test]
fn behind_a_tls_proxy_serve_secure_cookies_marks_the_session_cookie_secure() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    let (mut proxied, addr) = serve_binary(&hub, &["--secure-cookies"]);
    let signed_in = sign_in_at(&format!("http://{addr}"), "ines", PASSWORD);
    let _ = proxied.kill();
    let _ = proxied.wait();
    assert_eq!(
        signed_in.status, 303,
        "the right password signs in: {}",
        signed_in.body
    );
    assert!(
        signed_in.cookie.split("; ").any(|p| p == "Secure"),
        "the proxy speaks HTTPS to the browser, so the cookie must never go in clear: {}",
        signed_in.cookie
    );
    let (mut plain, addr) = serve_binary(&hub, &[]);
    let signed_in = sign_in_at(&format!("http://{addr}"), "ines", PASSWORD);
    let _ = plain.kill();
    let _ = plain.wait();
    assert!(
        signed_in.cookie.starts_with("custody_hub_session=")
            && !signed_in.cookie.split("; ").any(|p| p == "Secure"),
        "without the flag plain HTTP keeps a cookie the browser sends back: {}",
        signed_in.cookie
    );
    let both = Command::new(env!("CARGO_BIN_EXE_custody-hub"))
        .args(["--db-url", &hub.url, "serve", "--secure-cookies"])
        .args(["--tls-cert", "hub.pem", "--tls-key", "hub.key"])
        .output()
        .expect("the binary runs");
    assert_eq!(
        both.status.code(),
        Some(2),
        "with TLS the cookie is Secure already; the flag beside it is refused as a usage error: {}",
        String::from_utf8_lossy(&both.stderr)
    );
}

#[test]
fn a_session_ends_when_idle_and_when_its_account_is_disabled() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    hub.add_person("amal", Role::Admin);
    let idle = session_of(&hub, "ines");
    hub.execute("UPDATE hub_session SET expires_at = now() - interval '1 second'")
        .expect("the session is aged");
    assert_eq!(
        get(&hub, "/sites", Some(&idle)).status,
        303,
        "an expired session opens nothing"
    );
    let token = session_of(&hub, "amal");
    assert_eq!(
        get(&hub, "/sites", Some(&token)).status,
        200,
        "a live session"
    );
    hub.block_on(custody_hub::people::disable_user(&hub.db, "amal"))
        .expect("amal is disabled");
    assert_eq!(
        get(&hub, "/sites", Some(&token)).status,
        303,
        "a disabled account's open session ends with it"
    );
}

#[test]
fn a_sites_markup_is_shown_as_text_on_the_alarms_and_reach_pages() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    let mut north = Site::enrolled(&hub, "NORTH");
    let mut south = Site::enrolled(&hub, "SOUTH");
    let script = "<script>alert('x')</script>";
    let mut line = Line::pack("P1", None, "in_stock");
    line.lot = script.to_string();
    north.append("receive", Some(script), &at(1, 8), &[line.clone()]);
    south.append("receive", Some("SUPPLIER"), &at(1, 9), &[line]);
    north.push_all(&hub, 0, 10);
    south.push_all(&hub, 0, 10);
    let token = session_of(&hub, "ines");

    let alarms = get(&hub, "/alarms", Some(&token));
    assert_eq!(alarms.status, 200, "the alarms page answers");
    assert!(
        alarms
            .body
            .contains("received twice from outside the network"),
        "the planted pattern is listed: {}",
        alarms.body
    );
    assert!(
        alarms
            .body
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "the partner and lot are shown as the text the sites wrote"
    );
    assert!(
        !alarms.body.contains("<script"),
        "no markup from a site reaches the page: {}",
        alarms.body
    );
    assert!(
        alarms.policy.contains("default-src 'none'") && !alarms.policy.contains("script-src"),
        "and the page allows no script at all, should anything slip: {}",
        alarms.policy
    );

    let reach = answer(
        agent()
            .get(format!("{}/reach", hub.base))
            .query("gtin", GTIN)
            .query("lot", script)
            .header("Cookie", format!("custody_hub_session={token}"))
            .call(),
    );
    assert!(
        reach
            .body
            .contains("<td>NORTH</td><td>in stock</td><td class=\"num\">1</td>")
            && reach
                .body
                .contains("<td>SOUTH</td><td>in stock</td><td class=\"num\">1</td>"),
        "the reach answers per site and status: {}",
        reach.body
    );
    assert!(
        !reach.body.contains("<script"),
        "the lot typed into the form comes back as text, in the field and the heading"
    );
}

/// The reach page for `gtin` and the test lot, as `token`'s person.
fn reach_page(hub: &TestHub, token: &str, gtin: &str) -> Answer {
    answer(
        agent()
            .get(format!("{}/reach", hub.base))
            .query("gtin", gtin)
            .query("lot", LOT)
            .header("Cookie", format!("custody_hub_session={token}"))
            .call(),
    )
}

#[test]
fn the_reach_of_a_gtin_typed_as_its_13_digit_ean_finds_the_packs_and_a_bad_one_is_named() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    let mut north = Site::enrolled(&hub, "NORTH");
    north.receive("P1", "SUPPLIER", &at(1, 8));
    north.push_all(&hub, 0, 10);
    let token = session_of(&hub, "ines");
    let ean = GTIN
        .strip_prefix('0')
        .expect("the test GTIN is a GTIN-13 padded to 14");
    let reach = reach_page(&hub, &token, ean);
    assert!(
        reach
            .body
            .contains("<td>NORTH</td><td>in stock</td><td class=\"num\">1</td>")
            && !reach.body.contains("No site holds"),
        "the EAN on the box is the same GTIN as the 14 digits the sites push: {}",
        reach.body
    );
    let bad = reach_page(&hub, &token, &format!("{}3", &ean[..12]));
    assert!(
        bad.body.contains(
            "<p class=\"error\" role=\"alert\">GTIN 9506000134353: the GTIN&#39;s check digit is \
             wrong (it should be 2).</p>"
        ) && !bad.body.contains("No site holds"),
        "a mistyped GTIN is named with what is wrong, never answered with an empty reach: {}",
        bad.body
    );
}

#[test]
fn the_transfers_and_sites_pages_list_what_the_views_hold() {
    let hub = TestHub::start();
    hub.add_person("ines", Role::Qa);
    let mut north = Site::enrolled(&hub, "NORTH");
    let _south = Site::enrolled(&hub, "SOUTH");
    north.receive("P7", "SUPPLIER", &at(1, 8));
    north.send_out("P7", "SOUTH", &at(2, 8));
    north.push_all(&hub, 0, 10);
    let token = session_of(&hub, "ines");
    let transfers = get(&hub, "/transfers", Some(&token));
    assert!(
        transfers.body.contains("<td>NORTH</td><td>SOUTH</td>")
            && transfers.body.contains("<td>lost</td>"),
        "the pack sent weeks ago (more than lost_after_days) and not received is lost: {}",
        transfers.body
    );
    let sites = get(&hub, "/sites", Some(&token));
    assert!(
        sites.body.contains("Site NORTH") && sites.body.contains("<td class=\"num\">2</td>"),
        "each site with the events the hub holds: {}",
        sites.body
    );
}

#[test]
fn the_recalls_page_lists_the_network_recalls_and_shows_one_reconciled() {
    let hub = TestHub::start();
    let osei = hub.add_person("osei", Role::Qa);
    let token = session_of(&hub, "osei");
    let entered = hub
        .block_on(custody_hub::recall::add(
            &hub.db,
            &custody_hub::recall::RecallInput {
                number: "RC-<b>1</b>".into(),
                gtin: GTIN.into(),
                lots: vec![LOT.into()],
                class: "II".into(),
                reason: "Out-of-specification dissolution".into(),
                ..Default::default()
            },
            &osei,
        ))
        .expect("a recall");
    let list = get(&hub, "/recalls", Some(&token));
    assert!(
        list.status == 200
            && list
                .body
                .contains(&format!("href=\"/recalls/{}\"", entered.id))
            && list.body.contains("RC-&lt;b&gt;1&lt;/b&gt;"),
        "the list links each recall, its number as text: {}",
        list.body
    );
    let shown = get(&hub, &format!("/recalls/{}", entered.id), Some(&token));
    assert!(
        shown.status == 200 && shown.body.contains("Nothing is open at any site"),
        "no site holds the lot, so it can be closed: {}",
        shown.body
    );
    let missing = get(&hub, "/recalls/999", Some(&token));
    assert_eq!(missing.status, 404, "a recall the hub does not have");
}
