//! A site restored from an old backup puts its own later events back, as the hub sends them:
//! the file ends as the one that recorded them (rows, projections, hashes), and anything that
//! would not come out exactly so is refused with nothing written.

use std::path::{Path, PathBuf};

use custody_core::ledger::NewEvent;
use custody_core::sync::{Enrolment, SyncState};
use custody_core::*;
use custody_ledger_format::{canonical_bytes, hash_bytes, parse};
use custody_sync_protocol::{parse_hash, WireEvent};

use crate::fixtures::{now, pharmacy, Pharmacy};

/// A consistent copy of the open file, as the daily backup takes it.
fn backup(p: &Pharmacy, dir: &Path) -> PathBuf {
    let to = dir.join("backup.db");
    let conn = rusqlite::Connection::open(p.store.path()).unwrap();
    conn.execute("VACUUM INTO ?1", [to.to_str().unwrap()])
        .unwrap();
    to
}

/// The site's chain after `after`, as the hub holds it and sends it back.
fn chain_after(store: &Store, admin: &User, after: i64) -> Vec<WireEvent> {
    let mut out = Vec::new();
    loop {
        let batch = store.outbox(admin, after + out.len() as i64).unwrap();
        if batch.events.is_empty() {
            return out;
        }
        out.extend(batch.events);
    }
}

/// Every row of the tables the ledger's events are stored in and projected onto, in a fixed
/// order, as text: two files that agree here hold the same ledger and the same stock.
fn state(path: &Path) -> Vec<(String, Vec<String>)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables = [
        ("event", "seq"),
        ("event_line", "event_seq, line_no"),
        ("chain_head", "site_id"),
        ("unit", "product_id, serial"),
        ("lot_stock", "product_id, lot, location_id, status"),
        ("lot_info", "product_id, lot"),
        ("consumption", "product_id, location_id, day"),
        ("stock_change", "product_id, location_id, day"),
        ("receipt", "day, event_seq, line_no"),
    ];
    let mut out: Vec<(String, Vec<String>)> = tables
        .iter()
        .map(|(table, order)| {
            let sql = format!("SELECT * FROM {table} ORDER BY {order}");
            (table.to_string(), rows(&conn, &sql))
        })
        .collect();
    out.push((
        "user".into(),
        rows(
            &conn,
            "SELECT username, role, active FROM user ORDER BY username",
        ),
    ));
    out
}

fn rows(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        Ok((0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect::<Vec<_>>()
            .join("|"))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn enrol(store: &mut Store, admin: &User) {
    store
        .record_enrolment(
            admin,
            &Enrolment {
                hub: "https://hub.example:8443".into(),
                key_seed: [9; 32],
                token: "t".into(),
                again: false,
            },
            now(),
        )
        .unwrap();
}

/// A pharmacy with stock on its ledger, enrolled, backed up; then it goes on: packs dispensed
/// and received, gauze used, an account added and promoted. Returns the pharmacy, the backup's
/// path (in `dir`) and the backup's last event.
fn went_on_after_backup(dir: &Path) -> (Pharmacy, PathBuf, i64) {
    let mut p = pharmacy();
    let admin = p.admin.clone();
    enrol(&mut p.store, &admin);
    let first: Vec<NewEvent> = (0..4)
        .map(|i| p.receive(&format!("S{i}")))
        .chain([p.receive_gauze(50)])
        .collect();
    p.append(&first);
    let backup = backup(&p, dir);
    let at_backup = p.store.sync_status(&admin).unwrap().last_seq;
    let mut gauze_used = p.receive_gauze(20);
    gauze_used.kind = EventKind::Dispense;
    gauze_used.counterparty = None;
    gauze_used.lines[0].before = gauze_used.lines[0].after;
    gauze_used.lines[0].after = Some(ledger::Place::gone(UnitStatus::Dispensed));
    let later: Vec<NewEvent> = [p.dispense("S1"), p.receive("S4"), gauze_used]
        .into_iter()
        .chain((5..9).map(|i| p.receive(&format!("S{i}"))))
        .collect();
    p.append(&later);
    p.staff();
    p.store
        .set_user_role(&admin, "sam", Role::Manager, now())
        .unwrap();
    p.append(&[p.dispense("S6")]);
    (p, backup, at_backup)
}

#[test]
fn a_restored_file_puts_its_own_events_back_and_ends_as_the_file_that_recorded_them() {
    let dir = tempfile::tempdir().unwrap();
    let (p, backup_path, at_backup) = went_on_after_backup(dir.path());
    let admin = p.admin.clone();
    let pulled = chain_after(&p.store, &admin, at_backup);
    let head = at_backup + pulled.len() as i64;

    let mut restored = Store::open(&backup_path).unwrap();
    // Pages of three, so the tail comes back in several transactions, as the hub pages it.
    for page in pulled.chunks(3) {
        let put = restored
            .restore_from_hub_events(&admin, page, now())
            .unwrap();
        assert_eq!(
            (put.from_seq, put.events),
            (page[0].seq, page.len() as i64),
            "each page is put back whole, from its first event"
        );
        let status = restored.sync_status(&admin).unwrap();
        assert_eq!(
            (status.acked_seq, status.state),
            (put.to_seq, SyncState::Ok),
            "the acknowledged position advances with each page: the hub holds what was pulled"
        );
    }
    assert_eq!(
        chain_after(&restored, &admin, 0),
        chain_after(&p.store, &admin, 0),
        "the restored chain is the original's byte for byte, every hash the hub's"
    );
    assert_eq!(
        state(&backup_path),
        state(p.store.path()),
        "events, lines, packs, lots, consumption and accounts are as the original recorded them"
    );
    let report = restored.verify(&admin).unwrap();
    assert!(
        report.is_intact(),
        "the restored file verifies clean: {:?}",
        report.findings
    );
    assert_eq!(report.events as i64, head, "every event is walked");
    let conn = rusqlite::Connection::open(&backup_path).unwrap();
    let password: Option<String> = conn
        .query_row(
            "SELECT password_hash FROM user WHERE username = 'sam'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        password, None,
        "an account added after the backup comes back without a password: none is on the ledger"
    );
}

#[test]
fn a_pulled_event_naming_a_product_the_file_does_not_know_is_refused_by_key_and_seq() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = pharmacy();
    let admin = p.admin.clone();
    enrol(&mut p.store, &admin);
    p.append(&[p.receive("S0")]);
    let backup_path = backup(&p, dir.path());
    let at_backup = p.store.sync_status(&admin).unwrap().last_seq;
    let data = ProductData {
        gtin: "09506000134376".into(),
        name: "Paracetamol 500 mg x16".into(),
        tracking: Some(TrackingMode::Serial),
        ..Default::default()
    };
    let paracetamol = p.store.add_product(&admin, &data, now()).unwrap();
    p.append(&[p.receive("S1")]);
    let mut new_product = p.receive("P1");
    new_product.lines[0].product = paracetamol.id;
    p.append(&[new_product]);
    let pulled = chain_after(&p.store, &admin, at_backup);

    let mut restored = Store::open(&backup_path).unwrap();
    let mut stranger = pharmacy();
    let err = stranger
        .store
        .restore_from_hub_events(&admin, &pulled, now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "sync.not_enrolled",
        "a file with no hub has nothing to pull back from"
    );
    let before = state(&backup_path);
    let err = restored
        .restore_from_hub_events(&admin, &pulled, now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "sync.restore_unknown_key",
        "a key the file lacks is refused"
    );
    let args = err.args();
    assert_eq!(
        (&args["key"], &args["kind"], &args["seq"]),
        (
            &serde_json::json!("09506000134376"),
            &serde_json::json!("product"),
            &serde_json::json!(at_backup + 2)
        ),
        "the refusal names the GTIN and the event that names it"
    );
    assert_eq!(
        state(&backup_path),
        before,
        "nothing of the page was written, not even the event before the unknown one"
    );

    restored.add_product(&admin, &data, now()).unwrap();
    restored
        .restore_from_hub_events(&admin, &pulled, now())
        .unwrap();
    assert!(
        restored.verify(&admin).unwrap().is_intact(),
        "once the product is put back, the same events are restored and verify"
    );
}

/// Rewrites the event at `index` of `events` with `change`, then recomputes its hash and every
/// hash after it: a forged run that still chains, as only someone rewriting history would make.
fn forged(
    events: &[WireEvent],
    prev: [u8; 32],
    index: usize,
    change: impl Fn(&mut custody_ledger_format::Parsed),
) -> Vec<WireEvent> {
    let mut prev = prev;
    events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut bytes = e.canonical_bytes().unwrap();
            if i == index {
                let mut parsed = parse(&bytes).unwrap();
                change(&mut parsed);
                let (event, lines) = parsed.canonical();
                bytes = canonical_bytes(&event, &lines);
            }
            let hash = hash_bytes(&prev, &bytes);
            prev = hash;
            let format = ledger::Format::from_number(e.format).unwrap();
            WireEvent::new(e.seq, format, &bytes, &hash)
        })
        .collect()
}

#[test]
fn a_tampered_event_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (p, backup_path, at_backup) = went_on_after_backup(dir.path());
    let admin = p.admin.clone();
    let pulled = chain_after(&p.store, &admin, at_backup);
    let mut restored = Store::open(&backup_path).unwrap();
    let before = state(&backup_path);

    // A byte changed in transit (or at the hub): the run no longer chains.
    let mut changed = pulled.clone();
    let mut bytes = changed[2].canonical_bytes().unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    changed[2] = WireEvent::new(
        changed[2].seq,
        ledger::Format::CURRENT,
        &bytes,
        &parse_hash(&changed[2].hash).unwrap(),
    );
    let err = restored
        .restore_from_hub_events(&admin, &changed, now())
        .unwrap_err();
    assert_eq!(
        err.code(),
        "sync.restore_bad_chain",
        "a changed event does not chain from the file's head"
    );

    // A forged run that chains, but with a line numbered as the appender never numbers it: put
    // back through the appender, the event would not be the one hashed, so it is refused.
    let head_hash = parse_hash(&chain_after(&restored, &admin, at_backup - 1)[0].hash).unwrap();
    let renumbered = forged(&pulled, head_hash, 1, |e| e.lines[0].line_no = 7);
    let err = restored
        .restore_from_hub_events(&admin, &renumbered, now())
        .unwrap_err();
    assert_eq!(
        (err.code(), &err.args()["seq"]),
        (
            "ledger.restored_hash_differs",
            &serde_json::json!(at_backup + 2)
        ),
        "the hash the appender computes must be the hub's, for every event"
    );

    // A run that does not start at the file's next event.
    let err = restored
        .restore_from_hub_events(&admin, &pulled[1..], now())
        .unwrap_err();
    assert_eq!(
        (err.code(), &err.args()["expected"]),
        ("sync.restore_not_next", &serde_json::json!(at_backup + 1)),
        "events after a hole are refused"
    );
    assert_eq!(
        state(&backup_path),
        before,
        "no refused page left anything behind"
    );
    assert!(
        restored.verify(&admin).unwrap().is_intact(),
        "the file is still the backup, intact"
    );
}

#[test]
fn a_lost_site_is_rebuilt_from_its_chain_alone_with_its_master_data_added_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _, _) = went_on_after_backup(dir.path());
    let chain = chain_after(&p.store, &p.admin, 0);

    // A new file: the site and the administrator rebuilding it, no event.
    let path = dir.path().join("rebuilt.db");
    let mut rebuilt = Store::open(&path).unwrap();
    let (_, alice) = rebuilt
        .set_up_for_rebuild(
            "STMARY",
            "St. Mary's pharmacy",
            "alice",
            "Alice Smith",
            "a new password for alice",
            now(),
        )
        .unwrap();
    enrol(&mut rebuilt, &alice);
    let refused = rebuilt
        .restore_from_hub_events(&alice, &chain, now())
        .unwrap_err();
    assert_eq!(
        (
            refused.code(),
            rebuilt.sync_status(&alice).unwrap().last_seq
        ),
        ("sync.restore_unknown_key", 0),
        "a restore expects the site's master data in the file, and writes nothing without it"
    );

    let put = rebuilt
        .rebuild_from_hub_events(&alice, &chain, now())
        .unwrap();
    assert_eq!(
        (put.from_seq, put.to_seq),
        (1, chain.len() as i64),
        "the whole chain comes back"
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let texts = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(
        texts("SELECT gtin || ' ' || name || ' ' || tracking FROM product ORDER BY gtin"),
        vec![
            "09506000134352 09506000134352 serial",
            "09506000134369 09506000134369 lot"
        ],
        "each product the events name is added by GTIN, tracked as its lines are"
    );
    let keys = texts(
        "SELECT 'location ' || code || ' ' || kind FROM location
         UNION ALL SELECT 'partner ' || code || ' ' || kind FROM partner ORDER BY 1",
    );
    assert_eq!(
        keys,
        vec!["location MAIN store", "partner MEDIDIST supplier"],
        "the location and the supplier the receipts name are added by their codes"
    );
    assert_eq!(
        put.added_by_key, 4,
        "the report counts every product, location and partner added"
    );
    assert_eq!(
        chain_after(&rebuilt, &alice, 0),
        chain,
        "the rebuilt chain is the lost site's byte for byte, every hash recomputed as the hub's"
    );
    rebuilt
        .check_rebuilt_admin(&alice)
        .expect("the ledger makes alice an active administrator");
    let report = rebuilt.verify(&alice).unwrap();
    assert!(
        report.is_intact(),
        "the rebuilt file verifies clean: {:?}",
        report.findings
    );
    let in_stock = "SELECT count(*) FROM unit WHERE status = 'in_stock'";
    let count = |c: &rusqlite::Connection| c.query_row(in_stock, [], |r| r.get::<_, i64>(0));
    let original = rusqlite::Connection::open(p.store.path()).unwrap();
    assert_eq!(
        count(&conn).unwrap(),
        count(&original).unwrap(),
        "the packs in stock are the lost site's"
    );
}

#[test]
fn a_rebuild_by_someone_the_ledger_does_not_make_an_administrator_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _, _) = went_on_after_backup(dir.path());
    let chain = chain_after(&p.store, &p.admin, 0);
    for (who, why) in [
        ("mallory", "an account the ledger never names"),
        ("sam", "an account the ledger makes a manager"),
    ] {
        let path = dir.path().join(format!("{who}.db"));
        let mut rebuilt = Store::open(&path).unwrap();
        let (_, user) = rebuilt
            .set_up_for_rebuild(
                "STMARY",
                "St. Mary's",
                who,
                "Someone",
                "a long password",
                now(),
            )
            .unwrap();
        enrol(&mut rebuilt, &user);
        rebuilt
            .rebuild_from_hub_events(&user, &chain, now())
            .unwrap();
        let refused = rebuilt.check_rebuilt_admin(&user).unwrap_err();
        assert_eq!(
            refused.code(),
            "sync.rebuild_admin_not_on_ledger",
            "{why} gets no rights from a rebuild"
        );
    }
}

#[test]
fn a_rebuilt_site_pulls_its_closed_network_recall_back_closed_and_its_partners_details() {
    use custody_core::recall::{OutcomeRequest, OutcomeTarget};
    use custody_sync_protocol::{FeedChange, FeedItem, FeedPage, FeedPartner, FeedRecall};

    let dir = tempfile::tempdir().unwrap();
    let mut p = pharmacy();
    let admin = p.admin.clone();
    enrol(&mut p.store, &admin);
    p.append(&[p.receive("S1")]);
    let supplier = FeedItem::Partner(FeedPartner {
        code: "MEDIDIST".into(),
        name: "MediDist".into(),
        partner_kind: "distributor".into(),
        gln: Some("0614141000012".into()),
    });
    let feed = FeedPage {
        changes: vec![
            FeedChange {
                cursor: 1,
                item: supplier,
            },
            FeedChange {
                cursor: 2,
                item: FeedItem::Recall(FeedRecall {
                    id: 3,
                    number: "RC-NET-1".into(),
                    gtin: "09506000134352".into(),
                    lots: vec!["L1".into()],
                    serials: Vec::new(),
                    class: "II".into(),
                    title: "Amoxicillin 500 mg, lot L1".into(),
                    reason: "Out-of-specification dissolution".into(),
                    issued_on: "2026-11-20".into(),
                    entered_by: "QA: M. Osei".into(),
                    closed: None,
                }),
            },
        ],
        next_cursor: 2,
        more: false,
    };
    let held = p.store.apply_feed_page(&admin, 0, &feed, now()).unwrap();
    assert_eq!(held.recalls[0].units, 1, "S1 is held at the lost site");
    p.store
        .record_recall_outcome(
            &admin,
            "RC-NET-1",
            &OutcomeRequest {
                outcome: RecallOutcome::ReturnedToSupplier,
                target: OutcomeTarget::default(),
                partner: Some(p.supplier.id),
                note: None,
                signature: None,
            },
            now(),
        )
        .unwrap();
    let approved = p.sign(&admin, SignatureMeaning::Approved);
    p.store
        .close_recall(&admin, "RC-NET-1", &approved, None, now())
        .expect("the lost site closes the recall");
    let chain = chain_after(&p.store, &admin, 0);

    let mut rebuilt = Store::open(dir.path().join("rebuilt.db")).unwrap();
    let (_, alice) = rebuilt
        .set_up_for_rebuild(
            "STMARY",
            "St. Mary's",
            "alice",
            "Alice Smith",
            "a new password",
            now(),
        )
        .unwrap();
    enrol(&mut rebuilt, &alice);
    rebuilt
        .rebuild_from_hub_events(&alice, &chain, now())
        .unwrap();
    let pulled = rebuilt.apply_feed_page(&alice, 0, &feed, now()).unwrap();
    assert_eq!(
        pulled
            .recalls
            .iter()
            .map(|r| (r.closed, r.units, r.lot_quantity))
            .collect::<Vec<_>>(),
        vec![(true, 0, 0)],
        "the hub's recall is entered closed, as the ledger records, and holds nothing"
    );
    assert_eq!(
        (pulled.partners_updated, pulled.clashes.len()),
        (1, 0),
        "the supplier the rebuild named by its code alone takes the hub's details, no clash"
    );
    let recall = rebuilt.recall(&alice, "RC-NET-1").unwrap();
    assert_eq!(
        (
            recall.closed_by.as_deref(),
            recall.close_meaning,
            recall.scope.len()
        ),
        (
            Some("Alice Smith (alice)"),
            Some(SignatureMeaning::Approved),
            1
        ),
        "closed by whom and with the signature the ledger's closing event carries"
    );
    let again = rebuilt
        .sign(&alice, "a new password", SignatureMeaning::Approved, now())
        .unwrap();
    let refused = rebuilt
        .close_recall(&alice, "RC-NET-1", &again, None, now())
        .unwrap_err();
    assert_eq!(
        refused.code(),
        "recall.closed_already",
        "a recall closed once is not closed a second time on the rebuilt ledger"
    );
    assert!(rebuilt.verify(&alice).unwrap().is_intact());
}
