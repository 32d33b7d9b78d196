//! The whole benchmark on a small demo database, each benchmark on its own, and the refusals.

use custody_bench::{BenchError, Figures, Options};
use custody_core::demo::Scale;
use custody_core::{Store, Timestamp};
use tempfile::TempDir;

/// The computer's clock: the receipts through the api are recorded on it, and the ledger
/// refuses events recorded before its head, so the whole run uses it.
fn now() -> Timestamp {
    Timestamp(chrono::Local::now().fixed_offset())
}

/// A small demo database (`custody demo`'s default scale) in a temporary folder.
fn small_demo(dir: &TempDir) -> Store {
    let mut store = Store::open(dir.path().join("demo.db")).unwrap();
    store.create_demo(Scale::Small, now()).unwrap();
    store
}

/// A tiny run: every benchmark, each a handful of times.
fn tiny(dir: &TempDir) -> Options {
    Options {
        units: 120,
        per_event: 12,
        scans: 15,
        verdict_scans: 10,
        paced_scans: 4,
        lookups: 40,
        shipment: 25,
        repeats: 3,
        count_packs: 200,
        ..Options::new(dir.path().join("scratch"))
    }
}

fn count(store: &Store, what: &str) -> i64 {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {what}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_benchmark_runs_on_a_small_demo_database() {
    // The defect this pins: `custody bench` on `custody demo`'s default scale stopped at the
    // second recall ("A recall needs at least one GTIN ...") after minutes of work.
    let dir = TempDir::new().unwrap();
    let mut store = small_demo(&dir);
    let units_before = count(&store, "unit");
    let options = tiny(&dir);
    let f: Figures = custody_bench::run(Some(&mut store), &options, now()).unwrap();

    assert_eq!(
        f.bulk_append.lines, 120,
        "the bulk append appends the packs asked for"
    );
    assert_eq!(
        f.bulk_append.events, 10,
        "120 packs at 12 to an event are 10 events"
    );
    assert!(
        f.bulk_append.lines_per_second > 0.0 && f.bulk_append.raw_lines_per_second > 0.0,
        "both rates are measured"
    );
    let d = f
        .database
        .as_ref()
        .expect("a database was given, so it was benchmarked");
    assert_eq!(
        d.dataset.units, units_before,
        "the dataset is the database before the run"
    );
    assert_eq!(d.unit_lookup.samples, 40, "every lookup asked for is timed");
    assert_eq!(
        d.single_scan.samples, 15,
        "every single scan is new and timed"
    );
    assert_eq!(
        d.verdict_receive.samples, 10,
        "receipts through the verdict: at most verdict_scans"
    );
    assert_eq!(
        d.verdict_receive_paced.samples, 4,
        "receipts at a person's pace: paced_scans of them"
    );
    assert!(
        (1..=10).contains(&d.verdict_dispense.samples),
        "dispenses are of packs on the shelf, at most as many as the receipts: {}",
        d.verdict_dispense.samples
    );
    let api = d
        .api_receive
        .as_ref()
        .expect("the demo's admin signs in with the demo password");
    assert_eq!(
        api.samples, 10,
        "receipts through the api: as many as through the verdict"
    );
    assert_eq!(
        d.shipment.packs, 25,
        "the despatch advice has the packs asked for"
    );
    for (list, latency) in [
        ("shortage list", &d.levels.shortage_list),
        ("stock list's first page", &d.levels.stock_first_page),
        (
            "stock list's first page at the busiest location",
            &d.levels.stock_first_page_busiest,
        ),
    ] {
        assert_eq!(latency.samples, 3, "the {list} is computed `repeats` times");
    }
    assert_eq!(
        d.levels.position.samples, 30,
        "positions are computed ten times `repeats`"
    );
    assert!(
        d.levels.rules > 0,
        "the demo suggests reorder rules, so the list has rules to read"
    );
    assert!(
        d.count.scanned > 0 && d.count.scanned as i64 <= d.count.expected,
        "the count scans packs the ledger holds at the location: {} of {}",
        d.count.scanned,
        d.count.expected
    );
    assert!(
        d.recall.units > 0 && d.recall.held <= d.recall.units,
        "the first recall reaches packs and holds at most those: {} held of {}",
        d.recall.held,
        d.recall.units
    );
    assert!(
        d.recall.units <= count(&store, "unit"),
        "a recall cannot reach more packs than the database knows"
    );
    assert_eq!(
        d.recall.reach.samples, 3,
        "the reach is computed `repeats` times"
    );
    assert_eq!(d.reports.len(), 9, "every report is timed");
    assert!(
        d.reports.iter().all(|r| r.pdf_bytes > 0),
        "every report is laid out as a PDF"
    );
    // 15 single scans + 10 receipts through the verdict + 10 through the api + 4 at a person's
    // pace + 25 shipped.
    assert_eq!(
        count(&store, "unit"),
        units_before + 15 + 10 + 10 + 4 + 25,
        "every benchmark receipt added exactly one pack, and nothing else added any"
    );

    let json = serde_json::to_value(&f).unwrap();
    for key in [
        "bulk_append",
        "api_receive",
        "verdict_receive",
        "verdict_dispense",
        "verdict_receive_paced",
        "shipment",
        "levels",
        "count",
        "reports",
        "recall",
        "dataset",
        "unit_lookup",
        "single_scan",
        "read_ahead",
    ] {
        assert!(
            json.get(key).is_some(),
            "`custody bench --json` keeps its key {key}"
        );
    }
    let lines = custody_bench::text::lines(&f);
    assert_eq!(
        lines.len(),
        1 + 9 + 9 + 6,
        "the text has a line for the bulk append, the database's nine, each report and each latency"
    );
    // `--compare`: a run beside itself is every figure at the ratio 1.
    let compared = custody_bench::compare::lines(("one", &f), ("two", &f));
    assert!(
        compared
            .iter()
            .any(|l| l.starts_with("levels.shortage_list.p50_us ")),
        "the lists' latencies are compared, by their path in the JSON"
    );
    assert!(
        compared
            .iter()
            .any(|l| l.starts_with("reports.0:recall-notice.pdf_seconds ")),
        "reports are compared by place and kind, not by the recall number they name"
    );
    assert!(
        compared
            .iter()
            .skip(1)
            .all(|l| l.ends_with(" 1.00x") || l.ends_with(" -")),
        "a figure beside itself has the ratio 1 (or none when it is 0): {compared:#?}"
    );
}

#[test]
fn a_database_with_no_stock_is_refused_before_anything_is_written() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(dir.path().join("empty.db")).unwrap();
    store
        .init("S", "Site", "admin", "Admin", "a-long-password-1", now())
        .unwrap();
    let events = count(&store, "event");
    let options = tiny(&dir);
    let e = custody_bench::run(Some(&mut store), &options, now()).unwrap_err();
    assert!(
        matches!(&e, BenchError::Unfit(why) if why.contains("no serialized pack in stock")),
        "the refusal says what is missing: {e}"
    );
    assert_eq!(
        count(&store, "event"),
        events,
        "nothing was written to the database"
    );
    assert!(
        !options.dir.exists(),
        "not even the bulk append ran: the scratch folder was never made"
    );
}

#[test]
fn a_database_without_the_user_admin_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(dir.path().join("site.db")).unwrap();
    store
        .init("S", "Site", "boss", "Boss", "a-long-password-1", now())
        .unwrap();
    let e = custody_bench::run(Some(&mut store), &tiny(&dir), now()).unwrap_err();
    assert!(
        matches!(&e, BenchError::Unfit(why) if why.contains("user admin")),
        "the benchmarks act as admin, and say so when there is none: {e}"
    );
}

#[test]
fn the_scratch_databases_are_never_the_database_under_test() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(dir.path().join("bench-bulk-0.db")).unwrap();
    let options = Options::new(dir.path().to_path_buf());
    let e = custody_bench::run(Some(&mut store), &options, now()).unwrap_err();
    assert!(
        matches!(&e, BenchError::ScratchIsDatabase(p) if p.ends_with("bench-bulk-0.db")),
        "the bulk append would delete the database under test: {e}"
    );
}

#[test]
fn without_a_database_only_the_bulk_append_runs() {
    let dir = TempDir::new().unwrap();
    let f = custody_bench::run(None, &tiny(&dir), now()).unwrap();
    assert!(f.database.is_none(), "nothing to measure against");
    assert_eq!(
        serde_json::to_value(&f)
            .unwrap()
            .as_object()
            .map(|o| o.len()),
        Some(1),
        "the JSON then holds the bulk append alone, as before"
    );
    assert_eq!(
        custody_bench::text::lines(&f).len(),
        1,
        "and the text one line"
    );
}

#[test]
fn two_databases_side_by_side_are_each_measured_in_full() {
    let (one, two) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    // The second with a year of history behind the same stock, as `make bench` compares: its
    // packs are more, so that figures given to the wrong database show.
    let mut first = small_demo(&one);
    let mut second = Store::open(two.path().join("year.db")).unwrap();
    let year = custody_core::demo::DemoSize {
        scale: Scale::Small,
        years: "1".parse().unwrap(),
    };
    second.create_demo(year, now()).unwrap();
    let before = [count(&first, "unit"), count(&second, "unit")];
    assert_ne!(before[0], before[1], "the two databases differ");
    let options = tiny(&one);
    let (a, b) =
        custody_bench::suite::run_side_by_side(&mut first, &mut second, &options, &now).unwrap();
    for (name, f, store, before) in [
        ("first", &a, &first, before[0]),
        ("second", &b, &second, before[1]),
    ] {
        let d = f.database.as_ref().expect("both databases are benchmarked");
        assert_eq!(
            d.dataset.units, before,
            "the {name} database's figures are its own: its packs before the run"
        );
        assert_eq!(
            count(store, "unit"),
            before + 15 + 10 + 10 + 4 + 25,
            "the {name} database got its own receipts, once each, and not the other's"
        );
        assert_eq!(
            (
                d.unit_lookup.samples,
                d.single_scan.samples,
                d.verdict_receive.samples,
                d.api_receive.as_ref().map(|l| l.samples),
                d.verdict_receive_paced.samples,
            ),
            (40, 15, 10, Some(10), 4),
            "on the {name} database, every scan taking turns is timed"
        );
        assert_eq!(
            (
                d.levels.home.samples,
                d.levels.expiry_first_page.samples,
                d.recall.reach.samples
            ),
            (3, 3, 3),
            "on the {name} database, each read taking turns is timed `repeats` times"
        );
        assert_eq!(
            d.levels.position.samples, 30,
            "on the {name} database, positions are computed ten times `repeats`"
        );
        assert!(
            d.count.scanned > 0 && d.count.scan.samples == d.count.scanned,
            "on the {name} database, every count scan is timed: {} of {}",
            d.count.scan.samples,
            d.count.scanned
        );
        assert!(
            d.recall.units > 0 && d.recall.held <= d.recall.units,
            "on the {name} database, the recall reaches packs: {} held of {}",
            d.recall.held,
            d.recall.units
        );
    }
}

#[test]
fn side_by_side_an_unfit_second_database_is_refused_before_the_first_is_written() {
    let (one, two) = (TempDir::new().unwrap(), TempDir::new().unwrap());
    let mut first = small_demo(&one);
    let mut second = Store::open(two.path().join("empty.db")).unwrap();
    second
        .init("S", "Site", "admin", "Admin", "a-long-password-1", now())
        .unwrap();
    let events = count(&first, "event");
    let options = tiny(&one);
    let e = custody_bench::suite::run_side_by_side(&mut first, &mut second, &options, &now)
        .unwrap_err();
    assert!(
        matches!(&e, BenchError::Unfit(why) if why.contains("no serialized pack in stock")),
        "the second database's refusal says what it lacks: {e}"
    );
    assert_eq!(
        count(&first, "event"),
        events,
        "nothing was written to the first database"
    );
    assert!(!options.dir.exists(), "nor did the bulk append run");
}
