//! How a request ends: its `nvs_result` event on the ledger (the drainer's answer, or why it
//! cannot be sent) and its outbox row, written together.

use rusqlite::{params, Transaction};

use crate::error::CoreResult;
use crate::ledger::nvs_reference::ResultReference;
use crate::ledger::{Appender, NewEvent};
use crate::model::{EventKind, NvsState, Timestamp, User};

/// How a request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NvsAnswer {
    /// `done`, `alert` or `failed`.
    pub state: NvsState,
    /// The system's code.
    pub code: Option<String>,
    /// Its words, or why the request cannot be sent.
    pub words: Option<String>,
    /// The national system's alert id.
    pub alert_id: Option<String>,
}

/// Ends request `id` as `answer` says: its `nvs_result` event and its row.
pub(super) fn end(
    tx: &Transaction<'_>,
    appender: &mut Appender<'_>,
    actor: &User,
    id: i64,
    answer: &NvsAnswer,
    now: Timestamp,
) -> CoreResult<i64> {
    let seq = append_result(appender, actor, id, answer, now)?;
    tx.execute(
        "UPDATE nvs_request SET state = ?2, return_code = ?3, words = ?4, alert_id = ?5,
             result_seq = ?6 WHERE id = ?1",
        params![
            id,
            answer.state.as_str(),
            answer.code,
            answer.words,
            answer.alert_id,
            seq
        ],
    )?;
    Ok(seq)
}

fn append_result(
    appender: &mut Appender<'_>,
    actor: &User,
    id: i64,
    answer: &NvsAnswer,
    now: Timestamp,
) -> CoreResult<i64> {
    let reference = ResultReference {
        id,
        state: answer.state,
        code: answer.code.clone(),
        alert_id: answer.alert_id.clone(),
    };
    let event = NewEvent {
        kind: EventKind::NvsResult,
        occurred_at: now,
        location: None,
        counterparty: None,
        reference: Some(reference.text()),
        reason: answer.words.clone(),
        raw_scan: None,
        lines: Vec::new(),
    };
    Ok(appender.append(actor, &event)?.seq)
}
