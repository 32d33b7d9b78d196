//! The hub over TLS with a certificate from a hospital's own CA (made here with rcgen): the
//! site's real client enrols and pushes trusting that CA (`CUSTODY_HUB_CA`), refuses the hub
//! when it trusts another CA or only the public roots — saying that the certificate is not
//! trusted, not that the network is down —, and refuses a CA file that is no certificate. The
//! web page's session cookie is Secure over TLS. Run through `scripts/with-postgres.sh`.
//!
//! One test in a binary of its own: it sets `CUSTODY_HUB_CA`, which the client reads, and no
//! other test may read the environment meanwhile.

#[allow(dead_code)]
#[path = "../it/support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use custody_core::sync::SyncState;
use custody_core::{Role, Store, Timestamp, User};
use custody_hub::{server, tls};
use custody_sync_client::{enrol_site, sync_once, ClientError, Hub, CA_VAR};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};

use crate::support::TestHub;

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time")
}

/// A CA: its certificate written to `dir/{name}-ca.pem`, and what signs with it.
struct Ca {
    pem: PathBuf,
    issuer: Issuer<'static, KeyPair>,
}

fn ca(dir: &Path, name: &str) -> Ca {
    let key = KeyPair::generate().expect("a CA key");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(DnType::CommonName, format!("{name} hospital CA"));
    let cert = params.self_signed(&key).expect("a self-signed CA");
    let pem = dir.join(format!("{name}-ca.pem"));
    std::fs::write(&pem, cert.pem()).expect("the CA's certificate is written");
    Ca {
        pem,
        issuer: Issuer::new(params, key),
    }
}

/// The hub's certificate for 127.0.0.1 signed by `ca`: (certificate file, key file).
fn hub_certificate(dir: &Path, ca: &Ca) -> (PathBuf, PathBuf) {
    let key = KeyPair::generate().expect("the hub's key");
    let params = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
        .expect("the hub's parameters");
    let cert = params
        .signed_by(&key, &ca.issuer)
        .expect("the CA signs the hub's certificate");
    let (cert_file, key_file) = (dir.join("hub.pem"), dir.join("hub-key.pem"));
    std::fs::write(&cert_file, cert.pem()).expect("written");
    std::fs::write(&key_file, key.serialize_pem()).expect("written");
    (cert_file, key_file)
}

fn site(dir: &Path) -> (Store, User) {
    let mut store = Store::open(dir.join("site.db")).expect("a new site file");
    let (_, admin) = store
        .init(
            "EAST",
            "East clinic",
            "alice",
            "Alice",
            "a long password",
            now(),
        )
        .expect("a site is set up");
    for i in 0..3 {
        store
            .add_user(
                &admin,
                &format!("u{i}"),
                "Someone",
                Role::Staff,
                None,
                now(),
            )
            .expect("a user added: one more event");
    }
    (store, admin)
}

#[test]
fn a_site_pushes_over_tls_trusting_its_hospitals_ca_and_refuses_a_hub_it_does_not_trust() {
    let dir = tempfile::tempdir().expect("a temp folder");
    let hospital = ca(dir.path(), "st-mary");
    let stranger = ca(dir.path(), "elsewhere");
    let (cert, key) = hub_certificate(dir.path(), &hospital);
    let hub = TestHub::start();
    let config = tls::server_config(&cert, &key).expect("the PEM files make a TLS configuration");
    let listener = hub
        .block_on(server::bind("127.0.0.1:0"))
        .expect("a free port");
    let port = listener.local_addr().expect("bound").port();
    let db = hub.db.clone();
    hub.block_on(async move {
        tokio::spawn(server::serve_tls(
            listener,
            config,
            db,
            std::future::pending(),
        ));
    });
    let https = format!("https://127.0.0.1:{port}");
    let code = hub.add_site("EAST");
    let (mut store, admin) = site(dir.path());

    std::env::set_var(CA_VAR, &stranger.pem);
    let refused = enrol_site(&mut store, &admin, &https, &code, false, now());
    match &refused {
        Err(e @ ClientError::Untrusted { url, .. }) => {
            assert!(url.starts_with(&https), "the address tried is named: {e}");
            assert!(
                e.to_string().contains("not trusted") && e.to_string().contains(CA_VAR),
                "the site is told the certificate is not trusted and what to set: {e}"
            );
            assert!(
                !e.is_offline(),
                "an untrusted hub is not a network that is down"
            );
        }
        other => panic!("a hub signed by another CA must be refused as untrusted: {other:?}"),
    }
    std::env::remove_var(CA_VAR);
    let public_only = enrol_site(&mut store, &admin, &https, &code, false, now());
    assert!(
        matches!(public_only, Err(ClientError::Untrusted { .. })),
        "without the hospital's CA only public roots are trusted: {public_only:?}"
    );
    std::env::set_var(CA_VAR, &key);
    let not_a_ca = enrol_site(&mut store, &admin, &https, &code, false, now());
    assert!(
        matches!(&not_a_ca, Err(e @ ClientError::BadCa { .. })
            if e.to_string().contains("hub-key.pem")),
        "a key file named as the CA is refused, naming the file: {not_a_ca:?}"
    );

    std::env::set_var(CA_VAR, &hospital.pem);
    enrol_site(&mut store, &admin, &https, &code, false, now()).expect(
        "trusting the hospital's CA, the site enrols over TLS with the code not spent before",
    );
    let report = sync_once(&mut store, &admin, now()).expect("a push over TLS");
    let status = store.sync_status(&admin).expect("the status reads");
    assert_eq!(
        (report.state, status.acked_seq, status.waiting),
        (SyncState::Ok, status.last_seq, 0),
        "every event went to the hub over TLS and was acknowledged: {report:?}"
    );
    assert_eq!(
        hub.events_of("EAST"),
        status.last_seq,
        "the hub holds the site's whole chain"
    );

    let token = store.sync_credentials(&admin).expect("enrolled").token;
    let client = Hub::trusting(&https, Some(token), Duration::from_secs(10), &hospital.pem)
        .expect("a client trusting the CA");
    assert_eq!(
        client
            .head("EAST")
            .expect("the head reads over TLS")
            .head
            .map(|h| h.seq),
        Some(status.last_seq),
        "the hub's head over TLS is the site's last event"
    );
    std::env::remove_var(CA_VAR);
    web_cookie_is_secure(&hub, &https, &hospital.pem);
}

/// Over TLS the web page's session cookie carries Secure, so a browser never sends it in clear.
fn web_cookie_is_secure(hub: &TestHub, https: &str, ca: &Path) {
    hub.add_person("ines", custody_hub::people::Role::Qa);
    let pem = std::fs::read(ca).expect("the CA file reads");
    let root = ureq::tls::Certificate::from_pem(&pem).expect("a certificate");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .tls_config(
            ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::from([root]))
                .build(),
        )
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let answer = agent
        .post(format!("{https}/sign-in"))
        .send_form([("username", "ines"), ("password", support::PASSWORD)])
        .expect("the web page answers over TLS");
    let cookie = answer
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert!(
        cookie.split("; ").any(|p| p == "Secure"),
        "over TLS the session cookie is Secure: {cookie}"
    );
}
