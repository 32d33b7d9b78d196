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

#[test]
fn a_code_the_hub_does_not_take_names_the_site_this_database_is() {
    use std::io::{Read, Write};
    let mut p = Pharmacy::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hub = format!("http://{}", listener.local_addr().unwrap());
    // A hub answering the enrolment as the real one answers a code it does not take.
    let served = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut asked = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&asked).contains("\"code\"") {
            let n = stream.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            asked.extend_from_slice(&buf[..n]);
        }
        let body = r#"{"code":"bad_enrolment_code"}"#;
        write!(
            stream,
            "HTTP/1.1 403 Forbidden\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
    });
    let e = enrol(&mut p, "admin", &hub);
    served.join().unwrap();
    assert_eq!(
        (e.code.as_str(), e.field_name(), e.args["site"].as_str()),
        ("sync.enrolment_code_refused", Some("code"), Some("PH1")),
        "the refusal sits beside the code and says which site's code it must be"
    );
}
