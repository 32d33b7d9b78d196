//! Stock levels as the screens ask for them: Home's figures, the shortage list, the expiry list,
//! its first page and the stock list's (everywhere and at the busiest location), and one
//! product's position at every location.

use custody_core::demo::Rng;
use custody_core::levels::LevelPolicy;
use custody_core::stock::StockFilter;
use custody_core::*;
use rusqlite::Connection;
use serde::Serialize;

use crate::dataset::busiest_location;
use crate::error::BenchResult;
use crate::latency::{micros_since, repeated, Latency};

/// Stock-level figures.
#[derive(Debug, Clone, Serialize)]
pub struct LevelFigures {
    /// Reorder rules evaluated.
    pub rules: usize,
    /// Shortages found.
    pub shortages: usize,
    /// Lines in the 90-day expiry list.
    pub expiry_lines: usize,
    /// Home's figures (expired and expiring stock, open recalls, held packs, packs and products
    /// in stock, movements today), repeated; the shortage figure is the kept list's length.
    pub home: Latency,
    /// The shortage list, repeated.
    pub shortage_list: Latency,
    /// The expiry list (30/60/90 days), repeated.
    pub expiry_list: Latency,
    /// The expiry list's first page of 200 lines with its length, as the screen asks for it.
    pub expiry_first_page: Latency,
    /// The same at the location holding the most stock.
    pub expiry_first_page_busiest: Latency,
    /// The stock list's first page of 200 rows, by product name, as the Stock screen asks for it.
    pub stock_first_page: Latency,
    /// The same at the location holding the most stock.
    pub stock_first_page_busiest: Latency,
    /// One product's position at every location, for different products.
    pub position: Latency,
}

/// Times the shortage list, the expiry list and its first page `repeat` times each, and
/// single-product positions `repeat * 10` times (products drawn from a fixed seed).
pub fn levels(
    store: &Store,
    conn: &Connection,
    repeat: usize,
    now: Timestamp,
) -> BenchResult<LevelFigures> {
    let actor = store.actor("admin")?;
    let policy = LevelPolicy::default();
    let today = now.local_date();
    let rules: usize = conn.query_row("SELECT count(*) FROM reorder_rule", [], |r| {
        r.get::<_, i64>(0)
    })? as usize;
    let (home, _) = repeated(repeat, || {
        store.attention_counts(&actor, 30, today)?;
        store.figures(&actor, today)
    })?;
    // The lists and their pages are `apart` operations in the app, read mapped; the stock page
    // and a product's page (its position) are the window's, unmapped (`crate::suite`).
    store.map_whole_file(true);
    let (shortage_list, shortages) = repeated(repeat, || {
        store.shortages(&actor, &policy, today).map(|l| l.len())
    })?;
    let (expiry_list, expiry_lines) = repeated(repeat, || {
        store
            .expiring(&actor, &[30, 60, 90], None, today)
            .map(|l| l.len())
    })?;
    let first_page = |location: Option<&str>| {
        repeated(repeat, || {
            store.expiring_page(&actor, &[30, 90], location, today, 0, 200)
        })
        .map(|(latency, _)| latency)
    };
    let expiry_first_page = first_page(None)?;
    let busiest = busiest_location(conn)?;
    let expiry_first_page_busiest = first_page(busiest.as_deref())?;
    let stock_page = |location: Option<&str>| {
        let filter = StockFilter {
            location: location.map(str::to_string),
            today,
            limit: Some(200),
            ..StockFilter::default()
        };
        repeated(repeat, || store.stock(&actor, &filter)).map(|(latency, _)| latency)
    };
    store.map_whole_file(false);
    let stock_first_page = stock_page(None)?;
    let stock_first_page_busiest = stock_page(busiest.as_deref())?;
    let position = positions(store, conn, &actor, repeat * 10, today)?;
    Ok(LevelFigures {
        rules,
        shortages: shortages.unwrap_or(0),
        expiry_lines: expiry_lines.unwrap_or(0),
        home,
        shortage_list,
        expiry_list,
        expiry_first_page,
        expiry_first_page_busiest,
        stock_first_page,
        stock_first_page_busiest,
        position,
    })
}

/// One product's position at every location, `n` times, for products drawn from a fixed seed.
fn positions(
    store: &Store,
    conn: &Connection,
    actor: &User,
    n: usize,
    today: chrono::NaiveDate,
) -> BenchResult<Latency> {
    let policy = LevelPolicy::default();
    let gtins: Vec<String> = conn
        .prepare("SELECT gtin FROM product ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut micros = Vec::with_capacity(n);
    let mut rng = Rng::new(7);
    for _ in 0..n {
        let Some(gtin) = gtins.get(rng.below(gtins.len() as u64) as usize) else {
            break;
        };
        let started = std::time::Instant::now();
        store.positions(actor, Some(gtin), None, &policy, today)?;
        micros.push(micros_since(started));
    }
    Ok(Latency::from_micros(micros))
}
