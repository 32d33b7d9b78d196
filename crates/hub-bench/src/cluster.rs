//! A scratch database on the cluster for one run: created empty, migrated to the hub's schema,
//! served by the hub in-process on loopback if asked, and dropped at the end.

use custody_hub::db::{migrate, Database};
use tokio::runtime::Runtime;
use tokio_postgres::{Client, Config, NoTls};

use crate::BenchError;

/// A database of the run's own.
pub struct Scratch {
    /// The runtime the hub and every query run on.
    pub rt: Runtime,
    /// The hub's pool over it.
    pub db: Database,
    /// How to reach it.
    pub config: Config,
    admin: Config,
    name: String,
}

async fn on_cluster(admin: &Config, sql: &str) -> Result<(), BenchError> {
    let (client, connection) = admin
        .connect(NoTls)
        .await
        .map_err(BenchError::db("connecting to the cluster"))?;
    let task = tokio::spawn(connection);
    let result = client
        .batch_execute(sql)
        .await
        .map_err(BenchError::db("creating or dropping the scratch database"));
    drop(client);
    let _ = task.await;
    result
}

impl Scratch {
    /// A new database `{prefix}_{random}` on `cluster` (a connection string to any database of
    /// it, as a superuser or a role that may create databases), migrated.
    pub fn create(cluster: &str, prefix: &str) -> Result<Scratch, BenchError> {
        Scratch::create_with(cluster, prefix, || {})
    }

    /// [`Scratch::create`], with `on_thread_start` run on each of the runtime's threads as it
    /// starts (the hub served in-process runs on them).
    pub fn create_with(
        cluster: &str,
        prefix: &str,
        on_thread_start: fn(),
    ) -> Result<Scratch, BenchError> {
        let admin: Config = cluster.parse().map_err(|e: tokio_postgres::Error| {
            BenchError::Options(format!("the cluster's connection string: {e}"))
        })?;
        let mut random = [0u8; 6];
        getrandom::getrandom(&mut random)
            .map_err(|e| BenchError::Options(format!("no random source: {e}")))?;
        let name = format!("{prefix}_{}", hex::encode(random));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .on_thread_start(on_thread_start)
            .enable_all()
            .build()
            .map_err(|e| BenchError::Options(format!("a runtime would not start: {e}")))?;
        rt.block_on(on_cluster(&admin, &format!("CREATE DATABASE {name}")))?;
        let mut config = admin.clone();
        config.dbname(&name);
        let db = Database::from_config(config.clone())?;
        let scratch = Scratch {
            rt,
            db,
            config,
            admin,
            name,
        };
        scratch.rt.block_on(migrate(&scratch.db))?;
        Ok(scratch)
    }

    /// Serves the hub's routes on a free loopback port; its base address.
    pub fn serve(&self) -> Result<String, BenchError> {
        let listener = self.rt.block_on(custody_hub::server::bind("127.0.0.1:0"))?;
        let addr = listener.local_addr().map_err(|e| BenchError::Http {
            doing: "starting the hub",
            why: e.to_string(),
        })?;
        self.rt.spawn(custody_hub::server::serve(
            listener,
            self.db.clone(),
            std::future::pending(),
        ));
        Ok(format!("http://{addr}"))
    }

    /// A connection of its own (for COPY and DDL, outside the hub's pool).
    pub async fn connect(&self) -> Result<Client, BenchError> {
        let (client, connection) = self
            .config
            .connect(NoTls)
            .await
            .map_err(BenchError::db("connecting to the scratch database"))?;
        tokio::spawn(connection);
        Ok(client)
    }

    /// Runs `sql` and returns its first column of its first row.
    pub fn number(&self, sql: &str) -> Result<i64, BenchError> {
        self.rt.block_on(async {
            let client = self.db.client().await?;
            let row = client
                .query_one(sql, &[])
                .await
                .map_err(BenchError::db("reading a figure"))?;
            Ok(row.get::<_, i64>(0))
        })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        self.db.close();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(e) = self.rt.block_on(on_cluster(&self.admin, &sql)) {
            eprintln!("could not drop the scratch database {}: {e}", self.name);
        }
    }
}
