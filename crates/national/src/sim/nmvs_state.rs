//! nmvs-sim's national system: a state machine per pack, the return codes of the notes, UAIDs
//! for alerts, the undo rules (10 days, same user and premises) on a clock the handle sets, and
//! no intermarket look-up in bulk. Kept apart from HTTP so its rules read on their own.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Faults;
use crate::protocol::eu::{Decommission, PackResult, PackState, ReturnCode, Transaction};
use crate::protocol::PackKey;

/// A pack the simulator knows, as loaded (from a test or the binary's JSON file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimPack {
    /// The pack as its manufacturer uploaded it.
    pub pack: PackKey,
    /// Its state to start with (active when not given).
    #[serde(default = "active")]
    pub state: PackState,
    /// From another market: known to single transactions (through the intermarket hub), but
    /// unknown to bulk ones (`NMVS_NC_PC_01`).
    #[serde(default)]
    pub foreign: bool,
}

fn active() -> PackState {
    PackState::Active
}

impl SimPack {
    /// An active pack of this market.
    pub fn active(pack: PackKey) -> SimPack {
        SimPack {
            pack,
            state: PackState::Active,
            foreign: false,
        }
    }
}

/// Who asks: the user and the premises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Who {
    pub(super) user: String,
    pub(super) location: String,
}

/// A pack, with who changed it last and when.
#[derive(Debug)]
struct Entry {
    pack: PackKey,
    state: PackState,
    foreign: bool,
    changed_by: Option<Who>,
    changed_at: Option<DateTime<Utc>>,
}

/// What reached the simulator for one pack.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Counters {
    /// Decommissions that reached the pack (whatever their answer; not a bulk one that did not
    /// find it).
    pub(super) decommissions: u32,
    /// Alerts raised.
    pub(super) alerts: u32,
}

/// (product code, serial): what identifies a pack.
type Id = (String, String);

fn id_of(pack: &PackKey) -> Id {
    (pack.product_code.clone(), pack.serial.clone())
}

/// The simulated national system.
#[derive(Debug)]
pub(super) struct Nmvs {
    packs: HashMap<Id, Entry>,
    counters: HashMap<Id, Counters>,
    scripted: HashMap<Id, ReturnCode>,
    pub(super) now: DateTime<Utc>,
    next_uaid: u64,
    pub(super) faults: Faults,
    pub(super) singles: u32,
    pub(super) bulks: u32,
}

/// How long after a change its undo is allowed.
const UNDO_WINDOW_DAYS: i64 = 10;

impl Nmvs {
    pub(super) fn new(packs: Vec<SimPack>, now: DateTime<Utc>) -> Nmvs {
        let mut n = Nmvs {
            packs: HashMap::new(),
            counters: HashMap::new(),
            scripted: HashMap::new(),
            now,
            next_uaid: 1,
            faults: Faults::default(),
            singles: 0,
            bulks: 0,
        };
        for p in packs {
            n.add(p);
        }
        n
    }

    pub(super) fn add(&mut self, p: SimPack) {
        let entry = Entry {
            pack: p.pack.clone(),
            state: p.state,
            foreign: p.foreign,
            changed_by: None,
            changed_at: None,
        };
        self.packs.insert(id_of(&p.pack), entry);
    }

    pub(super) fn script(&mut self, pack: &PackKey, code: Option<ReturnCode>) {
        match code {
            Some(c) => self.scripted.insert(id_of(pack), c),
            None => self.scripted.remove(&id_of(pack)),
        };
    }

    pub(super) fn state_of(&self, pack: &PackKey) -> Option<PackState> {
        self.packs.get(&id_of(pack)).map(|e| e.state)
    }

    pub(super) fn counters(&self, pack: &PackKey) -> Counters {
        self.counters.get(&id_of(pack)).copied().unwrap_or_default()
    }

    pub(super) fn all_counters(&self) -> impl Iterator<Item = &Counters> {
        self.counters.values()
    }

    /// Applies `tx` on `pack` for `who`, singly or in bulk, and answers for the pack.
    pub(super) fn apply(
        &mut self,
        tx: Transaction,
        pack: &PackKey,
        who: &Who,
        bulk: bool,
    ) -> PackResult {
        let id = id_of(pack);
        let outcome = match self.scripted.get(&id) {
            Some(code) => Err(*code),
            None => self.transact(tx, pack, who, bulk, &id),
        };
        // A pack not found (a bulk without intermarket look-up) was not reached.
        let reached = outcome != Err(ReturnCode::UnknownProductCode);
        if matches!(tx, Transaction::Decommission(_)) && reached {
            self.counters.entry(id.clone()).or_default().decommissions += 1;
        }
        let mut result = PackResult {
            pack: pack.clone(),
            return_code: None,
            state: None,
            by_requester: false,
            changed_at: None,
            alert_id: None,
            client_trx_id: String::new(),
        };
        let unknown = matches!(
            outcome,
            Err(ReturnCode::UnknownProductCode | ReturnCode::UnknownSerial)
        );
        if let Some(e) = self.packs.get(&id).filter(|_| !unknown) {
            result.state = Some(e.state);
            result.by_requester = e.changed_by.as_ref() == Some(who);
            result.changed_at = e.changed_at;
        }
        if let Err(code) = outcome {
            result.return_code = Some(code);
            if code.alerts() {
                result.alert_id = Some(self.raise(&id));
            }
        }
        result
    }

    /// A new alert on the pack: its UAID.
    fn raise(&mut self, id: &Id) -> String {
        self.counters.entry(id.clone()).or_default().alerts += 1;
        let uaid = format!("SIM-UAID-{:06}", self.next_uaid);
        self.next_uaid += 1;
        uaid
    }

    /// The transaction's checks and change, or the code refusing it.
    fn transact(
        &mut self,
        tx: Transaction,
        pack: &PackKey,
        who: &Who,
        bulk: bool,
        id: &Id,
    ) -> Result<(), ReturnCode> {
        let Some(entry) = self.packs.get(id) else {
            let product_known = self
                .packs
                .values()
                .any(|e| e.pack.product_code == pack.product_code && !(bulk && e.foreign));
            return Err(if product_known {
                ReturnCode::UnknownSerial
            } else {
                ReturnCode::UnknownProductCode
            });
        };
        if bulk && entry.foreign {
            // Bulk transactions do no intermarket look-up.
            return Err(ReturnCode::UnknownProductCode);
        }
        if entry.pack.batch != pack.batch {
            let batch_known = self
                .packs
                .values()
                .any(|e| e.pack.product_code == pack.product_code && e.pack.batch == pack.batch);
            return Err(if batch_known {
                ReturnCode::BatchMismatch
            } else {
                ReturnCode::UnknownBatch
            });
        }
        if entry.pack.expiry != pack.expiry {
            return Err(ReturnCode::ExpiryMismatch);
        }
        let now = self.now;
        let Some(entry) = self.packs.get_mut(id) else {
            return Err(ReturnCode::UnknownSerial);
        };
        match tx {
            Transaction::Verify => Ok(()),
            Transaction::Decommission(d) => decommission(entry, d, who, now),
            Transaction::Undo(d) => undo(entry, d, who, now),
        }
    }
}

fn decommission(
    e: &mut Entry,
    d: Decommission,
    who: &Who,
    now: DateTime<Utc>,
) -> Result<(), ReturnCode> {
    match e.state {
        PackState::Active => {
            e.state = d.state();
            e.changed_by = Some(who.clone());
            e.changed_at = Some(now);
            Ok(())
        }
        s if s.blocked() => Err(ReturnCode::StatusChangeFailed),
        // Even our own: a decommission sent twice raises the falsification alert.
        _ => Err(ReturnCode::AlreadyInactive),
    }
}

fn undo(e: &mut Entry, d: Decommission, who: &Who, now: DateTime<Utc>) -> Result<(), ReturnCode> {
    if e.state != d.state() || !d.reversible() {
        return Err(ReturnCode::UndoStatusMismatch);
    }
    if e.changed_by.as_ref() != Some(who) {
        return Err(ReturnCode::UndoOtherUser);
    }
    if e.changed_at
        .is_some_and(|at| now - at > chrono::Duration::days(UNDO_WINDOW_DAYS))
    {
        return Err(ReturnCode::UndoTooLate);
    }
    e.state = PackState::Active;
    e.changed_by = Some(who.clone());
    e.changed_at = Some(now);
    Ok(())
}
