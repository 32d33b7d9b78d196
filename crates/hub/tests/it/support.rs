//! The test hub (a database of its own, migrated, served in-process) and a test site (a key, a
//! token and a chain of canonical events it records and pushes in signed batches).

use custody_hub::db::{migrate, Database};
use custody_hub::people::{self, HubUser, NewUser, Role};
use custody_hub::{admin, server};

/// The password every hub person of the tests has.
pub const PASSWORD: &str = "correct horse battery";
use custody_ledger_format::{canonical_bytes, Canonical, CanonicalLine, Format, GENESIS};
use custody_sync_protocol::{
    chained_hash, routes, signed_batch, EnrolReply, EnrolRequest, PushRequest, SiteKey, WireEvent,
    PROTOCOL,
};
use serde::Serialize;
use serde_json::Value;
use tokio::runtime::Runtime;
use tokio_postgres::{Config, NoTls};

/// A hub on a database of its own, dropped with it.
pub struct TestHub {
    rt: Runtime,
    pub db: Database,
    name: String,
    admin: Config,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The database as `key=value` pairs, for the binary's `--db-url`.
    pub url: String,
    agent: ureq::Agent,
}

/// Runs `sql` on the cluster's `postgres` database (CREATE and DROP DATABASE cannot run on
/// the database they name).
async fn on_cluster(admin: &Config, sql: &str) -> Result<(), tokio_postgres::Error> {
    let (client, connection) = admin.connect(NoTls).await?;
    let task = tokio::spawn(connection);
    let result = client.batch_execute(sql).await;
    drop(client);
    let _ = task.await;
    result
}

impl TestHub {
    pub fn start() -> TestHub {
        let cluster = std::env::var("CUSTODY_TEST_PG").unwrap_or_else(|_| {
            panic!(
                "CUSTODY_TEST_PG is not set: the hub's tests need a PostgreSQL cluster; run them \
                 through scripts/with-postgres.sh (e.g. scripts/with-postgres.sh cargo test -p custody-hub)"
            )
        });
        let admin: Config = cluster
            .parse()
            .expect("CUSTODY_TEST_PG must be a connection string");
        let mut random = [0u8; 8];
        getrandom::getrandom(&mut random).expect("the OS has a random source");
        let name = format!("hub_test_{}", hex::encode(random));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime starts");
        rt.block_on(on_cluster(&admin, &format!("CREATE DATABASE {name}")))
            .expect("the test cluster takes a new database");
        let mut config = admin.clone();
        config.dbname(&name);
        let db = Database::from_config(config.clone()).expect("a pool over the test database");
        rt.block_on(migrate(&db)).expect("a new database migrates");
        let listener = rt
            .block_on(server::bind("127.0.0.1:0"))
            .expect("a free port on loopback");
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        rt.spawn(server::serve(listener, db.clone(), std::future::pending()));
        let url = url_of(&config);
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        TestHub {
            rt,
            db,
            name,
            admin,
            base: format!("http://{addr}"),
            url,
            agent,
        }
    }

    /// Runs `f` on the hub's runtime.
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// One number from `sql`.
    pub fn number(&self, sql: &str) -> i64 {
        self.block_on(async {
            let client = self.db.client().await.expect("a connection");
            client
                .query_one(sql, &[])
                .await
                .expect(sql)
                .get::<_, i64>(0)
        })
    }

    /// Runs `sql`, the database's error message if it fails.
    pub fn execute(&self, sql: &str) -> Result<u64, String> {
        self.block_on(async {
            let client = self.db.client().await.expect("a connection");
            client.execute(sql, &[]).await.map_err(|e| {
                e.as_db_error()
                    .map(|d| d.message().to_string())
                    .unwrap_or_else(|| e.to_string())
            })
        })
    }

    /// Adds a hub person with [`PASSWORD`] and signs them in.
    pub fn add_person(&self, username: &str, role: Role) -> HubUser {
        self.block_on(async {
            people::add_user(
                &self.db,
                NewUser {
                    username,
                    name: &format!("Person {username}"),
                    role,
                    password: PASSWORD,
                },
            )
            .await
            .expect("a new hub person is added");
            people::sign_in(&self.db, username, PASSWORD)
                .await
                .expect("a new hub person signs in with their password")
        })
    }

    /// Adds a site; its one-time enrolment code.
    pub fn add_site(&self, code: &str) -> String {
        self.block_on(admin::add_site(&self.db, code, &format!("Site {code}")))
            .expect("a new site is added")
    }

    /// POSTs `body` as JSON; the status and the JSON answer.
    pub fn post(&self, path: &str, token: Option<&str>, body: &impl Serialize) -> (u16, Value) {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(t) = token {
            request = request.header("Authorization", format!("Bearer {t}"));
        }
        let response = request.send_json(body).expect("the hub answers");
        answer(response)
    }

    /// GETs `path`; the status and the JSON answer.
    pub fn get(&self, path: &str, token: Option<&str>) -> (u16, Value) {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(t) = token {
            request = request.header("Authorization", format!("Bearer {t}"));
        }
        answer(request.call().expect("the hub answers"))
    }

    /// The events the hub holds for `site`.
    pub fn events_of(&self, site: &str) -> i64 {
        self.number(&format!(
            "SELECT count(*) FROM event e JOIN site s ON s.id = e.site_id WHERE s.code = '{site}'"
        ))
    }
}

fn answer(mut response: ureq::http::Response<ureq::Body>) -> (u16, Value) {
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .read_json::<Value>()
        .expect("the hub answers JSON");
    (status, body)
}

/// `host=… port=… user=… dbname=…`.
fn url_of(config: &Config) -> String {
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        other => panic!("the test cluster is reached over TCP, not {other:?}"),
    };
    format!(
        "host={host} port={} user={} dbname={}",
        config.get_ports().first().copied().unwrap_or(5432),
        config.get_user().unwrap_or("postgres"),
        config.get_dbname().expect("set above")
    )
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.db.close();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(e) = self.rt.block_on(on_cluster(&self.admin, &sql)) {
            eprintln!("could not drop the test database {}: {e}", self.name);
        }
    }
}

/// A site as the hub sees it: its code, key, token and the chain it has recorded.
#[derive(Clone)]
pub struct Site {
    pub code: String,
    pub key_seed: [u8; 32],
    pub token: String,
    /// What makes this copy's events its own (a clone records different ones).
    pub variant: String,
    pub chain: Vec<WireEvent>,
}

impl Site {
    /// A site added at the hub and enrolled through the route.
    pub fn enrolled(hub: &TestHub, code: &str) -> Site {
        let enrolment = hub.add_site(code);
        let key = SiteKey::generate().expect("a key");
        let (status, reply) = hub.post(
            routes::ENROL,
            None,
            &EnrolRequest {
                protocol: PROTOCOL.into(),
                code: enrolment,
                site: code.into(),
                public_key: key.public_key(),
            },
        );
        assert_eq!(status, 200, "a fresh code for this site enrols it: {reply}");
        let reply: EnrolReply = serde_json::from_value(reply).expect("an EnrolReply");
        assert_eq!(reply.head, None, "a new site holds nothing at the hub");
        Site {
            code: code.into(),
            key_seed: key.seed(),
            token: reply.token,
            variant: "A".into(),
            chain: Vec::new(),
        }
    }

    /// This site enrolled again with `code` (after a resume): a new key and token, the same chain.
    pub fn enrolled_again(&self, hub: &TestHub, code: &str) -> Site {
        let key = SiteKey::generate().expect("a key");
        let (status, reply) = hub.post(
            routes::ENROL,
            None,
            &EnrolRequest {
                protocol: PROTOCOL.into(),
                code: code.into(),
                site: self.code.clone(),
                public_key: key.public_key(),
            },
        );
        assert_eq!(status, 200, "the new code enrols the site again: {reply}");
        let reply: EnrolReply = serde_json::from_value(reply).expect("an EnrolReply");
        Site {
            code: self.code.clone(),
            key_seed: key.seed(),
            token: reply.token,
            variant: self.variant.clone(),
            chain: self.chain.clone(),
        }
    }

    pub fn key(&self) -> SiteKey {
        SiteKey::from_seed(&self.key_seed)
    }

    /// The hash after `seq` (the genesis hash for 0).
    pub fn hash_at(&self, seq: i64) -> [u8; 32] {
        if seq == 0 {
            return GENESIS;
        }
        custody_sync_protocol::parse_hash(&self.chain[(seq - 1) as usize].hash).expect("hex")
    }

    /// Records `n` more receive events.
    pub fn record(&mut self, n: i64) {
        for _ in 0..n {
            let seq = self.chain.len() as i64 + 1;
            let prev = self.hash_at(seq - 1);
            let bytes = event_bytes(&self.code, &self.variant, seq);
            let hash = chained_hash(&prev, &bytes);
            self.chain
                .push(WireEvent::new(seq, Format::CURRENT, &bytes, &hash));
        }
    }

    /// Events `from..=to`, signed with the site's key.
    pub fn batch(&self, from: i64, to: i64) -> PushRequest {
        let events = self.chain[(from - 1) as usize..to as usize].to_vec();
        signed_batch(&self.key(), &self.code, &self.hash_at(from - 1), events)
            .expect("the site's own chain checks")
    }

    /// Pushes `batch` with the site's token.
    pub fn send(&self, hub: &TestHub, batch: &PushRequest) -> (u16, Value) {
        hub.post(&routes::events(&self.code), Some(&self.token), batch)
    }

    /// Pushes events `from..=to`.
    pub fn push(&self, hub: &TestHub, from: i64, to: i64) -> (u16, Value) {
        self.send(hub, &self.batch(from, to))
    }
}

/// The canonical bytes of a receive of one serialized pack, event `seq` of `site`.
pub fn event_bytes(site: &str, variant: &str, seq: i64) -> Vec<u8> {
    let id = format!(
        "0190f0c0-{variant}{}-7000-8000-{seq:012}",
        site.to_lowercase()
    );
    let serial = format!("{site}-{variant}-{seq}");
    let e = Canonical {
        format: Format::CURRENT,
        id: &id,
        site,
        kind: "receive",
        occurred_at: "2026-12-01T08:00:00.000000Z",
        occurred_offset: 60,
        recorded_at: "2026-12-01T08:00:00.000000Z",
        actor: "ana",
        location: Some("MAIN"),
        counterparty: Some("SUP"),
        reference: None,
        reason: None,
        raw_scan: None,
        signature: None,
        subject: None,
    };
    let line = CanonicalLine {
        line_no: 1,
        gtin: "09506000134352",
        lot: Some("L1"),
        serial: Some(&serial),
        expiry: Some("2027-06-30"),
        quantity: 1,
        status_before: None,
        status_after: Some("in_stock"),
        location_before: None,
        location_after: Some("MAIN"),
        unit_cost_cents: None,
    };
    canonical_bytes(&e, &[line])
}
