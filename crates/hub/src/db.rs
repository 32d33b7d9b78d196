//! The hub's PostgreSQL: one pool for the server and the command line, and the schema's
//! forward-only migrations, embedded at build time and applied in order under an advisory lock
//! (two hubs starting at once do not both migrate). A database migrated by a newer hub is
//! refused rather than guessed at.

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::NoTls;

use crate::HubError;

/// The migrations, in order; a migration's number is its place in this list plus one. A new one
/// is a new file added at the end, never an edit of one already released.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_hub", include_str!("../migrations/0001_hub.sql")),
    ("0002_views", include_str!("../migrations/0002_views.sql")),
    ("0003_feed", include_str!("../migrations/0003_feed.sql")),
    ("0004_people", include_str!("../migrations/0004_people.sql")),
    ("0005_recall", include_str!("../migrations/0005_recall.sql")),
    (
        "0006_alarms_sent",
        include_str!("../migrations/0006_alarms_sent.sql"),
    ),
    (
        "0007_batch_key",
        include_str!("../migrations/0007_batch_key.sql"),
    ),
    (
        "0008_site_outcomes",
        include_str!("../migrations/0008_site_outcomes.sql"),
    ),
    (
        "0009_recall_closed_reason",
        include_str!("../migrations/0009_recall_closed_reason.sql"),
    ),
    (
        "0010_set_aside",
        include_str!("../migrations/0010_set_aside.sql"),
    ),
    (
        "0011_evidence_ids",
        include_str!("../migrations/0011_evidence_ids.sql"),
    ),
    (
        "0012_recall_extension",
        include_str!("../migrations/0012_recall_extension.sql"),
    ),
];

/// The schema version this hub writes and understands.
pub fn schema_version() -> i32 {
    MIGRATIONS.len() as i32
}

/// Any number, as long as no other hub code takes the same advisory lock.
const MIGRATION_LOCK: i64 = 0x0c05_70d1_0000_0001;

/// The hub's database: a pool and where it points, for error messages.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    target: String,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({})", self.target)
    }
}

impl Database {
    /// A pool over `url` (a `postgresql://` URL or `key=value` pairs). Connects lazily: the
    /// first `client` call says whether the database is there.
    pub fn open(url: &str) -> Result<Database, HubError> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e: tokio_postgres::Error| HubError::BadUrl(e.to_string()))?;
        Database::from_config(config)
    }

    /// A pool over a parsed configuration.
    pub fn from_config(config: tokio_postgres::Config) -> Result<Database, HubError> {
        let target = describe(&config);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                // A connection that broke is found by the statement that uses it; checking
                // each one before use would cost a round trip per request.
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            // A request that cannot get a connection in this time is answered 500 (the site
            // reads it as the hub unavailable and tries again later) rather than left waiting
            // past the site's own timeout while the hub goes on with work nobody will hear of.
            .wait_timeout(Some(std::time::Duration::from_secs(20)))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .build()
            .map_err(|e| HubError::Connect {
                target: target.clone(),
                reason: e.to_string(),
            })?;
        Ok(Database { pool, target })
    }

    /// Where the pool points (no password).
    pub fn target(&self) -> &str {
        &self.target
    }

    /// A connection from the pool.
    pub async fn client(&self) -> Result<Object, HubError> {
        self.pool.get().await.map_err(|e| HubError::Connect {
            target: self.target.clone(),
            reason: crate::error::with_causes(&e),
        })
    }

    /// Closes every connection (the tests drop their database after this).
    pub fn close(&self) {
        self.pool.close();
    }
}

/// `postgresql://user@host:port/dbname`, the password left out.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = config.get_user().unwrap_or("");
    let dbname = config.get_dbname().unwrap_or(user);
    format!("postgresql://{user}@{host}:{port}/{dbname}")
}

/// Brings the schema up to this hub's version; returns the version it found before. Refuses a
/// database a newer hub migrated.
pub async fn migrate(db: &Database) -> Result<i32, HubError> {
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting the migration"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(HubError::db("waiting for the migration lock"))?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)")
        .await
        .map_err(HubError::db("creating the schema table"))?;
    let found: i32 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM hub_schema", &[])
        .await
        .map_err(HubError::db("reading the schema version"))?
        .get(0);
    let known = schema_version();
    if found > known {
        return Err(HubError::NewerSchema { found, known });
    }
    for (_, sql) in MIGRATIONS.iter().skip(found as usize) {
        tx.batch_execute(sql)
            .await
            .map_err(HubError::db("applying a migration"))?;
    }
    if found < known {
        tx.execute("DELETE FROM hub_schema", &[])
            .await
            .map_err(HubError::db("recording the schema version"))?;
        tx.execute("INSERT INTO hub_schema (version) VALUES ($1)", &[&known])
            .await
            .map_err(HubError::db("recording the schema version"))?;
    }
    tx.commit()
        .await
        .map_err(HubError::db("committing the migration"))?;
    Ok(found)
}

/// How listings write the hub's timestamps: UTC, to the second.
const TIME_TEXT: &str = r#"'YYYY-MM-DD"T"HH24:MI:SS"Z"'"#;

/// `column` as UTC text in SQL (for listings; the wire has no timestamps of the hub's).
pub(crate) fn utc_text(column: &str) -> String {
    format!("to_char({column} AT TIME ZONE 'UTC', {TIME_TEXT})")
}
