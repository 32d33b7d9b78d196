//! Crash safety, proven: the `custody` binary is killed with SIGKILL at random moments during a
//! 100,000-pack import, a 100,000-pack receipt, a stream of scans, recall creations and backups,
//! and after every kill the database must pass `integrity_check` and `custody verify`, an import
//! must be wholly there or wholly absent, and at most the scan in flight may be missing.
//!
//! `CUSTODY_KILLS` sets the kills per scenario (default 12); `CUSTODY_KILL_SEED` the seed of the
//! kill times (default: the clock, printed so a failure can be replayed).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-22T09:00:00+01:00";
const GTIN: &str = "09506000134352";
const PACKS: usize = 100_000;

struct Harness {
    dir: tempfile::TempDir,
    rng: u64,
    kills: usize,
    killed: usize,
}

impl Harness {
    fn new(name: &str) -> Harness {
        let seed = std::env::var("CUSTODY_KILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            });
        eprintln!("{name}: CUSTODY_KILL_SEED={seed}");
        let h = Harness {
            dir: tempfile::tempdir().unwrap(),
            rng: seed,
            kills: std::env::var("CUSTODY_KILLS")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(12),
            killed: 0,
        };
        h.ok(&[
            "init",
            "--site-code",
            "S",
            "--site-name",
            "Crash site",
            "--admin",
            "admin",
            "--admin-name",
            "Admin",
        ]);
        h.ok(&[
            "location",
            "add",
            "MAIN",
            "Main pharmacy",
            "--kind",
            "pharmacy",
        ]);
        h.ok(&[
            "location",
            "add",
            "QUAR",
            "Quarantine",
            "--kind",
            "quarantine",
        ]);
        h.ok(&["partner", "add", "SUP", "Supplier", "--kind", "distributor"]);
        h.ok(&[
            "product",
            "add",
            "--gtin",
            GTIN,
            "--name",
            "Amoxicillin 500 mg caps x21",
        ]);
        h
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("custody.db")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_custody"));
        c.args(args)
            .env("CUSTODY_DB", self.db())
            .env("CUSTODY_USER", "admin")
            .env("CUSTODY_NOW", NOW)
            .env("CUSTODY_PASSWORD", "crash-test-password")
            // `init` takes the administrator's password from here.
            .env("CUSTODY_NEW_PASSWORD", "crash-test-password")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    }

    fn ok(&self, args: &[&str]) {
        let out = self.command(args).output().unwrap();
        assert!(
            out.status.success(),
            "custody {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn random(&mut self) -> f64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Kills `child` at a random moment within `span` (or lets it finish, if it is faster).
    /// Returns whether it was killed before it ended.
    fn kill_within(&mut self, mut child: Child, span: Duration) -> bool {
        let at = span.mul_f64(self.random() * 1.1);
        let started = Instant::now();
        while started.elapsed() < at {
            if child.try_wait().unwrap().is_some() {
                return false;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        if !finished {
            self.killed += 1;
        }
        !finished
    }

    /// Times one uncut run of the same kind of work, to spread the kills over it.
    fn timed(&self, args: &[&str], stdin: Option<&Path>) -> Duration {
        let started = Instant::now();
        let mut c = self.command(args);
        if let Some(p) = stdin {
            c.stdin(std::fs::File::open(p).unwrap());
        }
        let out = c.output().unwrap();
        assert!(
            out.status.success() || out.status.code() == Some(3),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        started.elapsed()
    }

    /// After every kill: the file is sound and the ledger verifies.
    fn intact(&self) {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        drop(conn);
        let out = self.command(&["verify"]).output().unwrap();
        assert!(
            out.status.success(),
            "custody verify after a kill: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn query(&self, sql: &str, p: &str) -> i64 {
        rusqlite::Connection::open(self.db())
            .unwrap()
            .query_row(sql, [p], |r| r.get(0))
            .unwrap()
    }
}

fn shipment_csv(path: &Path, prefix: &str, lot: &str, packs: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "gtin,serial,lot,expiry").unwrap();
    for i in 0..packs {
        writeln!(f, "{GTIN},{prefix}{i:06},{lot},2028-12-31").unwrap();
    }
}

#[test]
fn killed_imports_and_receipts_are_wholly_there_or_wholly_absent() {
    let mut h = Harness::new("imports");
    let csv = h.path("asn.csv");
    shipment_csv(&csv, "C", "L0", PACKS);
    let span = h.timed(
        &[
            "expected",
            "import",
            csv.to_str().unwrap(),
            "--partner",
            "SUP",
            "--reference",
            "CAL",
        ],
        None,
    );
    for i in 0..h.kills {
        let reference = format!("ASN-{i}");
        let child = h
            .command(&[
                "expected",
                "import",
                csv.to_str().unwrap(),
                "--partner",
                "SUP",
                "--reference",
                &reference,
            ])
            .spawn()
            .unwrap();
        h.kill_within(child, span);
        h.intact();
        let items = h.query(
            "SELECT count(*) FROM shipment_item i JOIN shipment s ON s.id = i.shipment_id WHERE s.reference = ?1",
            &reference,
        );
        assert!(
            items == 0 || items == PACKS as i64,
            "{reference}: {items} of {PACKS} lines"
        );
    }

    // Receiving a whole shipment by inference: one transaction of 100,000 ledger lines.
    let cal = h
        .query("SELECT id FROM shipment WHERE reference = ?1", "CAL")
        .to_string();
    let span = h.timed(
        &["expected", "receive-all", &cal, "--location", "MAIN"],
        None,
    );
    let mut round = 0;
    let next_shipment = |h: &mut Harness, round: usize| -> String {
        let path = h.path(&format!("rcv{round}.csv"));
        shipment_csv(&path, &format!("R{round:03}"), "L1", PACKS);
        let reference = format!("RCV-{round}");
        h.ok(&[
            "expected",
            "import",
            path.to_str().unwrap(),
            "--partner",
            "SUP",
            "--reference",
            &reference,
        ]);
        h.query("SELECT id FROM shipment WHERE reference = ?1", &reference)
            .to_string()
    };
    let mut shipment = next_shipment(&mut h, round);
    for _ in 0..h.kills {
        let child = h
            .command(&["expected", "receive-all", &shipment, "--location", "MAIN"])
            .spawn()
            .unwrap();
        h.kill_within(child, span);
        h.intact();
        let received = h.query(
            "SELECT count(*) FROM shipment_item WHERE shipment_id = CAST(?1 AS INTEGER) AND received_quantity = quantity",
            &shipment,
        );
        let in_stock = h.query(
            "SELECT count(*) FROM unit WHERE serial LIKE ?1 AND status = 'in_stock'",
            &format!("R{round:03}%"),
        );
        assert!(
            (received, in_stock) == (0, 0) || (received, in_stock) == (PACKS as i64, PACKS as i64),
            "shipment {shipment}: {received} lines marked received, {in_stock} packs in stock"
        );
        if received > 0 {
            round += 1;
            shipment = next_shipment(&mut h, round);
        }
    }
    eprintln!("imports: {} kills survived", h.killed);
}

#[test]
fn a_killed_stream_of_scans_loses_at_most_the_scan_in_flight() {
    let mut h = Harness::new("scans");
    let scans_per_round = 1500;
    let write_scans = |path: &Path, round: usize| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
        for i in 0..scans_per_round {
            writeln!(f, "]d201{GTIN}1728123110L{round}\u{1d}21S{round:03}{i:05}").unwrap();
        }
    };
    let calibration = h.path("cal.txt");
    write_scans(&calibration, 999);
    let span = h.timed(
        &[
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "SUP",
            "--reference",
            "PO-CAL",
        ],
        Some(&calibration),
    );
    for round in 0..h.kills {
        let path = h.path(&format!("scans{round}.txt"));
        write_scans(&path, round);
        let child = h
            .command(&[
                "receive",
                "--location",
                "MAIN",
                "--partner",
                "SUP",
                "--reference",
                &format!("PO-{round}"),
            ])
            .stdin(std::fs::File::open(&path).unwrap())
            .spawn()
            .unwrap();
        h.kill_within(child, span);
        h.intact();
        // The received packs are exactly the first k scans, for some k.
        let conn = rusqlite::Connection::open(h.db()).unwrap();
        let mut got: Vec<String> = conn
            .prepare("SELECT serial FROM unit WHERE serial LIKE ?1 ORDER BY serial")
            .unwrap()
            .query_map([format!("S{round:03}%")], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        got.sort();
        let expected: Vec<String> = (0..got.len())
            .map(|i| format!("S{round:03}{i:05}"))
            .collect();
        assert_eq!(
            got, expected,
            "round {round}: the recorded scans are not a prefix of the stream"
        );
    }
    eprintln!("scans: {} kills survived", h.killed);
}

#[test]
fn killed_recall_creations_and_backups_leave_all_or_nothing() {
    let mut h = Harness::new("recalls and backups");
    // A lot per kill, 400 packs each, on the shelf.
    let lots = h.kills + 1;
    let csv = h.path("stock.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&csv).unwrap());
        writeln!(f, "gtin,serial,lot,expiry").unwrap();
        for lot in 0..lots {
            for i in 0..400 {
                writeln!(f, "{GTIN},K{lot:03}{i:04},LOT{lot:03},2028-12-31").unwrap();
            }
        }
    }
    h.ok(&[
        "expected",
        "import",
        csv.to_str().unwrap(),
        "--partner",
        "SUP",
        "--reference",
        "STOCK",
    ]);
    h.ok(&["expected", "receive-all", "1", "--location", "MAIN"]);
    let recall = |n: usize| {
        vec![
            "recall".to_string(),
            "create".into(),
            "--number".into(),
            format!("RCL-{n}"),
            "--class".into(),
            "I".into(),
            "--title".into(),
            "Crash test".into(),
            "--reason".into(),
            "test".into(),
            "--gtin".into(),
            GTIN.into(),
            "--lot".into(),
            format!("LOT{n:03}"),
        ]
    };
    let args = recall(lots - 1);
    let span = h.timed(&args.iter().map(String::as_str).collect::<Vec<_>>(), None);
    for n in 0..lots - 1 {
        let args = recall(n);
        let child = h
            .command(&args.iter().map(String::as_str).collect::<Vec<_>>())
            .spawn()
            .unwrap();
        h.kill_within(child, span);
        h.intact();
        let exists = h.query(
            "SELECT count(*) FROM recall WHERE number = ?1",
            &format!("RCL-{n}"),
        );
        let held = h.query(
            "SELECT count(*) FROM unit WHERE lot = ?1 AND status = 'quarantined'",
            &format!("LOT{n:03}"),
        );
        assert!(
            (exists == 0 && held == 0) || (exists == 1 && held == 400),
            "RCL-{n}: recall {exists}, {held} of 400 held"
        );
    }

    let backups = h.path("backups");
    let dir = backups.to_str().unwrap().to_string();
    let span = h.timed(
        &["backup", "create", "--dir", &dir, "--keep-last", "1000"],
        None,
    );
    for i in 0..h.kills {
        // One backup per second of the clock: move it on for each round.
        let now = format!("2026-11-22T10:{:02}:{:02}+01:00", i / 60, i % 60);
        let child = h
            .command(&["backup", "create", "--dir", &dir, "--keep-last", "1000"])
            .env("CUSTODY_NOW", &now)
            .spawn()
            .unwrap();
        h.kill_within(child, span);
        h.intact();
        // Every file named as a backup is a good one; a partial one may be left, never named.
        for b in custody_core::backup::list(&backups).unwrap() {
            let c = custody_core::backup::check(Path::new(&b.path)).unwrap();
            assert!(c.is_good(), "{}: {:?}", b.path, c.problems);
        }
    }
    eprintln!("recalls and backups: {} kills survived", h.killed);
}
