//! End-to-end tests of the `custody` binary on scratch databases with a fixed clock.

mod adapters;
mod answers;
mod clock;
mod crash;
mod currency;
mod day;
mod day_replenish;
mod golden;
mod imports;
mod insights;
mod json_output;
mod lang;
mod lang_more;
mod ledger_rules;
mod movements;
mod one_ledger;
mod prices;
mod recall_import;
mod reorder_history;
mod report_insights;
mod scan_image;
mod sync;
mod write_off;
mod wrong_paths;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const NOW: &str = "2026-11-22T09:00:00+01:00";
/// Every user's password in these tests.
const PASSWORD: &str = "correct horse battery";
/// The GTIN of the Amoxicillin packs in [`Scratch::pharmacy`].
const AMOX: &str = "09506000134352";

/// A scan of one Amoxicillin pack: expiry 2028-12-31, lot LOT42 and `serial`.
fn pack(serial: &str) -> String {
    format!("]d201{AMOX}1728123110LOT42\u{1d}21{serial}\n")
}

struct Scratch {
    dir: tempfile::TempDir,
    password: &'static str,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
            password: PASSWORD,
        }
    }

    fn db(&self) -> String {
        self.dir.path().join("custody.db").display().to_string()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, "")
    }

    fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.run_at(NOW, args, stdin)
    }

    /// Runs `custody` with the clock at `now` instead of the tests' fixed time.
    fn run_at(&self, now: &str, args: &[&str], stdin: &str) -> Output {
        self.run_at_with_password(now, self.password, args, stdin)
    }

    /// Runs `custody` with the clock at `now`, signing in with `password`.
    fn run_at_with_password(
        &self,
        now: &str,
        password: &str,
        args: &[&str],
        stdin: &str,
    ) -> Output {
        let mut child = self
            .command(now, password)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// The one way these tests start `custody`: on this scratch database, at `now`, signing in
    /// with `password`, and never as whoever `CUSTODY_USER` names on the machine.
    fn command(&self, now: &str, password: &str) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_custody"));
        command
            .env("CUSTODY_DB", self.db())
            .env("CUSTODY_NOW", now)
            .env("CUSTODY_PASSWORD", password)
            .env("CUSTODY_NEW_PASSWORD", PASSWORD)
            .env_remove("CUSTODY_USER")
            // English unless a test asks for another language: never the developer's own.
            .env_remove("CUSTODY_LANG");
        command
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "custody {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A set-up site ([`Scratch::set_up`]) with the MAIN pharmacy and one serialized product, Amoxicillin ([`AMOX`]): the master data that every test of
    /// stock starts from.
    fn pharmacy() -> Scratch {
        Scratch::pharmacy_selling("Amoxicillin 500 mg caps x21")
    }

    /// [`Scratch::pharmacy`] with the product named `product_name`, for tests of how a name
    /// comes out.
    fn pharmacy_selling(product_name: &str) -> Scratch {
        let s = Scratch::new();
        s.set_up();
        s.ok(&[
            "--as",
            "alice",
            "location",
            "add",
            "MAIN",
            "Main pharmacy",
            "--kind",
            "pharmacy",
        ]);
        s.ok(&[
            "--as",
            "alice",
            "product",
            "add",
            "--gtin",
            AMOX,
            "--name",
            product_name,
        ]);
        s
    }

    /// A set-up site with its administrator alice and a supplier, WHOLESALE, whom receipts
    /// come from (a receipt names where its goods came from).
    fn set_up(&self) {
        self.init();
        self.ok(&[
            "--as",
            "alice",
            "partner",
            "add",
            "WHOLESALE",
            "Wholesale supplier",
            "--kind",
            "distributor",
        ]);
    }

    /// The site and its administrator alice, nothing else.
    fn init(&self) {
        self.ok(&[
            "init",
            "--site-code",
            "STMARY",
            "--site-name",
            "St. Mary's",
            "--admin",
            "alice",
            "--admin-name",
            "Alice Smith",
        ]);
    }
}

#[test]
fn scan_decode_answers_every_shared_vector_line_by_line() {
    let doc: Value =
        serde_json::from_str(include_str!("../../../gs1/tests/data/vectors.json")).unwrap();
    let vectors = doc["vectors"].as_array().unwrap();
    let mut input = String::new();
    for v in vectors {
        input.push_str(&serde_json::json!({"input": v["input"], "options": v.get("options").cloned().unwrap_or(Value::Null)}).to_string());
        input.push('\n');
    }
    input.push_str("this is not json\n");
    let s = Scratch::new();
    let out = s.run_with_stdin(&["scan", "decode", "--today", "2026-11-22"], &input);
    assert!(out.status.success());
    let answers: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        answers.len(),
        vectors.len() + 1,
        "one answer per request, even for a bad line"
    );
    for (v, a) in vectors.iter().zip(&answers) {
        if let Some(expected) = v["expected"].as_object() {
            for key in [
                "gtin", "serial", "lot", "expiry", "ais", "sscc", "ppn", "pzn",
            ] {
                assert_eq!(expected.get(key), a.get(key), "{}: {key}", v["id"]);
            }
        } else {
            assert_eq!(
                a["error"]["kind"], v["expected_error"]["kind"],
                "{}",
                v["id"]
            );
            assert!(a["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }
    }
    assert_eq!(answers.last().unwrap()["error"]["kind"], "bad_request");
}

#[test]
fn master_data_and_stock_through_the_cli() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "MAIN",
        "Main pharmacy",
        "--kind",
        "pharmacy",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "partner",
        "add",
        "MEDIDIST",
        "MediDist",
        "--kind",
        "distributor",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "user",
        "add",
        "bob",
        "Bob Jones",
        "--role",
        "staff",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "9506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
        "--price",
        "4.20",
    ]);
    let products: Value =
        serde_json::from_str(&s.ok(&["--as", "bob", "--json", "product", "list"])).unwrap();
    assert_eq!(
        products[0]["gtin"], "09506000134352",
        "GTINs are stored as 14 digits"
    );
    assert_eq!(products[0]["contract_price_cents"], 420);
    let stock: Value = serde_json::from_str(&s.ok(&["--as", "bob", "--json", "stock"])).unwrap();
    assert_eq!(stock, serde_json::json!([]), "nothing received yet");
}

#[test]
fn a_bad_import_names_lines_and_imports_nothing() {
    let s = Scratch::new();
    s.set_up();
    let csv = s.dir.path().join("products.csv");
    std::fs::write(&csv, "gtin,name,tracking\n09506000134352,Good,serial\n09506000134355,Bad check digit,serial\n09506000134369,Bad mode,box\n").unwrap();
    let out = s.run(&["--as", "alice", "product", "import", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3, gtin") && err.contains("line 4, tracking"),
        "{err}"
    );
    assert!(
        s.ok(&["--as", "alice", "--json", "product", "list"]).trim() == "[]",
        "all or nothing"
    );
}

#[test]
fn staff_cannot_add_users_and_strangers_cannot_act() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "user",
        "add",
        "bob",
        "Bob Jones",
        "--role",
        "staff",
    ]);
    let out = s.run(&[
        "--as", "bob", "user", "add", "eve", "Eve", "--role", "admin",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not manage users"));
    let out = s.run(&["--as", "mallory", "stock"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Wrong username or password"));
    // Five wrong passwords lock bob out, even with the right one afterwards.
    let wrong = Scratch {
        dir: tempfile::tempdir().unwrap(),
        password: "not bob's password",
    };
    let run_wrong = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_custody"));
        c.args(args)
            .env("CUSTODY_DB", s.db())
            .env("CUSTODY_NOW", NOW)
            .env("CUSTODY_PASSWORD", wrong.password);
        c.output().unwrap()
    };
    for _ in 0..4 {
        let out = run_wrong(&["--as", "bob", "stock"]);
        assert!(String::from_utf8_lossy(&out.stderr).contains("Wrong username or password"));
    }
    let out = run_wrong(&["--as", "bob", "stock"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("try again in 5 minutes"));
    let out = s.run(&["--as", "bob", "stock"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is locked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An administrator's reset lifts the lock.
    s.ok(&["--as", "alice", "user", "passwd", "bob"]);
    s.ok(&["--as", "bob", "stock"]);
    s.ok(&["--as", "alice", "user", "disable", "bob"]);
    let out = s.run(&["--as", "bob", "stock"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("disabled"));
}

#[test]
fn an_incremental_verify_says_what_it_did_not_cover_and_full_finds_an_edit_before_its_checkpoint() {
    let s = Scratch {
        password: custody_core::demo::DEMO_PASSWORD,
        ..Scratch::new()
    };
    s.ok(&["demo", "--scale", "small"]);
    let checkpoints = || -> i64 {
        rusqlite::Connection::open(s.db())
            .unwrap()
            .query_row(
                "SELECT count(*) FROM event WHERE kind = 'verify_checkpoint'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let first = s.ok(&["--as", "admin", "verify"]);
    assert!(
        first.contains("Ledger intact:") && first.contains("Recorded verified checkpoint"),
        "with no checkpoint the check is full, and a clean one records one: {first}"
    );
    assert_eq!(checkpoints(), 1, "exactly one checkpoint per clean check");
    let look = s.ok(&["--as", "admin", "verify", "--no-checkpoint"]);
    assert!(
        look.contains("Ledger intact since the last checkpoint")
            && look.contains("run `verify --full` for all"),
        "the incremental check says what it rests on and what it did not cover: {look}"
    );
    assert_eq!(checkpoints(), 1, "--no-checkpoint records nothing");
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    // The trigger is put back exactly as it was, so only the edit itself is there to find.
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'event_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch(&format!("DROP TRIGGER event_no_update; UPDATE event SET reference = 'forged' WHERE seq = 100; {trigger};")).unwrap();
    assert_eq!(
        s.run(&["--as", "admin", "verify"]).status.code(),
        Some(0),
        "an edit before the checkpoint is outside what the incremental check covers"
    );
    let full = s.run(&["--as", "admin", "verify", "--full"]);
    assert_eq!(full.status.code(), Some(4), "--full walks every event");
    assert!(
        String::from_utf8_lossy(&full.stdout).contains("seq 100"),
        "and names the edited one: {}",
        String::from_utf8_lossy(&full.stdout)
    );
    assert_eq!(
        checkpoints(),
        2,
        "the clean incremental check recorded one more, the failing full one none"
    );
}

#[test]
fn verify_exits_4_and_names_the_event_after_tampering() {
    let s = Scratch {
        password: custody_core::demo::DEMO_PASSWORD,
        ..Scratch::new()
    };
    s.ok(&["demo", "--scale", "small"]);
    assert!(s.ok(&["--as", "admin", "verify"]).contains("Ledger intact"));
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    conn.execute_batch("DROP TRIGGER event_line_no_update; UPDATE event_line SET quantity = 2 WHERE event_seq = 100;").unwrap();
    let id: String = conn
        .query_row("SELECT id FROM event WHERE seq = 100", [], |r| r.get(0))
        .unwrap();
    // The clean check above recorded a checkpoint after event 100: the edit is for --full.
    let out = s.run(&["--as", "admin", "verify", "--full"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "tampering must fail verification"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&id), "the changed event is named: {text}");
    assert!(
        text.contains("event_line_no_update"),
        "the dropped trigger is reported: {text}"
    );
}

#[test]
fn demo_refuses_a_database_in_use() {
    let s = Scratch::new();
    s.set_up();
    let out = s.run(&["demo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("new, empty database"));
}

#[test]
fn a_second_demo_database_takes_another_site_code_and_a_bad_one_writes_nothing() {
    let s = Scratch::new();
    s.ok(&["demo", "--site-code", "WEST"]);
    let conn = rusqlite::Connection::open(s.db()).unwrap();
    let code: String = conn
        .query_row("SELECT code FROM site", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        code, "WEST",
        "the demo site is WEST, so it can join a hub beside DEMO"
    );

    let t = Scratch::new();
    let out = t.run(&["demo", "--site-code", "two words"]);
    assert_eq!(out.status.code(), Some(1), "a code with a space is refused");
    assert!(
        !std::path::Path::new(&t.db()).exists(),
        "and the new database is taken away: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn receiving_by_scans_prints_a_verdict_per_line_and_exits_3_when_one_is_blocked() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "MAIN",
        "Main pharmacy",
        "--kind",
        "pharmacy",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "QUAR",
        "Quarantine",
        "--kind",
        "quarantine",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
    ]);
    // SN1 read twice at once (a double read, counted once), SN2, then SN1 again: a second pack
    // with the code of one in stock.
    let scans = "]d201095060001343521728123110LOT42\u{1d}21SN1\n]d201095060001343521728123110LOT42\u{1d}21SN1\n]d201095060001343521728123110LOT42\u{1d}21SN2\n]d201095060001343521728123110LOT42\u{1d}21SN1\n]d201095060001343551728123121S1\n";
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "--json",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        scans,
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "a blocked scan makes the exit status 3"
    );
    let verdicts: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let codes: Vec<(&str, &str)> = verdicts
        .iter()
        .map(|v| (v["verdict"].as_str().unwrap(), v["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("accepted", "ok"),
            ("warning", "already_scanned"),
            ("accepted", "ok"),
            ("blocked", "duplicate_serial"),
            ("blocked", "decode_error")
        ],
        "a double read is counted once; the same code after another scan is a duplicate"
    );
    assert_eq!(verdicts[0]["gtin"], "09506000134352");
    assert_eq!(verdicts[0]["serial"], "SN1");
    assert_eq!(verdicts[0]["lot"], "LOT42");
    assert_eq!(verdicts[0]["expiry"], "2028-12-31");
    let history = s.ok(&["--as", "alice", "history", "09506000134352", "SN1"]);
    assert!(history.contains("[quarantined, suspect]"), "{history}");
    assert!(
        history.contains("mark_suspect") && history.contains("PO-1"),
        "{history}"
    );
    assert!(s.ok(&["--as", "alice", "verify"]).contains("Ledger intact"));
}

#[test]
fn a_recall_through_the_cli_holds_stock_blocks_scans_and_closes_only_when_resolved() {
    let s = Scratch::new();
    s.set_up();
    for (code, name, kind) in [
        ("MAIN", "Main pharmacy", "pharmacy"),
        ("QUAR", "Quarantine", "quarantine"),
    ] {
        s.ok(&[
            "--as", "alice", "location", "add", code, name, "--kind", kind,
        ]);
    }
    s.ok(&[
        "--as",
        "alice",
        "partner",
        "add",
        "MEDIDIST",
        "MediDist",
        "--kind",
        "distributor",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
    ]);
    let scans = "]d201095060001343521728123110LOT42\u{1d}21SN1\n]d201095060001343521728123110LOT42\u{1d}21SN2\n]d201095060001343521728123110LOT43\u{1d}21SN3\n";
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        scans,
    );
    assert_eq!(out.status.code(), Some(0));
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "dispense",
            "--location",
            "MAIN",
            "--reference",
            "RX-7",
        ],
        "]d201095060001343521728123110LOT42\u{1d}21SN2\n",
    );
    assert_eq!(out.status.code(), Some(0));

    let created: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "recall",
        "create",
        "--number",
        "RCL-1",
        "--class",
        "II",
        "--title",
        "Amoxicillin lot LOT42",
        "--reason",
        "Out-of-specification dissolution",
        "--gtin",
        "09506000134352",
        "--lot",
        "LOT42",
    ]))
    .unwrap();
    assert_eq!(
        created["hold"]["units"], 1,
        "SN1 is held; SN2 was dispensed"
    );
    let reach: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "recall", "reach", "RCL-1"]))
            .unwrap();
    let units: Vec<(&str, &str, &str)> = reach["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["serial"].as_str().unwrap(),
                u["status"].as_str().unwrap(),
                u["reference"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        units,
        vec![
            ("SN1", "quarantined", "RCL-1"),
            ("SN2", "dispensed", "RX-7")
        ]
    );

    // Dispensing SN1 is now blocked (exit 3), SN3 of another lot is fine.
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "--json",
            "dispense",
            "--location",
            "MAIN",
            "--reference",
            "RX-8",
        ],
        "]d201095060001343521728123110LOT42\u{1d}21SN1\n",
    );
    assert_eq!(out.status.code(), Some(3));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "recalled");

    let out = s.run(&["--as", "alice", "recall", "close", "RCL-1"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 items are still open"), "{err}");
    s.ok(&[
        "--as",
        "alice",
        "recall",
        "outcome",
        "RCL-1",
        "--outcome",
        "returned_to_supplier",
        "--partner",
        "MEDIDIST",
        "--note",
        "RMA-1",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "recall",
        "outcome",
        "RCL-1",
        "--outcome",
        "notified",
        "--serial",
        "SN2",
        "--note",
        "patient called",
    ]);
    let closed = s.ok(&[
        "--as",
        "alice",
        "recall",
        "close",
        "RCL-1",
        "--meaning",
        "approved",
    ]);
    assert!(
        closed.contains("signed (approved) by Alice Smith (alice)"),
        "{closed}"
    );
    let list = s.ok(&["--as", "alice", "recall", "list"]);
    assert!(list.contains("RCL-1") && list.contains("closed"), "{list}");
    assert_eq!(s.run(&["--as", "alice", "verify"]).status.code(), Some(0));
}

#[test]
fn stock_levels_through_the_cli_set_rules_and_list_shortages_and_expiring_stock() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "MAIN",
        "Main pharmacy",
        "--kind",
        "pharmacy",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
        "--price",
        "4.20",
    ]);
    // Two packs: one expires in 2026-12 (inside 30 days), one in 2028.
    let scans = "]d201095060001343521726121510LOT1\u{1d}21SN1\n]d201095060001343521728123110LOT2\u{1d}21SN2\n";
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        scans,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    s.ok(&[
        "--as",
        "alice",
        "reorder",
        "set",
        "--product",
        "09506000134352",
        "--location",
        "MAIN",
        "--min",
        "5",
        "--max",
        "20",
    ]);
    // `shortages` and `expiring` print the whole list as an array, as scripts have read it.
    let short: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "shortages"])).unwrap();
    assert_eq!(
        short.as_array().map(Vec::len),
        Some(1),
        "one product at one location is below its reorder point: {short}"
    );
    assert_eq!(
        short[0]["usable_cover"], 2,
        "two usable packs: the third expires before it can be used"
    );
    assert_eq!(
        short[0]["suggested_order"], 18,
        "the order brings usable cover up to the par level of 20"
    );
    let expiring: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "expiring", "--within", "30"]))
            .unwrap();
    let lines = expiring.as_array().unwrap();
    assert_eq!(lines.len(), 1, "one lot expires within 30 days: {expiring}");
    assert_eq!(lines[0]["lot"], "LOT1");
    assert_eq!(lines[0]["days_left"], 23);
    assert_eq!(lines[0]["value_cents"], 420);
    let pos = s.ok(&["--as", "alice", "position", "--product", "09506000134352"]);
    assert!(
        pos.contains("MAIN") && pos.contains("below the reorder point 5"),
        "{pos}"
    );
    let bad = s.run(&[
        "--as",
        "alice",
        "reorder",
        "set",
        "--product",
        "09506000134352",
        "--location",
        "MAIN",
        "--min",
        "5",
        "--max",
        "2",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("par level"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    // The site's alert windows: the expiry list's default. With 14 days, the pack expiring in
    // 23 days is not listed.
    assert!(s
        .ok(&["--as", "alice", "alert-windows"])
        .contains("30, 60, 90 days"));
    s.ok(&["--as", "alice", "alert-windows", "--set", "14, 7"]);
    let expiring: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "expiring"])).unwrap();
    assert_eq!(
        expiring.as_array().map(Vec::len),
        Some(0),
        "the widest window is now 14 days, and the lot expires in 23: {expiring}"
    );
    let bad = s.run(&["--as", "alice", "alert-windows", "--set", "7,x"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("x is not a number of days"),
        "the bad window is named: {}",
        String::from_utf8_lossy(&bad.stderr)
    );
    assert!(s
        .ok(&["--as", "alice", "alert-windows"])
        .contains("7, 14 days"));
}

#[test]
fn a_count_through_the_cli_reports_the_variance_and_applies_it() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "MAIN",
        "Main pharmacy",
        "--kind",
        "pharmacy",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
    ]);
    let pack = |serial: &str| format!("]d201095060001343521728123110LOT42\u{1d}21{serial}\n");
    let received = format!("{}{}{}", pack("SN1"), pack("SN2"), pack("SN3"));
    assert_eq!(
        s.run_with_stdin(
            &[
                "--as",
                "alice",
                "receive",
                "--location",
                "MAIN",
                "--partner",
                "WHOLESALE",
                "--reference",
                "PO-1"
            ],
            &received
        )
        .status
        .code(),
        Some(0)
    );
    let started: Value = serde_json::from_str(&s.ok(&[
        "--as",
        "alice",
        "--json",
        "count",
        "start",
        "--location",
        "MAIN",
    ]))
    .unwrap();
    let id = started["id"].as_i64().unwrap().to_string();
    assert_eq!(started["expected_units"], 3);
    let out = s.run_with_stdin(
        &["--as", "alice", "count", "scan", &id],
        &format!("{}{}{}", pack("SN1"), pack("SN1"), pack("SN2")),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("COUNTED") && text.contains("ALREADY_COUNTED"),
        "{text}"
    );
    let finished: Value =
        serde_json::from_str(&s.ok(&["--as", "alice", "--json", "count", "finish", &id])).unwrap();
    assert_eq!(finished["missing"][0]["serial"], "SN3");
    assert_eq!(finished["found"], 2);
    let applied = s.ok(&[
        "--as",
        "alice",
        "count",
        "apply",
        &id,
        "--reason",
        "weekly count",
    ]);
    assert!(applied.contains("1 missing"), "{applied}");
    let history = s.ok(&["--as", "alice", "history", "09506000134352", "SN3"]);
    assert!(
        history.contains("count_adjust") && history.contains(&format!("COUNT-{id}")),
        "{history}"
    );
    assert_eq!(s.run(&["--as", "alice", "verify"]).status.code(), Some(0));
}

#[test]
fn reports_are_written_as_pdf_or_csv_by_the_file_name() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "location",
        "add",
        "MAIN",
        "Main pharmacy",
        "--kind",
        "pharmacy",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "partner",
        "add",
        "MEDIDIST",
        "MediDist",
        "--kind",
        "distributor",
    ]);
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "09506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
    ]);
    let scans = "]d201095060001343521728123110LOT42\u{1d}21SN1\n]d201095060001343521728123110LOT42\u{1d}21SN2\n";
    let out = s.run_with_stdin(
        &[
            "--as",
            "alice",
            "receive",
            "--location",
            "MAIN",
            "--partner",
            "WHOLESALE",
            "--reference",
            "PO-1",
        ],
        scans,
    );
    assert_eq!(out.status.code(), Some(0));
    s.ok(&[
        "--as",
        "alice",
        "recall",
        "create",
        "--number",
        "RCL-1",
        "--class",
        "I",
        "--title",
        "Amoxicillin lot LOT42",
        "--reason",
        "Contaminated",
        "--gtin",
        "09506000134352",
        "--lot",
        "LOT42",
    ]);
    let dir = s.dir.path();
    let pdf = dir.join("notice.pdf");
    let said = s.ok(&[
        "--as",
        "alice",
        "report",
        "recall-notice",
        "RCL-1",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(said.starts_with("Wrote "), "{said}");
    let text = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils; `make test` installs it)");
    let text = String::from_utf8(text.stdout).unwrap();
    for s in [
        "URGENT: DRUG RECALL",
        "Recall notice RCL-1",
        "SN1",
        "SN2",
        "MAIN: 2 pack(s) to pull",
        "Page 1 of",
    ] {
        assert!(text.contains(s), "{s:?} not in the notice:\n{text}");
    }
    let csv = dir.join("notice.csv");
    s.ok(&[
        "--as",
        "alice",
        "report",
        "recall-notice",
        "RCL-1",
        "-o",
        csv.to_str().unwrap(),
    ]);
    let csv = std::fs::read_to_string(csv).unwrap();
    assert_eq!(
        csv.lines().filter(|l| l.contains(",SN")).count(),
        2,
        "{csv}"
    );

    let cert = dir.join("cert.pdf");
    s.ok(&[
        "--as",
        "alice",
        "report",
        "chain-of-custody",
        "]d201095060001343521728123110LOT42\u{1d}21SN1",
        "--out",
        cert.to_str().unwrap(),
        "--paper",
        "letter",
    ]);
    assert!(cert.exists());

    let out = s.run(&[
        "--as",
        "alice",
        "report",
        "stock-on-hand",
        "--out",
        "stock.txt",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("end the file name in .pdf"));
    let out = s.run(&[
        "--as",
        "alice",
        "report",
        "recall-notice",
        "RCL-404",
        "--out",
        dir.join("x.pdf").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RCL-404"));
    assert!(
        !dir.join("x.pdf").exists(),
        "nothing written for a report that failed"
    );
}

#[test]
fn expected_import_refuses_a_bad_advice_whole_naming_the_line_and_value() {
    let s = Scratch::new();
    s.set_up();
    s.ok(&[
        "--as",
        "alice",
        "product",
        "add",
        "--gtin",
        "9506000134352",
        "--name",
        "Amoxicillin 500 mg caps x21",
    ]);
    let file = s.dir.path().join("asn.jsonld");
    std::fs::write(
        &file,
        "{\n\"type\": \"EPCISDocument\",\n\"epcisBody\": {\"eventList\": [\n{\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\",\n\"epcList\": [\n\"https://id.gs1.org/01/09506000134352/21/S1\",\n\"https://id.gs1.org/01/09506000134353/21/S2\",\n\"https://id.gs1.org/01/09506000134352/21/S 3\"\n]}]}}\n",
    )
    .unwrap();
    let out = s.run(&[
        "--as",
        "alice",
        "expected",
        "import",
        file.to_str().unwrap(),
        "--reference",
        "ASN-1",
    ]);
    assert_eq!(out.status.code(), Some(1), "a refused import is an error");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("it has 2 problems")
            && err.contains("line 7, epcList: 'https://id.gs1.org/01/09506000134353/21/S2'")
            && err.contains("check digit")
            && err.contains("line 8, epcList:")
            && !err.contains("line 1: line"),
        "each bad pack is named with its line and value: {err}"
    );
    assert_eq!(
        s.ok(&["--as", "alice", "--json", "expected", "list"])
            .trim(),
        "[]",
        "nothing of a refused advice is kept"
    );
    let out = s.run(&["--as", "alice", "expected", "import", "/dev/zero"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code() == Some(1) && err.contains("larger than 200 MB"),
        "an endless device is read only up to the limit, then refused: {err}"
    );
}
