//! A site joins the network: it sends the one-time code the hub's administrator gave for it,
//! its site code and its Ed25519 public key; the hub checks the code (known by its hash, unused,
//! unexpired, for this site), marks it used, keeps the key and the new token's hash, and answers
//! with the token and whatever the hub already holds of the site's chain (a site rebuilt after a
//! loss enrols again and carries on from there). One transaction: a code is used exactly once
//! even when two enrolments race.

use custody_sync_protocol::{hash_hex, is_public_key, EnrolReply, EnrolRequest, Head, Refusal};

use crate::auth::{code_digest, new_token, token_digest};
use crate::db::Database;
use crate::error::bad_request;
use crate::{Failure, HubError};

/// Enrols the site `request` names, or refuses.
pub(crate) async fn enrol(db: &Database, request: EnrolRequest) -> Result<EnrolReply, Failure> {
    if request.protocol != custody_sync_protocol::PROTOCOL {
        return Err(bad_request(format!(
            "protocol {:?}, this hub speaks {}",
            request.protocol,
            custody_sync_protocol::PROTOCOL
        )));
    }
    if !is_public_key(&request.public_key) {
        return Err(bad_request(
            "public_key is not a base64 Ed25519 public key (32 bytes)",
        ));
    }
    let token = new_token()?;
    let mut client = db.client().await?;
    let tx = client
        .transaction()
        .await
        .map_err(HubError::db("starting an enrolment"))?;
    // Locking the code's row makes a second enrolment with the same code wait, then see it used.
    let code = tx
        .query_opt(
            "SELECT site_code, used_at IS NULL, expires_at > now() \
             FROM enrolment_code WHERE code_sha256 = $1 FOR UPDATE",
            &[&code_digest(&request.code)],
        )
        .await
        .map_err(HubError::db("looking up an enrolment code"))?
        .ok_or(Refusal::BadEnrolmentCode)?;
    let (site_code, unused, unexpired): (String, bool, bool) =
        (code.get(0), code.get(1), code.get(2));
    if site_code != request.site || !unused || !unexpired {
        return Err(Refusal::BadEnrolmentCode.into());
    }
    tx.execute(
        "UPDATE enrolment_code SET used_at = now() WHERE code_sha256 = $1",
        &[&code_digest(&request.code)],
    )
    .await
    .map_err(HubError::db("marking an enrolment code used"))?;
    let site_id: i64 = tx
        .query_one(
            "UPDATE site SET public_key = $2, token_sha256 = $3, enrolled_at = now() \
             WHERE code = $1 RETURNING id",
            &[&request.site, &request.public_key, &token_digest(&token)],
        )
        .await
        .map_err(HubError::db("storing a site's key and token"))?
        .get(0);
    let cursor = tx
        .query_one(
            "SELECT last_seq, last_hash FROM site_cursor WHERE site_id = $1",
            &[&site_id],
        )
        .await
        .map_err(HubError::db("reading a site's cursor"))?;
    tx.commit()
        .await
        .map_err(HubError::db("committing an enrolment"))?;
    Ok(EnrolReply {
        token,
        head: head_of(cursor.get(0), &cursor.get::<_, Vec<u8>>(1)),
    })
}

/// The head a cursor names, none before the first event.
pub(crate) fn head_of(last_seq: i64, last_hash: &[u8]) -> Option<Head> {
    let hash: [u8; 32] = last_hash.try_into().ok()?;
    (last_seq > 0).then(|| Head {
        seq: last_seq,
        hash: hash_hex(&hash),
    })
}
