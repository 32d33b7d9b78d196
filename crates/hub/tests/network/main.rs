//! The site's real client (custody-sync-client, on real SQLite site databases) against the real
//! hub (on a PostgreSQL database of its own) over loopback, through the fault proxy: a partition
//! during a push then healed, an acknowledgement lost after the hub committed, a cloned site
//! caught at its first divergent event and resolved by the administrator, and several sites
//! pushing at once; a clone that pushed first, its events set aside (`set_aside`); the hub process killed mid-batch, site clocks days apart, a receipt before
//! its send (`faults`); a hub gone silent, a slow line, and one serial dispensed at two
//! partitioned sites (`partitions`); and a property test over random schedules (`schedules`) on sites that
//! move real stock (`stock`); national verification's events at the hub and back in a
//! restored site's queue (`national`). After each, the hub's chain is compared with the site's byte for
//! byte.
//! Run through `scripts/with-postgres.sh` (the hub's tests need `CUSTODY_TEST_PG`).

#[allow(dead_code)]
#[path = "../it/support.rs"]
mod support;

mod extend;
mod faults;
mod national;
mod outcomes;
mod partitions;
mod proxy;
mod pull;
mod scenarios;
mod schedules;
mod set_aside;
mod share;
mod stock;
