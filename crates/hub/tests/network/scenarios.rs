//! The scenarios, each on a hub of its own (its own database) and site files in a temp folder.

use std::time::Duration;

use custody_core::ledger::verify::{VerifyRequest, VerifyScope};
use custody_core::sync::SyncState;
use custody_core::{Role, Store, Timestamp, User};
use custody_hub::admin;
use custody_sync_client::{enrol_site, sync_once, Hub};
use custody_sync_protocol::WireEvent;

use crate::proxy::{Mode, Proxy};
use crate::support::TestHub;

fn now() -> Timestamp {
    Timestamp::parse("2026-12-01T09:00:00+01:00").expect("a fixed time")
}

/// A site database: initialised as `code` with an administrator, then `extra` users added
/// (one ledger event each, so the chain spans batches when `extra` passes 500).
struct Site {
    _dir: tempfile::TempDir,
    store: Store,
    admin: User,
    code: String,
}

impl Site {
    fn new(code: &str, extra: usize) -> Site {
        let dir = tempfile::tempdir().expect("a temp folder");
        let mut store = Store::open(dir.path().join("site.db")).expect("a new site file");
        let (_, admin) = store
            .init(
                code,
                &format!("Site {code}"),
                "alice",
                "Alice",
                "a long password",
                now(),
            )
            .expect("a site is set up");
        let mut site = Site {
            _dir: dir,
            store,
            admin,
            code: code.to_string(),
        };
        site.record(&format!("{}u", code.to_lowercase()), extra);
        site
    }

    /// `n` more events: users `{prefix}0`, `{prefix}1`, … added.
    fn record(&mut self, prefix: &str, n: usize) {
        for i in 0..n {
            self.store
                .add_user(
                    &self.admin,
                    &format!("{prefix}{i}"),
                    "Someone",
                    Role::Staff,
                    None,
                    now(),
                )
                .expect("an administrator adds a user");
        }
    }

    /// Closes the site's file, copies it (as someone copying it to another computer would, the
    /// database closed), and opens the original again.
    fn copied_to(self, to: &std::path::Path) -> Site {
        let Site {
            _dir,
            store,
            admin,
            code,
        } = self;
        let path = store.path().to_path_buf();
        drop(store);
        std::fs::copy(&path, to).expect("the closed file copies");
        let store = Store::open(&path).expect("the original opens again");
        Site {
            _dir,
            store,
            admin,
            code,
        }
    }

    /// Closes the site's file, puts the copy at `backup` in its place (a restore from an old
    /// backup), and opens it again.
    fn restored_from(self, backup: &std::path::Path) -> Site {
        let Site {
            _dir,
            store,
            admin,
            code,
        } = self;
        let path = store.path().to_path_buf();
        drop(store);
        std::fs::copy(backup, &path).expect("the backup copies over the site's file");
        let store = Store::open(&path).expect("the restored file opens");
        Site {
            _dir,
            store,
            admin,
            code,
        }
    }

    fn enrol(&mut self, hub: &str, code: &str, again: bool) {
        enrol_site(&mut self.store, &self.admin, hub, code, again, now())
            .expect("the hub enrols the site with its code");
    }

    fn push(&mut self) -> custody_sync_client::SyncReport {
        sync_once(&mut self.store, &self.admin, now()).expect("a push ends in a recorded state")
    }

    fn last_seq(&self) -> i64 {
        self.store
            .sync_status(&self.admin)
            .expect("the status reads")
            .last_seq
    }

    /// The site's whole chain, as its outbox sends it.
    fn chain(&self) -> Vec<WireEvent> {
        let mut out = Vec::new();
        loop {
            let batch = self
                .store
                .outbox(&self.admin, out.len() as i64)
                .expect("the outbox reads");
            if batch.events.is_empty() {
                return out;
            }
            out.extend(batch.events);
        }
    }

    /// The chain the hub holds for this site, read back over HTTP with the site's token.
    fn chain_at_hub(&self, hub: &TestHub) -> Vec<WireEvent> {
        let token = self
            .store
            .sync_credentials(&self.admin)
            .expect("enrolled")
            .token;
        let client = Hub::new(&hub.base, Some(token), Duration::from_secs(10)).expect("an address");
        let mut out = Vec::new();
        loop {
            let page = client
                .events_after(&self.code, out.len() as i64, 500)
                .expect("the hub reads a site's events back");
            if page.events.is_empty() {
                return out;
            }
            out.extend(page.events);
        }
    }
}

#[test]
fn a_partition_during_a_push_leaves_the_site_working_and_heals_to_the_same_chain() {
    let hub = TestHub::start();
    let proxy = Proxy::start(&hub.base);
    let mut site = Site::new("NORTH", 620);
    site.enrol(&proxy.base, &hub.add_site("NORTH"), false);

    proxy.set(Mode::Refuse);
    let cut_off = site.push();
    assert_eq!(
        cut_off.state,
        SyncState::Offline,
        "an unreachable hub is recorded as offline"
    );
    assert_eq!(
        hub.events_of("NORTH"),
        0,
        "nothing reached the hub through the partition"
    );
    site.record("offline", 3);
    let status = site
        .store
        .sync_status(&site.admin)
        .expect("the status reads");
    assert!(
        status.offline_since.is_some(),
        "the site knows since when it is cut off"
    );
    assert_eq!(
        status.waiting,
        site.last_seq(),
        "every event waits, the site's own work went on"
    );

    proxy.set(Mode::Pass);
    let healed = site.push();
    assert_eq!(
        healed.state,
        SyncState::Ok,
        "after the partition heals the push completes"
    );
    assert_eq!(
        healed.acked_seq,
        site.last_seq(),
        "the hub acknowledges the whole chain"
    );
    assert_eq!(
        site.chain_at_hub(&hub),
        site.chain(),
        "the hub's chain is the site's, byte for byte"
    );
    let status = site
        .store
        .sync_status(&site.admin)
        .expect("the status reads");
    assert_eq!(
        (status.waiting, status.offline_since),
        (0, None),
        "nothing waits any more"
    );
}

#[test]
fn an_acknowledgement_lost_after_the_hub_committed_costs_a_resend_and_nothing_is_stored_twice() {
    let hub = TestHub::start();
    let proxy = Proxy::start(&hub.base);
    let mut site = Site::new("SOUTH", 620);
    site.enrol(&proxy.base, &hub.add_site("SOUTH"), false);

    proxy.set(Mode::CutReply);
    let lost = site.push();
    assert_eq!(
        lost.state,
        SyncState::Offline,
        "a reply cut off reads as the network failing"
    );
    assert_eq!(
        lost.acked_seq, 0,
        "the site believes nothing it did not hear acknowledged"
    );
    let held = hub.events_of("SOUTH");
    assert_eq!(
        held, 500,
        "the hub committed the first batch before its reply was cut"
    );

    proxy.set(Mode::Pass);
    let resent = site.push();
    assert_eq!(resent.state, SyncState::Ok, "the resend completes");
    assert_eq!(
        resent.stored,
        site.last_seq() - held,
        "the batch the hub already held was acknowledged as a replay, not stored again"
    );
    assert_eq!(
        hub.events_of("SOUTH"),
        site.last_seq(),
        "each event is held once"
    );
    assert_eq!(
        site.chain_at_hub(&hub),
        site.chain(),
        "the hub's chain is the site's, byte for byte"
    );
}

#[test]
fn a_cloned_site_is_caught_at_its_first_divergent_event_and_the_administrator_resolves_it() {
    let hub = TestHub::start();
    let mut site = Site::new("EAST", 3);
    site.enrol(&hub.base, &hub.add_site("EAST"), false);
    assert_eq!(
        site.push().state,
        SyncState::Ok,
        "the site's first push goes through"
    );

    // The file is copied to another computer, which goes on recording as the same site.
    let clone_dir = tempfile::tempdir().expect("a temp folder");
    let clone_path = clone_dir.path().join("clone.db");
    let mut site = site.copied_to(&clone_path);
    let mut clone = Site {
        _dir: clone_dir,
        store: Store::open(&clone_path).expect("the copy opens"),
        admin: site.admin.clone(),
        code: "EAST".into(),
    };
    let diverges_at = site.last_seq() + 1;
    site.record("real", 1);
    assert_eq!(
        site.push().state,
        SyncState::Ok,
        "the first to push its new event is held"
    );
    clone.record("copy", 1);
    let caught = clone.push();
    assert_eq!(
        caught.state,
        SyncState::Fork,
        "the clone's event is not the one the hub holds"
    );
    assert!(
        caught
            .message
            .as_deref()
            .unwrap_or("")
            .contains(&diverges_at.to_string()),
        "the message names the first divergent event: {:?}",
        caught.message
    );
    let forks = "SELECT count(*) FROM alarm WHERE kind = 'fork' AND resolved_at IS NULL";
    assert_eq!(hub.number(forks), 1, "exactly one fork alarm is raised");
    assert_eq!(
        hub.events_of("EAST"),
        diverges_at,
        "nothing of the clone was stored"
    );

    assert_eq!(
        site.push().state,
        SyncState::Suspended,
        "the copy the hub took, with nothing to push, hears the site is suspended when it asks"
    );
    site.record("later", 1);
    assert_eq!(
        site.push().state,
        SyncState::Suspended,
        "the site is suspended until the administrator has looked: the hub cannot tell which copy is real"
    );

    // The administrator retires the clone and lifts the suspension; the resume withdraws the
    // token both copies share and gives the real site a new code to enrol again with.
    let resumed = hub
        .block_on(admin::resume(
            &hub.db,
            "EAST",
            "clone on the old laptop wiped",
            &hub.add_person("ines", custody_hub::people::Role::Admin),
        ))
        .expect("the administrator resumes the site");
    assert_eq!(
        hub.number(forks),
        0,
        "the fork alarm is resolved, with who and why"
    );
    site.enrol(&hub.base, &resumed.code, true);
    assert_eq!(
        site.push().state,
        SyncState::Ok,
        "the real site pushes again"
    );
    assert_eq!(
        site.chain_at_hub(&hub),
        site.chain(),
        "the hub's chain is the real site's"
    );

    // The clone keeps the token it was copied with; the hub no longer takes it, whatever the
    // clone's own state says.
    let old_token = clone
        .store
        .sync_credentials(&clone.admin)
        .expect("enrolled")
        .token;
    let at_hub = Hub::new(&hub.base, Some(old_token), Duration::from_secs(10)).expect("an address");
    let refused = at_hub.events_after("EAST", 0, 1);
    assert!(
        matches!(
            refused,
            Err(custody_sync_client::ClientError::Refused {
                refusal: custody_sync_protocol::Refusal::Unauthorized,
                ..
            })
        ),
        "the retired copy's token is refused: {refused:?}"
    );
}

#[test]
fn sites_pushing_at_once_each_keep_their_own_chain_at_the_hub() {
    let hub = TestHub::start();
    let mut sites: Vec<Site> = ["WARD1", "WARD2", "WARD3"]
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let mut site = Site::new(code, 150 * (i + 1));
            site.enrol(&hub.base, &hub.add_site(code), false);
            site
        })
        .collect();
    std::thread::scope(|s| {
        for site in sites.iter_mut() {
            s.spawn(move || {
                assert_eq!(site.push().state, SyncState::Ok, "{} pushes", site.code);
            });
        }
    });
    for site in &sites {
        assert_eq!(
            site.chain_at_hub(&hub),
            site.chain(),
            "{}'s chain at the hub is its own, byte for byte",
            site.code
        );
    }
}

#[test]
fn a_site_restored_from_an_old_backup_pulls_its_own_events_back_then_pushes_without_a_fork() {
    let hub = TestHub::start();
    let proxy = Proxy::start(&hub.base);
    let mut site = Site::new("WEST", 3);
    site.enrol(&proxy.base, &hub.add_site("WEST"), false);
    assert_eq!(
        site.push().state,
        SyncState::Ok,
        "the first push goes through"
    );
    let backup_dir = tempfile::tempdir().expect("a temp folder");
    let backup = backup_dir.path().join("backup.db");
    let mut site = site.copied_to(&backup);
    let in_backup = site.last_seq();

    // After the backup the site records more than a page of events, a verification's
    // checkpoint among them, and pushes them all.
    site.record("later", 600);
    let checked = site
        .store
        .verify_as(
            &site.admin,
            VerifyRequest {
                scope: VerifyScope::Full,
                record_checkpoint: true,
            },
            now(),
        )
        .expect("the site verifies");
    assert!(
        checked.recorded_checkpoint.is_some(),
        "a checkpoint is on the chain"
    );
    site.record("after_check", 2);
    assert_eq!(site.push().state, SyncState::Ok, "everything is pushed");
    let original = site.chain();

    // The disk fails; the site is restored from the old backup.
    let mut site = site.restored_from(&backup);
    assert_eq!(
        site.last_seq(),
        in_backup,
        "the backup ends where it was taken"
    );

    proxy.set(Mode::CutReply);
    let cut = site.push();
    assert_eq!(
        (cut.state, site.last_seq()),
        (SyncState::Offline, in_backup),
        "a reply cut off puts nothing back and reads as being offline"
    );

    proxy.set(Mode::Pass);
    let caught_up = site.push();
    let restored = caught_up
        .restored
        .clone()
        .expect("the hub was ahead, so the push pulled the site's events back first");
    assert_eq!(
        (restored.from_seq, restored.to_seq),
        (Some(in_backup + 1), Some(original.len() as i64)),
        "every event after the backup came back"
    );
    assert_eq!(
        restored.accounts_without_password, 602,
        "the accounts added after the backup came back, without passwords"
    );
    assert_eq!(
        (caught_up.state, caught_up.acked_seq),
        (SyncState::Ok, original.len() as i64),
        "the site ends in step with the hub"
    );
    assert_eq!(
        site.chain(),
        original,
        "the site's chain is the one it had before the loss, byte for byte"
    );
    assert!(
        site.store
            .verify(&site.admin)
            .expect("the site verifies")
            .is_intact(),
        "the restored file verifies clean, stock and accounts included"
    );

    site.record("new", 2);
    let next = site.push();
    assert_eq!(
        (next.state, next.acked_seq, next.restored),
        (SyncState::Ok, original.len() as i64 + 2, None),
        "the site's next events are its own next ones, pushed as usual"
    );
    let forks = "SELECT count(*) FROM alarm WHERE kind = 'fork'";
    assert_eq!(hub.number(forks), 0, "no fork was ever raised");
    assert_eq!(
        site.chain_at_hub(&hub),
        site.chain(),
        "the hub's chain is the site's, byte for byte"
    );
}

#[test]
fn a_lost_site_is_rebuilt_from_the_hub_with_a_new_code_and_verifies() {
    let hub = TestHub::start();
    let proxy = Proxy::start(&hub.base);
    let mut site = Site::new("LAKE", 620);
    site.enrol(&proxy.base, &hub.add_site("LAKE"), false);
    assert_eq!(
        site.push().state,
        SyncState::Ok,
        "the site's ledger is at the hub"
    );
    let original = site.chain();
    let lost_token = site
        .store
        .sync_credentials(&site.admin)
        .expect("enrolled")
        .token;
    drop(site); // The computer is lost, its file with it.

    // A new file: the site, and its administrator as the ledger names them, with a new password.
    let fresh = |dir: &tempfile::TempDir| {
        let mut store = Store::open(dir.path().join("rebuilt.db")).expect("a new site file");
        let (_, alice) = store
            .set_up_for_rebuild(
                "LAKE",
                "Site LAKE",
                "alice",
                "Alice",
                "a new long password",
                now(),
            )
            .expect("the new file is set up");
        (store, alice)
    };
    let new_code = || {
        hub.block_on(admin::new_code(&hub.db, "LAKE"))
            .expect("the hub's administrator issues a one-time code for the site")
    };

    // The reply to the enrolment is cut: the rebuild fails, and the code is spent.
    let first_dir = tempfile::tempdir().expect("a temp folder");
    let (mut store, alice) = fresh(&first_dir);
    proxy.set(Mode::CutReply);
    let code = new_code();
    let cut = custody_sync_client::rebuild_site(&mut store, &alice, &proxy.base, &code, now());
    assert!(
        matches!(cut, Err(custody_sync_client::ClientError::Network { .. })),
        "a cut reply fails the rebuild: {cut:?}"
    );
    proxy.set(Mode::Pass);
    let again = custody_sync_client::rebuild_site(&mut store, &alice, &proxy.base, &code, now());
    assert!(
        matches!(
            again,
            Err(custody_sync_client::ClientError::Refused {
                refusal: custody_sync_protocol::Refusal::BadEnrolmentCode,
                ..
            })
        ),
        "a one-time code is used once, even when its answer was lost: {again:?}"
    );
    drop(store);

    // With a new code, into a new file, it goes through.
    let dir = tempfile::tempdir().expect("a temp folder");
    let (mut store, alice) = fresh(&dir);
    let rebuilt =
        custody_sync_client::rebuild_site(&mut store, &alice, &proxy.base, &new_code(), now())
            .expect("the site is rebuilt from the hub");
    assert_eq!(
        (rebuilt.from_seq, rebuilt.to_seq, rebuilt.state),
        (Some(1), Some(original.len() as i64), SyncState::Ok),
        "the whole chain comes back, over more than one page, and the site is in step with the hub"
    );
    assert_eq!(
        rebuilt.accounts_without_password, 620,
        "the accounts its events added come back, without passwords"
    );
    let mut site = Site {
        _dir: dir,
        store,
        admin: alice,
        code: "LAKE".into(),
    };
    assert_eq!(
        site.chain(),
        original,
        "the rebuilt chain is the lost site's, byte for byte"
    );
    let report = site
        .store
        .verify(&site.admin)
        .expect("the rebuilt file verifies");
    assert!(
        report.is_intact(),
        "every hash and the state rebuilt from the events agree: {:?}",
        report.findings
    );

    let at_hub =
        Hub::new(&hub.base, Some(lost_token), Duration::from_secs(10)).expect("an address");
    assert!(
        matches!(
            at_hub.events_after("LAKE", 0, 1),
            Err(custody_sync_client::ClientError::Refused {
                refusal: custody_sync_protocol::Refusal::Unauthorized,
                ..
            })
        ),
        "the lost computer's token no longer reads or pushes anything"
    );
    site.record("after_rebuild", 3);
    let next = site.push();
    assert_eq!(
        (next.state, next.acked_seq),
        (SyncState::Ok, original.len() as i64 + 3),
        "the rebuilt site carries on from its own chain"
    );
    let forks = "SELECT count(*) FROM alarm WHERE kind = 'fork'";
    assert_eq!(hub.number(forks), 0, "no fork was raised");
    assert_eq!(
        site.chain_at_hub(&hub),
        site.chain(),
        "the hub's chain is the rebuilt site's, byte for byte"
    );
    let checked = hub
        .block_on(custody_hub::verify::verify(&hub.db, Some("LAKE")))
        .expect("the hub verifies LAKE");
    let last = site.chain().pop().expect("events");
    assert_eq!(
        (
            checked[0].is_intact(),
            checked[0].unkeyed,
            checked[0].head.clone()
        ),
        (true, 0, Some((last.seq, last.hash))),
        "every batch, before and after the new key, checks out with the key that signed it, \
         and the hub's head is the site's: {:?}",
        checked[0]
    );
}
