//! Who is calling: a site's bearer token, made at enrolment and kept at the hub only as its
//! SHA-256, so a copy of the hub's database lets no one push as a site. Also the one-time
//! enrolment codes, made to be read out over the phone and kept as hashes too.

use axum::http::HeaderMap;
use base64::Engine;
use custody_sync_protocol::Refusal;
use sha2::{Digest, Sha256};
use tokio_postgres::GenericClient;

use crate::{Failure, HubError};

/// An enrolled site, as its token names it.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    /// `site.id`.
    pub site_id: i64,
    /// The site's code.
    pub code: String,
    /// Its Ed25519 public key, base64.
    pub public_key: String,
    /// The SHA-256 of the token it called with, to check again under the cursor's lock: a
    /// resume may withdraw the token while a push waits for it.
    pub token_sha256: Vec<u8>,
}

/// 32 random bytes, base64url without padding: a bearer token.
pub(crate) fn new_token() -> Result<String, HubError> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(HubError::Random)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// The alphabet of enrolment codes: no I, O, 0 or 1, which read alike.
const CODE_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A one-time enrolment code: 20 characters of 5 random bits each (100 bits), in groups of four.
pub(crate) fn new_enrolment_code() -> Result<String, HubError> {
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).map_err(HubError::Random)?;
    let mut out = String::with_capacity(24);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(CODE_ALPHABET[usize::from(b & 31)] as char);
    }
    Ok(out)
}

/// The hash an enrolment code is kept and looked up by: of the code without its dashes and
/// spaces, in capitals, so a code typed in lower case or without dashes still matches.
pub(crate) fn code_digest(code: &str) -> Vec<u8> {
    let normal: String = code
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    Sha256::digest(normal.as_bytes()).to_vec()
}

/// The hash a token is kept and looked up by.
pub(crate) fn token_digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The site the request's bearer token belongs to, which must be the site the path names.
pub(crate) async fn caller(
    client: &impl GenericClient,
    headers: &HeaderMap,
    path_site: &str,
) -> Result<Caller, Failure> {
    let token = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(Refusal::Unauthorized)?;
    let digest = token_digest(token);
    let row = client
        .query_opt(
            "SELECT id, code, public_key FROM site WHERE token_sha256 = $1",
            &[&digest],
        )
        .await
        .map_err(HubError::db("looking up a site's token"))?
        .ok_or(Refusal::Unauthorized)?;
    let caller = Caller {
        site_id: row.get(0),
        code: row.get(1),
        public_key: row.get::<_, Option<String>>(2).unwrap_or_default(),
        token_sha256: digest,
    };
    // A site's token opens that site's routes only: one site never reads or writes another's.
    if caller.code != path_site {
        return Err(Refusal::Unauthorized.into());
    }
    Ok(caller)
}
