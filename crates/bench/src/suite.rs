//! The whole of `custody bench`: the bulk append in scratch databases, then, when a database is
//! given, every benchmark against it in a fixed order (later ones see what earlier ones added),
//! after a check that it has what they act on.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use custody_core::db::BackgroundCheckpoints;
use custody_core::stock::Summary;
use custody_core::{Store, Timestamp};
use rusqlite::Connection;
use serde::Serialize;

use crate::bulk::{bulk_append, check_scratch, BulkFigures};
use crate::count::{count, CountFigures};
use crate::dataset::{connect, survey};
use crate::error::{BenchError, BenchResult};
use crate::latency::Latency;
use crate::levels::{levels, LevelFigures};
use crate::recall::{recall, recall_scopes, RecallFigures};
use crate::reports::{reports, ReportFigures};
use crate::scans::{lookups, paced_receipts, single_scans, verdict_scans};
use crate::shipment::{shipment, ShipmentFigures};

/// How much to measure. [`Options::new`] gives `custody bench`'s defaults.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the bulk append's scratch databases are made (and replaced).
    pub dir: PathBuf,
    /// Packs for the bulk append.
    pub units: usize,
    /// Packs per event in the bulk append.
    pub per_event: usize,
    /// Single scans appended to the database; the verdict and api scans are as many, at most
    /// [`Options::verdict_scans`], and those at a person's pace at most [`Options::paced_scans`].
    pub scans: usize,
    /// The most receipts (and dispenses) through the verdict and through the api.
    pub verdict_scans: usize,
    /// Receipts through the verdict at a person's pace (`scans::PERSON_PAUSE` before each): the
    /// benchmark waits that long for each (30 s for the default 100, per database).
    pub paced_scans: usize,
    /// Pack lookups.
    pub lookups: usize,
    /// Packs on the despatch advice imported and received.
    pub shipment: usize,
    /// How often each list and the recall's reach are computed.
    pub repeats: usize,
    /// The stock a count is looked for near (packs at one location).
    pub count_packs: usize,
    /// The most packs each benchmark recall covers; a quarter of the database's serialized
    /// packs when that is fewer, so a small database has products left for the second recall.
    pub recall_packs: i64,
    /// The password of the user `admin`, for the receipts through the api.
    pub admin_password: String,
}

impl Options {
    /// `custody bench`'s defaults, with the scratch databases in `dir`.
    pub fn new(dir: PathBuf) -> Options {
        Options {
            dir,
            units: 200_000,
            per_event: 12,
            scans: 2_000,
            verdict_scans: 1_000,
            paced_scans: 100,
            lookups: 20_000,
            shipment: 100_000,
            repeats: 20,
            count_packs: 20_000,
            recall_packs: 10_000,
            admin_password: custody_core::demo::DEMO_PASSWORD.into(),
        }
    }
}

/// Every figure of a run (the JSON of `custody bench --json`).
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// The bulk append into scratch databases.
    pub bulk_append: BulkFigures,
    /// The benchmarks against the database, when one was given.
    #[serde(flatten)]
    pub database: Option<DatabaseFigures>,
}

/// The figures measured on the database under test.
#[derive(Debug, Clone, Serialize)]
pub struct DatabaseFigures {
    /// Receipts through the api's `scan` operation; left out when `admin` cannot sign in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_receive: Option<Latency>,
    /// Receipts through core's verdict.
    pub verdict_receive: Latency,
    /// Dispenses through core's verdict.
    pub verdict_dispense: Latency,
    /// Receipts through core's verdict at a person's pace.
    pub verdict_receive_paced: Latency,
    /// A despatch advice imported and received.
    pub shipment: ShipmentFigures,
    /// The lists of stock levels.
    pub levels: LevelFigures,
    /// A stock count.
    pub count: CountFigures,
    /// Every report.
    pub reports: Vec<ReportFigures>,
    /// Two recalls and the reach.
    pub recall: RecallFigures,
    /// The database's size before the run.
    pub dataset: Summary,
    /// Pack lookups.
    pub unit_lookup: Latency,
    /// Receipts appended straight through the ledger.
    pub single_scan: Latency,
    /// The indexes a scan reads or changes at its pack's own place, read ahead before the scans
    /// as the desktop app reads them after its start-up check (`db::read_ahead_for_scans`).
    pub read_ahead: ReadAheadFigures,
}

/// The scans' indexes read ahead of them.
#[derive(Debug, Clone, Serialize)]
pub struct ReadAheadFigures {
    /// The entries of the indexes read.
    pub entries: u64,
    /// How long it took.
    pub seconds: f64,
}

/// Runs the bulk append, then, with a `store`, every benchmark against it. The database is
/// checked first and refused, with what is missing, before anything is written to it or to
/// `--dir`.
pub fn run(store: Option<&mut Store>, options: &Options, now: Timestamp) -> BenchResult<Figures> {
    let planned = match store {
        Some(store) => {
            check_scratch(&options.dir, store.path())?;
            let conn = connect(store.path())?;
            let recall_packs = plan(store, &conn, options)?;
            Some((store, conn, recall_packs))
        }
        None => None,
    };
    std::fs::create_dir_all(&options.dir)?;
    let bulk_append = bulk_append(&options.dir, options.units, options.per_event, now)?;
    let database = match planned {
        Some((store, mut conn, recall_packs)) => {
            Some(on_database(store, &mut conn, options, recall_packs, now)?)
        }
        None => None,
    };
    Ok(Figures {
        bulk_append,
        database,
    })
}

/// Checks the database has what the benchmarks act on, and sizes the recalls to it: gives the
/// packs each recall covers. Refuses a database on which a benchmark would fail half-way.
pub fn plan(store: &Store, conn: &Connection, options: &Options) -> BenchResult<i64> {
    let survey = survey(store, conn)?;
    let recall_packs = options.recall_packs.min(survey.recallable_packs / 4);
    let (cold, warm) = recall_scopes(conn, recall_packs)?;
    if cold.is_empty() || warm.is_empty() {
        return Err(BenchError::Unfit(format!(
            "the two benchmark recalls need whole products of at most {} packs each, not under recall, and it has too few ({} serialized packs of such products in all)",
            recall_packs / 10,
            survey.recallable_packs
        )));
    }
    Ok(recall_packs)
}

/// Every benchmark against the database, in the order whose figures the README publishes. Each
/// reads the file mapped or not as the desktop app does (`Store::map_whole_file`): unmapped for
/// what runs on the window's own connection (`shared` operations: scans, a count, a product's
/// position, the stock page, a recall's reach) and for Home's figures; mapped for the `apart`
/// ones (the lists, a shipment's receipt, a recall's creation, reports). All on the store's one
/// connection, as before (the app opens a fresh one for each `apart` request), but for the
/// single scans, appended on `conn` (unmapped while they run, as the window's).
fn on_database(
    store: &mut Store,
    conn: &mut Connection,
    o: &Options,
    recall_packs: i64,
    now: Timestamp,
) -> BenchResult<DatabaseFigures> {
    let dataset = store.summary()?;
    // The desktop app reads them behind the window once its start-up check has passed, seconds
    // before a person has signed in and scanned; here the scans wait for them. Not from a cold
    // disk: the survey before the bulk append and the summary above read `unit`'s indexes.
    let started = Instant::now();
    let entries = custody_core::db::read_ahead_for_scans(store.path())?;
    let read_ahead = ReadAheadFigures {
        entries,
        seconds: started.elapsed().as_secs_f64(),
    };
    store.map_whole_file(false);
    // The scans run with the log copied back beside them, as the desktop app always copies it
    // (every five seconds there; every 200 ms here, since the benchmark scans thousands of times
    // faster than a person): no scan of a person's copies 10,000 pages back on its commit.
    let checkpoints = BackgroundCheckpoints::start(store.path(), Duration::from_millis(200))?;
    let unit_lookup = lookups(store, conn, o.lookups)?;
    let single_scan = single_scans(store, conn, o.scans, now)?;
    let verdicts = o.scans.min(o.verdict_scans);
    let (verdict_receive, verdict_dispense) = verdict_scans(store, conn, verdicts, now)?;
    let api_receive = crate::api::api_scans(store.path(), &o.admin_password, verdicts)?;
    drop(checkpoints);
    // With the log copied back as the desktop app copies it, every five seconds.
    let verdict_receive_paced = paced_receipts(store, conn, o.paced_scans.min(o.scans), now)?;
    store.map_whole_file(true);
    let shipment = shipment(store, conn, o.shipment, now)?;
    store.map_whole_file(false);
    let levels = levels(store, conn, o.repeats, now)?;
    let count = count(store, conn, o.count_packs, now)?;
    let recall = recall(store, conn, recall_packs, o.repeats, now)?;
    store.map_whole_file(true);
    let reports = reports(store, conn, &recall.number, now)?;
    Ok(DatabaseFigures {
        api_receive,
        verdict_receive,
        verdict_dispense,
        verdict_receive_paced,
        shipment,
        levels,
        count,
        reports,
        recall,
        dataset,
        unit_lookup,
        single_scan,
        read_ahead,
    })
}
