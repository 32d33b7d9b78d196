//! The maintained views against `recompute`: a mixed history of three sites (receipts,
//! transfers received or lost, dispensing, returns, quarantine, destruction, lot-tracked
//! transfers and planted counterfeits) pushed in shuffled batch orders must leave the tables
//! equal to the views rebuilt from the events after every push, and equal between two
//! different orders; a replayed batch changes nothing.

use custody_hub::views::Views;

use crate::network::{at, both_views, Line};
use crate::support::{Site, TestHub};

const CODES: [&str; 3] = ["NORTH", "SOUTH", "EAST"];

/// A small deterministic generator (an LCG), so a failing order can be replayed by its seed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// A pack's place while the history is written.
#[derive(Clone, Copy)]
enum Where {
    Held(usize),
    Dispensed(usize),
    Gone,
}

/// Records a mixed history of `packs` packs over three sites.
fn history(sites: &mut [Site], dice: &mut Dice, packs: usize) {
    let mut hour = 0u32;
    let mut tick = || {
        hour += 1;
        at(1 + hour / 24, hour % 24)
    };
    for n in 0..packs {
        let serial = format!("P{n}");
        let first = dice.below(3);
        sites[first].receive(&serial, "SUP", &tick());
        let mut place = Where::Held(first);
        for _ in 0..5 {
            place = step(sites, dice, &serial, place, &mut tick);
        }
        match dice.below(12) {
            0 => {
                let other = dice.below(3);
                sites[other].receive(&serial, "SUP-2", &tick());
            }
            1 => {
                let (to, from) = (dice.below(3), dice.below(3));
                if to != from {
                    sites[to].receive(&serial, CODES[from], &tick());
                }
            }
            _ => {}
        }
    }
    // Lot-tracked stock sent between sites, one shipment received short, one not at all.
    let bulk = |quantity, before, after| Line {
        serial: None,
        lot: "BULK".into(),
        quantity,
        before,
        after,
        location_after: None,
    };
    sites[0].append(
        "receive",
        Some("SUP"),
        &tick(),
        &[bulk(100, None, "in_stock")],
    );
    sites[0].append(
        "transfer",
        Some("SOUTH"),
        &tick(),
        &[bulk(40, Some("in_stock"), "transferred_out")],
    );
    sites[0].append(
        "transfer",
        Some("SOUTH"),
        &tick(),
        &[bulk(10, Some("in_stock"), "transferred_out")],
    );
    sites[1].append(
        "receive",
        Some("NORTH"),
        &tick(),
        &[bulk(38, None, "in_stock")],
    );
}

/// One more movement of a pack, chosen by the dice.
fn step(
    sites: &mut [Site],
    dice: &mut Dice,
    serial: &str,
    place: Where,
    tick: &mut impl FnMut() -> String,
) -> Where {
    match place {
        Where::Held(x) => match dice.below(6) {
            0 => {
                sites[x].dispense(serial, &tick());
                Where::Dispensed(x)
            }
            1 | 2 => {
                let y = (x + 1 + dice.below(2)) % 3;
                sites[x].send_out(serial, CODES[y], &tick());
                if dice.below(5) == 0 {
                    return Where::Gone;
                }
                sites[y].receive(serial, CODES[x], &tick());
                Where::Held(y)
            }
            3 => {
                sites[x].quarantine(serial, "in_stock", &tick());
                sites[x].append(
                    "release",
                    None,
                    &tick(),
                    &[Line::pack(serial, Some("quarantined"), "in_stock")],
                );
                Where::Held(x)
            }
            4 => {
                sites[x].destroy(serial, &tick());
                Where::Gone
            }
            _ => Where::Held(x),
        },
        Where::Dispensed(x) => {
            if dice.below(3) == 0 {
                sites[x].take_back(serial, "dispensed", &tick());
                Where::Held(x)
            } else {
                Where::Gone
            }
        }
        Where::Gone => Where::Gone,
    }
}

/// A hub with the three sites, the history recorded with `history_seed`, pushed in batches
/// and an interleaving drawn with `order_seed`, checked against `recompute` after every push.
fn pushed_in_order(history_seed: u64, order_seed: u64) -> (TestHub, Vec<Site>, Views) {
    let hub = TestHub::start();
    let mut sites: Vec<Site> = CODES.iter().map(|c| Site::enrolled(&hub, c)).collect();
    history(&mut sites, &mut Dice(history_seed), 40);
    let mut dice = Dice(order_seed);
    let mut pushed = [0i64; 3];
    let mut pushes = 0;
    loop {
        let waiting: Vec<usize> = (0..3)
            .filter(|&i| pushed[i] < sites[i].chain.len() as i64)
            .collect();
        if waiting.is_empty() {
            break;
        }
        let i = waiting[dice.below(waiting.len())];
        let to = (pushed[i] + 1 + dice.below(8) as i64).min(sites[i].chain.len() as i64);
        let (status, body) = sites[i].push(&hub, pushed[i] + 1, to);
        assert_eq!(status, 200, "the batch is taken: {body}");
        pushed[i] = to;
        pushes += 1;
        let (kept, again) = both_views(&hub);
        assert_eq!(
            kept, again,
            "after push {pushes} ({} up to {to}, order seed {order_seed}), the maintained views equal the recomputed ones",
            CODES[i]
        );
    }
    let (kept, _) = both_views(&hub);
    (hub, sites, kept)
}

#[test]
fn the_maintained_views_equal_recompute_in_any_push_order() {
    let (_one, _, first) = pushed_in_order(7, 1);
    assert!(
        !first.patterns.is_empty() && !first.transfers.is_empty() && first.units.len() > 40,
        "the history has alarms, transfers and packs to compare: {} alarms, {} transfers, {} states",
        first.patterns.len(),
        first.transfers.len(),
        first.units.len()
    );
    let (_two, _, second) = pushed_in_order(7, 99);
    assert_eq!(
        first, second,
        "the same events pushed in another order leave the same views and alarm patterns"
    );
}

#[test]
fn a_replayed_batch_changes_no_view() {
    let (hub, sites, before) = pushed_in_order(11, 3);
    let alarms = || {
        hub.block_on(async {
            let client = hub.db.client().await.expect("a connection");
            client
                .query(
                    "SELECT id, patterns::text, cleared_at::text, updated_at::text FROM alarm ORDER BY id",
                    &[],
                )
                .await
                .expect("alarms read")
                .iter()
                .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1), r.get::<_, Option<String>>(2), r.get::<_, Option<String>>(3)))
                .collect::<Vec<_>>()
        })
    };
    let alarms_before = alarms();
    for site in &sites {
        let last = site.chain.len() as i64;
        let (status, body) = site.push(&hub, 1, last.min(500));
        assert_eq!(status, 200, "a replay is acknowledged: {body}");
        assert_eq!(body["stored"], 0, "and stores nothing");
    }
    let (after, _) = both_views(&hub);
    assert_eq!(after, before, "a replayed batch changes no view");
    assert_eq!(
        alarms(),
        alarms_before,
        "nor any alarm, not even its update time"
    );
}
