//! The whole of `custody bench`: the bulk append in scratch databases, then, when a database is
//! given, every benchmark against it in a fixed order (later ones see what earlier ones added),
//! after a check that it has what they act on; on two databases, side by side, taking turns.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use custody_core::db::BackgroundCheckpoints;
use custody_core::stock::Summary;
use custody_core::{Store, Timestamp};
use rusqlite::Connection;
use serde::Serialize;

use crate::api::ApiScans;
use crate::bulk::{bulk_append, check_scratch, BulkFigures};
use crate::count::{count, CountFigures};
use crate::dataset::{connect, survey};
use crate::error::{BenchError, BenchResult};
use crate::latency::{figures_in_turns, Latency};
use crate::levels::{levels, LevelFigures, LevelSide};
use crate::recall::{recall, recall_scopes, RecallFigures};
use crate::reports::{reports, ReportFigures};
use crate::scans::{Lookups, SingleScans, TimedScans};
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
    let Some(store) = store else {
        std::fs::create_dir_all(&options.dir)?;
        return Ok(Figures {
            bulk_append: bulk_append(&options.dir, options.units, options.per_event, now)?,
            database: None,
        });
    };
    let mut figures = run_each(vec![store], options, &|| now)?;
    figures
        .pop()
        .ok_or_else(|| BenchError::Unfit("the benchmarks gave no figures for the database".into()))
}

/// `custody bench --compare`: [`run`] on two databases, their figures side by side. Both are
/// checked before anything is written. The whole jobs run on one database, then on the other:
/// the bulk append, the read-ahead, the shipment, the count's start and finish, the recalls'
/// creation and the reports. Every benchmark of many samples takes turns, sample by sample
/// ([`crate::latency::in_turns`], [`crate::latency::take_turns`]): the scans, Home, the lists,
/// a product's position, the count's scans and a recall's reach. Measured minutes apart, the
/// two could each fall in a spell of the machine's when the same work takes up to twice as
/// long, and their ratio would measure the machine rather than the history. `clock` gives the
/// time each step runs at (the receipts through the api are recorded on the computer's clock,
/// and a later step recorded at an earlier time would be refused).
pub fn run_side_by_side(
    first: &mut Store,
    second: &mut Store,
    options: &Options,
    clock: &dyn Fn() -> Timestamp,
) -> BenchResult<(Figures, Figures)> {
    let mut figures = run_each(vec![first, second], options, clock)?.into_iter();
    match (figures.next(), figures.next()) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(BenchError::Unfit(
            "the benchmarks gave no figures for one of the databases".into(),
        )),
    }
}

/// One database under test, checked, with the benchmark's own connection to it.
struct Side<'a> {
    store: &'a mut Store,
    conn: Connection,
    recall_packs: i64,
}

/// Every benchmark on each of `stores`: each database checked first, then each benchmark on
/// every database before the next, in the order whose figures the README publishes; whole
/// jobs one database after the other, samples in turns ([`run_side_by_side`]).
fn run_each(
    stores: Vec<&mut Store>,
    options: &Options,
    clock: &dyn Fn() -> Timestamp,
) -> BenchResult<Vec<Figures>> {
    let mut sides = Vec::with_capacity(stores.len());
    for store in stores {
        check_scratch(&options.dir, store.path())?;
        let conn = connect(store.path())?;
        let recall_packs = plan(store, &conn, options)?;
        sides.push(Side {
            store,
            conn,
            recall_packs,
        });
    }
    std::fs::create_dir_all(&options.dir)?;
    let mut bulk = Vec::with_capacity(sides.len());
    for _ in &sides {
        bulk.push(bulk_append(
            &options.dir,
            options.units,
            options.per_event,
            clock(),
        )?);
    }
    // Each database's read ahead just before the scans, not with the other's bulk append
    // between: the two files are more than this machine's memory holds.
    let mut ahead = Vec::with_capacity(sides.len());
    for side in &sides {
        ahead.push(read_ahead(side.store)?);
    }
    let scans = scans(&mut sides, options, clock)?;
    let mut shipments = Vec::with_capacity(sides.len());
    for side in &mut sides {
        side.store.map_whole_file(true);
        shipments.push(shipment(side.store, &side.conn, options.shipment, clock())?);
        side.store.map_whole_file(false);
    }
    let mut level_sides = sides
        .iter()
        .map(|s| LevelSide::new(s.store, &s.conn, clock()))
        .collect::<BenchResult<Vec<_>>>()?;
    let levels = levels(&mut level_sides, options.repeats)?;
    drop(level_sides);
    let count = count(
        sides
            .iter_mut()
            .map(|s| (&mut *s.store, &s.conn, clock()))
            .collect(),
        options.count_packs,
    )?;
    let recall = recall(
        sides
            .iter_mut()
            .map(|s| (&mut *s.store, &s.conn, s.recall_packs, clock()))
            .collect(),
        options.repeats,
    )?;
    let mut out = Vec::with_capacity(sides.len());
    let all = sides.iter_mut().zip(bulk.into_iter().zip(ahead));
    let measured = scans.into_iter().zip(shipments).zip(levels);
    for (
        ((side, (bulk_append, (dataset, read_ahead))), ((s, shipment), levels)),
        (count, recall),
    ) in all.zip(measured).zip(count.into_iter().zip(recall))
    {
        side.store.map_whole_file(true);
        let reports = reports(side.store, &side.conn, &recall.number, clock())?;
        out.push(Figures {
            bulk_append,
            database: Some(DatabaseFigures {
                api_receive: s.api_receive,
                verdict_receive: s.verdict_receive,
                verdict_dispense: s.verdict_dispense,
                verdict_receive_paced: s.verdict_receive_paced,
                shipment,
                levels,
                count,
                reports,
                recall,
                dataset,
                unit_lookup: s.unit_lookup,
                single_scan: s.single_scan,
                read_ahead,
            }),
        });
    }
    Ok(out)
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

/// The database as it is before the benchmarks, and the scans' indexes read ahead of them.
/// Leaves the store's reads unmapped, as the window's connection reads, for the scans.
fn read_ahead(store: &Store) -> BenchResult<(Summary, ReadAheadFigures)> {
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
    Ok((dataset, read_ahead))
}

/// The scans' figures on one database.
struct ScanFigures {
    unit_lookup: Latency,
    single_scan: Latency,
    verdict_receive: Latency,
    verdict_dispense: Latency,
    api_receive: Option<Latency>,
    verdict_receive_paced: Latency,
}

/// The scans, in the order whose figures the README publishes, each benchmark's samples on
/// the databases in turns ([`figures_in_turns`]). Each reads the file as the desktop app's
/// window connection, which takes a person's scans, reads it: unmapped
/// (`Store::map_whole_file`). The single scans are appended on the benchmark's connection
/// (unmapped while they run, as the window's); the others go through the store, and the api's
/// through a host of their own.
fn scans(
    sides: &mut [Side],
    o: &Options,
    clock: &dyn Fn() -> Timestamp,
) -> BenchResult<Vec<ScanFigures>> {
    // The scans run with the log copied back beside them, as the desktop app always copies it
    // (every five seconds there; every 200 ms here, since the benchmark scans thousands of times
    // faster than a person): no scan of a person's copies 10,000 pages back on its commit.
    let checkpoints = sides
        .iter()
        .map(|s| BackgroundCheckpoints::start(s.store.path(), Duration::from_millis(200)))
        .collect::<Result<Vec<_>, _>>()?;
    let unit_lookup = figures_in_turns(
        sides
            .iter()
            .map(|s| Lookups::new(s.store, &s.conn, o.lookups))
            .collect::<BenchResult<_>>()?,
    )?;
    let single_scan = figures_in_turns(
        sides
            .iter_mut()
            .map(|s| SingleScans::new(s.store, &mut s.conn, o.scans, clock()))
            .collect::<BenchResult<_>>()?,
    )?;
    let verdicts = o.scans.min(o.verdict_scans);
    let verdict_receive = figures_in_turns(
        sides
            .iter_mut()
            .map(|s| TimedScans::receipts(s.store, &s.conn, verdicts, clock()))
            .collect::<BenchResult<_>>()?,
    )?;
    let verdict_dispense = figures_in_turns(
        sides
            .iter_mut()
            .map(|s| TimedScans::dispenses(s.store, &s.conn, verdicts, clock()))
            .collect::<BenchResult<_>>()?,
    )?;
    let api_receive = figures_in_turns(
        sides
            .iter()
            .map(|s| ApiScans::new(s.store.path(), &o.admin_password, verdicts))
            .collect::<BenchResult<_>>()?,
    )?;
    drop(checkpoints);
    // With the log copied back as the desktop app copies it, every five seconds.
    let paced = o.paced_scans.min(o.scans);
    let verdict_receive_paced = figures_in_turns(
        sides
            .iter_mut()
            .map(|s| TimedScans::paced_receipts(s.store, &s.conn, paced, clock()))
            .collect::<BenchResult<_>>()?,
    )?;
    Ok(unit_lookup
        .into_iter()
        .zip(single_scan)
        .zip(verdict_receive.into_iter().zip(verdict_dispense))
        .zip(api_receive.into_iter().zip(verdict_receive_paced))
        .map(
            |(
                ((unit_lookup, single_scan), (verdict_receive, verdict_dispense)),
                (api_receive, verdict_receive_paced),
            )| {
                ScanFigures {
                    unit_lookup,
                    single_scan,
                    verdict_receive,
                    verdict_dispense,
                    api_receive,
                    verdict_receive_paced,
                }
            },
        )
        .collect())
}
