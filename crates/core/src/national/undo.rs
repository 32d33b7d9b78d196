//! The undo of a returned pack's decommission (EU FMD): a pack dispensed and decommissioned as
//! supplied that comes back unused gets an `undo` request, queued with the return, when its
//! decommission is recent enough for the system to take one. The drainer holds the undo until
//! the decommission before it is answered (`order`).

use chrono::Duration;
use rusqlite::{params, OptionalExtension, Transaction};

use super::request::{queue, NewRequest};
use crate::error::CoreResult;
use crate::ledger::{Appender, NewEvent};
use crate::model::{NvsKind, NvsReason, ProductId, Timestamp, User};

/// How many days after a decommission its undo is still allowed: Commission Delegated
/// Regulation (EU) 2016/161, Article 13(1) — a decommissioned unique identifier may be reverted
/// to active only within 10 days of its decommissioning (and at the same premises, which one
/// site's queue is). The NMVS refuses a later one (`NMVS_NC_PCK_20`).
pub const UNDO_WINDOW_DAYS: i64 = 10;

/// What the person returning a pack should hear of its national record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Noted {
    /// The pack's decommission is more than [`UNDO_WINDOW_DAYS`] old: it stays decommissioned
    /// nationally (it is back in stock here, and will not be decommissioned a second time).
    UndoTooLate {
        /// The pack's serial.
        serial: String,
    },
}

/// The standing decommission of a pack: its id, reason, state and when it was queued.
type Standing = (i64, Option<String>, String, String);

/// For each serialized pack a return brought back whose decommission as supplied stands (and
/// has not ended in an alert or a failure: there is nothing to undo then), an undo as supplied,
/// unless the decommission was queued more than [`UNDO_WINDOW_DAYS`] ago: then nothing is
/// queued and the return says so.
pub(super) fn queue_for_return(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    (event, market): (&NewEvent, &str),
    now: Timestamp,
) -> CoreResult<Option<Noted>> {
    let since = Timestamp(now.0 - Duration::days(UNDO_WINDOW_DAYS)).utc_text();
    let mut noted = None;
    for line in &event.lines {
        let Some(serial) = line.serial.as_deref() else {
            continue;
        };
        let Some((_, reason, state, created)) = standing(tx, line.product, serial)? else {
            continue;
        };
        if reason.as_deref() != Some(NvsReason::Supplied.as_str())
            || !matches!(state.as_str(), "pending" | "sent" | "done")
        {
            continue;
        }
        if created < since {
            noted = Some(Noted::UndoTooLate {
                serial: serial.to_string(),
            });
            continue;
        }
        let request = NewRequest {
            kind: NvsKind::Undo,
            reason: Some(NvsReason::Supplied),
            market,
            product: line.product,
            serial,
            atd: None,
        };
        queue(tx, appender, actor, &request, event.occurred_at, now)?;
    }
    Ok(noted)
}

/// The pack's last decommission, when no undo that may have gone through follows it.
fn standing(
    tx: &Transaction<'_>,
    product: ProductId,
    serial: &str,
) -> CoreResult<Option<Standing>> {
    if !super::request::decommission_standing(tx, product, serial)? {
        return Ok(None);
    }
    Ok(tx
        .prepare_cached(
            "SELECT id, reason, state, created_at FROM nvs_request
             WHERE product_id = ?1 AND serial = ?2 AND kind = 'decommission'
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![product.0, serial], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?)
}
