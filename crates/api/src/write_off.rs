//! A pack that left without a movement anyone scans — reported stolen, taken as a sample by the
//! authorities, given as a free sample — recorded from its page or the command line; where the
//! site decommissions, its national decommission for that reason is queued with it (core's
//! `write_off`).

use custody_core::write_off::{WriteOff, WriteOffReason, WrittenOff};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Cx, Result};

/// The pack that left, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WriteOffRequest {
    /// The pack's GTIN.
    pub gtin: String,
    /// Its serial.
    pub serial: String,
    /// `stolen`, `sample` (taken by the authorities) or `free_sample`.
    pub why: WriteOffReason,
    /// A note: the police report's number, the inspector, to whom the sample went.
    #[serde(default)]
    pub note: Option<String>,
}

/// Records that a pack held here left, stolen or as a sample (QA officers, managers,
/// administrators).
pub fn write_off(cx: &mut Cx<'_>, request: WriteOffRequest) -> Result<WrittenOff> {
    let (me, now) = (cx.me()?.clone(), cx.now()?);
    let note = crate::text(&request.note);
    let pack = WriteOff {
        gtin: &request.gtin,
        serial: &request.serial,
        why: request.why,
        note: note.as_deref(),
    };
    Ok(cx.store().write_off(&me, &pack, now)?)
}
