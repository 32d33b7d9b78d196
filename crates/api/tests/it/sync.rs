//! The hospital network through the api: a failure to enrol comes back as a refusal with its
//! code and where (the field, the address tried), and the status is anyone's to read.

use custody_api::sync::{self, SyncEnrol};
use custody_api::Cx;
use custody_core::sync::SyncState;

use crate::fixture::Pharmacy;

fn enrol(p: &mut Pharmacy, who: &str, hub: &str) -> custody_api::ApiError {
    let mut session = p.sign_in(who);
    let mut cx = Cx::new(&mut p.host, Some(&mut session)).unwrap();
    sync::enrol(
        &mut cx,
        SyncEnrol {
            hub: hub.into(),
            code: "CODE-1".into(),
            re_enrol: false,
        },
    )
    .expect_err("there is no hub to enrol with")
}

#[test]
fn an_enrolment_that_fails_says_what_and_where() {
    let mut p = Pharmacy::new();
    let e = enrol(&mut p, "admin", "hub.example");
    assert_eq!(
        (e.code.as_str(), e.field_name()),
        ("sync.bad_hub_address", Some("hub")),
        "the screen highlights the address"
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let e = enrol(&mut p, "admin", &format!("http://127.0.0.1:{port}"));
    assert_eq!(e.code, "sync.hub_unreachable");
    assert_eq!(
        e.args["url"],
        format!("http://127.0.0.1:{port}/v1/enrol"),
        "the refusal names the address tried"
    );
    let e = enrol(&mut p, "sam", "https://hub.example");
    assert_eq!(e.code, "auth.forbidden", "only administrators enrol");

    let mut sam = p.sign_in("sam");
    let mut cx = Cx::new(&mut p.host, Some(&mut sam)).unwrap();
    let status = sync::status(&mut cx).expect("anyone who works here may see the state");
    assert_eq!(
        status.state,
        SyncState::NotEnrolled,
        "the failed enrolments recorded nothing"
    );
    let e = sync::push(&mut cx).expect_err("no hub yet");
    assert_eq!(e.code, "sync.not_enrolled");
}
