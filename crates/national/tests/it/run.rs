//! The drainer in the background: drains what is queued and stops when told.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use custody_national::drain::{spawn, Kind, RequestState, SystemClock};
use custody_national::protocol::eu::{Decommission, PackState};
use custody_national::sim::NmvsSim;

use super::*;

#[test]
fn the_background_drainer_drains_when_the_system_comes_back_and_stops_when_told() {
    let all = packs(8);
    let sim = NmvsSim::start(active(&all)).unwrap();
    sim.set_unavailable(true);
    let outbox = Arc::new(Mutex::new(MemoryOutbox::new()));
    for p in &all {
        let kind = Kind::Decommission(Decommission::Supplied);
        outbox
            .lock()
            .unwrap()
            .queue(kind, de(), p.clone(), chrono::Utc::now());
    }
    let policy = Policy {
        first_backoff: chrono::Duration::milliseconds(50),
        ..Policy::default()
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let running = spawn(
            outbox.clone(),
            Arc::new(systems(&sim)),
            policy,
            Arc::new(SystemClock),
            Duration::from_secs(5),
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(
            outbox.lock().unwrap().count(RequestState::Done),
            0,
            "down: nothing done"
        );
        sim.set_unavailable(false);
        running.nudge();
        let drained = async {
            while outbox.lock().unwrap().count(RequestState::Done) < all.len() {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(10), drained)
            .await
            .expect("the drainer drains within seconds once the system is back");
        running.stop().await.unwrap();
    });
    for p in &all {
        assert_eq!(
            (sim.state_of(p), sim.decommissions(p)),
            (Some(PackState::Supplied), 1)
        );
    }
}
