//! What the hub's administrator does from the command line: add a site (and get its one-time
//! enrolment code, shown once and kept only as a hash), give an enrolled site a new code, list the sites and where their chains
//! stand, list the open alarms, and lift a fork's suspension once it has been resolved — the
//! fork alarms are then marked resolved, with who did it and why — setting aside first, when the
//! copy the hub took was the wrong one, its events from the fork on (`crate::set_aside`).

use deadpool_postgres::Transaction;
use serde::Serialize;

use crate::auth::{code_digest, new_enrolment_code};
use crate::db::{utc_text, Database};
use crate::people::{Duty, HubUser};
use crate::set_aside::SetAside;
use crate::views::AlarmChanges;
use crate::HubError;

/// How long an enrolment code stays valid.
pub const ENROLMENT_DAYS: i32 = 7;

/// Adds a site and returns its one-time enrolment code (valid [`ENROLMENT_DAYS`] days).
pub async fn add_site(db: &Database, code: &str, name: &str) -> Result<String, HubError> {
    let code = code.trim();
    let name = name.trim();
    // The code and name as every site takes them (core's rules: a code of at most 40 letters,
    // digits, `-`, `_` or `.`), checked before anything is written.
    let site = custody_sync_protocol::FeedItem::Site(custody_sync_protocol::FeedSite {
        code: code.to_string(),
        name: name.to_string(),
    });
    crate::feed::check(&site)?;
    let enrolment = new_enrolment_code()?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to add a site"))?;
    // Under the changelog's lock, as `add_partner` checks the sites: a code is a partner's or a
    // site's across the network, never both.
    crate::feed::lock(&tx).await?;
    let is_partner = tx
        .query_opt("SELECT 1 FROM partner WHERE code = $1", &[&code])
        .await
        .map_err(HubError::db("looking for a partner of a site's code"))?
        .is_some();
    if is_partner {
        return Err(HubError::BadRecord {
            what: format!("site code {code:?}"),
            why: "a partner of the network has it, and a site is every other site's partner \
                  under its code: give the site a code no partner has"
                .into(),
        });
    }
    let site_id: i64 = tx
        .query_opt(
            "INSERT INTO site (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id",
            &[&code, &name],
        )
        .await
        .map_err(HubError::db("adding a site"))?
        .ok_or_else(|| HubError::SiteExists(code.to_string()))?
        .get(0);
    // The cursor exists from the start, so every push has a row to lock.
    tx.execute(
        "INSERT INTO site_cursor (site_id, last_hash) VALUES ($1, $2)",
        &[&site_id, &custody_ledger_format::GENESIS.as_slice()],
    )
    .await
    .map_err(HubError::db("creating a site's cursor"))?;
    store_code(&tx, code, &enrolment).await?;
    // Every site hears of the new one: it is their partner under its code from now on.
    crate::feed::log(&tx, &site, None).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a new site"))?;
    Ok(enrolment)
}

/// A new one-time enrolment code for a site the hub has: a site rebuilt after a loss, or one
/// whose first code expired. Enrolling with it gives the site a new token and key (the old
/// token stops working) and tells it where the hub's copy of its chain stands. Any earlier
/// unused code of the site stops working.
pub async fn new_code(db: &Database, code: &str) -> Result<String, HubError> {
    let enrolment = new_enrolment_code()?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting a new enrolment code"))?;
    let known = tx
        .query_opt("SELECT 1 FROM site WHERE code = $1", &[&code])
        .await
        .map_err(HubError::db("looking up a site"))?;
    if known.is_none() {
        return Err(HubError::UnknownSite(code.to_string()));
    }
    replace_codes(&tx, code, &enrolment).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a new enrolment code"))?;
    Ok(enrolment)
}

/// Withdraws `site`'s unused codes and keeps `enrolment` in their place: only the newest code
/// given for a site works.
async fn replace_codes(tx: &Transaction<'_>, site: &str, enrolment: &str) -> Result<(), HubError> {
    tx.execute(
        "UPDATE enrolment_code SET expires_at = now() \
         WHERE site_code = $1 AND used_at IS NULL AND expires_at > now()",
        &[&site],
    )
    .await
    .map_err(HubError::db("withdrawing a site's earlier codes"))?;
    store_code(tx, site, enrolment).await
}

/// Keeps `enrolment`'s hash for `site`, valid [`ENROLMENT_DAYS`] days from now.
async fn store_code(tx: &Transaction<'_>, site: &str, enrolment: &str) -> Result<(), HubError> {
    tx.execute(
        "INSERT INTO enrolment_code (code_sha256, site_code, expires_at) \
         VALUES ($1, $2, now() + make_interval(days => $3))",
        &[&code_digest(enrolment), &site, &ENROLMENT_DAYS],
    )
    .await
    .map_err(HubError::db("storing an enrolment code"))?;
    Ok(())
}

/// A site as `site list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SiteRow {
    /// Site code.
    pub code: String,
    /// Name.
    pub name: String,
    /// When it enrolled (UTC), if it has.
    pub enrolled_at: Option<String>,
    /// The last sequence number the hub holds.
    pub last_seq: i64,
    /// When its last batch was stored (UTC), if any.
    pub last_push: Option<String>,
    /// Why it is suspended, if it is.
    pub suspended: Option<String>,
    /// Its latest range of events set aside, in words (`site set-asides` lists them all).
    pub set_aside: Option<String>,
}

/// Every site, by code.
pub async fn sites(db: &Database) -> Result<Vec<SiteRow>, HubError> {
    let client = db.client().await?;
    let sql = format!(
        "SELECT s.code, s.name, {enrolled}, c.last_seq, \
                (SELECT {pushed} FROM batch_signature b WHERE b.site_id = s.id \
                 ORDER BY b.id DESC LIMIT 1), \
                s.suspended_reason, \
                (SELECT 'events ' || a.from_seq || '–' || a.last_seq || ' by ' || a.set_aside_by \
                        || ' at ' || {set} FROM set_aside a WHERE a.site_id = s.id \
                 ORDER BY a.id DESC LIMIT 1) \
         FROM site s JOIN site_cursor c ON c.site_id = s.id ORDER BY s.code",
        enrolled = utc_text("s.enrolled_at"),
        pushed = utc_text("b.received_at"),
        set = utc_text("a.set_aside_at"),
    );
    let rows = client
        .query(&sql, &[])
        .await
        .map_err(HubError::db("listing sites"))?;
    Ok(rows
        .iter()
        .map(|r| SiteRow {
            code: r.get(0),
            name: r.get(1),
            enrolled_at: r.get(2),
            last_seq: r.get(3),
            last_push: r.get(4),
            suspended: r.get(5),
            set_aside: r.get(6),
        })
        .collect())
}

/// An open site alarm (a fork) as `alarms` shows it; counterfeit alarms, about a pack rather
/// than a site, are `views::counterfeit_alarms`.
#[derive(Debug, Clone, Serialize)]
pub struct AlarmRow {
    /// Alarm number.
    pub id: i64,
    /// `fork`, …
    pub kind: String,
    /// The site concerned.
    pub site: String,
    /// The position concerned, if one.
    pub seq: Option<i64>,
    /// The details, JSON.
    pub detail: serde_json::Value,
    /// When it was raised (UTC).
    pub raised_at: String,
}

impl AlarmRow {
    /// The details in words. A fork: the hash the hub holds at the event where the chains part
    /// and the one the site sent there (their first 16 hex digits), and the batch that brought
    /// it; the whole hashes and the site's signature stay in `detail`. Another kind as its JSON.
    pub fn detail_words(&self) -> String {
        let hash = |key: &str| {
            self.detail
                .get(key)
                .and_then(serde_json::Value::as_str)
                .map(|h| h.chars().take(16).collect::<String>())
        };
        let seq = |key: &str| self.detail.get(key).and_then(serde_json::Value::as_i64);
        match (self.kind.as_str(), hash("held_hash"), hash("offered_hash")) {
            ("fork", Some(held), Some(offered)) => {
                let batch = match (seq("batch_from_seq"), seq("batch_last_seq")) {
                    (Some(from), Some(last)) => format!(", in its batch of events {from}–{last}"),
                    _ => String::new(),
                };
                format!("the hub holds {held}…, the site sent {offered}…{batch}")
            }
            _ => self.detail.to_string(),
        }
    }
}

/// The site alarms not yet resolved, newest first (the join on the site leaves out the
/// counterfeit alarms, which have none).
pub async fn open_alarms(db: &Database) -> Result<Vec<AlarmRow>, HubError> {
    let client = db.client().await?;
    let sql = format!(
        "SELECT a.id, a.kind, s.code, a.seq, a.detail, {raised} \
         FROM alarm a JOIN site s ON s.id = a.site_id \
         WHERE a.resolved_at IS NULL ORDER BY a.raised_at DESC, a.id DESC",
        raised = utc_text("a.raised_at"),
    );
    let rows = client
        .query(&sql, &[])
        .await
        .map_err(HubError::db("listing alarms"))?;
    Ok(rows
        .iter()
        .map(|r| AlarmRow {
            id: r.get(0),
            kind: r.get(1),
            site: r.get(2),
            seq: r.get(3),
            detail: r.get(4),
            raised_at: r.get(5),
        })
        .collect())
}

/// Takes, in `tx`, the locks a resume of site `code` holds to its commit, and its id once it is
/// found suspended.
///
/// The order is the push's (`crate::push`), as far as both take the same locks, so a resume and
/// any push, set-aside, declared use or resolved alarm never wait on each other in a circle:
///
/// 1. the site's cursor row, `FOR UPDATE` (a push of this site takes it first): a push of the
///    site under way finishes first, and one that follows waits for this resume;
/// 2. the changelog's advisory lock (`crate::feed::lock`), then the network views'
///    (`crate::views::lock`): a push takes them, in that order, after its cursor;
/// 3. the site's enrolment codes not yet used, `FOR UPDATE`: an enrolment locks its code's row
///    and then writes the site's row, while a resume withdraws those codes once it holds the
///    site's row; taking them before the row lets an enrolment under way finish first (its new
///    token is then withdrawn with the rest) instead of each waiting on the other;
/// 4. the site's own row, `FOR NO KEY UPDATE`, read by a statement of its own after the waits,
///    so the suspension read is the one a push raising the fork may have just committed.
///
/// The site row comes last because other sites' pushes lock it too: a push of WEST that pairs a
/// receipt from this site inserts a `transfer_match` row whose foreign key takes `FOR KEY SHARE`
/// on this site's row, while it holds the changelog's and the views' locks. A resume holding the
/// row before waiting for those locks would wait on that push while the push waits on it (and so
/// would a `declare_use`, which holds the changelog's lock while its `site_use` row checks the
/// same key, or a set-aside of another site re-pairing this site's transfers). The row is taken
/// `FOR NO KEY UPDATE`, which `FOR KEY SHARE` does not wait for; but withdrawing the token
/// (`token_sha256` has a unique index, so PostgreSQL counts it as a key) makes it `FOR UPDATE`
/// anyway, which is why the row is locked only once the changelog's and views' locks are held:
/// every transaction that takes the row's key share while holding those locks has committed by
/// then, and any that comes later waits for them before it reaches the row.
async fn lock_suspended(tx: &Transaction<'_>, code: &str) -> Result<i64, HubError> {
    let site_id: i64 = tx
        .query_opt(
            "SELECT c.site_id FROM site s JOIN site_cursor c ON c.site_id = s.id \
             WHERE s.code = $1 FOR UPDATE OF c",
            &[&code],
        )
        .await
        .map_err(HubError::db("locking a site's cursor"))?
        .ok_or_else(|| HubError::UnknownSite(code.to_string()))?
        .get(0);
    crate::views::lock(tx).await?;
    tx.execute(
        "SELECT 1 FROM enrolment_code WHERE site_code = $1 AND used_at IS NULL FOR UPDATE",
        &[&code],
    )
    .await
    .map_err(HubError::db("locking a site's enrolment codes"))?;
    let suspended: Option<String> = tx
        .query_one(
            "SELECT suspended_reason FROM site WHERE id = $1 FOR NO KEY UPDATE",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("locking a site"))?
        .get(0);
    if suspended.is_none() {
        return Err(HubError::NotSuspended(code.to_string()));
    }
    Ok(site_id)
}

/// What `site resume` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resumed {
    /// Fork alarms resolved.
    pub resolved: u64,
    /// The one-time code the real site enrols again with.
    pub code: String,
    /// The hub's events of the site set aside first, if asked (`--set-aside-from`).
    pub set_aside: Option<SetAside>,
    /// The counterfeit alarms the set-aside raised, updated and cleared (none without one).
    pub alarms: AlarmChanges,
}

/// Lifts a site's suspension and resolves its open fork alarms, saying who and why, and
/// withdraws the site's token: a clone holds the same token and key as the site it was copied
/// from, so whichever copy pushed next would be taken. The real site enrols again with the new
/// one-time code returned (its key and token are then its own); the retired copy's pushes are
/// unauthorized from now on. `by` is the signed-in administrator.
///
/// This keeps the chain the hub holds: the copy that pushed first was the real site. When it
/// was the wrong copy, [`resume_setting_aside`] sets its events aside first.
pub async fn resume(
    db: &Database,
    code: &str,
    reason: &str,
    by: &HubUser,
) -> Result<Resumed, HubError> {
    resume_in(db, code, reason, by, None).await
}

/// [`resume`], after setting aside the hub's events of the site from `from` on, in the same
/// transaction (`crate::set_aside`): for a fork where the copy the hub took first (a clone, an
/// old backup that recorded new work) was not the real site. `from` must be the event the site's
/// open fork alarm names (the events before it are both copies', and stay); the range starts
/// earlier only at the first event of a batch signature reaching `from`, so that no event kept
/// is left unsigned. The events, their lines and their batches' signatures are kept,
/// set aside with who, when and why, and the real site, enrolled again with the code returned,
/// pushes its own events from the range's first on.
pub async fn resume_setting_aside(
    db: &Database,
    code: &str,
    reason: &str,
    by: &HubUser,
    from: i64,
) -> Result<Resumed, HubError> {
    by.require(Duty::SetAsideChain)?;
    resume_in(db, code, reason, by, Some(from)).await
}

/// [`resume`], setting aside from `set_aside_from` first when given.
async fn resume_in(
    db: &Database,
    code: &str,
    reason: &str,
    by: &HubUser,
    set_aside_from: Option<i64>,
) -> Result<Resumed, HubError> {
    by.require(Duty::ResumeSite)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(HubError::Invalid {
            what: "site resume",
            why: "--reason must say why, for the alarm's record",
        });
    }
    let enrolment = new_enrolment_code()?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting to resume a site"))?;
    let site_id = lock_suspended(&tx, code).await?;
    // Before the fork alarms are resolved: the set-aside starts from the position one names.
    let (set_aside, alarms) = match set_aside_from {
        Some(from) => {
            let (range, alarms) =
                crate::set_aside::run(&tx, (site_id, code), from, reason, by).await?;
            (Some(range), alarms)
        }
        None => (None, AlarmChanges::default()),
    };
    let resolution = match &set_aside {
        Some(s) if s.from_seq < s.asked_from => format!(
            "{reason} (the hub's events {}–{} of the site set aside: set-aside {}; from event \
             {}, the first of a batch signature reaching event {}, which the site pushes again \
             under its own)",
            s.from_seq, s.last_seq, s.id, s.from_seq, s.asked_from
        ),
        Some(s) => format!(
            "{reason} (the hub's events {}–{} of the site set aside: set-aside {})",
            s.from_seq, s.last_seq, s.id
        ),
        None => reason.to_string(),
    };
    tx.execute(
        "UPDATE site SET suspended_reason = NULL, token_sha256 = NULL WHERE id = $1",
        &[&site_id],
    )
    .await
    .map_err(HubError::db("lifting a suspension"))?;
    let resolved = tx
        .execute(
            "UPDATE alarm SET resolved_at = now(), resolved_by = $2, resolution = $3, \
                    resolved_by_user = $4 \
             WHERE site_id = $1 AND kind = 'fork' AND resolved_at IS NULL",
            &[&site_id, &by.username, &resolution, &by.id],
        )
        .await
        .map_err(HubError::db("resolving a site's fork alarms"))?;
    replace_codes(&tx, code, &enrolment).await?;
    tx.commit()
        .await
        .map_err(HubError::db("committing a resume"))?;
    Ok(Resumed {
        resolved,
        code: enrolment,
        set_aside,
        alarms,
    })
}
