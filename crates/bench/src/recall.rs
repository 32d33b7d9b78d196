//! Recalls of whole products: entering one with its hold (every affected pack quarantined in
//! place, in one transaction), first reading the packs from disk, then with them read just
//! before; and computing the first one's reach again and again, as the recall screen does. On
//! one database, or on two, their reaches taking turns.

use std::time::{Duration, Instant};

use custody_core::db::BackgroundCheckpoints;
use custody_core::recall::{NewRecall, ScopeLine};
use custody_core::*;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::BenchResult;
use crate::latency::{in_turns, Latency};
use crate::scans::run_number_seconds;

/// Recall figures.
#[derive(Debug, Clone, Serialize)]
pub struct RecallFigures {
    /// The first recall's number.
    pub number: String,
    /// Packs in the first recall's reach.
    pub units: i64,
    /// Packs the first recall quarantined.
    pub held: i64,
    /// Seconds to create the first recall, with its hold, in one transaction, reading the
    /// affected packs from disk for the first time. Copying the commit's log back into the
    /// file is left to a background thread, as the desktop app leaves it.
    pub create_cold_seconds: f64,
    /// The same for a second recall of the same size whose packs were read just before (as
    /// when the QA officer has looked at the affected stock before entering the recall).
    pub create_warm_seconds: f64,
    /// Computing the first recall's reach, repeated.
    pub reach: Latency,
}

/// The scopes of the two benchmark recalls: whole GTINs covering at least `units` packs each,
/// the products with the most stock on the shelves first, leaving out products already
/// recalled and any product with more than a tenth of `units` (so a scope is many products).
/// Either is empty when the database has too few such products.
pub fn recall_scopes(
    conn: &Connection,
    units: i64,
) -> BenchResult<(Vec<ScopeLine>, Vec<ScopeLine>)> {
    let cold = recall_scope(conn, units, 0)?;
    let warm = recall_scope(conn, units, cold.len())?;
    Ok((cold, warm))
}

/// Whole GTINs covering at least `units` packs, skipping the first `skip` products.
fn recall_scope(conn: &Connection, units: i64, skip: usize) -> BenchResult<Vec<ScopeLine>> {
    let mut stmt = conn.prepare(
        "SELECT p.gtin, count(*) FROM unit u JOIN product p ON p.id = u.product_id
         WHERE p.tracking = 'serial' AND p.gtin NOT IN (SELECT gtin FROM recall_scope)
         GROUP BY u.product_id HAVING count(*) <= ?1 / 10
         ORDER BY sum(u.status = 'in_stock') DESC",
    )?;
    let mut rows = stmt.query([units])?;
    let (mut scope, mut total, mut skipped) = (Vec::new(), 0, 0);
    while let Some(r) = rows.next()? {
        if total >= units {
            break;
        }
        if skipped < skip {
            skipped += 1;
            continue;
        }
        scope.push(ScopeLine {
            gtin: r.get(0)?,
            lot: None,
            serial: None,
        });
        total += r.get::<_, i64>(1)?;
    }
    Ok(scope)
}

/// On each of `sides` (a database, the benchmark's connection to it, the packs each recall
/// covers there and its time), enters two recalls of whole GTINs covering at least that many
/// packs each (one cold, one with its packs read just before), one database after the other;
/// then computes each first recall's reach `repeat` times, the databases taking turns
/// ([`in_turns`]).
pub fn recall(
    sides: Vec<(&mut Store, &Connection, i64, Timestamp)>,
    repeat: usize,
) -> BenchResult<Vec<RecallFigures>> {
    let run = run_number_seconds();
    let mut entered = Vec::with_capacity(sides.len());
    for (store, conn, units, now) in sides {
        // As the desktop app copies the log back: a hold's commit leaves its copying to this
        // thread. Each database's goes on until its reach has been measured.
        let background = BackgroundCheckpoints::start(store.path(), Duration::from_secs(5))?;
        let figures = enter_two(store, &background, conn, units, run, now)?;
        entered.push((store, background, figures));
    }
    let mut turns: Vec<(&Store, User, &str)> = entered
        .iter()
        .map(|(store, _, figures)| Ok((&**store, store.actor("admin")?, &*figures.number)))
        .collect::<BenchResult<_>>()?;
    let reach = in_turns(repeat, &mut turns, |(store, actor, number)| {
        store.recall_reach(actor, number)
    })?;
    Ok(entered
        .into_iter()
        .zip(reach)
        .map(|((_, background, figures), (reach, last))| {
            drop(background);
            RecallFigures {
                units: last.map_or(0, |r| r.summary.units),
                reach,
                ..figures
            }
        })
        .collect())
}

/// Enters the two recalls on one database: the first reading its packs from disk, the second
/// with them read just before. Their reach is left to be measured.
fn enter_two(
    store: &mut Store,
    background: &BackgroundCheckpoints,
    conn: &Connection,
    units: i64,
    run: u64,
    now: Timestamp,
) -> BenchResult<RecallFigures> {
    let actor = store.actor("admin")?;
    let (cold, warm) = recall_scopes(conn, units)?;
    let cold_number = format!("BENCH-{run}-0");
    let (create_cold_seconds, held) = enter(store, background, &actor, &cold_number, cold, now)?;
    // Read the affected packs with their copies of their last events, as a reach preview would
    // (one range of `unit_product_lot` a product).
    for l in &warm {
        conn.query_row(
            "SELECT count(*), sum(length(u.last_reference)) FROM unit u
             WHERE u.product_id = (SELECT id FROM product WHERE gtin = ?1)",
            [&l.gtin],
            |_| Ok(()),
        )?;
    }
    let warm_number = format!("BENCH-{run}-1");
    let (create_warm_seconds, _) = enter(store, background, &actor, &warm_number, warm, now)?;
    // The hold's log copied back before the other database's recalls are timed, not beside them.
    background.checkpoint_now();
    Ok(RecallFigures {
        number: cold_number,
        units: 0,
        held,
        create_cold_seconds,
        create_warm_seconds,
        reach: Latency::from_micros(Vec::new()),
    })
}

/// Enters one recall of `scope` with its hold, after `background` has copied the log back:
/// seconds, and packs held.
fn enter(
    store: &mut Store,
    background: &BackgroundCheckpoints,
    actor: &User,
    number: &str,
    scope: Vec<ScopeLine>,
    now: Timestamp,
) -> BenchResult<(f64, i64)> {
    background.checkpoint_now();
    // Entered on a connection of its own in the app, mapped; the reach is the window's.
    store.map_whole_file(true);
    let started = Instant::now();
    let created = store.create_recall(
        actor,
        &NewRecall {
            number: number.into(),
            title: "Benchmark recall".into(),
            class: RecallClass::II,
            reason: "benchmark".into(),
            instructions: None,
            issuer: None,
            issued_on: now.local_date(),
            scope,
        },
        now,
    );
    let seconds = started.elapsed().as_secs_f64();
    store.map_whole_file(false);
    Ok((seconds, created?.hold.units))
}
