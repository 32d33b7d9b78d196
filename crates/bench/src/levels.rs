//! Stock levels as the screens ask for them: Home's figures, the shortage list, the expiry list,
//! its first page and the stock list's (everywhere and at the busiest location), and one
//! product's position at every location; on one database, or on two taking turns.

use custody_core::demo::Rng;
use custody_core::levels::LevelPolicy;
use custody_core::stock::StockFilter;
use custody_core::*;
use rusqlite::Connection;
use serde::Serialize;

use crate::dataset::busiest_location;
use crate::error::BenchResult;
use crate::latency::{in_turns, Latency};

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

/// One database as the level benchmarks read it.
pub struct LevelSide<'a> {
    store: &'a Store,
    actor: User,
    today: chrono::NaiveDate,
    busiest: Option<String>,
    rules: usize,
    gtins: Vec<String>,
}

impl<'a> LevelSide<'a> {
    /// `store` as the level benchmarks read it on `today`, with what they look up first on
    /// `conn`.
    pub fn new(store: &'a Store, conn: &Connection, now: Timestamp) -> BenchResult<Self> {
        let rules: i64 = conn.query_row("SELECT count(*) FROM reorder_rule", [], |r| r.get(0))?;
        let gtins = conn
            .prepare("SELECT gtin FROM product ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(LevelSide {
            store,
            actor: store.actor("admin")?,
            today: now.local_date(),
            busiest: busiest_location(conn)?,
            rules: rules as usize,
            gtins,
        })
    }
}

/// Times Home's figures, the shortage list, the expiry list, the first pages of the expiry
/// and stock lists `repeat` times each, and single-product positions `repeat * 10` times
/// (products drawn from a fixed seed, the same on every side), on each side in turns
/// ([`in_turns`]).
pub fn levels(sides: &mut [LevelSide], repeat: usize) -> BenchResult<Vec<LevelFigures>> {
    let policy = LevelPolicy::default();
    let map = |sides: &[LevelSide], mapped: bool| {
        for s in sides {
            s.store.map_whole_file(mapped);
        }
    };
    let home = latencies(in_turns(repeat, sides, |s| {
        s.store.attention_counts(&s.actor, 30, s.today)?;
        s.store.figures(&s.actor, s.today)
    })?);
    // The lists and their pages are `apart` operations in the app, read mapped; the stock page
    // and a product's page (its position) are the window's, unmapped (`crate::suite`).
    map(sides, true);
    let shortage_list = in_turns(repeat, sides, |s| {
        s.store
            .shortages(&s.actor, &policy, s.today)
            .map(|l| l.len())
    })?;
    let expiry_list = in_turns(repeat, sides, |s| {
        s.store
            .expiring(&s.actor, &[30, 60, 90], None, s.today)
            .map(|l| l.len())
    })?;
    let first_page = |sides: &mut [LevelSide], busiest: bool| {
        in_turns(repeat, sides, |s| {
            let location = if busiest { s.busiest.as_deref() } else { None };
            s.store
                .expiring_page(&s.actor, &[30, 90], location, s.today, 0, 200)
        })
        .map(latencies)
    };
    let expiry_first_page = first_page(sides, false)?;
    let expiry_first_page_busiest = first_page(sides, true)?;
    let stock_page = |sides: &mut [LevelSide], busiest: bool| {
        in_turns(repeat, sides, |s| {
            let filter = StockFilter {
                location: if busiest { s.busiest.clone() } else { None },
                today: s.today,
                limit: Some(200),
                ..StockFilter::default()
            };
            s.store.stock(&s.actor, &filter)
        })
        .map(latencies)
    };
    map(sides, false);
    let stock_first_page = stock_page(sides, false)?;
    let stock_first_page_busiest = stock_page(sides, true)?;
    let position = positions(sides, repeat * 10, &policy)?;
    Ok((0..sides.len())
        .map(|i| LevelFigures {
            rules: sides[i].rules,
            shortages: shortage_list[i].1.unwrap_or(0),
            expiry_lines: expiry_list[i].1.unwrap_or(0),
            home: home[i].clone(),
            shortage_list: shortage_list[i].0.clone(),
            expiry_list: expiry_list[i].0.clone(),
            expiry_first_page: expiry_first_page[i].clone(),
            expiry_first_page_busiest: expiry_first_page_busiest[i].clone(),
            stock_first_page: stock_first_page[i].clone(),
            stock_first_page_busiest: stock_first_page_busiest[i].clone(),
            position: position[i].clone(),
        })
        .collect())
}

/// The latencies of [`in_turns`]'s figures, without their answers.
fn latencies<T>(figures: Vec<(Latency, Option<T>)>) -> Vec<Latency> {
    figures.into_iter().map(|(latency, _)| latency).collect()
}

/// One product's position at every location, `n` times on each side in turns, for products
/// drawn from a fixed seed among the first side's: the same GTIN on every side at each turn.
fn positions(sides: &mut [LevelSide], n: usize, policy: &LevelPolicy) -> BenchResult<Vec<Latency>> {
    let Some(first) = sides.first() else {
        return Ok(Vec::new());
    };
    let mut rng = Rng::new(7);
    let picks: Vec<String> = match first.gtins.len() as u64 {
        0 => Vec::new(),
        products => (0..n)
            .map(|_| first.gtins[rng.below(products) as usize].clone())
            .collect(),
    };
    let mut turns: Vec<_> = sides.iter_mut().map(|s| (s, 0)).collect();
    let figures = in_turns(picks.len(), &mut turns, |(s, next)| {
        let gtin = &picks[*next];
        *next += 1;
        s.store
            .positions(&s.actor, Some(gtin), None, policy, s.today)
    })?;
    Ok(latencies(figures))
}
