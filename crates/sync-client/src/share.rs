//! A recall a site entered itself (from a firm's letter, say), shared with the hospital
//! network: the hub enters it as a network recall, entered by the site, and every site using the
//! product receives it on its next pull, this one included, where it is linked to the site's own
//! recall by its number and nothing is held twice. A network recall covers one GTIN by lots or
//! serials, so a site's recall of several products, or of every pack of a product, is refused
//! here, saying why, before anything is sent.

use custody_core::permissions::{self, Operation};
use custody_core::recall::Recall;
use custody_core::{CoreError, Store, User};
use custody_sync_protocol::{SharedRecall, SharedReply};

use crate::hub::{Hub, DEFAULT_TIMEOUT};
use crate::ClientError;

/// Shares the site's recall `number` with its hub (QA officers and administrators, on an
/// enrolled site). Sharing it again is harmless: the hub answers with the recall it holds.
pub fn share_recall(store: &Store, actor: &User, number: &str) -> Result<SharedReply, ClientError> {
    permissions::require(actor, Operation::ManageRecalls)?;
    let credentials = store.sync_credentials(actor)?;
    let shared = shareable(&store.recall(actor, number)?)?;
    let hub = Hub::new(&credentials.hub, Some(credentials.token), DEFAULT_TIMEOUT)?;
    hub.share_recall(&credentials.site, &shared)
}

/// The site's recall as the hub takes it: one GTIN, by lots and/or serials.
pub fn shareable(recall: &Recall) -> Result<SharedRecall, CoreError> {
    let Some(first) = recall.scope.first() else {
        return Err(not_shareable(recall, "recall.share_one_product", None));
    };
    if recall.scope.iter().any(|l| l.gtin != first.gtin) {
        return Err(not_shareable(recall, "recall.share_one_product", None));
    }
    if let Some(whole) = recall
        .scope
        .iter()
        .find(|l| l.lot.is_none() && l.serial.is_none())
    {
        return Err(not_shareable(
            recall,
            "recall.share_whole_product",
            Some(&whole.gtin),
        ));
    }
    let mut lots = Vec::new();
    let mut serials = Vec::new();
    for line in &recall.scope {
        // A line naming a lot and a serial covers that pack: the serial says it.
        match (&line.lot, &line.serial) {
            (_, Some(serial)) => serials.push(serial.clone()),
            (Some(lot), None) => lots.push(lot.clone()),
            (None, None) => {}
        }
    }
    Ok(SharedRecall {
        number: recall.number.clone(),
        gtin: first.gtin.clone(),
        lots,
        serials,
        class: recall.class.as_str().to_string(),
        title: recall.title.clone(),
        reason: recall.reason.clone(),
        issued_on: recall.issued_on.clone(),
    })
}

fn not_shareable(recall: &Recall, code: &'static str, gtin: Option<&str>) -> CoreError {
    let e = CoreError::refused(code).arg("recall", recall.number.as_str());
    match gtin {
        Some(gtin) => e.arg("gtin", gtin),
        None => e,
    }
}
